// `kubectl help [COMMAND...]`, `kubectl options`, and kubectl's answer to an unknown command with
// cobra's "Did you mean this?" suggestions. The texts themselves live in ../help/.

import { flagError, parseFlags } from '../flags'
import { HELP_DOCS, helpFor, optionsText, ROOT_COMMANDS, rootHelp, rootUsage } from '../help/index'
import type { KubectlEnv } from '../kubectl'
import { fail, ok, type CommandResult } from '../result'

export { helpFor } from '../help/index'

/** cobra's SuggestionsMinimumDistance. */
const SUGGESTION_DISTANCE = 2

/** Levenshtein distance, case-insensitive as cobra compares command names. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const row = [i]
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1))
    }
    prev = row
  }
  return prev[t.length]
}

/** The root commands cobra suggests for a mistyped one, in registration order. Pure. */
export function suggestionsFor(typed: string): string[] {
  const out: string[] = []
  for (const cmd of ROOT_COMMANDS) {
    if (distance(typed, cmd.name) <= SUGGESTION_DISTANCE || cmd.name.toLowerCase().startsWith(typed.toLowerCase())) out.push(cmd.name)
    for (const word of cmd.suggestFor ?? []) if (word.toLowerCase() === typed.toLowerCase()) out.push(cmd.name)
  }
  return out
}

/** Go's %q for a string: double quotes with Go's escapes. */
export function goQuote(s: string): string {
  const escapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' }
  const body = [...s].map(c => escapes[c] ?? (c < ' ' || c === '\x7f' ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c)).join('')
  return `"${body}"`
}

/** Go's %#q: backquoted when the string can be, else %q. */
function goBackquote(s: string): string {
  return /[`\x00-\x08\x0a-\x1f\x7f\ufeff]/.test(s) ? goQuote(s) : `\`${s}\``
}

/** kubectl's error for `kubectl NAME ...` when NAME is no command (exit 1). Pure. */
export function unknownCommand(name: string): CommandResult {
  const suggestions = suggestionsFor(name)
  const hint = suggestions.length ? `\n\nDid you mean this?\n${suggestions.map(s => `\t${s}\n`).join('')}` : ''
  return fail(`error: unknown command ${goQuote(name)} for "kubectl"${hint}`)
}

/** The sub-commands kubectl has under a stored command (e.g. `set env`), stored or not. */
function subcommandNames(path: readonly string[]): string[] {
  const doc = HELP_DOCS.find(d => d.path.join(' ') === path.join(' '))
  return doc?.subcommands?.map(([name]) => name) ?? []
}

/** The message for a real kubectl command whose help initlab does not carry. */
function notInInitlab(path: readonly string[]): CommandResult {
  return fail(`error: initlab does not implement "kubectl ${path.join(' ')}", so it has no help for it`)
}

/**
 * Runs `kubectl help [COMMAND [SUBCOMMAND]] [ARGS...]`: the help of the command the words name,
 * as cobra finds it (extra words are ignored), or "Unknown help topic" and the root usage on
 * stderr with exit code 0 when the first word is no command. Pure.
 */
export function help(argv: string[], _env?: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, [])
  if (!parsed.ok) return fail(flagError('help', parsed.error))
  if (parsed.flags.help === true) return ok(helpFor(['help']))
  const words = [...parsed.args, ...parsed.dashArgs]
  // cobra drops empty words when it looks a command up, but prints them in "Unknown help topic".
  const [first, second] = words.filter(w => w !== '')
  if (first === undefined) return ok(rootHelp())
  if (first !== 'help' && !ROOT_COMMANDS.some(c => c.name === first)) {
    return { stdout: '', stderr: `Unknown help topic [${words.map(goBackquote).join(' ')}]\n${rootUsage()}`, exitCode: 0 }
  }
  const path = second !== undefined && subcommandNames([first]).includes(second) ? [first, second] : [first]
  const text = helpFor(path)
  return text === undefined ? notInInitlab(path) : ok(text)
}

/** Runs `kubectl options`: the global flags; arguments are ignored, flags rejected. Pure. */
export function options(argv: string[], _env?: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, [])
  if (!parsed.ok) return fail(`error: ${parsed.error}\nRun 'kubectl options' without flags.`)
  if (parsed.flags.help === true) return ok('')
  return ok(optionsText())
}

/** What kubectl's root command makes of its arguments: a verb to run, or a finished result. */
export type RootRoute = { verb: string; args: string[] } | { result: CommandResult }

/** Root bool flags cobra knows before it adds --help (they never take the next word as value). */
const NO_VALUE_FLAGS = new Set(['insecure-skip-tls-verify', 'match-server-version', 'disable-compression', 'warnings-as-errors'])

/**
 * The index of the command word, found as cobra's stripFlags does before `--help` exists: a flag
 * without '=' (long, or a two-character shorthand) takes the next word as its value, and stops the
 * search when at most one word follows it.
 */
function commandIndex(args: readonly string[]): number {
  for (let i = 0; i < args.length; i++) {
    const s = args[i]
    if (s === '--') return -1
    const long = s.startsWith('--') && !s.includes('=') && !NO_VALUE_FLAGS.has(s.slice(2))
    const short = s.startsWith('-') && !s.includes('=') && s.length === 2
    if (long || short) {
      if (args.length - (i + 1) <= 1) return -1
      i++
      continue
    }
    if (s !== '' && !s.startsWith('-')) return i
  }
  return -1
}

/**
 * Routes `kubectl ARGS` as kubectl v1.35.2 does before any command runs: without a command word
 * the root command runs (its flag errors, else the root help); a known command gets every other
 * argument, flags before it included; `help` is found late, as cobra adds it at execution; any
 * other word is a plugin name (an error when a flag comes first) or `unknown command`. Every
 * command kubectl has counts as known: the caller decides what to say about those initlab lacks. Pure.
 */
export function routeRoot(args: readonly string[]): RootRoute {
  const at = commandIndex(args)
  const rest = (i: number) => [...args.slice(0, i), ...args.slice(i + 1)]
  if (at < 0) {
    const parsed = parseFlags(args, [])
    if (!parsed.ok) return { result: fail(`error: ${parsed.error}\nSee 'kubectl --help' for usage.`) }
    return { result: ok(rootHelp()) }
  }
  const word = args[at]
  if (ROOT_COMMANDS.some(c => c.name === word)) return { verb: word, args: rest(at) }
  // Not found: kubectl looks for a plugin named after the first word that is no flag.
  const first = args.findIndex(a => !a.startsWith('-'))
  if (args[first] === 'help') return { verb: 'help', args: rest(first) }
  if (args[0].startsWith('-')) return { result: fail(`Error: flags cannot be placed before plugin name: ${args[0]}`) }
  return { result: unknownCommand(word) }
}

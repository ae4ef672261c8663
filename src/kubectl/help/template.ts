// The shape of a kubectl help text and the layout kubectl's help template gives it (long text,
// Examples, Available Commands, Options, Usage, then the "Use ..." footers). Data lives beside it.

/** One command's help, as sections; strings are kubectl v1.35.2's own text. */
export interface HelpDoc {
  /** The command path after `kubectl`, e.g. `['set', 'image']`. */
  path: readonly string[]
  /** The description printed first. */
  long: string
  /** Example lines without kubectl's two-space indent. */
  examples?: string
  /** Sub-commands as `[name, short description]`. */
  subcommands?: readonly (readonly [string, string])[]
  /** Flags as `[flag with its default, description]`, e.g. `["-o, --output=''", 'One of ...']`. */
  options?: readonly (readonly [string, string])[]
  /** The usage line without its indent. */
  usage: string
}

/** The last line of every help text. */
export const OPTIONS_FOOTER = 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n'

/** A command list as kubectl's templater pads it: names padded to the longest (at least 11), plus 3. */
export function commandList(commands: readonly (readonly [string, string])[], width?: number): string {
  const pad = width ?? Math.max(11, ...commands.map(([name]) => name.length))
  return commands.map(([name, short]) => `  ${name.padEnd(pad + 2)} ${short}`).join('\n')
}

/** One flag as kubectl's help prints it (no wrapping: the width of a pipe, not a terminal). */
export function flagEntry([flag, description]: readonly [string, string]): string {
  return `    ${flag}:\n\t${description}\n\n`
}

/** Everything after the long text: what cobra calls the usage string. Pure. */
export function renderUsage(doc: HelpDoc): string {
  let out = '\n\n'
  if (doc.examples !== undefined) out += `Examples:\n${doc.examples.split('\n').map(l => `  ${l}`).join('\n')}\n\n`
  if (doc.subcommands) out += `Available Commands:\n${commandList(doc.subcommands)}\n\n`
  if (doc.options) out += `Options:\n${doc.options.map(flagEntry).join('')}`
  out += `Usage:\n  ${doc.usage}\n\n`
  if (doc.subcommands) out += `Use "${['kubectl', ...doc.path].join(' ')} <command> --help" for more information about a given command.\n`
  return out + OPTIONS_FOOTER
}

/** The full `--help` text of a command. Pure. */
export function renderHelp(doc: HelpDoc): string {
  return doc.long + renderUsage(doc)
}

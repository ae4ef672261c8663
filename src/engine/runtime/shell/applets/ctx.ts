// What an applet gets (the shell, its descriptors, argv, environment) and the helpers every
// applet shares: output, busybox-style error lines, option parsing, reading input files.

import type { Io } from '../io'
import type { Gen, Shell } from '../shell'
import { errnoText } from '../util'
import { busyboxBanner } from './version'

/** An applet invocation: argv[0] is the name it was called by. */
export interface AppletCtx {
  sh: Shell
  io: Io
  argv: string[]
  /** The exported environment as NAME=value, in ash's order. */
  env: string[]
  /** Name used in messages when it differs from argv[0] (ash builtins say `sh`). */
  prog?: string
}

/** An applet: returns its exit status, or a generator when it waits on the virtual clock. */
export type Applet = (ctx: AppletCtx) => number | Gen<number>

/** The applet's name as busybox prints it in messages. */
export function progName(c: AppletCtx): string {
  if (c.prog) return c.prog
  const a = c.argv[0]
  return a.slice(a.lastIndexOf('/') + 1)
}

export function out(c: AppletCtx, text: string): void {
  c.io.write(1, text)
}

/** Prints `name: message` on stderr, as bb_error_msg does. */
export function warn(c: AppletCtx, message: string): void {
  c.io.write(2, `${progName(c)}: ${message}\n`)
}

/** Prints busybox's usage text on stderr, under the image's own banner, and returns exit status 1. */
export function usage(c: AppletCtx, text: string): number {
  c.io.write(2, `${busyboxBanner(c.sh.world.busyboxVersion)}\n\nUsage: ${text}\n`)
  return 1
}

/** Parsed options: flags map letter -> true or its argument (last one wins), plus operands. */
export interface Opts {
  flags: Record<string, string | true>
  /** Every value of options that may repeat (e.g. grep -e). */
  all: Record<string, string[]>
  /** Every option in command-line order, for options where a later one overrides (grep -A/-C). */
  order: [string, string | true][]
  args: string[]
}

/**
 * getopt-style parsing: `spec` lists letters, a letter followed by ':' takes an argument.
 * Options may be grouped (-rf) and mixed with operands (glibc permutes); `--` ends them.
 * Returns a string naming the bad option when parsing fails.
 */
export function getopt(argv: string[], spec: string, numericOpt?: string): Opts | { bad: string; missing?: boolean } {
  const flags: Record<string, string | true> = {}
  const all: Record<string, string[]> = {}
  const order: [string, string | true][] = []
  const args: string[] = []
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') {
      args.push(...argv.slice(i + 1))
      break
    }
    if (!a.startsWith('-') || a === '-') {
      args.push(a)
      continue
    }
    if (numericOpt && /^-\d+$/.test(a)) {
      flags[numericOpt] = a.slice(1)
      order.push([numericOpt, a.slice(1)])
      continue
    }
    for (let k = 1; k < a.length; k++) {
      const letter = a[k]
      const at = spec.indexOf(letter)
      if (at < 0) return { bad: letter }
      if (spec[at + 1] === ':') {
        const value = k + 1 < a.length ? a.slice(k + 1) : argv[++i]
        if (value === undefined) return { bad: letter, missing: true }
        flags[letter] = value
        ;(all[letter] ??= []).push(value)
        order.push([letter, value])
        break
      }
      flags[letter] = true
      order.push([letter, true])
    }
  }
  return { flags, all, order, args }
}

/** Reports a getopt failure the way busybox does; returns exit status 1. */
export function badOption(c: AppletCtx, r: { bad: string; missing?: boolean }, usageText: string): number {
  warn(c, r.missing ? `option requires an argument -- '${r.bad}'` : `invalid option -- '${r.bad}'`)
  return usage(c, usageText)
}

/**
 * Reads a named input ('-' is stdin). On failure prints `name: can't open 'f': reason`
 * (or `name: f: reason` with plainError) and returns undefined.
 */
export function readInput(c: AppletCtx, file: string, plainError = false): string | undefined {
  if (file === '-') return c.io.readAll(0)
  if (file === '/dev/null') return ''
  const r = c.sh.world.fs.readFile(c.sh.resolve(file))
  if (typeof r !== 'string') return r.data
  warn(c, plainError ? `${file}: ${errnoText(r)}` : `can't open '${file}': ${errnoText(r)}`)
  return undefined
}

/** Splits text into lines without their newlines (a final unterminated line counts). */
export function lines(text: string): string[] {
  if (text === '') return []
  const parts = text.split('\n')
  if (parts[parts.length - 1] === '') parts.pop()
  return parts
}

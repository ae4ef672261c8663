// ash's special builtins (exit, export, set, trap, eval, ...): prefix assignments stick and their
// errors end the shell. Also function calls. The regular builtins live in regular.ts.

import type { Node } from './ast'
import { runCommand } from './command'
import { evalNode, evalString } from './exec'
import type { Io } from './io'
import { sourceFile } from './script'
import { ExitSignal, LoopSignal, ReturnSignal, type Gen, type Shell } from './shell'
import { table } from './util'

type Builtin = (sh: Shell, argv: string[], io: Io) => number | Gen<number>

const SIGNALS: [number, string][] = [[0, 'EXIT'], [1, 'HUP'], [2, 'INT'], [3, 'QUIT'], [9, 'KILL'], [10, 'USR1'], [12, 'USR2'], [13, 'PIPE'], [14, 'ALRM'], [15, 'TERM'], [17, 'CHLD']]

/** Normalizes a signal spec (`TERM`, `SIGTERM`, `15`) to its name; undefined when unknown. */
export function signalName(spec: string): string | undefined {
  const upper = spec.toUpperCase().replace(/^SIG/, '')
  const found = SIGNALS.find(([n, name]) => name === upper || String(n) === spec)
  return found?.[1]
}

/** ash's single_quote: always quotes, `'` becomes `'"'"'`. */
export function singleQuote(s: string): string {
  return `'${s.replace(/'+/g, (q) => `'"${q}"'`)}'`
}

function number(sh: Shell, io: Io, arg: string): number {
  if (!/^\d+$/.test(arg)) throw sh.fatal(io, `Illegal number: ${arg}`)
  return Number(arg)
}

function listVars(sh: Shell, io: Io, keyword: string, pick: (e: { exported: boolean; readonly: boolean }) => boolean): number {
  for (const name of sh.vars.names()) {
    const e = sh.vars.entry(name)
    if (!e || !pick(e)) continue
    io.write(1, e.value === undefined ? `${keyword} ${name}\n` : `${keyword} ${name}=${singleQuote(e.value)}\n`)
  }
  return 0
}

function declare(sh: Shell, argv: string[], io: Io, flag: 'export' | 'readonly'): number {
  const args = argv.slice(1).filter((a) => a !== '-p')
  if (args.length === 0) return listVars(sh, io, flag, (e) => e[flag === 'export' ? 'exported' : 'readonly'])
  for (const a of args) {
    const eq = a.indexOf('=')
    const name = eq < 0 ? a : a.slice(0, eq)
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw sh.fatal(io, `${name}: bad variable name`)
    if (!sh.vars.set(name, eq < 0 ? undefined : a.slice(eq + 1), { [flag]: true })) throw sh.fatal(io, `${name}: is read only`)
  }
  return 0
}

const OPTION_NAMES: Record<string, keyof Shell['opts']> = table({ errexit: 'errexit', xtrace: 'xtrace', nounset: 'nounset', noglob: 'noglob' })
const OPTION_LETTERS: Record<string, keyof Shell['opts']> = table({ e: 'errexit', x: 'xtrace', u: 'nounset', f: 'noglob' })

function set(sh: Shell, argv: string[], io: Io): number {
  if (argv.length === 1) {
    for (const name of sh.vars.names()) {
      const v = sh.vars.get(name)
      if (v !== undefined) io.write(1, `${name}=${singleQuote(v)}\n`)
    }
    return 0
  }
  let i = 1
  for (; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') {
      i++
      sh.positional = argv.slice(i)
      return 0
    }
    if (!/^[-+]./.test(a)) break
    const on = a[0] === '-'
    if (a.slice(1) === 'o') {
      const name = argv[++i]
      if (name === undefined) return 0
      if (!OPTION_NAMES[name]) throw sh.fatal(io, `illegal option ${a[0]}o ${name}`)
      sh.opts[OPTION_NAMES[name]] = on
      continue
    }
    for (const letter of a.slice(1)) {
      if (!OPTION_LETTERS[letter]) throw sh.fatal(io, `illegal option ${a[0]}${letter}`)
      sh.opts[OPTION_LETTERS[letter]] = on
    }
  }
  if (i < argv.length) sh.positional = argv.slice(i)
  return 0
}

function trap(sh: Shell, argv: string[], io: Io): number {
  if (argv.length === 1) {
    for (const [, name] of SIGNALS) {
      const action = sh.traps.get(name)
      if (action !== undefined) io.write(1, `trap -- ${singleQuote(action)} ${name}\n`)
    }
    return 0
  }
  const reset = argv[1] === '-' || /^\d+$/.test(argv[1])
  const sigs = argv.slice(/^\d+$/.test(argv[1]) ? 1 : 2)
  for (const spec of sigs) {
    const name = signalName(spec)
    if (!name) throw sh.fatal(io, `${spec}: invalid signal specification`)
    if (reset) sh.traps.delete(name)
    else sh.traps.set(name, argv[1])
  }
  return 0
}

function* loopControl(sh: Shell, argv: string[], io: Io, kind: 'break' | 'continue'): Gen<number> {
  const n = argv[1] === undefined ? 1 : number(sh, io, argv[1])
  if (n < 1) throw sh.fatal(io, `Illegal number: ${argv[1]}`)
  if (sh.loopDepth === 0) return 0
  throw new LoopSignal(kind, Math.min(n, sh.loopDepth))
}

/** Special builtins: prefix assignments stick and errors end the shell. */
export const SPECIAL: Record<string, Builtin> = table({
  ':': () => 0,
  exit: (sh, argv, io) => {
    throw new ExitSignal(argv[1] === undefined ? sh.status : number(sh, io, argv[1]) & 255)
  },
  return: (sh, argv, io) => {
    throw new ReturnSignal(argv[1] === undefined ? sh.status : number(sh, io, argv[1]) & 255)
  },
  break: (sh, argv, io) => loopControl(sh, argv, io, 'break'),
  continue: (sh, argv, io) => loopControl(sh, argv, io, 'continue'),
  export: (sh, argv, io) => declare(sh, argv, io, 'export'),
  readonly: (sh, argv, io) => declare(sh, argv, io, 'readonly'),
  unset: (sh, argv, io) => {
    const fn = argv[1] === '-f'
    for (const name of argv.slice(1).filter((a) => a !== '-f' && a !== '-v')) {
      if (fn) sh.functions.delete(name)
      else if (!sh.vars.unset(name)) throw sh.fatal(io, `${name}: is read only`)
    }
    return 0
  },
  set,
  shift: (sh, argv, io) => {
    const n = argv[1] === undefined ? 1 : number(sh, io, argv[1])
    if (n > sh.positional.length) return 1
    sh.positional = sh.positional.slice(n)
    return 0
  },
  eval: (sh, argv, io) => (argv.length > 1 ? evalString(sh, argv.slice(1).join(' '), io) : 0),
  exec: function* (sh, argv, io) {
    sh.traps.clear()
    throw new ExitSignal(yield* runCommand(sh, argv.slice(1), io))
  },
  '.': (sh, argv, io) => {
    if (argv.length < 2) throw sh.fatal(io, 'filename argument required')
    return sourceFile(sh, argv[1], argv.slice(2), io)
  },
  trap,
  times: (_sh, _argv, io) => {
    io.write(1, '0m0.000000s 0m0.000000s\n0m0.000000s 0m0.000000s\n')
    return 0
  },
})

/** Runs a shell function with its own positional parameters and `local` frame. */
export function* callFunction(sh: Shell, body: Node, argv: string[], io: Io): Gen<number> {
  const savedArgs = sh.positional
  const savedLoop = sh.loopDepth
  sh.positional = argv.slice(1)
  sh.loopDepth = 0
  sh.locals.push(new Map())
  try {
    return yield* evalNode(sh, body, io)
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status
    throw e
  } finally {
    sh.positional = savedArgs
    sh.loopDepth = savedLoop
    for (const [name, old] of sh.locals.pop() ?? []) {
      sh.vars.unset(name)
      if (old) sh.vars.set(name, old.value, { export: old.exported })
    }
  }
}

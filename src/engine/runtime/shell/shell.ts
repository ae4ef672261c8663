// The state of one ash instance (variables, functions, options, cwd, traps) and the control-flow
// signals the evaluator throws. Subshells are clones; the clock and job table are shared.

import type { Node } from './ast'
import type { Io } from './io'
import { Vars } from './vars'
import type { ShellWorld } from './world'
import type { ProcessOutput } from '../process'

/** What an evaluation step asks of the clock: wake after `sleep` ms (Infinity: until an event). */
export interface Wait {
  sleep: number
  /** Also wake early when a background job ends or a trapped signal arrives (`wait`). */
  interruptible?: boolean
}

/** An evaluation that may pause on the virtual clock and finally yields a value (usually an exit status). */
export type Gen<T = number> = Generator<Wait, T, void>

/** `exit N`, `set -e` or a fatal error: unwinds to the shell (or subshell) boundary. */
export class ExitSignal {
  /** `error`: raised by a failing builtin or expansion (a regular builtin only sets status 2). */
  constructor(readonly status: number, readonly error = false) {}
}

/** `break N` / `continue N`. */
export class LoopSignal {
  constructor(readonly kind: 'break' | 'continue', public n: number) {}
}

/** `return N` from a function (or a sourced script). */
export class ReturnSignal {
  constructor(readonly status: number) {}
}

/** Time and work shared by a shell and all its subshells. */
export interface Clock {
  /** Virtual epoch ms of the current resume. */
  now: number
  /** Commands run since the last pause; the evaluator pauses 1 ms when it reaches STEP_LIMIT. */
  steps: number
  /** Signals delivered to PID 1 and not yet handled (trap actions run between commands). */
  pending: string[]
  /** The container's main shell: the only one that receives signals. */
  pid1: Shell | undefined
}

/** How many commands run in one go before a busy loop lets virtual time advance by 1 ms (about 25 ms of real time). */
export const STEP_LIMIT = 10_000

/** Background jobs, kept by the process driver. */
export interface Jobs {
  spawn(run: Gen): number
  /** Exit status of a finished job, or undefined while it runs (or is unknown). */
  result(pid: number): number | undefined
  running(): number[]
}

/** One shell: a top-level process, a nested `sh`, or a subshell clone. */
export class Shell {
  vars = new Vars()
  positional: string[] = []
  arg0 = 'sh'
  /** ash's commandname: the script file or `-c` name; null for a bare `sh -c`. */
  scriptName: string | null = null
  lineOffset = 0
  functions = new Map<string, Node>()
  opts = { errexit: false, xtrace: false, nounset: false, noglob: false, cmdString: false }
  cwd = '/'
  status = 0
  /** Status of the last `$(...)` in the current command (an assignment-only command returns it). */
  substStatus: number | undefined
  lineno = 1
  traps = new Map<string, string>()
  loopDepth = 0
  /** Nesting depth of tested contexts (`f || x`): `set -e` does not apply inside them. */
  errexitOff = 0
  locals: Map<string, { value: string | undefined; exported: boolean } | undefined>[] = []
  lastBg: number | undefined
  /** Set while a builtin runs, for ash's `sh: cd: line 1:` error prefix. */
  builtin: string | null = null

  constructor(
    readonly world: ShellWorld,
    readonly out: ProcessOutput,
    readonly clock: Clock,
    readonly jobs: Jobs,
  ) {}

  /** A subshell: same world and clock, copied state. */
  clone(): Shell {
    const c = new Shell(this.world, this.out, this.clock, this.jobs)
    c.vars = this.vars.clone()
    c.positional = [...this.positional]
    c.arg0 = this.arg0
    c.scriptName = this.scriptName
    c.lineOffset = this.lineOffset
    c.functions = new Map(this.functions)
    c.opts = { ...this.opts }
    c.cwd = this.cwd
    c.status = this.status
    c.lineno = this.lineno
    c.traps = new Map([...this.traps].filter(([, action]) => action === ''))
    c.lastBg = this.lastBg
    c.errexitOff = this.errexitOff
    return c
  }

  /** ash's error prefix: `sh: `, then the command name and line when there is one. */
  prefix(): string {
    const name = this.builtin ?? this.scriptName
    let p = `${this.arg0}: `
    if (name !== null) {
      if (name !== this.arg0) p += `${name}: `
      p += `line ${this.lineno + this.lineOffset}: `
    }
    return p
  }

  /** Prints an ash-style error line on the command's stderr. */
  warn(io: Io, text: string): void {
    io.write(2, `${this.prefix()}${text}\n`)
  }

  /** Prints an ash-style error and returns the signal that ends a non-interactive shell (status 2). */
  fatal(io: Io, text: string): ExitSignal {
    this.warn(io, text)
    return new ExitSignal(2, true)
  }

  /** Makes a path absolute against the working directory and folds `.`, `..` and repeated slashes. */
  resolve(path: string): string {
    const full = path.startsWith('/') ? path : `${this.cwd}/${path}`
    const out: string[] = []
    for (const seg of full.split('/')) {
      if (seg === '' || seg === '.') continue
      if (seg === '..') out.pop()
      else out.push(seg)
    }
    return '/' + out.join('/')
  }

  /** The value of $-. */
  flags(): string {
    // ash lists its option letters backwards: u, x, c, f, e.
    const o = this.opts
    return (o.nounset ? 'u' : '') + (o.xtrace ? 'x' : '') + (o.cmdString ? 'c' : '') + (o.noglob ? 'f' : '') + (o.errexit ? 'e' : '')
  }
}

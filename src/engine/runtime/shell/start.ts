// The shell as a container's main process: runs `sh -c ...`, `sh FILE` or a single applet on the
// virtual clock, schedules background jobs (`cmd &`), and handles signals as PID 1 does
// (SIGTERM is ignored unless trapped, SIGKILL always ends it). Never throws out of resume().

import type { Process, ProcessOutput, ProcessStep, Signal } from '../process'
import { APPLETS } from './applets'
import { runApplet } from './command'
import { Io } from './io'
import { createShell, runScriptFile, runShellArgs } from './script'
import { ExitSignal, type Clock, type Gen, type Jobs, type Shell, type Wait } from './shell'
import { isFsError } from './util'
import type { Node } from './ast'
import type { Vars } from './vars'
import type { ShellWorld } from './world'

const SHELLS = new Set(['sh', 'ash'])

interface Thread {
  gen: Gen<number>
  wakeAt: number
  interruptible: boolean
  done: boolean
  status: number
}

const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1)

/** Whether the image can exec argv[0] (a shell, an applet it ships, or an executable file). Pure. */
export function canExec(argv: string[], world: ShellWorld): boolean {
  const name = argv[0] ?? ''
  const base = basename(name)
  if (!name.includes('/') || /^\/(usr\/)?(s?bin)\//.test(name)) {
    if ((SHELLS.has(base) || APPLETS[base]) && world.binaries.has(base)) return true
    if (!name.includes('/') && world.commands && Object.hasOwn(world.commands, name)) return true
  }
  if (!name.includes('/')) return false
  const st = world.fs.stat(name)
  return !isFsError(st) && st.type === 'file' && (st.mode & 0o111) !== 0
}

/**
 * What an interactive terminal keeps from one command line to the next: variables (exported or
 * not), functions, the working directory and `$?`. Each line's shell starts from it and leaves its
 * own state in it when it ends.
 */
export interface ShellSession {
  vars?: Vars
  functions?: Map<string, Node>
  cwd?: string
  status?: number
}

/** Starts a container's main process from its argv (command + args). Writes go to `out`; `stdin` is fd 0. */
export function startShell(argv: string[], world: ShellWorld, out: ProcessOutput, options: { stdin?: string; session?: ShellSession } = {}): Process {
  return new ShellProcess(argv, world, out, options.stdin ?? '', options.session)
}

class ShellProcess implements Process {
  private readonly clock: Clock = { now: 0, steps: 0, pending: [], pid1: undefined }
  private readonly threads = new Map<number, Thread>()
  private readonly main: Thread
  private nextPid = 2
  private finished: ProcessStep | undefined

  constructor(argv: string[], world: ShellWorld, out: ProcessOutput, stdin: string, private readonly session?: ShellSession) {
    const jobs: Jobs = {
      spawn: (gen) => {
        const pid = this.nextPid++
        this.threads.set(pid, { gen, wakeAt: this.clock.now, interruptible: false, done: false, status: 0 })
        return pid
      },
      result: (pid) => (this.threads.get(pid)?.done ? this.threads.get(pid)?.status : undefined),
      running: () => [...this.threads].filter(([pid, t]) => pid !== 1 && !t.done).map(([pid]) => pid),
    }
    const io = new Io([{ kind: 'str', data: stdin, pos: 0 }, { kind: 'log', stream: 'stdout', out }, { kind: 'log', stream: 'stderr', out }])
    const cwd = world.workingDir ?? '/'
    const sh = createShell(world, out, this.clock, jobs, Object.entries(world.env), session?.cwd ?? cwd)
    if (session?.vars) sh.vars = session.vars.clone()
    if (session?.functions) sh.functions = new Map(session.functions)
    if (session?.status !== undefined) sh.status = session.status
    this.clock.pid1 = sh
    this.main = { gen: mainProgram(sh, argv, io), wakeAt: 0, interruptible: false, done: false, status: 0 }
    this.threads.set(1, this.main)
  }

  resume(now: number): ProcessStep {
    if (this.finished) return this.finished
    this.clock.now = now
    this.clock.steps = 0
    return this.run(now)
  }

  signal(sig: Signal, now: number): ProcessStep | undefined {
    if (this.finished) return undefined
    if (sig === 'SIGKILL') {
      this.finished = { type: 'exit', code: 137, signal: 9 }
      return this.finished
    }
    // PID 1 gets no default action: without a trap the kernel drops SIGTERM.
    const action = this.clock.pid1?.traps.get('TERM')
    if (!action) return undefined
    this.clock.pending.push('TERM')
    if (!this.main.interruptible) return undefined
    this.main.wakeAt = now
    this.clock.now = now
    this.clock.steps = 0
    return this.run(now)
  }

  private run(now: number): ProcessStep {
    for (;;) {
      let progressed = false
      for (const [pid, t] of this.threads) {
        if (t.done || t.wakeAt > now) continue
        progressed = true
        this.step(t, now)
        if (this.main.done) {
          this.finished = { type: 'exit', code: this.main.status & 255 }
          this.save()
          return this.finished
        }
        if (t.done && pid !== 1 && this.main.interruptible) this.main.wakeAt = now
      }
      if (!progressed) break
    }
    let next = Infinity
    for (const t of this.threads.values()) if (!t.done) next = Math.min(next, t.wakeAt)
    if (next === Infinity) return { type: 'serve' }
    return { type: 'sleep', ms: Math.max(next - now, 0) }
  }

  private save(): void {
    const sh = this.clock.pid1
    if (!this.session || !sh) return
    this.session.vars = sh.vars
    this.session.functions = sh.functions
    this.session.cwd = sh.cwd
    this.session.status = this.main.status & 255
  }

  private step(t: Thread, now: number): void {
    let r: IteratorResult<Wait, number>
    try {
      r = t.gen.next()
    } catch (e) {
      t.done = true
      t.status = crashStatus(e, this.clock.pid1)
      return
    }
    if (r.done) {
      t.done = true
      t.status = r.value
      return
    }
    t.interruptible = r.value.interruptible === true
    t.wakeAt = now + r.value.sleep
  }
}

// Unexpected failures end the process instead of escaping into the kubelet: deep recursion is
// what crashes a real ash (SIGSEGV, 139); anything else is reported as an internal error.
function crashStatus(e: unknown, sh: Shell | undefined): number {
  if (e instanceof ExitSignal) return e.status
  if (e instanceof RangeError) return 139
  sh?.out.write('stderr', `sh: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
  return 2
}

function* mainProgram(sh: Shell, argv: string[], io: Io): Gen<number> {
  const name = argv[0] ?? ''
  const base = basename(name)
  sh.arg0 = name
  if (SHELLS.has(base) && sh.world.binaries.has(base)) return yield* runShellArgs(sh, argv.slice(1), io)
  if (APPLETS[base] && sh.world.binaries.has(base) && (!name.includes('/') || isFsError(sh.world.fs.stat(name)))) {
    return yield* runApplet(sh, base, argv, io)
  }
  if (name.includes('/') && canExec(argv, sh.world)) return yield* runScriptFile(sh, name, name, argv.slice(1), io)
  return 127
}

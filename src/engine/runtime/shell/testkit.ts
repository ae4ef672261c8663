// Test helpers: drive a shell process on a fake virtual clock and collect what it wrote, the
// sleeps it asked for, and how it ended. Used by the shell's tests only.

import type { ProcessStep } from '../process'
import { createMemoryWorld, type MemoryWorldOptions } from './memoryWorld'
import { startShell } from './start'
import type { ShellWorld } from './world'

/** 2026-01-01T09:00:00Z, the tests' start of time. */
export const T0 = 1767258000000

/** What a run produced. */
export interface RunResult {
  stdout: string
  stderr: string
  /** Exit code, or 'serve' when the process waits forever, or 'running' when maxSteps ran out. */
  code: number | 'serve' | 'running'
  /** Every sleep the process asked for, in ms. */
  sleeps: number[]
  /** Output chunks with the virtual time (ms since T0) they were written at. */
  log: { at: number; stream: 'stdout' | 'stderr'; text: string }[]
  /** Virtual ms elapsed until the end. */
  elapsed: number
}

/** Runs argv in a world until it exits (or maxSteps resumes); `clock.now` is readable by world callbacks. */
export function runArgv(argv: string[], world: ShellWorld, clock = { now: T0 }, maxSteps = 10_000): RunResult {
  const r: RunResult = { stdout: '', stderr: '', code: 'running', sleeps: [], log: [], elapsed: 0 }
  const p = startShell(argv, world, {
    write(stream, text) {
      if (stream === 'stdout') r.stdout += text
      else r.stderr += text
      r.log.push({ at: clock.now - T0, stream, text })
    },
  })
  for (let i = 0; i < maxSteps; i++) {
    const step: ProcessStep = p.resume(clock.now)
    if (step.type === 'exit') {
      r.code = step.code
      break
    }
    if (step.type === 'serve') {
      r.code = 'serve'
      break
    }
    r.sleeps.push(step.ms)
    clock.now += step.ms
  }
  r.elapsed = clock.now - T0
  return r
}

/** Runs `sh -c script` in a memory world built from options. */
export function runScript(script: string, options: MemoryWorldOptions = {}): RunResult {
  return runArgv(['sh', '-c', script], createMemoryWorld(options))
}

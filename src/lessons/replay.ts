// Plays a lesson headlessly on a fresh seeded sandbox: its solution steps (which must meet every
// goal), or only its start state left alone for a while (which must not). The tests run both for
// every lesson; the page may use replaySolution to show a worked run.

import { createSandbox } from '../sandbox'
import { LessonRun, type GoalState } from './run'
import type { Lesson, SolutionStep } from './types'

/** How a replay ended: each goal, the run to inspect, and any step that could not be carried out. */
export interface ReplayResult {
  goals: GoalState[]
  unmet: string[]
  /** One line per step that failed (a waitUntil that timed out, an answer never asked). */
  errors: string[]
  run: LessonRun
}

/** Idle time for the start-state check: long enough for a crash loop to reach its 5-minute cap. */
export const START_IDLE_MS = 10 * 60_000

function describeStep(s: SolutionStep): string {
  switch (s.kind) {
    case 'apply':
      return `apply ${s.file}`
    case 'run':
      return `run ${s.line}`
    case 'wait':
      return `wait ${s.seconds}`
    case 'waitUntil':
      return 'waitUntil'
    case 'answer':
      return `answer ${s.prediction}`
  }
}

function result(run: LessonRun, errors: string[]): ReplayResult {
  const goals = run.goals()
  return { goals, unmet: goals.filter((g) => !g.met).map((g) => g.id), errors, run }
}

/** Carries out one step; returns an error line, or undefined when it went as written. */
function play(run: LessonRun, lesson: Lesson, s: SolutionStep): string | undefined {
  switch (s.kind) {
    case 'apply':
      run.apply(lesson.files[s.file])
      return undefined
    case 'run':
      run.run(s.line, s.stdinFile === undefined ? undefined : lesson.files[s.stdinFile])
      return undefined
    case 'wait':
      run.advance(s.seconds * 1000, { stopAtPrediction: false })
      return undefined
    case 'waitUntil': {
      // Second by second, so the condition is caught close to when it first holds.
      const deadline = run.sandbox.now() + s.timeoutSeconds * 1000
      while (!run.holds(s.until)) {
        if (run.sandbox.now() >= deadline) return `timed out after ${s.timeoutSeconds} s`
        run.advance(Math.min(1000, deadline - run.sandbox.now()), { stopAtPrediction: false })
      }
      return undefined
    }
    case 'answer': {
      const p = lesson.predictions.find((x) => x.id === s.prediction)!
      if (run.pendingPrediction()?.id !== s.prediction) return `prediction "${s.prediction}" is not being asked (pending: ${run.pendingPrediction()?.id ?? 'none'})`
      run.answer(s.prediction, s.choice ?? p.answer)
      return undefined
    }
  }
}

/** Runs the lesson's solution steps on `createSandbox({ seed })`. */
export function replaySolution(lesson: Lesson, options: { seed?: number } = {}): ReplayResult {
  const run = new LessonRun(lesson, createSandbox({ seed: options.seed ?? 1 }))
  const errors: string[] = []
  lesson.solution.steps.forEach((s, i) => {
    const error = play(run, lesson, s)
    if (error) errors.push(`step ${i + 1} (${describeStep(s)}): ${error}`)
  })
  return result(run, errors)
}

/** The start state alone (applied if the lesson applies it), left for `idleMs` of virtual time. */
export function replayStart(lesson: Lesson, options: { seed?: number; idleMs?: number } = {}): ReplayResult {
  const run = new LessonRun(lesson, createSandbox({ seed: options.seed ?? 1 }))
  run.advance(options.idleMs ?? START_IDLE_MS, { stopAtPrediction: false })
  return result(run, [])
}

// Going back in time by going forward again: a sandbox is deterministic, so a fresh one with the
// same seed, fed the same command lines at the same virtual instants, is the cluster as it was.
// Also the time bar's helpers for that: a replay cache and a once-per-frame coalescer.

import { createSandbox, type Sandbox } from '../sandbox'

/** One command line that changed (or may have changed) the cluster, with when it ran. */
export interface RecordedInput {
  /** Virtual instant (epoch ms) the command started at. */
  readonly at: number
  /** Virtual instant it returned at: later than `at` when it let time pass (`sleep`, `kubectl delete`). */
  readonly end: number
  readonly line: string
  readonly stdin?: string
}

/**
 * Plays `inputs[from..]` whose instant is at or before `t` onto `sandbox`, then lets time pass up to
 * `t`; returns the index of the first input left unplayed. Impure: it drives `sandbox`.
 * A command that itself lets time pass beyond `t` leaves the sandbox at its end, as it did live.
 */
export function playOnto(sandbox: Sandbox, inputs: readonly RecordedInput[], t: number, from = 0): number {
  let i = from
  for (; i < inputs.length && inputs[i]!.at <= t; i++) {
    const input = inputs[i]!
    if (input.at > sandbox.now()) sandbox.advance(input.at - sandbox.now())
    sandbox.exec(input.line, input.stdin)
  }
  if (t > sandbox.now()) sandbox.advance(t - sandbox.now())
  return i
}

/** A fresh sandbox with `seed`, the inputs replayed at their instants, at instant `t` (or just past a command that spans it). */
export function replayTo(seed: number, inputs: readonly RecordedInput[], t: number): Sandbox {
  const sandbox = createSandbox({ seed })
  playOnto(sandbox, inputs, t)
  return sandbox
}

/**
 * Keeps the last replay, so that moving forward (dragging right, stepping to the next change) only
 * lets more time pass; going backwards, or a history that changed under it, rebuilds from the seed.
 */
export class ReplayCache {
  private sandbox: Sandbox | undefined
  private played = 0
  private lastPlayed: RecordedInput | undefined
  /** How many times a fresh sandbox was built (for tests and the benchmark). */
  rebuilds = 0

  constructor(private readonly seed: number) {}

  /** The cluster at `t` given `inputs` (append-only, in order); may be the same Sandbox object as last time, advanced. */
  at(inputs: readonly RecordedInput[], t: number): Sandbox {
    if (!this.sandbox || !this.reusable(inputs, t)) {
      this.sandbox = createSandbox({ seed: this.seed })
      this.played = 0
      this.rebuilds++
    }
    this.played = playOnto(this.sandbox, inputs, t, this.played)
    this.lastPlayed = this.played > 0 ? inputs[this.played - 1] : undefined
    return this.sandbox
  }

  /** Forgets the kept replay (its memory, mostly). */
  clear(): void {
    this.sandbox = undefined
    this.played = 0
    this.lastPlayed = undefined
  }

  private reusable(inputs: readonly RecordedInput[], t: number): boolean {
    const sandbox = this.sandbox!
    if (t < sandbox.now()) return false
    // The kept replay must have played a prefix of these inputs, and nothing it skipped may lie
    // in its past.
    if (inputs.length < this.played) return false
    if (this.played > 0 && inputs[this.played - 1] !== this.lastPlayed) return false
    const next = inputs[this.played]
    return next === undefined || next.at >= sandbox.now()
  }
}

/**
 * Calls `apply` with the latest value at most once per frame: a dragged slider fires many input
 * events per frame, and each seek may replay the cluster. `schedule` is requestAnimationFrame.
 */
export function coalesceFrames<T>(apply: (value: T) => void, schedule: (run: () => void) => unknown): (value: T) => void {
  let pending: { value: T } | undefined
  return (value) => {
    const first = pending === undefined
    pending = { value }
    if (!first) return
    schedule(() => {
      const latest = pending!
      pending = undefined
      apply(latest.value)
    })
  }
}

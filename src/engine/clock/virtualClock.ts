// The one source of time for the engine: a virtual clock behind xstate's Clock interface.
// Timers live in a binary heap keyed by (due time, insertion order); advancing pops them one at a
// time and sets `now` to each timer's own due time before firing it, so timestamps stay exact and
// an hour of back-off costs only the transitions that happen in it.


/** The default start instant: a fixed moment, so that transcripts are reproducible. */
export const DEFAULT_START = Date.UTC(2026, 0, 1, 9, 0, 0)

interface Timer {
  id: number
  due: number
  seq: number
  fn: () => void
}

/** The clock interface xstate's actor system schedules delayed events with (`createActor(..., { clock })`). */
export interface Clock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown
  clearTimeout(id: unknown): void
}

/** A deterministic clock for xstate actors: timers fire only when `advance`/`advanceTo` is called. */
export class VirtualClock implements Clock {
  private current: number
  private heap: Timer[] = []
  private live = new Map<number, Timer>()
  private nextId = 1
  private seq = 0
  /** Called after each fired timer, with the clock at that timer's due time. */
  onFired: (() => void) | undefined

  constructor(start: number = DEFAULT_START) {
    this.current = start
  }

  /** Virtual epoch milliseconds. */
  now(): number {
    return this.current
  }

  setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const delay = Number.isFinite(timeout) && timeout > 0 ? timeout : 0
    const timer: Timer = { id: this.nextId++, due: this.current + delay, seq: this.seq++, fn: fn as () => void }
    this.live.set(timer.id, timer)
    this.push(timer)
    return timer.id
  }

  clearTimeout(id: unknown): void {
    // Lazy deletion: the heap entry stays and is skipped when it reaches the top.
    this.live.delete(id as number)
  }

  /** Due time of the earliest pending timer, or undefined when none is pending. */
  nextDue(): number | undefined {
    this.dropCancelled()
    return this.heap[0]?.due
  }

  /** Number of pending timers. */
  pending(): number {
    return this.live.size
  }

  /** Moves time forward by `ms`, firing every timer due on the way at its own due time. */
  advance(ms: number): void {
    this.advanceTo(this.current + Math.max(0, ms))
  }

  /** Moves time to `target` (never backwards), firing due timers in (due, insertion) order. */
  advanceTo(target: number): void {
    for (;;) {
      this.dropCancelled()
      const top = this.heap[0]
      if (top === undefined || top.due > target) break
      this.pop()
      this.live.delete(top.id)
      if (top.due > this.current) this.current = top.due
      top.fn()
      this.onFired?.()
    }
    if (target > this.current) this.current = target
  }

  /** Fires the timers of the next due instant only; returns false when nothing is pending. */
  step(): boolean {
    const due = this.nextDue()
    if (due === undefined) return false
    this.advanceTo(due)
    return true
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && !this.live.has(this.heap[0].id)) this.pop()
  }

  private push(timer: Timer): void {
    const heap = this.heap
    heap.push(timer)
    let i = heap.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!before(heap[i], heap[parent])) break
      ;[heap[i], heap[parent]] = [heap[parent], heap[i]]
      i = parent
    }
  }

  private pop(): void {
    const heap = this.heap
    const last = heap.pop()!
    if (heap.length === 0) return
    heap[0] = last
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && before(heap[l], heap[m])) m = l
      if (r < heap.length && before(heap[r], heap[m])) m = r
      if (m === i) return
      ;[heap[i], heap[m]] = [heap[m], heap[i]]
      i = m
    }
  }
}

function before(a: Timer, b: Timer): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq)
}

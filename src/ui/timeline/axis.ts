// The timeline's time axis: which span is visible, where an instant falls in it, tick marks at a
// readable spacing, and how elapsed time and durations are written. Pure.

/** Whole run from the first pod, or only the last few minutes. */
export type Zoom = 'fit' | 'recent'

/** The span the "recent" zoom shows. */
export const RECENT_MS = 5 * 60_000
// A run a few seconds old still gets an axis of this length, so the first moments are not blown up.
const MIN_SPAN_MS = 10_000
// Tick spacings a reader can add up in their head.
const STEPS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400]

/** A visible stretch of virtual time, ms. */
export interface Span {
  from: number
  to: number
}

/** The visible span: from the first pod's creation (or the last 5 minutes) to `end`, at least 10 s long. */
export function spanOf(zoom: Zoom, first: number, end: number): Span {
  if (zoom === 'recent' && end - first > RECENT_MS) return { from: end - RECENT_MS, to: end }
  return { from: first, to: Math.max(end, first + MIN_SPAN_MS) }
}

/** Where `at` falls in `span`, as a percentage of its width, clamped to [0, 100]. */
export function position(at: number, span: Span): number {
  const width = span.to - span.from
  if (width <= 0) return 0
  return Math.min(100, Math.max(0, ((at - span.from) / width) * 100))
}

/** Tick instants at the smallest round spacing that keeps at most `maxTicks` in view, counted from `startedAt`. */
export function ticks(span: Span, startedAt: number, maxTicks: number): number[] {
  const width = span.to - span.from
  const step = (STEPS_S.find((s) => width / (s * 1000) <= Math.max(1, maxTicks)) ?? STEPS_S[STEPS_S.length - 1]!) * 1000
  const out: number[] = []
  for (let t = startedAt + Math.ceil((span.from - startedAt) / step) * step; t <= span.to; t += step) out.push(t)
  return out
}

/** Elapsed virtual time as the axis writes it: `0:30`, `12:05`, `1:00:00`. */
export function clockLabel(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const two = (n: number) => String(n).padStart(2, '0')
  const h = Math.floor(s / 3600)
  return h > 0 ? `${h}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${Math.floor(s / 60)}:${two(s % 60)}`
}

/** A duration as a message key of this folder and its values: `450 ms`, `2.5 s`, `20 s`, `1 min 20 s`, `5 min`, `2 h 5 min`. */
export function durationOf(ms: number): { key: string; values: Record<string, number> } {
  if (ms < 1000) return { key: 'timeline.dur.ms', values: { n: Math.round(ms) } }
  if (ms < 10_000) return { key: 'timeline.dur.s', values: { n: Math.round(ms / 100) / 10 } }
  const s = Math.round(ms / 1000)
  if (s < 60) return { key: 'timeline.dur.s', values: { n: s } }
  if (s < 3600) return s % 60 ? { key: 'timeline.dur.min', values: { m: Math.floor(s / 60), s: s % 60 } } : { key: 'timeline.dur.m', values: { m: s / 60 } }
  return { key: 'timeline.dur.h', values: { h: Math.floor(s / 3600), m: Math.floor(s / 60) % 60 } }
}

// The AGE text of kubectl tables: apimachinery duration.HumanDuration and the printers'
// translateTimestampSince. Pure: "now" is always an argument, in epoch milliseconds.

import { parseTime, ZERO_TIME_MS } from '../../engine/format/time'

/** The largest time.Duration (int64 nanoseconds) in ms: Go's Time.Sub saturates there. */
const MAX_DURATION_MS = 9_223_372_036_854.775

/**
 * duration.HumanDuration for a duration in ms: about 2-3 significant figures ("119s", "2m1s",
 * "179m", "7h59m", "47h", "7d23h", "729d", "2y1d", "8y"); up to 2 s in the future reads "0s".
 */
export function humanDuration(ms: number): string {
  const d = Number.isNaN(ms) ? 0 : Math.max(-MAX_DURATION_MS, Math.min(MAX_DURATION_MS, ms))
  // Go converts with int(), which truncates toward zero: -1.9 s counts as -1 s and is tolerated.
  const seconds = Math.trunc(d / 1000)
  if (seconds < -1) return '<invalid>'
  if (seconds < 0) return '0s'
  if (seconds < 60 * 2) return `${seconds}s`
  const minutes = Math.trunc(d / 60_000)
  if (minutes < 10) {
    const s = seconds % 60
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`
  }
  if (minutes < 60 * 3) return `${minutes}m`
  const hours = Math.trunc(d / 3_600_000)
  if (hours < 8) {
    const m = minutes % 60
    return m === 0 ? `${hours}h` : `${hours}h${m}m`
  }
  if (hours < 48) return `${hours}h`
  const days = Math.trunc(hours / 24)
  if (hours < 24 * 8) {
    const h = hours % 24
    return h === 0 ? `${days}d` : `${days}d${h}h`
  }
  if (hours < 24 * 365 * 2) return `${days}d`
  const years = Math.trunc(days / 365)
  if (hours < 24 * 365 * 8) {
    const dy = days % 365
    return dy === 0 ? `${years}y` : `${years}y${dy}d`
  }
  return `${years}y`
}

/**
 * Parses a metav1.Time field (RFC 3339) to epoch ms; undefined when it is missing, malformed or
 * Go's zero time, the three cases in which Kubernetes treats the timestamp as not set.
 */
export function timestampMs(ts: unknown): number | undefined {
  if (typeof ts !== 'string') return undefined
  const ms = parseTime(ts)
  return Number.isNaN(ms) || ms === ZERO_TIME_MS ? undefined : ms
}

/** printers.translateTimestampSince: HumanDuration(now - ts), or `<unknown>` for a missing timestamp. */
export function translateTimestampSince(ts: string | undefined, now: number): string {
  const at = timestampMs(ts)
  return at === undefined ? '<unknown>' : humanDuration(now - at)
}

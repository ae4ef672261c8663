// The kubelet's back-off table (client-go flowcontrol.Backoff as the kubelet uses it): one entry
// per key, doubling from the initial delay up to the maximum, forgotten after 2 x max without use.
// Pure data and functions: the pod worker keeps the table in its context.

/** Crash-loop back-off of the kubelet: 10 s doubling to 300 s (MaxContainerBackOff). */
export const CRASH_BACKOFF = { initialMs: 10_000, maxMs: 300_000 }
/** Image-pull back-off: the same numbers, keyed by image. */
export const IMAGE_BACKOFF = { initialMs: 10_000, maxMs: 300_000 }

export interface BackoffEntry {
  delayMs: number
  lastUpdate: number
}

export type BackoffTable = Readonly<Record<string, BackoffEntry>>
export interface BackoffPolicy { initialMs: number; maxMs: number }

function expired(eventTime: number, entry: BackoffEntry, policy: BackoffPolicy): boolean {
  return eventTime - entry.lastUpdate > policy.maxMs * 2
}

/** IsInBackOffSince: true while `now - eventTime` is shorter than the key's current delay. */
export function inBackoff(table: BackoffTable, key: string, eventTime: number, now: number, policy: BackoffPolicy): boolean {
  const entry = table[key]
  if (!entry || expired(eventTime, entry, policy)) return false
  return now - eventTime < entry.delayMs
}

/** Next: starts the key at the initial delay (or restarts it once expired), else doubles it up to the max. */
export function nextBackoff(table: BackoffTable, key: string, eventTime: number, now: number, policy: BackoffPolicy): BackoffTable {
  const entry = table[key]
  const delayMs = !entry || expired(eventTime, entry, policy) ? policy.initialMs : Math.min(entry.delayMs * 2, policy.maxMs)
  return { ...table, [key]: { delayMs, lastUpdate: now } }
}

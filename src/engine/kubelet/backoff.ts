// The kubelet's back-off (client-go flowcontrol.Backoff as the kubelet uses it): per key, doubling
// from the initial delay up to the maximum, forgotten after 2 x max without use. Pure functions
// over one entry; each container keeps its own entries in its facts.

/** Crash-loop back-off of the kubelet: 10 s doubling to 300 s (MaxContainerBackOff). */
export const CRASH_BACKOFF = { initialMs: 10_000, maxMs: 300_000 }
/** Image-pull back-off: the same numbers, keyed by image. */
export const IMAGE_BACKOFF = { initialMs: 10_000, maxMs: 300_000 }

export interface BackoffEntry {
  delayMs: number
  lastUpdate: number
}

export interface BackoffPolicy { initialMs: number; maxMs: number }

function expired(eventTime: number, entry: BackoffEntry, policy: BackoffPolicy): boolean {
  return eventTime - entry.lastUpdate > policy.maxMs * 2
}

/** IsInBackOffSince: true while `now - eventTime` is shorter than the entry's current delay. */
export function inBackoff(entry: BackoffEntry | undefined, eventTime: number, now: number, policy: BackoffPolicy): boolean {
  if (!entry || expired(eventTime, entry, policy)) return false
  return now - eventTime < entry.delayMs
}

/** Next: the initial delay for a new (or expired) entry, else double the delay up to the max. */
export function nextBackoff(entry: BackoffEntry | undefined, eventTime: number, now: number, policy: BackoffPolicy): BackoffEntry {
  const delayMs = !entry || expired(eventTime, entry, policy) ? policy.initialMs : Math.min(entry.delayMs * 2, policy.maxMs)
  return { delayMs, lastUpdate: now }
}

// The Events section of `kubectl describe` (describe.DescribeEvents, kubectl v1.35): which events
// belong to the object, their order, and the Age/From/Message cells. Pure; "now" is an argument.

import type { KubeEvent, ObjectMeta } from '../../../engine/api/types'
import { ZERO_TIME_MS } from '../../../engine/format/time'
import { goTrimSpace } from '../events'
import { humanDuration, timestampMs } from '../humanDuration'
import { goSortSlice } from './goSort'
import { LEVEL_0, LEVEL_1, type DescribeWriter } from './prefixWriter'

/** The kubelet's annotation on mirror pods; their events are recorded against the static pod's uid. */
const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror'

/**
 * The events `kubectl describe pod` asks the API server for: involvedObject name, namespace and uid
 * equal to the pod's (a mirror pod's uid comes from its annotation), in the order given (list order).
 */
export function eventsFor(meta: ObjectMeta, events: readonly KubeEvent[]): KubeEvent[] {
  const uid = meta.annotations?.[MIRROR_POD_ANNOTATION] ?? meta.uid ?? ''
  return events.filter((e) => {
    const ref = e.involvedObject ?? {}
    return (ref.name ?? '') === (meta.name ?? '') && (ref.namespace ?? '') === (meta.namespace ?? '') && (ref.uid ?? '') === uid
  })
}

function msOrZero(ts: unknown): number {
  return timestampMs(ts) ?? ZERO_TIME_MS
}

/** event.SortableEvents orders by lastTimestamp alone: events without one (the scheduler's) count as Go's zero time. */
function sortTime(e: KubeEvent): number {
  return msOrZero(e.lastTimestamp)
}

function since(ts: unknown, now: number): string {
  const at = timestampMs(ts)
  return at === undefined ? '<unknown>' : humanDuration(now - at)
}

/** The Age cell: `30s`, or `13s (x3 over 28s)` for repeated events and event series. */
export function eventAge(e: KubeEvent, now: number): string {
  const first = timestampMs(e.eventTime) === undefined ? since(e.firstTimestamp, now) : since(e.eventTime, now)
  if (e.series) return `${since(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`
  if ((e.count ?? 0) > 1) return `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`
  return first
}

/** The Message cell; kubectl v1.35 prefixes the container's field path, e.g. `spec.containers{app}: Started`. */
export function eventMessage(e: KubeEvent): string {
  const message = goTrimSpace(e.message ?? '')
  const fieldPath = e.involvedObject?.fieldPath ?? ''
  return fieldPath === '' ? message : `${fieldPath}: ${message}`
}

/** Writes the Events section: `Events:  <none>`, or a table aligned in a tabwriter flush of its own. */
export function writeEvents(w: DescribeWriter, events: readonly KubeEvent[], now: number): void {
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n')
    return
  }
  w.flush()
  const sorted = goSortSlice(events, (a, b) => sortTime(a) < sortTime(b))
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n')
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n')
  for (const e of sorted) {
    const from = e.source?.component || e.reportingComponent || ''
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${eventAge(e, now)}\t${from}\t${eventMessage(e)}\n`)
  }
}

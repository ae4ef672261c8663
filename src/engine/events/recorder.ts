// The cluster's Event store as the API server holds it, fed the way client-go writes events:
// the legacy recorder's EventCorrelator (tools/record/events_cache.go) for the kubelet, and the
// events.k8s.io/v1 recorder's series (tools/events) for the scheduler. Time only comes in as `now`.

import type { KubeEvent, ObjectReference } from '../api/types'
import { rfc3339, rfc3339Micro } from '../format/time'

/** Watch event types, as a watch on events would deliver them. */
export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED'
/** Called after every write to the store with the event as now stored (or as deleted). */
export type EventListener = (type: WatchType, event: KubeEvent) => void

/** The API server's default --event-ttl: an event disappears 1 h after its last write. */
export const EVENT_TTL_MS = 3_600_000
/** EventAggregator: the 10th distinct message for one source/object/type/reason combines... */
export const AGGREGATE_MAX_EVENTS = 10
/** ...if no gap between those similar events exceeds 10 minutes. */
export const AGGREGATE_INTERVAL_MS = 600_000
/** The combined event's message is this prefix and the latest message. */
export const COMBINED_PREFIX = '(combined from similar events): '
/** EventSourceObjectSpamFilter: a token bucket per source+object, 25 deep, one token back per 300 s. */
export const SPAM_BURST = 25
// client-go keeps the rate as a float32, slightly above 1/300, so a token is whole after 300 s.
const SPAM_QPS = Math.fround(1 / 300)
// events.k8s.io recorder: a series ends after 6 min without repeats; open series are rewritten every 30 min.
const SERIES_FINISH_MS = 6 * 60_000
const SERIES_REFRESH_MS = 30 * 60_000

/** How the recorder names events and mints uids and resource versions. */
export interface RecorderOptions {
  /** Event name for an involved object at `now`; the default is `<name>.<%x of unix nanos>`. */
  newName?: (involvedName: string, now: number) => string
  uid: () => string
  /** The store's resourceVersion counter; the default counts from 1 for events alone. */
  resourceVersion?: () => string
}

/** One legacy (core/v1) event as a component hands it to client-go's record.EventRecorder. */
export interface RecordArgs {
  involvedObject: ObjectReference
  type: 'Normal' | 'Warning'
  reason: string
  message: string
  source: { component: string; host?: string }
  now: number
}

/** One events.k8s.io/v1 event, as the scheduler's events.EventRecorder.Eventf builds it. */
export interface EventsApiArgs {
  regarding: ObjectReference
  related?: ObjectReference
  type: 'Normal' | 'Warning'
  reason: string
  action: string
  note: string
  reportingController: string
  /** `<controller>-<hostname>`, e.g. `default-scheduler-kind-control-plane`. */
  reportingInstance: string
  now: number
}

/**
 * The real event naming, `<involvedObject.name>.<%x of unix nanos>`. Virtual time only has
 * milliseconds, so names minted within one millisecond advance by a nanosecond to stay unique.
 */
export function unixNanoNamer(): (involvedName: string, now: number) => string {
  let last = -1n
  return (involvedName, now) => {
    let nanos = BigInt(Math.trunc(now)) * 1_000_000n
    if (nanos <= last) nanos = last + 1n
    last = nanos
    return `${involvedName}.${nanos.toString(16)}`
  }
}

// core/v1 Event keys in the API server's JSON order (-o json shows them this way).
const EVENT_KEYS = [
  'kind', 'apiVersion', 'metadata', 'involvedObject', 'reason', 'message', 'source', 'firstTimestamp', 'lastTimestamp',
  'count', 'type', 'eventTime', 'series', 'action', 'related', 'reportingComponent', 'reportingInstance',
] as const

const REF_KEYS = ['kind', 'namespace', 'name', 'uid', 'apiVersion', 'resourceVersion', 'fieldPath'] as const

// A copy with the given keys in that order, without the unset ones.
function pick<T extends object>(obj: Partial<T>, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {}
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k]
  return out as T
}
const ordered = (e: Partial<KubeEvent>) => pick<KubeEvent>(e, EVENT_KEYS)
const orderedRef = (r: ObjectReference) => pick<ObjectReference>(r, REF_KEYS)

/** An event on its way through the correlator; times are epoch ms. */
type Draft = Pick<KubeEvent, 'involvedObject' | 'reason' | 'message' | 'source' | 'type' | 'reportingComponent' | 'reportingInstance'> & {
  name: string
  namespace: string
  first: number
  last: number
  count: number
}
/** `writtenAt`: the last create or update, from which the TTL runs. */
type Stored = { event: KubeEvent; writtenAt: number }
/** An events.k8s.io event the recorder still remembers (its isomorphic-event cache). */
type Series = { storeKey: string; template: KubeEvent; eventTime: number; series?: { count: number; last: number } }

// Cache keys join the fields with a control character: cheap, and no field holds one.
const SEP = '\u0001'
const refKey = (r: ObjectReference) => [r.kind, r.namespace, r.name, r.uid, r.apiVersion].join(SEP)
const eventKey = (d: Draft) =>
  [d.source.component, d.source.host, refKey(d.involvedObject), d.involvedObject.fieldPath, d.type, d.reason, d.message].join(SEP)
const spamKey = (d: Draft) => [d.source.component, d.source.host, refKey(d.involvedObject)].join(SEP)
const aggregateKey = (d: Draft) =>
  [d.source.component, d.source.host, refKey(d.involvedObject), d.type, d.reason, d.reportingComponent, d.reportingInstance].join(SEP)

/**
 * Holds core/v1 Events like the API server and applies client-go's client-side rules on the way
 * in: identical events become one event with a growing count, a 10th distinct message in 10 min
 * becomes a "combined" event, each source+object gets 25 events and then one per 5 min, and
 * every event expires an hour after its last write. Listeners see ADDED/MODIFIED/DELETED.
 */
export class EventRecorder {
  private readonly newName: (involvedName: string, now: number) => string
  private readonly uid: () => string
  private readonly nextRV: () => string
  private readonly store = new Map<string, Stored>()
  private readonly listeners = new Set<EventListener>()
  private readonly aggregates = new Map<string, { localKeys: Set<string>; last: number }>()
  private readonly observations = new Map<string, { count: number; first: number; name: string }>()
  private readonly buckets = new Map<string, { tokens: number; last: number }>()
  private readonly series = new Map<string, Series>()

  constructor(opts: RecorderOptions) {
    this.newName = opts.newName ?? unixNanoNamer()
    this.uid = opts.uid
    let rv = 0
    this.nextRV = opts.resourceVersion ?? (() => String(++rv))
  }

  /** Subscribes to store changes; returns the unsubscribe function. */
  onChange(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Every stored event, oldest creation first. */
  list(): KubeEvent[] {
    return [...this.store.values()].map((s) => s.event)
  }

  /**
   * EventCorrelator then the sink: returns the event as stored after this write, or undefined
   * when the spam filter dropped it (or its name was taken, which the API server refuses).
   */
  record(args: RecordArgs): KubeEvent | undefined {
    const { now } = args
    const involvedObject = orderedRef(args.involvedObject)
    const { component, host } = args.source
    const source = host === undefined ? { component } : { component, host }
    const { reason, message, type } = args
    // The name is only minted for an event not seen before (below).
    let draft: Draft = {
      name: '', namespace: involvedObject.namespace || 'default', involvedObject,
      reason, message, source, first: now, last: now, count: 1, type, reportingComponent: component, reportingInstance: host ?? '',
    }

    // EventAggregator: distinct messages are the local keys of one aggregate record.
    let cacheKey = eventKey(draft)
    const aggKey = aggregateKey(draft)
    let agg = this.aggregates.get(aggKey)
    if (!agg || now - agg.last > AGGREGATE_INTERVAL_MS) agg = { localKeys: new Set(), last: now }
    agg.localKeys.add(args.message)
    agg.last = now
    this.aggregates.set(aggKey, agg)
    if (agg.localKeys.size >= AGGREGATE_MAX_EVENTS) {
      // Go pops an arbitrary key (map order); dropping the oldest keeps initlab deterministic.
      agg.localKeys.delete(agg.localKeys.values().next().value as string)
      // The combined event is built afresh and carries no reporting fields.
      draft = { ...draft, name: this.newName(involvedObject.name ?? '', now), message: COMBINED_PREFIX + args.message, reportingComponent: '', reportingInstance: '' }
      cacheKey = aggKey
    }

    // eventLogger: a repeat takes over the first occurrence's name and firstTimestamp.
    const seen = this.observations.get(cacheKey)
    if (seen && seen.count > 0) draft = { ...draft, name: seen.name, first: seen.first, count: seen.count + 1 }
    else if (draft.name === '') draft.name = this.newName(involvedObject.name ?? '', now)
    this.observations.set(cacheKey, { count: draft.count, first: draft.first, name: draft.name })

    // The spam filter runs last, so a dropped repeat still advanced the count above.
    if (!this.allow(spamKey(draft), now)) return undefined

    const storeKey = `${draft.namespace}/${draft.name}`
    const existing = this.store.get(storeKey)
    let written: KubeEvent
    if (draft.count > 1 && existing) {
      // The strategic merge patch carries count, lastTimestamp and message.
      const e = existing.event
      const metadata = { ...e.metadata, resourceVersion: this.nextRV() }
      written = ordered({ ...e, metadata, message: draft.message, lastTimestamp: rfc3339(draft.last), count: draft.count })
      this.put(storeKey, written, now, 'MODIFIED')
    } else if (existing) {
      return undefined
    } else {
      // A patch whose event has expired falls back to a create under the remembered name.
      written = this.build(draft, now)
      this.put(storeKey, written, now, 'ADDED')
    }
    // UpdateState: remember the stored event under its own key (for a combined event, a new key).
    this.observations.set(eventKey({ ...draft, message: written.message }), { count: draft.count, first: draft.first, name: draft.name })
    return written
  }

  /**
   * The events.k8s.io/v1 path the scheduler uses: the first occurrence is created with
   * `eventTime`; the second (same type, action, reason, reporter, regarding, related) patches in
   * `series {count: 2}`; later ones only count in memory until `expire` writes the series.
   */
  recordViaEventsApi(args: EventsApiArgs): KubeEvent {
    const { now } = args
    const regarding = orderedRef(args.regarding)
    const related = args.related ? orderedRef(args.related) : undefined
    const key = JSON.stringify([args.type, args.action, args.reason, args.reportingController, args.reportingInstance, regarding, related])
    const cached = this.series.get(key)
    if (!cached) {
      const namespace = regarding.namespace || 'default'
      const template = ordered({
        kind: 'Event', apiVersion: 'v1', metadata: { name: this.newName(regarding.name ?? '', now), namespace },
        involvedObject: regarding, reason: args.reason, message: args.note, source: {}, firstTimestamp: null, lastTimestamp: null,
        type: args.type, eventTime: rfc3339Micro(now), action: args.action, related,
        reportingComponent: args.reportingController, reportingInstance: args.reportingInstance,
      })
      const entry: Series = { storeKey: `${namespace}/${template.metadata.name}`, template, eventTime: now }
      this.series.set(key, entry)
      return this.writeSeries(entry, now)
    }
    if (cached.series) {
      cached.series.count++
      cached.series.last = now
      return this.store.get(cached.storeKey)?.event ?? this.writeSeries(cached, now)
    }
    cached.series = { count: 2, last: now }
    return this.writeSeries(cached, now)
  }

  /**
   * The next instant `expire` has work to do, or undefined. The cluster steps its clock to each one,
   * so a run in frame-sized steps and one long jump expire the same events at the same instants.
   * Whole milliseconds: a series is stale one ms after its finishing window.
   */
  nextDeadline(): number | undefined {
    let next = Infinity
    for (const stored of this.store.values()) next = Math.min(next, stored.writtenAt + EVENT_TTL_MS)
    for (const entry of this.series.values()) {
      if (!entry.series) {
        next = Math.min(next, entry.eventTime + SERIES_FINISH_MS + 1)
        continue
      }
      next = Math.min(next, entry.series.last + SERIES_FINISH_MS + 1)
      const writtenAt = this.store.get(entry.storeKey)?.writtenAt
      if (writtenAt !== undefined) next = Math.min(next, writtenAt + SERIES_REFRESH_MS)
    }
    return next === Infinity ? undefined : next
  }

  /**
   * Time passing: finishes and refreshes events.k8s.io series like the recorder's 6 min and
   * 30 min loops, then deletes events whose last write is an hour old. Call it as time advances.
   */
  expire(now: number): void {
    for (const [key, entry] of this.series) {
      if (entry.series) {
        const stale = now - entry.series.last > SERIES_FINISH_MS
        const writtenAt = this.store.get(entry.storeKey)?.writtenAt ?? -Infinity
        if (stale || now - writtenAt >= SERIES_REFRESH_MS) this.writeSeries(entry, now)
        if (stale) this.series.delete(key)
      } else if (now - entry.eventTime > SERIES_FINISH_MS) this.series.delete(key)
    }
    for (const [key, stored] of this.store) {
      if (now - stored.writtenAt >= EVENT_TTL_MS) {
        this.store.delete(key)
        this.emit('DELETED', stored.event)
      }
    }
  }

  // The series patch (or, when the event is gone, a create from the remembered event).
  private writeSeries(entry: Series, now: number): KubeEvent {
    const existing = this.store.get(entry.storeKey)?.event
    const series = entry.series ? { series: { count: entry.series.count, lastObservedTime: rfc3339Micro(entry.series.last) } } : {}
    const metadata = existing
      ? { ...existing.metadata, resourceVersion: this.nextRV() }
      : { ...entry.template.metadata, uid: this.uid(), resourceVersion: this.nextRV(), creationTimestamp: rfc3339(now) }
    const written = ordered({ ...(existing ?? entry.template), metadata, ...series })
    this.put(entry.storeKey, written, now, existing ? 'MODIFIED' : 'ADDED')
    return written
  }

  // Token bucket as golang.org/x/time/rate: starts full, refills continuously, never above burst.
  private allow(key: string, now: number): boolean {
    const b = this.buckets.get(key) ?? { tokens: SPAM_BURST, last: now }
    this.buckets.set(key, b)
    const tokens = Math.min(SPAM_BURST, b.tokens + ((now - b.last) / 1000) * SPAM_QPS)
    if (tokens < 1) return false
    b.tokens = tokens - 1
    b.last = now
    return true
  }

  private build(d: Draft, now: number): KubeEvent {
    const metadata = { name: d.name, namespace: d.namespace, uid: this.uid(), resourceVersion: this.nextRV(), creationTimestamp: rfc3339(now) }
    const { name: _n, namespace: _ns, first, last, ...rest } = d
    return ordered({ kind: 'Event', apiVersion: 'v1', metadata, ...rest, firstTimestamp: rfc3339(first), lastTimestamp: rfc3339(last), eventTime: null })
  }

  private put(key: string, event: KubeEvent, now: number, type: WatchType): void {
    this.store.set(key, { event, writtenAt: now })
    this.emit(type, event)
  }

  private emit(type: WatchType, event: KubeEvent): void {
    for (const l of this.listeners) l(type, event)
  }
}

// The Gantt chart's data: per pod, one lane per container in spec order with its segments (pulls,
// waits, runs, exits, back-offs), exit marks and event markers. Pure: history and events in, lanes out.
import type { KubeEvent, Pod } from '../../sandbox'
import { backOffMs } from '../cluster/why'
import type { ContainerChange, EventOccurrence, PodRecord } from './history'
import { backOffWhy, exitWhy, killingWhy, type ContainerRole, type WhyText } from './why'

/** What a stretch of a lane shows. */
export type SegmentKind = 'pulling' | 'waiting' | 'running' | 'exited' | 'backoff'

/** A stretch of one container's life, [from, to) in virtual ms. */
export interface Segment {
  kind: SegmentKind
  from: number
  to: number
  /** The Kubernetes word for it: a waiting or terminated reason, `Running`, `Pulling`. */
  label: string
  exitCode?: number
  /** For a back-off: the delay the kubelet announced, ms. */
  backOffMs?: number
  /** For a pull: the image. */
  image?: string
  why?: WhyText
  /** True when the stretch was still going at the lane's end. */
  open?: boolean
}

/** A container's exit, drawn as a mark with its code. */
export interface Exit {
  at: number
  exitCode: number
  reason: string
  why?: WhyText
}

/** One event occurrence, drawn as a marker. */
export interface Marker {
  at: number
  reason: string
  message: string
  type: 'Normal' | 'Warning'
  /** The container the event is about; undefined for the pod itself. */
  container?: string
  /** How many occurrences this marker stands for when they were not timed one by one. */
  count?: number
  why?: WhyText
}

/** One container's row. */
export interface Lane extends ContainerRole {
  segments: Segment[]
  exits: Exit[]
  markers: Marker[]
}

/** One pod's group of rows, named and timed as its history record is. */
export interface PodLanes extends Pick<PodRecord, 'key' | 'namespace' | 'name' | 'uid' | 'createdAt' | 'deletingAt' | 'deletedAt'> {
  /** Where its lanes stop: deletion, or the timeline's end. */
  end: number
  lanes: Lane[]
  /** Events about the pod as a whole (Scheduled, FailedScheduling...). */
  markers: Marker[]
}

/** Anything that lists pod records; a TimelineHistory does. */
export interface HistorySource {
  pods(): PodRecord[]
}

const BACKOFF = /BackOff$/
const ALREADY_PRESENT = /already present on machine/

/** The container a fieldPath such as `spec.initContainers{init-myservice}` names. */
export function containerOf(fieldPath: string | undefined): string | undefined {
  return fieldPath ? /^spec\.(?:initContainers|containers|ephemeralContainers)\{(.+)\}$/.exec(fieldPath)?.[1] : undefined
}

/** Each container of `pod` in the order the kubelet runs them: init chain (with sidecars) first, then the app containers. */
export function rolesOf(pod: Pod): ContainerRole[] {
  const inits = pod.spec.initContainers ?? []
  const init = inits.map((c, i): ContainerRole => ({ name: c.name, group: 'init', sidecar: c.restartPolicy === 'Always', next: inits[i + 1]?.name, image: c.image }))
  return [...init, ...pod.spec.containers.map((c): ContainerRole => ({ name: c.name, group: 'app', sidecar: false, image: c.image }))]
}

// Occurrences of events the history did not see (older than its attach): one marker per timed occurrence.
function markersFromEvents(events: KubeEvent[], uid: string, known: Set<string>): EventOccurrence[] {
  const out: EventOccurrence[] = []
  for (const e of events) {
    const ref = e.involvedObject
    if (ref.kind !== 'Pod' || ref.uid !== uid || known.has(e.metadata.uid ?? '')) continue
    const count = e.series?.count ?? e.count ?? 1
    const base = { uid: e.metadata.uid ?? '', reason: e.reason, message: e.message, type: e.type, fieldPath: ref.fieldPath }
    const first = Date.parse(e.eventTime ?? e.firstTimestamp ?? '')
    const last = Date.parse(e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? '')
    if (!Number.isNaN(first) && (count === 1 || Number.isNaN(last) || first !== last)) out.push({ ...base, at: first, count: 1 })
    if (count > 1 && !Number.isNaN(last)) out.push({ ...base, at: last, count, approximate: count > 2 || first === last })
  }
  return out
}

type Fact = { at: number; change: ContainerChange } | { at: number; event: EventOccurrence }

/** Walks one container's facts in time order into segments and exits. */
function buildLane(rec: PodRecord, role: ContainerRole, changes: ContainerChange[], events: EventOccurrence[], start: number, end: number, ended: boolean): Lane {
  const pod = rec.pod
  const segments: Segment[] = []
  const exits: Exit[] = []
  let cur: Segment = { kind: 'waiting', from: start, to: start, label: '' }
  let lastExit: number | undefined
  const close = (at: number, next: Segment) => {
    cur.to = at
    if (cur.label === '') cur.label = 'Pending'
    // A back-off that is over measured itself, whatever was announced (image pulls announce nothing).
    if (cur.kind === 'backoff' && cur.backOffMs === undefined && at > cur.from && next !== cur) cur.backOffMs = at - cur.from
    // A run the kubelet reported already over still counts as a run; other empty stretches are noise.
    if (cur.to > cur.from || cur.kind === 'running') segments.push(cur)
    cur = next
  }
  const creating = (at: number): Segment => ({ kind: 'waiting', from: at, to: at, label: 'ContainerCreating' })
  const failed = () => (cur.kind === 'exited' && cur.exitCode !== 0) || (cur.kind === 'waiting' && cur.label === 'ErrImagePull')
  const toBackOff = (at: number, label: string, change?: ContainerChange) => {
    if (cur.kind !== 'backoff' && !failed()) close(at, { kind: 'waiting', from: at, to: at, label })
    // The kubelet counts the delay from the failure, so the gap starts there, not at the status write.
    cur = { kind: 'backoff', from: cur.from, to: cur.from, label, exitCode: cur.exitCode ?? lastExit }
    const announced = change ? backOffMs(change.status) : undefined
    if (announced !== undefined) cur.backOffMs = announced
    cur.why = backOffWhy(pod, role, label, announced, cur.exitCode)
  }

  const facts: Fact[] = [...events.map((event) => ({ at: event.at, event })), ...changes.map((change) => ({ at: change.at, change }))]
  // At one instant the kubelet records its events before the status write that follows them.
  facts.sort((a, b) => a.at - b.at)
  for (const f of facts) {
    if (f.at > end) break
    if ('change' in f) {
      const c = f.change
      if (c.state === 'running') {
        close(c.at, { kind: 'running', from: c.at, to: c.at, label: 'Running' })
      } else if (c.state === 'terminated') {
        const exitCode = c.exitCode ?? 0
        const deleting = rec.deletingAt !== undefined && rec.deletingAt <= c.at
        close(c.at, { kind: 'exited', from: c.at, to: c.at, label: c.reason ?? (exitCode === 0 ? 'Completed' : 'Error'), exitCode })
        exits.push({ at: c.at, exitCode, reason: cur.label, why: exitWhy(pod, role, exitCode, deleting) })
        lastExit = exitCode
      } else if (c.reason && BACKOFF.test(c.reason)) {
        toBackOff(c.at, c.reason, c)
      } else {
        const label = c.reason ?? 'Waiting'
        // The status lags the pull and the kubelet's own start; those stretches stand until something else happens.
        if (cur.kind === 'pulling' && label !== 'ErrImagePull') continue
        if (cur.kind === 'waiting' && cur.label === 'ContainerCreating' && label === 'PodInitializing') continue
        if (cur.kind === 'waiting' && (cur.label === '' || cur.label === label || cur.from === c.at)) cur.label = label
        else close(c.at, { kind: 'waiting', from: c.at, to: c.at, label })
      }
      continue
    }
    const e = f.event
    const restartable = cur.kind === 'backoff' || cur.kind === 'exited' || (cur.kind === 'waiting' && cur.label === 'ErrImagePull')
    if (e.reason === 'Pulling') {
      close(e.at, { kind: 'pulling', from: e.at, to: e.at, label: 'Pulling', image: /"([^"]+)"/.exec(e.message)?.[1] ?? role.image })
    } else if (e.reason === 'Pulled' && (cur.kind === 'pulling' || cur.kind === 'waiting' || restartable) && (cur.kind === 'pulling' || ALREADY_PRESENT.test(e.message))) {
      if (!(cur.kind === 'waiting' && cur.label === 'ContainerCreating')) close(e.at, creating(e.at))
    } else if (e.reason === 'Failed' && /^Failed to pull image/.test(e.message)) {
      close(e.at, { kind: 'waiting', from: e.at, to: e.at, label: 'ErrImagePull' })
    } else if (e.reason === 'BackOff' && failed()) {
      toBackOff(e.at, /pulling image/.test(e.message) ? 'ImagePullBackOff' : 'CrashLoopBackOff')
    } else if ((e.reason === 'Created' || e.reason === 'Started') && restartable) {
      close(e.at, creating(e.at))
    }
  }
  close(end, cur)
  if (!ended && segments.length) segments[segments.length - 1]!.open = true
  // Markers: the container's events, each with the why of the stretch it falls in.
  const markers = events.filter((e) => e.at <= end).map((e) => toMarker(e, role.name, segments, rec, role))
  return { ...role, segments, exits, markers }
}

function toMarker(e: EventOccurrence, container: string | undefined, segments: Segment[], rec: PodRecord, role?: ContainerRole): Marker {
  const m: Marker = { at: e.at, reason: e.reason, message: e.message, type: e.type }
  if (container) m.container = container
  if (e.approximate) m.count = e.count
  const within = segments.find((s) => s.from <= e.at && e.at <= s.to && s.kind === 'backoff')
  if ((e.type === 'Warning' || e.reason === 'BackOff') && within?.why) m.why = within.why
  else if (e.reason === 'Killing' && role && rec.deletingAt !== undefined && rec.deletingAt <= e.at) m.why = killingWhy(role)
  return m
}

/**
 * The timeline as of `now`, or as of `until` (the scrubber) when given: every pod created by then,
 * each container's lane cut at that instant, and the events that had happened.
 */
export function buildLanes(history: HistorySource, events: KubeEvent[], now: number, until?: number): PodLanes[] {
  const cut = until === undefined ? now : Math.min(now, until)
  const out: PodLanes[] = []
  for (const rec of history.pods()) {
    if (rec.createdAt > cut) continue
    const deletedAt = rec.deletedAt !== undefined && rec.deletedAt <= cut ? rec.deletedAt : undefined
    const deletingAt = rec.deletingAt !== undefined && rec.deletingAt <= cut ? rec.deletingAt : undefined
    const end = deletedAt ?? cut
    const known = new Set(rec.events.map((e) => e.uid))
    const occurrences = [...rec.events, ...markersFromEvents(events, rec.uid, known)].filter((e) => e.at <= end).sort((a, b) => a.at - b.at)
    const byContainer = new Map<string | undefined, EventOccurrence[]>()
    for (const e of occurrences) {
      const name = containerOf(e.fieldPath)
      byContainer.set(name, [...(byContainer.get(name) ?? []), e])
    }
    const lanes = rolesOf(rec.pod).map((role) =>
      buildLane(rec, role, rec.containers.get(role.name) ?? [], byContainer.get(role.name) ?? [], rec.createdAt, end, deletedAt !== undefined),
    )
    const markers = (byContainer.get(undefined) ?? []).map((e) => toMarker(e, undefined, [], rec))
    const lanesOut: PodLanes = { key: rec.key, namespace: rec.namespace, name: rec.name, uid: rec.uid, createdAt: rec.createdAt, end, lanes, markers }
    if (deletingAt !== undefined) lanesOut.deletingAt = deletingAt
    if (deletedAt !== undefined) lanesOut.deletedAt = deletedAt
    out.push(lanesOut)
  }
  return out
}

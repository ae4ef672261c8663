// What the timeline remembers of a sandbox's pods: each pod's life (one record per uid), every
// change of each container's state, and every occurrence of the events about it, at virtual instants.
// Plain TypeScript fed by the sandbox's watch; the store keeps only the latest state, this keeps the past.
import type { ContainerStatus, KubeEvent, Pod, Sandbox, WatchEvent } from '../../sandbox'

/** One state a container entered, as the kubelet wrote it to the pod's status. */
export interface ContainerChange {
  /** Virtual instant of the write, ms. */
  at: number
  state: 'waiting' | 'running' | 'terminated'
  /** The waiting or terminated reason (`PodInitializing`, `CrashLoopBackOff`, `Error`, `Completed`...). */
  reason?: string
  /** The waiting message (it names the back-off: `back-off 20s restarting failed container=...`). */
  message?: string
  exitCode?: number
  restartCount: number
  ready: boolean
  /** The status as written, for the why-texts. */
  status: ContainerStatus
}

/** One occurrence of an Event about a pod (a repeat of an aggregated event is one more occurrence). */
export interface EventOccurrence {
  at: number
  /** The Event object's uid: occurrences of one aggregated event share it. */
  uid: string
  reason: string
  message: string
  type: 'Normal' | 'Warning'
  /** `spec.initContainers{name}` or `spec.containers{name}`; undefined for the pod itself. */
  fieldPath?: string
  /** The event's count after this occurrence. */
  count: number
  /** True when the instant is only the last of several occurrences the API did not time one by one. */
  approximate?: boolean
}

/** One pod, from its creation to its deletion; a pod created again under the same name is another record. */
export interface PodRecord {
  /** `namespace/name/uid`. */
  key: string
  namespace: string
  name: string
  uid: string
  createdAt: number
  /** When a delete request set deletionTimestamp (the pod is Terminating from then on). */
  deletingAt?: number
  /** When the API server removed the pod. */
  deletedAt?: number
  /** The latest object seen: its spec gives the lanes and their order. */
  pod: Pod
  /** Each container's changes, oldest first, by container name (init, sidecar and app names are unique in a pod). */
  containers: Map<string, ContainerChange[]>
  events: EventOccurrence[]
}

type Listener = () => void

const podKey = (ns: string, name: string, uid: string) => `${ns}/${name}/${uid}`

// The fields whose change is worth a row: a repeated write of the same state is not.
function signature(s: ContainerStatus): string {
  const st = s.state ?? {}
  const t = st.terminated
  const part = st.running ? `r:${st.running.startedAt ?? ''}` : t ? `t:${t.exitCode}:${t.reason ?? ''}:${t.containerID ?? ''}` : `w:${st.waiting?.reason ?? ''}:${st.waiting?.message ?? ''}`
  return `${part}|${s.restartCount}|${s.ready}`
}

// An RFC 3339 stamp as epoch ms, unless it is missing, unreadable or later than `fallback`.
function stampOr(stamp: string | null | undefined, fallback: number): number {
  const t = stamp ? Date.parse(stamp) : NaN
  return Number.isNaN(t) || t > fallback ? fallback : t
}

function changeOf(s: ContainerStatus, at: number): ContainerChange {
  const st = s.state ?? {}
  const base = { at, restartCount: s.restartCount, ready: s.ready, status: s }
  if (st.running) return { ...base, state: 'running' }
  if (st.terminated) return { ...base, state: 'terminated', reason: st.terminated.reason, exitCode: st.terminated.exitCode }
  return { ...base, state: 'waiting', reason: st.waiting?.reason, message: st.waiting?.message }
}

/**
 * Follows a sandbox from the moment it is attached and records every pod's container states and
 * events; `version` grows with each recorded change, so a view knows when to derive again.
 */
export class TimelineHistory {
  /** Grows by one with every recorded change. */
  version = 0
  private readonly records = new Map<string, PodRecord>()
  private readonly byUid = new Map<string, PodRecord>()
  private readonly live = new Map<string, PodRecord>()
  private readonly signatures = new Map<string, string>()
  private readonly lastStatuses = new Map<string, unknown>()
  private readonly eventCounts = new Map<string, number>()
  private readonly listeners = new Set<Listener>()
  private readonly stop: () => void

  constructor(sandbox: Sandbox) {
    // Pods and events already there are taken at their own stamps (whole seconds); their past before that is unknown.
    const now = sandbox.now()
    for (const pod of sandbox.pods()) this.onPod(pod, now, false, true)
    for (const event of sandbox.events()) this.onEvent(event, now, true)
    this.stop = sandbox.subscribe((ev) => this.onWatch(ev))
  }

  /** Every pod record, in the order the pods were created. */
  pods(): PodRecord[] {
    return [...this.records.values()]
  }

  /** The record of one pod uid, or undefined. */
  pod(uid: string): PodRecord | undefined {
    return this.byUid.get(uid)
  }

  /** Calls `listener` after each recorded change; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Stops following the sandbox; what was recorded stays readable. */
  dispose(): void {
    this.stop()
    this.listeners.clear()
  }

  private onWatch(ev: WatchEvent): void {
    if (ev.kind === 'Pod') this.onPod(ev.object as Pod, ev.at, ev.type === 'DELETED')
    else if (ev.kind === 'Event' && ev.type !== 'DELETED') this.onEvent(ev.object as KubeEvent, ev.at)
  }

  private onPod(pod: Pod, at: number, deleted: boolean, attached = false): void {
    const ns = pod.metadata.namespace ?? 'default'
    const name = pod.metadata.name ?? ''
    const uid = pod.metadata.uid ?? name
    const key = podKey(ns, name, uid)
    let changed = false
    let rec = this.records.get(key)
    if (!rec) {
      const createdAt = attached ? stampOr(pod.metadata.creationTimestamp, at) : at
      rec = { key, namespace: ns, name, uid, createdAt, pod, containers: new Map(), events: [] }
      this.records.set(key, rec)
      this.byUid.set(uid, rec)
      this.live.set(`${ns}/${name}`, rec)
      changed = true
    }
    rec.pod = pod
    if (pod.metadata.deletionTimestamp && rec.deletingAt === undefined) {
      rec.deletingAt = at
      changed = true
    }
    if (this.recordStatuses(rec, pod, at, attached)) changed = true
    if (deleted) {
      rec.deletedAt = at
      this.live.delete(`${ns}/${name}`)
      // What the change detection kept for a pod that is gone is of no more use.
      for (const k of [`${key}#0`, `${key}#1`, ...[...rec.containers.keys()].map((c) => `${key}#${c}`)]) {
        this.lastStatuses.delete(k)
        this.signatures.delete(k)
      }
      changed = true
    }
    if (changed) this.bump()
  }

  // The engine writes pods often; statuses are immutable values, so an unchanged list is skipped whole.
  private recordStatuses(rec: PodRecord, pod: Pod, at: number, attached: boolean): boolean {
    const lists = [pod.status?.initContainerStatuses, pod.status?.containerStatuses]
    let changed = false
    lists.forEach((list, i) => {
      const seen = `${rec.key}#${i}`
      if (!list || this.lastStatuses.get(seen) === list) return
      this.lastStatuses.set(seen, list)
      for (const s of list) {
        const sig = signature(s)
        const k = `${rec.key}#${s.name}`
        if (this.signatures.get(k) === sig) continue
        this.signatures.set(k, sig)
        let changes = rec.containers.get(s.name)
        if (!changes) rec.containers.set(s.name, (changes = []))
        changes.push(changeOf(s, attached ? stampOr(s.state?.running?.startedAt ?? s.state?.terminated?.finishedAt, at) : at))
        changed = true
      }
    })
    return changed
  }

  private onEvent(event: KubeEvent, at: number, attached = false): void {
    const ref = event.involvedObject
    if (ref.kind !== 'Pod') return
    const rec = (ref.uid && this.byUid.get(ref.uid)) || this.live.get(`${ref.namespace ?? 'default'}/${ref.name ?? ''}`)
    if (!rec) return
    const uid = event.metadata.uid ?? event.metadata.name ?? ''
    // Legacy events count in `count`; events.k8s.io ones in `series.count`, written in batches.
    const count = event.series?.count ?? event.count ?? 1
    const before = this.eventCounts.get(uid)
    if (before !== undefined && count <= before) return
    this.eventCounts.set(uid, count)
    const base = { uid, reason: event.reason, message: event.message, type: event.type, fieldPath: ref.fieldPath, count }
    if (event.series) {
      // A series patch arrives minutes after its repeats; its lastObservedTime is the true instant.
      const last = Date.parse(event.series.lastObservedTime)
      rec.events.push({ ...base, at: Number.isNaN(last) ? at : last, approximate: count - (before ?? 0) > 1 })
    } else if (attached) {
      // Found at attach time: its stamp (whole seconds) is the best instant there is.
      rec.events.push({ ...base, at: stampOr(event.lastTimestamp ?? event.eventTime, at), approximate: count > 1 })
    } else {
      rec.events.push({ ...base, at, approximate: count - (before ?? 0) > 1 })
    }
    this.bump()
  }

  private bump(): void {
    this.version++
    for (const l of this.listeners) l()
  }
}

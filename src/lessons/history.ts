// What happened in a sandbox while a lesson ran, recorded from its watch stream: every change of a
// pod's STATUS column, when each container attempt started and ended, and every Event seen (events
// expire from the cluster; the lesson still remembers them). Records, never judges.

import { printPodRow, type ContainerStatus, type KubeEvent, type Pod, type Sandbox, type WatchEvent } from '../sandbox'

/** One change of a pod's STATUS column. */
export interface StatusChange {
  /** Virtual instant, ms. */
  at: number
  pod: string
  namespace: string
  /** Each pod created again under the same name has a new uid, and a log of its own. */
  uid: string
  status: string
}

/** One run of a container: restart N is attempt N. Instants are when the sandbox wrote them. */
export interface Attempt {
  startedAt?: number
  finishedAt?: number
}

/** One pod instance's containers. */
export interface PodHistory {
  uid: string
  name: string
  namespace: string
  /** Attempts by container name, indexed by restart count. */
  attempts: Map<string, Attempt[]>
  /** Container names in the order they first started. */
  startOrder: string[]
}

/** An Event as a lesson needs it. */
export interface SeenEvent {
  at: number
  reason: string
  type: string
  message: string
  pod?: string
  /** The container named by the event's fieldPath (`spec.initContainers{name}`), if any. */
  container?: string
}

/** Records a sandbox's history from the moment it is created until `stop()`. */
export class History {
  readonly statusLog: StatusChange[] = []
  readonly pods = new Map<string, PodHistory>()
  readonly events: SeenEvent[] = []
  private readonly lastStatus = new Map<string, string>()
  private readonly seenEvents = new Set<string>()
  private readonly unsubscribe: () => void

  constructor(sandbox: Sandbox, private readonly onChange: (change: WatchEvent) => void = () => {}) {
    this.unsubscribe = sandbox.subscribe((change) => {
      if (change.kind === 'Pod' && change.type !== 'DELETED') this.recordPod(change.object as Pod, change.at)
      else if (change.kind === 'Event' && change.type !== 'DELETED') this.recordEvent(change.object as KubeEvent, change.at)
      this.onChange(change)
    })
  }

  /** Stops recording. */
  stop(): void {
    this.unsubscribe()
  }

  /** The STATUS log of every pod instance whose name matches, oldest first, one list per instance. */
  logsOf(match: (name: string, namespace: string) => boolean): StatusChange[][] {
    const byUid = new Map<string, StatusChange[]>()
    for (const c of this.statusLog) {
      if (!match(c.pod, c.namespace)) continue
      const list = byUid.get(c.uid) ?? []
      list.push(c)
      byUid.set(c.uid, list)
    }
    return [...byUid.values()]
  }

  private recordPod(pod: Pod, at: number): void {
    const uid = pod.metadata.uid ?? ''
    const name = pod.metadata.name ?? ''
    const namespace = pod.metadata.namespace ?? 'default'
    const status = printPodRow(pod, at).status
    if (this.lastStatus.get(uid) !== status) {
      this.lastStatus.set(uid, status)
      this.statusLog.push({ at, pod: name, namespace, uid, status })
    }
    let h = this.pods.get(uid)
    if (!h) this.pods.set(uid, (h = { uid, name, namespace, attempts: new Map(), startOrder: [] }))
    const statuses: ContainerStatus[] = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]
    for (const cs of statuses) this.recordContainer(h, cs, at)
  }

  private recordContainer(h: PodHistory, cs: ContainerStatus, at: number): void {
    const attempts = h.attempts.get(cs.name) ?? []
    h.attempts.set(cs.name, attempts)
    const n = cs.restartCount ?? 0
    const attempt = (i: number): Attempt => (attempts[i] ??= {})
    const { waiting, running, terminated } = cs.state ?? {}
    if (running || terminated) {
      attempt(n).startedAt ??= at
      if (!h.startOrder.includes(cs.name)) h.startOrder.push(cs.name)
    }
    if (terminated) attempt(n).finishedAt ??= at
    // A run that ended between two writes shows only as the last state: while waiting it is this
    // attempt's, once the next attempt exists it is the one before.
    if (cs.lastState?.terminated) {
      const i = waiting ? n : n - 1
      if (i >= 0) {
        attempt(i).startedAt ??= at
        attempt(i).finishedAt ??= at
      }
    }
  }

  private recordEvent(e: KubeEvent, at: number): void {
    const key = e.metadata.uid ?? `${e.metadata.namespace}/${e.metadata.name}`
    if (this.seenEvents.has(key)) return
    this.seenEvents.add(key)
    const fieldPath = e.involvedObject?.fieldPath ?? ''
    const container = /\{(.+)\}$/.exec(fieldPath)?.[1]
    this.events.push({
      at,
      reason: e.reason ?? '',
      type: e.type ?? '',
      message: e.message ?? '',
      pod: e.involvedObject?.kind === 'Pod' ? e.involvedObject.name : undefined,
      container,
    })
  }
}

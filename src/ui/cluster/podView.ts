// What a card shows of a pod and its containers, in plain data: the five condition lights in the
// order they turn on, a container's state kind and words, the share of its back-off still to wait. Pure.
import type { ContainerStatus, Pod } from '../../sandbox'
import { backOffMs } from './why'

/** The pod conditions the kubelet and scheduler set, in the order a healthy pod turns them True. */
export const CONDITION_TYPES = ['PodScheduled', 'PodReadyToStartContainers', 'Initialized', 'ContainersReady', 'Ready'] as const

/** One condition light: its type, its status if set, and the reason behind it. */
export interface ConditionLight {
  type: string
  /** undefined while nothing has set the condition yet. */
  status?: string
  reason?: string
  message?: string
}

/** The five conditions (set or not yet), then any others the pod has (readiness gates...). */
export function conditionLights(pod: Pod): ConditionLight[] {
  const set = pod.status?.conditions ?? []
  const light = (type: string): ConditionLight => {
    const c = set.find((x) => x.type === type)
    const l: ConditionLight = { type }
    if (c?.status) l.status = c.status
    if (c?.reason) l.reason = c.reason
    if (c?.message) l.message = c.message
    return l
  }
  const known = new Set<string>(CONDITION_TYPES)
  return [...CONDITION_TYPES.map(light), ...set.filter((c) => !known.has(c.type)).map((c) => light(c.type))]
}

/** The state families the view colours: each also has its icon and words. */
export type StateKind = 'waiting' | 'running' | 'done' | 'failed' | 'backoff'

/** A container's state family and the Kubernetes words for it (undefined: no status yet). */
export function containerState(status: ContainerStatus | undefined): { kind: StateKind; text?: string } {
  const st = status?.state
  if (st?.running) return { kind: 'running', text: 'Running' }
  if (st?.terminated) {
    const t = st.terminated
    return t.exitCode === 0 ? { kind: 'done', text: `${t.reason ?? 'Completed'} (exit 0)` } : { kind: 'failed', text: `${t.reason ?? 'Error'} (exit ${t.exitCode})` }
  }
  const reason = st?.waiting?.reason
  if (!reason) return { kind: 'waiting' }
  return { kind: /BackOff$/.test(reason) ? 'backoff' : /Err|Error/.test(reason) ? 'failed' : 'waiting', text: reason }
}

/** The share (1 to 0) of a CrashLoopBackOff still to wait at `now`, or undefined when not backing off. */
export function backOffLeft(status: ContainerStatus | undefined, now: number): number | undefined {
  const backoff = backOffMs(status)
  const finished = status?.lastState?.terminated?.finishedAt
  if (!backoff || status?.state?.waiting?.reason !== 'CrashLoopBackOff' || !finished) return undefined
  return Math.min(1, Math.max(0, (Date.parse(finished) + backoff - now) / backoff))
}

// What the ReplicaSet controller decides for one ReplicaSet (syncReplicaSet and manageReplicas,
// kube-controller-manager v1.35): how many pods to create, which to delete, and the status it
// writes. Pure; replicaSetMachine.ts carries the decisions out through the controller host.

import type { LabelSelector, Pod, ReplicaSet } from '../api/types'
import { parseTime } from '../format/time'

/** Reason of the replicaset-controller's events. */
export const RS_REASON = { created: 'SuccessfulCreate', deleted: 'SuccessfulDelete', failedCreate: 'FailedCreate' } as const

/** The most pods one sync creates or deletes (burstReplicas). */
export const BURST_REPLICAS = 500

export interface ReplicaSetSyncResult {
  /** How many pods to create now. */
  create: number
  /** Names of active pods to delete, the least valuable first. */
  remove: string[]
  /** The status the ReplicaSet should have (computed from the pods seen, as the controller does). */
  status: NonNullable<ReplicaSet['status']>
  /** Sync again at this time (a ready pod becomes available after minReadySeconds). */
  requeueAt?: number
}

/** True when every matchLabels pair is in `labels` (matchExpressions with In/NotIn/Exists/DoesNotExist too). */
export function selectorMatches(selector: LabelSelector | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return false
  const l = labels ?? {}
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (l[k] !== v) return false
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(l, e.key)
    if (e.operator === 'In' && !(has && (e.values ?? []).includes(l[e.key]))) return false
    if (e.operator === 'NotIn' && has && (e.values ?? []).includes(l[e.key])) return false
    if (e.operator === 'Exists' && !has) return false
    if (e.operator === 'DoesNotExist' && has) return false
  }
  return true
}

const isTerminal = (p: Pod) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed'
/** controller.IsPodActive: not finished and not being deleted. */
export const isPodActive = (p: Pod): boolean => !isTerminal(p) && !p.metadata.deletionTimestamp
const readyCondition = (p: Pod) => p.status?.conditions?.find((c) => c.type === 'Ready')
/** podutil.IsPodReady: the Ready condition is True. */
export const isPodReady = (p: Pod): boolean => readyCondition(p)?.status === 'True'

/** When a ready pod becomes available (Ready since `minReadySeconds`), in epoch ms; undefined if not ready. */
export function availableAt(p: Pod, minReadySeconds: number): number | undefined {
  if (!isPodReady(p)) return undefined
  if (minReadySeconds <= 0) return Number.NEGATIVE_INFINITY
  const since = readyCondition(p)?.lastTransitionTime
  return since ? parseTime(since) + minReadySeconds * 1000 : undefined
}

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 }
const restarts = (p: Pod) => Math.max(0, ...(p.status?.containerStatuses ?? []).map((s) => s.restartCount))
const created = (p: Pod) => (p.metadata.creationTimestamp ? parseTime(p.metadata.creationTimestamp) : 0)
const readySince = (p: Pod) => {
  const t = readyCondition(p)?.lastTransitionTime
  return t ? parseTime(t) : 0
}

/**
 * controller.ActivePods ordering (the ranks ReplicaSets use to pick pods to delete): unscheduled
 * before scheduled, Pending before Unknown before Running, not ready before ready, ready for less
 * time first, more restarts first, newer first. Pure; returns a sorted copy.
 */
export function rankPodsForDeletion(pods: readonly Pod[]): Pod[] {
  const cmp = (a: Pod, b: Pod): number => {
    const an = a.spec.nodeName ? 1 : 0, bn = b.spec.nodeName ? 1 : 0
    if (an !== bn) return an - bn
    const ap = PHASE_RANK[a.status?.phase ?? 'Pending'] ?? 0, bp = PHASE_RANK[b.status?.phase ?? 'Pending'] ?? 0
    if (ap !== bp) return ap - bp
    const ar = isPodReady(a) ? 1 : 0, br = isPodReady(b) ? 1 : 0
    if (ar !== br) return ar - br
    if (ar === 1 && readySince(a) !== readySince(b)) return readySince(b) - readySince(a)
    if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a)
    return created(b) - created(a)
  }
  return [...pods].sort(cmp)
}

/** One sync of `rs` with the pods it controls (active or not), at virtual time `now`. Pure. */
export function syncReplicaSet(rs: ReplicaSet, pods: readonly Pod[], now: number): ReplicaSetSyncResult {
  const active = pods.filter(isPodActive)
  const want = rs.metadata.deletionTimestamp ? active.length : rs.spec.replicas ?? 1
  const diff = active.length - want
  const create = diff < 0 ? Math.min(-diff, BURST_REPLICAS) : 0
  const remove = diff > 0 ? rankPodsForDeletion(active).slice(0, Math.min(diff, BURST_REPLICAS)).map((p) => p.metadata.name ?? '') : []

  const minReady = rs.spec.minReadySeconds ?? 0
  const templateLabels = rs.spec.template.metadata?.labels ?? {}
  let ready = 0, available = 0, fullyLabeled = 0
  let requeueAt: number | undefined
  for (const p of active) {
    if (Object.entries(templateLabels).every(([k, v]) => p.metadata.labels?.[k] === v)) fullyLabeled++
    if (!isPodReady(p)) continue
    ready++
    const at = availableAt(p, minReady)
    if (at !== undefined && at <= now) available++
    else if (at !== undefined) requeueAt = Math.min(requeueAt ?? at, at)
  }
  const terminating = pods.filter((p) => p.metadata.deletionTimestamp && !isTerminal(p)).length
  const status: ReplicaSetSyncResult['status'] = { replicas: active.length }
  // Go's omitempty: zero counts are left out, except replicas and the feature-gated terminatingReplicas.
  if (fullyLabeled) status.fullyLabeledReplicas = fullyLabeled
  if (ready) status.readyReplicas = ready
  if (available) status.availableReplicas = available
  status.terminatingReplicas = terminating
  if (rs.metadata.generation) status.observedGeneration = rs.metadata.generation
  if (rs.status?.conditions?.length) status.conditions = rs.status.conditions
  return { create, remove, status, ...(requeueAt !== undefined ? { requeueAt } : {}) }
}

/** The pod a ReplicaSet creates (controller.GetPodFromTemplate): template labels, annotations and spec, owned by `rs`. */
export function podFromTemplate(rs: ReplicaSet, name: string): Pod {
  const template = rs.spec.template
  const rsName = rs.metadata.name ?? ''
  const metadata: Pod['metadata'] = { name, generateName: `${rsName}-`, namespace: rs.metadata.namespace ?? 'default' }
  if (template.metadata?.labels) metadata.labels = { ...template.metadata.labels }
  if (template.metadata?.annotations) metadata.annotations = { ...template.metadata.annotations }
  metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rsName, uid: rs.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }]
  if (template.metadata?.finalizers) metadata.finalizers = [...template.metadata.finalizers]
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: JSON.parse(JSON.stringify(template.spec)) as Pod['spec'] }
}

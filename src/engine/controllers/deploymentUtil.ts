// Helpers of the Deployment controller (pkg/controller/deployment/util): surge and unavailability
// fenceposts, revision and replica annotations, conditions with their exact texts, the status.
// Pure; deploymentSync.ts composes them into one sync.

import type { Deployment, ReplicaSet, WorkloadCondition } from '../api/types'
import { rfc3339 } from '../format/time'
import { POD_TEMPLATE_HASH_LABEL } from './podTemplateHash'

/** Annotation keys the Deployment controller writes. */
export const ANNOTATION = {
  revision: 'deployment.kubernetes.io/revision',
  revisionHistory: 'deployment.kubernetes.io/revision-history',
  desiredReplicas: 'deployment.kubernetes.io/desired-replicas',
  maxReplicas: 'deployment.kubernetes.io/max-replicas',
  rollbackTo: 'deprecated.deployment.rollback.to',
  lastApplied: 'kubectl.kubernetes.io/last-applied-configuration',
} as const

/** Condition reasons (deploymentutil), spelled as the controller spells them. */
export const REASON = {
  newRSCreated: 'NewReplicaSetCreated',
  foundNewRS: 'FoundNewReplicaSet',
  rsUpdated: 'ReplicaSetUpdated',
  newRSAvailable: 'NewReplicaSetAvailable',
  timedOut: 'ProgressDeadlineExceeded',
  minAvailable: 'MinimumReplicasAvailable',
  minUnavailable: 'MinimumReplicasUnavailable',
} as const

/** Messages of the Deployment conditions; `%q` of a Go string is a double-quoted name. */
export const MESSAGE = {
  created: (rs: string) => `Created new replica set "${rs}"`,
  found: (rs: string) => `Found new replica set "${rs}"`,
  progressing: (rs: string) => `ReplicaSet "${rs}" is progressing.`,
  progressingNoRS: 'Deployment is progressing.',
  complete: (rs: string) => `ReplicaSet "${rs}" has successfully progressed.`,
  timedOut: (rs: string) => `ReplicaSet "${rs}" has timed out progressing.`,
  available: 'Deployment has minimum availability.',
  unavailable: 'Deployment does not have minimum availability.',
} as const

const replicas = (o: { spec: { replicas?: number } }) => o.spec.replicas ?? 1
const isRolling = (d: Deployment) => (d.spec.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate'

/** intstr.GetScaledValueFromIntOrPercent: a number as is, `25%` of `total` rounded up or down. */
export function scaledValue(value: number | string | undefined, total: number, roundUp: boolean): number {
  if (value === undefined) return 0
  if (typeof value === 'number') return value
  const m = /^(\d+)%$/.exec(value)
  if (!m) return Number.parseInt(value, 10) || 0
  const v = (Number(m[1]) * total) / 100
  return roundUp ? Math.ceil(v) : Math.floor(v)
}

/** ResolveFenceposts: maxSurge (rounded up) and maxUnavailable (rounded down); both 0 means 1 unavailable. */
export function resolveFenceposts(d: Deployment): { maxSurge: number; maxUnavailable: number } {
  const ru = d.spec.strategy?.rollingUpdate ?? {}
  const want = replicas(d)
  const maxSurge = scaledValue(ru.maxSurge ?? '25%', want, true)
  let maxUnavailable = scaledValue(ru.maxUnavailable ?? '25%', want, false)
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1
  return { maxSurge, maxUnavailable }
}

/** MaxSurge: 0 unless rolling. */
export const maxSurge = (d: Deployment): number => (isRolling(d) ? resolveFenceposts(d).maxSurge : 0)

/** MaxUnavailable: 0 unless rolling with replicas; never more than the replicas. */
export function maxUnavailable(d: Deployment): number {
  if (!isRolling(d) || replicas(d) === 0) return 0
  return Math.min(resolveFenceposts(d).maxUnavailable, replicas(d))
}

/** The revision annotation as a number (0 when missing or not a number). */
export function revisionOf(rs: { metadata: { annotations?: Record<string, string> } }): number {
  const n = Number(rs.metadata.annotations?.[ANNOTATION.revision])
  return Number.isInteger(n) && n > 0 ? n : 0
}

/** Sorted keys, the way Go marshals a map. */
export const sortedMap = (m: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

/** Desired and max replicas annotations as SetReplicasAnnotations writes them; returns a new map. */
export function withReplicasAnnotations(annotations: Record<string, string> | undefined, d: Deployment): Record<string, string> {
  return sortedMap({ ...annotations, [ANNOTATION.desiredReplicas]: String(replicas(d)), [ANNOTATION.maxReplicas]: String(replicas(d) + maxSurge(d)) })
}

const SKIPPED = new Set<string>([ANNOTATION.lastApplied, ANNOTATION.revision, ANNOTATION.revisionHistory, ANNOTATION.desiredReplicas, ANNOTATION.maxReplicas, ANNOTATION.rollbackTo])

/** The Deployment's own annotations a ReplicaSet inherits (copyDeploymentAnnotationsToReplicaSet). */
export function inheritedAnnotations(d: Deployment): Record<string, string> {
  return Object.fromEntries(Object.entries(d.metadata.annotations ?? {}).filter(([k]) => !SKIPPED.has(k)))
}

/** EqualIgnoreHash: the two templates are the same once the pod-template-hash label is dropped. */
export function equalIgnoreHash(a: unknown, b: unknown): boolean {
  const strip = (t: unknown) => {
    const c = JSON.parse(JSON.stringify(t ?? {})) as { metadata?: { labels?: Record<string, string> } }
    if (c.metadata?.labels) {
      delete c.metadata.labels[POD_TEMPLATE_HASH_LABEL]
      if (Object.keys(c.metadata.labels).length === 0) delete c.metadata.labels
    }
    return JSON.stringify(canonical(c))
  }
  return strip(a) === strip(b)
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical)
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
  }
  return v
}

/** A condition stamped at `now` (NewDeploymentCondition). */
export function newCondition(type: string, status: WorkloadCondition['status'], reason: string, message: string, now: number): WorkloadCondition {
  const t = rfc3339(now)
  return { type, status, lastUpdateTime: t, lastTransitionTime: t, reason, message }
}

/**
 * SetDeploymentCondition: an identical status and reason leaves the list alone; otherwise the
 * condition moves to the end, keeping its lastTransitionTime when the status did not change.
 */
export function setCondition(conditions: WorkloadCondition[], c: WorkloadCondition): WorkloadCondition[] {
  const current = conditions.find((x) => x.type === c.type)
  if (current && current.status === c.status && current.reason === c.reason) return conditions
  const next = current && current.status === c.status ? { ...c, lastTransitionTime: current.lastTransitionTime } : c
  return [...conditions.filter((x) => x.type !== c.type), next]
}

const sum = (list: readonly ReplicaSet[], f: (rs: ReplicaSet) => number | undefined) => list.reduce((n, rs) => n + (f(rs) ?? 0), 0)

/** calculateStatus: counts over all ReplicaSets and the Available condition. Pure. */
export function calculateStatus(all: readonly ReplicaSet[], newRS: ReplicaSet | undefined, d: Deployment, now: number): NonNullable<Deployment['status']> {
  const available = sum(all, (rs) => rs.status?.availableReplicas)
  const total = sum(all, (rs) => rs.spec.replicas ?? 1)
  const status: NonNullable<Deployment['status']> = {
    observedGeneration: d.metadata.generation,
    replicas: sum(all, (rs) => rs.status?.replicas),
    updatedReplicas: newRS ? newRS.status?.replicas ?? 0 : 0,
    readyReplicas: sum(all, (rs) => rs.status?.readyReplicas),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, total - available),
    terminatingReplicas: sum(all, (rs) => rs.status?.terminatingReplicas),
  }
  let conditions = [...(d.status?.conditions ?? [])]
  conditions = available >= replicas(d) - maxUnavailable(d)
    ? setCondition(conditions, newCondition('Available', 'True', REASON.minAvailable, MESSAGE.available, now))
    : setCondition(conditions, newCondition('Available', 'False', REASON.minUnavailable, MESSAGE.unavailable, now))
  status.conditions = conditions
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount
  return status
}

/** DeploymentComplete: every replica updated and available, and the spec observed. */
export function deploymentComplete(d: Deployment, s: NonNullable<Deployment['status']>): boolean {
  const want = replicas(d)
  return s.updatedReplicas === want && s.replicas === want && s.availableReplicas === want && (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0)
}

/** DeploymentProgressing: more pods updated, ready or available, or fewer old ones, than last written. */
export function deploymentProgressing(d: Deployment, s: NonNullable<Deployment['status']>): boolean {
  const old = d.status ?? {}
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0)
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0)
  return (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld ||
    (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
}

/** Go's JSON field order for a Deployment status. */
export function orderDeploymentStatus(s: NonNullable<Deployment['status']>): NonNullable<Deployment['status']> {
  const keys = ['observedGeneration', 'replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas', 'terminatingReplicas', 'conditions', 'collisionCount'] as const
  const out: Record<string, unknown> = {}
  // omitempty on every count except terminatingReplicas (a pointer the feature gate always sets).
  for (const k of keys) if (s[k] !== undefined && (s[k] !== 0 || k === 'terminatingReplicas')) out[k] = s[k]
  return out as NonNullable<Deployment['status']>
}

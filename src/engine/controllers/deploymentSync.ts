// One sync of a Deployment (syncDeployment with rolloutRolling / rolloutRecreate, v1.35): finds or
// makes the new ReplicaSet, scales new and old within maxSurge/maxUnavailable, trims history and
// computes the status with its conditions. Pure; deploymentMachine.ts carries the plan out.

import type { Deployment, ReplicaSet, WorkloadCondition } from '../api/types'
import { parseTime } from '../format/time'
import {
  ANNOTATION, MESSAGE, REASON, calculateStatus, deploymentComplete, deploymentProgressing, equalIgnoreHash, inheritedAnnotations,
  maxUnavailable, newCondition, orderDeploymentStatus, resolveFenceposts, revisionOf, setCondition, sortedMap, withReplicasAnnotations,
} from './deploymentUtil'
import { POD_TEMPLATE_HASH_LABEL, podTemplateHash } from './podTemplateHash'

type Status = NonNullable<Deployment['status']>
type Ev = { type: 'Normal' | 'Warning'; reason: string; message: string }

/** What one sync wants written. */
export interface DeploymentPlan {
  /** A new ReplicaSet to create. */
  create?: ReplicaSet
  /** ReplicaSets to write back (new replicas or annotations). */
  update: ReplicaSet[]
  /** Old ReplicaSets to delete (revision history beyond the limit). */
  remove: string[]
  events: Ev[]
  /** The Deployment's revision annotation, when it changes. */
  revision?: string
  /** The status to write (Go field order). */
  status: Status
  /** Sync again at this time (to notice a progress deadline passing). */
  requeueAt?: number
}

const want = (d: Deployment) => d.spec.replicas ?? 1
const size = (rs: ReplicaSet) => rs.spec.replicas ?? 1
const created = (rs: ReplicaSet) => (rs.metadata.creationTimestamp ? parseTime(rs.metadata.creationTimestamp) : 0)
const byCreation = (a: ReplicaSet, b: ReplicaSet) => created(a) - created(b) || ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1)
const sumSpec = (list: readonly ReplicaSet[]) => list.reduce((n, rs) => n + size(rs), 0)

/** The ReplicaSet a Deployment makes for its current template (name `<deployment>-<hash>`), with 0 replicas. */
export function newReplicaSetFor(d: Deployment): ReplicaSet {
  const hash = podTemplateHash(d.spec.template, d.status?.collisionCount)
  const template = JSON.parse(JSON.stringify(d.spec.template)) as ReplicaSet['spec']['template']
  const labels = sortedMap({ ...template.metadata?.labels, [POD_TEMPLATE_HASH_LABEL]: hash })
  template.metadata = { ...template.metadata, labels }
  const selector = { ...d.spec.selector, matchLabels: sortedMap({ ...d.spec.selector?.matchLabels, [POD_TEMPLATE_HASH_LABEL]: hash }) }
  const name = `${d.metadata.name}-${hash}`
  const spec: ReplicaSet['spec'] = { replicas: 0, ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}), selector, template }
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: d.metadata.namespace ?? 'default',
      labels,
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name ?? '', uid: d.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }],
    },
    spec,
  }
}

/** NewRSNewReplicas: the size the new ReplicaSet may grow to now. */
export function newRSNewReplicas(d: Deployment, all: readonly ReplicaSet[], newRS: ReplicaSet): number {
  if ((d.spec.strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') return want(d)
  const maxTotal = want(d) + resolveFenceposts(d).maxSurge
  const current = sumSpec(all)
  if (current >= maxTotal) return size(newRS)
  return size(newRS) + Math.max(0, Math.min(maxTotal - current, want(d) - size(newRS)))
}

/** One sync of `d` with the ReplicaSets it controls, at virtual time `now`. Pure. */
export function syncDeployment(d: Deployment, owned: readonly ReplicaSet[], now: number): DeploymentPlan {
  const plan: DeploymentPlan = { update: [], remove: [], events: [], status: {} }
  const rsList = [...owned].sort(byCreation)
  const working = new Map(rsList.map((rs) => [rs.metadata.name ?? '', rs]))
  let conditions: WorkloadCondition[] = [...(d.status?.conditions ?? [])]
  const rolling = (d.spec.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate'
  const hasDeadline = d.spec.progressDeadlineSeconds !== undefined && d.spec.progressDeadlineSeconds !== 2147483647

  const write = (rs: ReplicaSet) => {
    working.set(rs.metadata.name ?? '', rs)
    if (plan.create?.metadata.name === rs.metadata.name) { plan.create = rs; return }
    plan.update = [...plan.update.filter((u) => u.metadata.name !== rs.metadata.name), rs]
  }
  const scale = (rs: ReplicaSet, to: number): void => {
    const from = size(rs)
    const annotations = withReplicasAnnotations(rs.metadata.annotations, d)
    if (from === to && JSON.stringify(annotations) === JSON.stringify(rs.metadata.annotations ?? {})) return
    write({ ...rs, metadata: { ...rs.metadata, annotations }, spec: { ...rs.spec, replicas: to } })
    if (from !== to) plan.events.push({ type: 'Normal', reason: 'ScalingReplicaSet', message: `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}` })
  }
  const current = () => {
    const newName = newRS?.metadata.name
    const all = rsList.map((rs) => working.get(rs.metadata.name ?? '')!)
    if (newRS && !working.has(newName ?? '')) all.push(newRS)
    const fresh = newName ? working.get(newName) ?? newRS : undefined
    return { all, fresh, old: all.filter((rs) => rs.metadata.name !== newName) }
  }

  let newRS = rsList.find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template))
  const oldAtStart = rsList.filter((rs) => rs !== newRS)
  const newRevision = String(Math.max(0, ...oldAtStart.map(revisionOf)) + 1)

  const finish = (progress: boolean): DeploymentPlan => {
    const { all, fresh } = current()
    const dd: Deployment = { ...d, status: { ...d.status, conditions } }
    const status = calculateStatus(all, fresh, dd, now)
    if (progress) status.conditions = rolloutConditions(dd, status, fresh, hasDeadline, now)
    plan.status = orderDeploymentStatus(status)
    const prog = status.conditions?.find((c) => c.type === 'Progressing')
    if (hasDeadline && prog && prog.reason !== REASON.newRSAvailable && prog.reason !== REASON.timedOut && prog.lastUpdateTime) {
      plan.requeueAt = parseTime(prog.lastUpdateTime) + (d.spec.progressDeadlineSeconds ?? 600) * 1000 + 1000
    }
    return plan
  }

  if (d.metadata.deletionTimestamp) return finish(false)

  // getNewReplicaSet: keep an existing one's annotations current, or create one (Recreate waits for old pods to go).
  const oldPodsRunning = oldAtStart.some((rs) => (rs.status?.replicas ?? 0) > 0 || size(rs) > 0)
  if (newRS) {
    const annotations = sortedMap({ ...newRS.metadata.annotations, ...inheritedAnnotations(d) })
    if (revisionOf(newRS) < Number(newRevision)) annotations[ANNOTATION.revision] = newRevision
    if (JSON.stringify(annotations) !== JSON.stringify(newRS.metadata.annotations ?? {})) write({ ...newRS, metadata: { ...newRS.metadata, annotations: sortedMap(annotations) } })
    if (hasDeadline && !conditions.some((c) => c.type === 'Progressing')) {
      conditions = setCondition(conditions, newCondition('Progressing', 'True', REASON.foundNewRS, MESSAGE.found(newRS.metadata.name ?? ''), now))
    }
  } else if (rolling || !oldPodsRunning) {
    const rs = newReplicaSetFor(d)
    const count = newRSNewReplicas(d, [...rsList, rs], rs)
    rs.spec.replicas = count
    rs.metadata.annotations = withReplicasAnnotations({ ...inheritedAnnotations(d), [ANNOTATION.revision]: newRevision }, d)
    plan.create = rs
    newRS = rs
    if (count > 0) plan.events.push({ type: 'Normal', reason: 'ScalingReplicaSet', message: `Scaled up replica set ${rs.metadata.name} from 0 to ${count}` })
    if (hasDeadline) conditions = setCondition(conditions, newCondition('Progressing', 'True', REASON.newRSCreated, MESSAGE.created(rs.metadata.name ?? ''), now))
  }
  const rev = newRS ? current().fresh?.metadata.annotations?.[ANNOTATION.revision] : undefined
  if (rev && d.metadata.annotations?.[ANNOTATION.revision] !== rev) plan.revision = rev

  if (d.spec.paused) return finish(false)

  // isScalingEvent: the replica count changed under a settled set of ReplicaSets.
  const active = current().all.filter((rs) => size(rs) > 0)
  const scalingEvent = active.some((rs) => {
    const desired = rs.metadata.annotations?.[ANNOTATION.desiredReplicas]
    return desired !== undefined && Number(desired) !== want(d)
  })
  if (scalingEvent && active.length === 1 && (!newRS || active[0].metadata.name === newRS.metadata.name)) {
    scale(active[0], want(d))
    return finish(false)
  }

  if (!rolling) {
    const { old } = current()
    let scaledDown = false
    for (const rs of old) if (size(rs) > 0) { scale(rs, 0); scaledDown = true }
    if (scaledDown || old.some((rs) => (rs.status?.replicas ?? 0) > 0)) return finish(true)
    const { fresh } = current()
    if (fresh && size(fresh) !== want(d)) scale(fresh, want(d))
    return cleanupIfComplete(d, plan, current, finish, hasDeadline)
  }

  // reconcileNewReplicaSet
  const fresh = current().fresh!
  if (size(fresh) > want(d)) { scale(fresh, want(d)); return finish(true) }
  if (size(fresh) < want(d)) {
    const to = newRSNewReplicas(d, current().all, fresh)
    if (to !== size(fresh)) { scale(fresh, to); return finish(true) }
  }

  // reconcileOldReplicaSets: first unhealthy old replicas, then healthy ones down to minAvailable.
  const s = current()
  if (sumSpec(s.old) > 0) {
    const minAvailable = want(d) - maxUnavailable(d)
    const newUnavailable = size(s.fresh!) - (s.fresh!.status?.availableReplicas ?? 0)
    const maxScaledDown = sumSpec(s.all) - minAvailable - newUnavailable
    if (maxScaledDown > 0) {
      let cleaned = 0
      for (const rs of s.old) {
        if (cleaned >= maxScaledDown) break
        const unhealthy = size(rs) - (rs.status?.availableReplicas ?? 0)
        if (size(rs) === 0 || unhealthy <= 0) continue
        const by = Math.min(maxScaledDown - cleaned, unhealthy)
        scale(rs, size(rs) - by)
        cleaned += by
      }
      const after = current()
      const availablePods = after.all.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0)
      let scaledDown = 0
      if (availablePods > minAvailable) {
        const total = availablePods - minAvailable
        for (const rs of after.old) {
          if (scaledDown >= total) break
          if (size(rs) === 0) continue
          const by = Math.min(size(rs), total - scaledDown)
          scale(rs, size(rs) - by)
          scaledDown += by
        }
      }
      if (cleaned + scaledDown > 0) return finish(true)
    }
  }
  return cleanupIfComplete(d, plan, current, finish, hasDeadline)
}

function cleanupIfComplete(d: Deployment, plan: DeploymentPlan, current: () => { all: ReplicaSet[]; fresh?: ReplicaSet; old: ReplicaSet[] },
  finish: (progress: boolean) => DeploymentPlan, _hasDeadline: boolean): DeploymentPlan {
  const result = finish(true)
  if (!deploymentComplete(d, result.status)) return result
  const limit = d.spec.revisionHistoryLimit ?? 10
  const cleanable = current().old.filter((rs) => !rs.metadata.deletionTimestamp)
    .sort((a, b) => revisionOf(a) - revisionOf(b) || created(a) - created(b))
  const diff = cleanable.length - limit
  for (let i = 0; i < diff; i++) {
    const rs = cleanable[i]
    if ((rs.status?.replicas ?? 0) !== 0 || size(rs) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0)) continue
    plan.remove.push(rs.metadata.name ?? '')
  }
  return result
}

/** syncRolloutStatus: the Progressing condition after a rollout step. */
function rolloutConditions(d: Deployment, s: Status, newRS: ReplicaSet | undefined, hasDeadline: boolean, now: number): WorkloadCondition[] {
  let conditions = s.conditions ?? []
  if (!hasDeadline) return conditions.filter((c) => c.type !== 'Progressing')
  const cur = conditions.find((c) => c.type === 'Progressing')
  if (s.replicas === s.updatedReplicas && cur?.reason === REASON.newRSAvailable) return conditions
  const name = newRS?.metadata.name ?? ''
  if (deploymentComplete(d, s)) return setCondition(conditions, newCondition('Progressing', 'True', REASON.newRSAvailable, MESSAGE.complete(name), now))
  if (deploymentProgressing(d, s)) {
    const c = newCondition('Progressing', 'True', REASON.rsUpdated, newRS ? MESSAGE.progressing(name) : MESSAGE.progressingNoRS, now)
    if (cur?.status === 'True') c.lastTransitionTime = cur.lastTransitionTime
    conditions = conditions.filter((x) => x.type !== 'Progressing')
    return [...conditions, c]
  }
  if (cur && cur.reason !== REASON.newRSAvailable && (cur.reason === REASON.timedOut ||
    (cur.lastUpdateTime !== undefined && parseTime(cur.lastUpdateTime) + (d.spec.progressDeadlineSeconds ?? 600) * 1000 < now))) {
    return setCondition(conditions, newCondition('Progressing', 'False', REASON.timedOut, MESSAGE.timedOut(name), now))
  }
  return conditions
}

import { describe, expect, it } from 'vitest'
import type { Deployment, ReplicaSet } from '../api/types'
import { syncDeployment } from './deploymentSync'
import { podTemplateHash } from './podTemplateHash'

const T0 = Date.UTC(2025, 0, 1)
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z')
const template = (image: string) => ({ metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image }] } })

function deploy(image = 'nginx', replicas = 2, status?: Deployment['status']): Deployment {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', uid: 'd-uid', generation: 1 },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: template(image), strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } }, revisionHistoryLimit: 10, progressDeadlineSeconds: 600 },
    ...(status ? { status } : {}),
  }
}

/** The ReplicaSet a first sync creates, settled with `available` pods. */
function settled(d: Deployment, replicas: number, available: number): ReplicaSet {
  const rs = syncDeployment({ ...d, status: undefined }, [], T0).create!
  return { ...rs, metadata: { ...rs.metadata, uid: 'rs1', generation: 1, creationTimestamp: iso(T0) }, spec: { ...rs.spec, replicas }, status: { replicas, readyReplicas: available, availableReplicas: available, observedGeneration: 1 } }
}

describe('syncDeployment', () => {
  it('creates <name>-<hash> with labels, selector, owner and annotations, and says so', () => {
    const d = deploy()
    const plan = syncDeployment(d, [], T0)
    const hash = podTemplateHash(d.spec.template)
    expect(plan.create?.metadata).toEqual({
      name: `web-${hash}`, namespace: 'default',
      labels: { app: 'web', 'pod-template-hash': hash },
      annotations: { 'deployment.kubernetes.io/desired-replicas': '2', 'deployment.kubernetes.io/max-replicas': '3', 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd-uid', controller: true, blockOwnerDeletion: true }],
    })
    expect(plan.create?.spec.replicas).toBe(2)
    expect(plan.create?.spec.selector).toEqual({ matchLabels: { app: 'web', 'pod-template-hash': hash } })
    expect(plan.events).toEqual([{ type: 'Normal', reason: 'ScalingReplicaSet', message: `Scaled up replica set web-${hash} from 0 to 2` }])
    expect(plan.revision).toBe('1')
    expect(plan.status.conditions?.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "web-${hash}"`],
      ['Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.'],
    ])
  })

  it('reports NewReplicaSetAvailable once every replica is available', () => {
    const d = deploy()
    const rs = settled(d, 2, 2)
    rs.metadata.annotations = { ...rs.metadata.annotations }
    const prior: Deployment['status'] = { conditions: [{ type: 'Progressing', status: 'True', reason: 'NewReplicaSetCreated', message: 'x', lastUpdateTime: iso(T0), lastTransitionTime: iso(T0) }] }
    const plan = syncDeployment({ ...d, metadata: { ...d.metadata, annotations: { 'deployment.kubernetes.io/revision': '1' } }, status: prior }, [rs], T0 + 5000)
    expect(plan.create).toBeUndefined()
    expect(plan.update).toEqual([])
    expect(plan.status).toMatchObject({ observedGeneration: 1, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, terminatingReplicas: 0 })
    expect(plan.status.unavailableReplicas).toBeUndefined()
    const progressing = plan.status.conditions?.find((c) => c.type === 'Progressing')
    expect(progressing).toEqual({ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${rs.metadata.name}" has successfully progressed.`, lastUpdateTime: iso(T0 + 5000), lastTransitionTime: iso(T0) })
    expect(plan.status.conditions?.find((c) => c.type === 'Available')?.reason).toBe('MinimumReplicasAvailable')
  })

  it('rolls a template change: a new ReplicaSet within maxSurge, old scaled down by maxUnavailable', () => {
    const v1 = deploy('nginx', 4)
    const old = settled(v1, 4, 4)
    const v2 = { ...deploy('nginx:2', 4), metadata: { ...v1.metadata, generation: 2 } }
    const plan = syncDeployment(v2, [old], T0 + 1000)
    const hash = podTemplateHash(v2.spec.template)
    expect(plan.create?.metadata.name).toBe(`web-${hash}`)
    expect(plan.create?.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2')
    expect(plan.create?.spec.replicas).toBe(1)
    expect(plan.update.map((u) => [u.metadata.name, u.spec.replicas])).toEqual([[old.metadata.name, 3]])
    expect(plan.events.map((e) => e.message)).toEqual([
      `Scaled up replica set web-${hash} from 0 to 1`,
      `Scaled down replica set ${old.metadata.name} from 4 to 3`,
    ])
  })

  it('waits for new pods to be available before scaling old ones further down', () => {
    const v1 = deploy('nginx', 4)
    const old = { ...settled(v1, 3, 3) }
    const v2 = deploy('nginx:2', 4)
    const fresh = syncDeployment(v2, [old], T0).create!
    const newRS = { ...fresh, metadata: { ...fresh.metadata, uid: 'rs2', creationTimestamp: iso(T0 + 1000) }, spec: { ...fresh.spec, replicas: 2 }, status: { replicas: 2 } }
    const plan = syncDeployment(v2, [old, newRS], T0 + 2000)
    expect(plan.update).toEqual([])
    expect(plan.events).toEqual([])
  })

  it('scales the only ReplicaSet on a replicas change', () => {
    const d = deploy('nginx', 2)
    const rs = settled(d, 2, 2)
    const plan = syncDeployment(deploy('nginx', 5), [rs], T0)
    expect(plan.update.map((u) => [u.spec.replicas, u.metadata.annotations?.['deployment.kubernetes.io/desired-replicas']])).toEqual([[5, '5']])
    expect(plan.events[0].message).toBe(`Scaled up replica set ${rs.metadata.name} from 2 to 5`)
  })
})

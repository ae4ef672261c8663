import { describe, expect, it } from 'vitest'
import type { Pod, ReplicaSet } from '../api/types'
import { podFromTemplate, rankPodsForDeletion, selectorMatches, syncReplicaSet } from './replicaSetSync'

const T0 = Date.UTC(2025, 0, 1)
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z')

function rs(replicas: number, extra: Partial<ReplicaSet['spec']> = {}): ReplicaSet {
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: { name: 'web-668b46c54d', namespace: 'default', uid: 'rs-uid', generation: 2 },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web', 'pod-template-hash': '668b46c54d' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } }, ...extra },
  }
}

function pod(name: string, o: { ready?: boolean; readySince?: number; created?: number; phase?: string; node?: string; deleting?: boolean } = {}): Pod {
  return {
    metadata: { name, labels: { app: 'web', 'pod-template-hash': '668b46c54d' }, creationTimestamp: iso(o.created ?? T0), ...(o.deleting ? { deletionTimestamp: iso(T0) } : {}) },
    spec: { containers: [], nodeName: o.node ?? 'node-1' },
    status: { phase: o.phase ?? 'Running', conditions: [{ type: 'Ready', status: o.ready ? 'True' : 'False', lastTransitionTime: iso(o.readySince ?? T0) }] },
  }
}

describe('syncReplicaSet', () => {
  it('creates the missing pods and reports what it sees', () => {
    const r = syncReplicaSet(rs(3), [pod('a', { ready: true })], T0)
    expect(r.create).toBe(2)
    expect(r.remove).toEqual([])
    expect(r.status).toEqual({ replicas: 1, fullyLabeledReplicas: 1, readyReplicas: 1, availableReplicas: 1, terminatingReplicas: 0, observedGeneration: 2 })
  })
  it('replaces a pod being deleted, and counts it as terminating', () => {
    const r = syncReplicaSet(rs(2), [pod('a', { ready: true }), pod('b', { deleting: true })], T0)
    expect(r.create).toBe(1)
    expect(r.status.replicas).toBe(1)
    expect(r.status.terminatingReplicas).toBe(1)
  })
  it('deletes the surplus, the least valuable first (not ready, then newest)', () => {
    const pods = [pod('old', { ready: true, created: T0 }), pod('new', { ready: true, created: T0 + 5000, readySince: T0 }), pod('unready', { created: T0 - 1000 })]
    expect(syncReplicaSet(rs(1), pods, T0 + 10_000).remove).toEqual(['unready', 'new'])
  })
  it('leaves out zero counts (omitempty) and waits out minReadySeconds', () => {
    const r = syncReplicaSet(rs(1, { minReadySeconds: 10 }), [pod('a', { ready: true, readySince: T0 })], T0 + 5000)
    expect(r.status).toEqual({ replicas: 1, fullyLabeledReplicas: 1, readyReplicas: 1, terminatingReplicas: 0, observedGeneration: 2 })
    expect(r.requeueAt).toBe(T0 + 10_000)
  })
})

describe('rankPodsForDeletion', () => {
  it('puts unscheduled before scheduled and Pending before Running', () => {
    const ranked = rankPodsForDeletion([pod('running', { ready: true }), pod('pending', { phase: 'Pending' }), pod('unscheduled', { node: '', phase: 'Pending' })])
    expect(ranked.map((p) => p.metadata.name)).toEqual(['unscheduled', 'pending', 'running'])
  })
})

describe('podFromTemplate', () => {
  it('makes a pod named and owned like the replicaset-controller does', () => {
    const p = podFromTemplate(rs(1), 'web-668b46c54d-kg4qm')
    expect(p.metadata).toEqual({
      name: 'web-668b46c54d-kg4qm', generateName: 'web-668b46c54d-', namespace: 'default',
      labels: { app: 'web', 'pod-template-hash': '668b46c54d' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-668b46c54d', uid: 'rs-uid', controller: true, blockOwnerDeletion: true }],
    })
    expect(p.spec.containers[0].image).toBe('nginx')
  })
})

describe('selectorMatches', () => {
  it('matches labels and expressions', () => {
    expect(selectorMatches({ matchLabels: { app: 'web' } }, { app: 'web', x: 'y' })).toBe(true)
    expect(selectorMatches({ matchLabels: { app: 'web' } }, { app: 'db' })).toBe(false)
    expect(selectorMatches({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['a'] }] }, { tier: 'a' })).toBe(true)
    expect(selectorMatches(undefined, { app: 'web' })).toBe(false)
  })
})

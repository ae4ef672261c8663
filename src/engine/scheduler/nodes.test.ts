import { describe, expect, it } from 'vitest'
import { toleratesTaint } from './filters'
import { nodes } from './testkit'

describe('defaultNodes', () => {
  it('a tainted control plane and two 2-CPU / 4Gi workers', () => {
    const list = nodes()
    expect(list.map((n) => n.metadata.name)).toEqual(['initlab-control-plane', 'initlab-worker', 'initlab-worker2'])
    const [cp, w1, w2] = list
    expect(cp.spec).toEqual({
      podCIDR: '10.244.0.0/24',
      podCIDRs: ['10.244.0.0/24'],
      providerID: 'kind://docker/initlab/initlab-control-plane',
      taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }],
    })
    expect(cp.metadata.labels).toMatchObject({ 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/hostname': 'initlab-control-plane' })
    expect(w1.spec).toEqual({ podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'], providerID: 'kind://docker/initlab/initlab-worker' })
    expect(w2.metadata.labels?.['node-role.kubernetes.io/control-plane']).toBeUndefined()
    for (const n of list) {
      expect((n.status as Record<string, unknown>).allocatable).toEqual({
        cpu: '2', 'ephemeral-storage': '102626232Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '4Gi', pods: '110',
      })
    }
    expect((w1.status as { addresses: unknown[] }).addresses).toEqual([{ address: '172.18.0.2', type: 'InternalIP' }, { address: 'initlab-worker', type: 'Hostname' }])
    expect(w1.metadata.uid).toBe('uid-initlab-worker')
    expect(w1.metadata.creationTimestamp).toBe('2026-01-01T00:00:00Z')
  })
})

describe('toleratesTaint', () => {
  const taint = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }
  const cases: [string, Parameters<typeof toleratesTaint>[0], boolean][] = [
    ['Equal with the same value', { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }, true],
    ['operator defaults to Equal', { key: 'dedicated', value: 'gpu' }, true],
    ['Equal with another value', { key: 'dedicated', operator: 'Equal', value: 'cpu' }, false],
    ['Exists ignores the value', { key: 'dedicated', operator: 'Exists' }, true],
    ['empty key with Exists tolerates everything', { operator: 'Exists' }, true],
    ['another effect', { key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }, false],
    ['another key', { key: 'other', operator: 'Exists' }, false],
  ]
  for (const [name, t, want] of cases) it(name, () => expect(toleratesTaint(t, taint)).toBe(want))
})

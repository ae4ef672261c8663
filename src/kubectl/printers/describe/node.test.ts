import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { KubeEvent, KubeObject, Pod } from '../../../engine/api/types'
import { describeNode, nodeEvents, nonTerminatedPods } from './node'

// Goldens are real kubectl v1.35.2 output against a stub API server (see testdata/describe/README.md).
const DIR = fileURLToPath(new URL('../../testdata/describe/', import.meta.url))
const cases = readdirSync(DIR).filter((f) => /^describe-node-.*\.json$/.test(f))

describe('describeNode against kubectl v1.35.2', () => {
  it('has golden cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3)
  })

  for (const file of cases) {
    it(file.replace(/\.json$/, ''), () => {
      const input = JSON.parse(readFileSync(DIR + file, 'utf8')) as { node: KubeObject; pods: Pod[]; events: KubeEvent[]; lease?: KubeObject; now: number }
      const golden = readFileSync(DIR + file.replace(/\.json$/, '.golden.txt'), 'utf8')
      expect(describeNode(input.node, input.pods, input.events, input.now, input.lease)).toBe(golden)
    })
  }
})

const NOW = Date.UTC(2026, 0, 1, 9, 0, 0)

function node(extra: Partial<KubeObject> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', uid: 'uid-n1', creationTimestamp: '2026-01-01T08:00:00Z' }, spec: {}, status: {}, ...extra }
}

function pod(name: string, phase: string, nodeName = 'n1'): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { nodeName, containers: [] }, status: { phase } }
}

describe('describeNode', () => {
  // The expected text was printed by kubectl v1.35.2 for a Node with an empty status and no lease.
  it('prints a bare node, with the lease lookup failure and without Events when they are not asked for', () => {
    expect(describeNode(node(), [], undefined, NOW)).toBe(
      'Name:               n1\n' +
        'Roles:              <none>\n' +
        'Labels:             <none>\n' +
        'Annotations:        <none>\n' +
        'CreationTimestamp:  Thu, 01 Jan 2026 08:00:00 +0000\n' +
        'Taints:             <none>\n' +
        'Unschedulable:      false\n' +
        'Lease:              Failed to get lease: leases.coordination.k8s.io "n1" not found\n' +
        'Addresses:\n' +
        'System Info:\n' +
        '  Machine ID:                 \n' +
        '  System UUID:                \n' +
        '  Boot ID:                    \n' +
        '  Kernel Version:             \n' +
        '  OS Image:                   \n' +
        '  Operating System:           \n' +
        '  Architecture:               \n' +
        '  Container Runtime Version:  \n' +
        '  Kubelet Version:            \n' +
        '  Kube-Proxy Version:         \n' +
        'Non-terminated Pods:          (0 in total)\n' +
        '  Namespace                   Name    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age\n' +
        '  ---------                   ----    ------------  ----------  ---------------  -------------  ---\n' +
        'Allocated resources:\n' +
        '  (Total limits may be over 100 percent, i.e., overcommitted.)\n' +
        '  Resource           Requests  Limits\n' +
        '  --------           --------  ------\n' +
        '  cpu                0 (0%)    0 (0%)\n' +
        '  memory             0 (0%)    0 (0%)\n' +
        '  ephemeral-storage  0 (0%)    0 (0%)\n',
    )
  })

  it('prints a lease with unset times', () => {
    const lease = { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'n1', namespace: 'kube-node-lease' }, spec: {} }
    expect(describeNode(node(), [], [], NOW, lease)).toContain('Lease:\n  HolderIdentity:  <unset>\n  AcquireTime:     <unset>\n  RenewTime:       <unset>\n')
  })
})

describe('nonTerminatedPods', () => {
  it('keeps the pods bound to the node that have not finished, in list order', () => {
    const pods = [pod('b', 'Running'), pod('a', 'Succeeded'), pod('c', 'Pending'), pod('d', 'Failed'), pod('e', 'Running', 'other')]
    expect(nonTerminatedPods('n1', pods).map((p) => p.metadata.name)).toEqual(['b', 'c'])
  })
})

describe('nodeEvents', () => {
  const ev = (name: string, uid: string, kind = 'Node', namespace?: string): KubeEvent =>
    ({ metadata: { name, namespace: 'default' }, involvedObject: { kind, name: 'n1', uid, ...(namespace ? { namespace } : {}) } }) as KubeEvent
  it('lists the events recorded against the uid first, then those recorded against the name (the kubelet uses the name as uid)', () => {
    const events = [ev('kubelet', 'n1'), ev('controller', 'uid-n1'), ev('pod', 'uid-n1', 'Pod'), ev('other', 'x'), ev('namespaced', 'n1', 'Node', 'default')]
    expect(nodeEvents(node(), events).map((e) => e.metadata.name)).toEqual(['controller', 'kubelet'])
  })
})

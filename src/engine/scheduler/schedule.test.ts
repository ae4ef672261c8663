import { describe, expect, it } from 'vitest'
import type { KubeObject, Pod } from '../api/types'
import { needsScheduling, schedule, type ScheduleResult } from './schedule'
import { bound, ctr, nodes, pod } from './testkit'

const TAINT = '1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'
const NOT_HELPFUL_3 = 'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.'
const NO_VICTIMS = 'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.'

const message = (r: ScheduleResult): string => ('unschedulable' in r ? r.unschedulable.message : `bound to ${r.node}`)
const busyWorkers = (cpu = '1'): Pod[] => [bound('busy-1', 'initlab-worker', cpu), bound('busy-2', 'initlab-worker2', cpu)]

function withNodes(mutate: (n: KubeObject) => void): KubeObject[] {
  const list = nodes()
  list.forEach(mutate)
  return list
}

describe('schedule: NodeResourcesFit with effective requests', () => {
  const cases: { name: string; pod: Pod; pods: Pod[]; want: string }[] = [
    {
      name: 'an init request larger than any worker: unschedulable, preemption cannot help',
      pod: pod('big-init', { initContainers: [ctr('init-myservice', '3')], containers: [ctr('app', '100m')] }),
      pods: [],
      want: `0/3 nodes are available: ${TAINT}, 2 Insufficient cpu. ${NOT_HELPFUL_3}`,
    },
    {
      name: 'an init request that fits a worker, but not next to the pods already there',
      pod: pod('mid-init', { initContainers: [ctr('init', '1500m')], containers: [ctr('app', '100m')] }),
      pods: busyWorkers(),
      want: `0/3 nodes are available: ${TAINT}, 2 Insufficient cpu. ${NO_VICTIMS}`,
    },
    {
      name: 'lowering the init request fixes it',
      pod: pod('low-init', { initContainers: [ctr('init', '500m')], containers: [ctr('app', '100m')] }),
      pods: busyWorkers(),
      want: 'bound to initlab-worker',
    },
    {
      name: 'a sidecar stacks on the init containers after it: 1 + 1.5 CPU > 2',
      pod: pod('sidecar', { initContainers: [ctr('log', '1', { sidecar: true }), ctr('init', '1500m')], containers: [ctr('app', '100m')] }),
      pods: [],
      want: `0/3 nodes are available: ${TAINT}, 2 Insufficient cpu. ${NOT_HELPFUL_3}`,
    },
    {
      name: 'a regular init container before the sidecar does not stack',
      pod: pod('sidecar-after', { initContainers: [ctr('init', '1500m'), ctr('log', '500m', { sidecar: true })], containers: [ctr('app', '100m')] }),
      pods: [],
      want: 'bound to initlab-worker',
    },
    {
      name: 'app containers are summed: 1200m + 1200m',
      pod: pod('apps', { containers: [ctr('a', '1200m'), ctr('b', '1200m')] }),
      pods: [],
      want: `0/3 nodes are available: ${TAINT}, 2 Insufficient cpu. ${NOT_HELPFUL_3}`,
    },
    {
      name: 'cpu and memory both short: each counted',
      pod: pod('both', { containers: [ctr('a', '3', { memory: '5Gi' })] }),
      pods: [],
      want: `0/3 nodes are available: ${TAINT}, 2 Insufficient cpu, 2 Insufficient memory. ${NOT_HELPFUL_3}`,
    },
    {
      name: 'terminated pods no longer hold their requests',
      pod: pod('after-jobs', { initContainers: [ctr('init', '1500m')] }),
      pods: [pod('done', { containers: [ctr('app', '1')] }, { phase: 'Succeeded', nodeName: 'initlab-worker' }), bound('busy-2', 'initlab-worker2', '1')],
      want: 'bound to initlab-worker',
    },
  ]
  for (const c of cases) it(c.name, () => expect(message(schedule(c.pod, nodes(), c.pods))).toBe(c.want))

  it('reports the histogram and each node\'s reasons', () => {
    const r = schedule(pod('x', { initContainers: [ctr('init', '3')] }), nodes(), [])
    expect(r).toMatchObject({
      unschedulable: {
        reasons: { 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }': 1, 'Insufficient cpu': 2 },
        nodeReasons: {
          'initlab-control-plane': ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'],
          'initlab-worker': ['Insufficient cpu'],
          'initlab-worker2': ['Insufficient cpu'],
        },
      },
    })
  })

  it('picks the least allocated worker, then the first name', () => {
    const p = pod('p', { containers: [ctr('app', '500m')] })
    expect(schedule(p, nodes(), [])).toEqual({ node: 'initlab-worker' })
    expect(schedule(p, nodes(), [bound('b', 'initlab-worker', '500m')])).toEqual({ node: 'initlab-worker2' })
  })

  it('ignores the pod itself if it is in the list', () => {
    const p = pod('self', { containers: [ctr('app', '1500m')] })
    expect(schedule(p, nodes(), [p])).toEqual({ node: 'initlab-worker' })
  })
})

describe('schedule: Too many pods', () => {
  it('counts the pods on a node against allocatable pods', () => {
    const small = withNodes((n) => ((n.status as { allocatable: Record<string, string> }).allocatable.pods = '1'))
    const r = schedule(pod('p'), small, [bound('a', 'initlab-worker', '100m'), bound('b', 'initlab-worker2', '100m')])
    expect(message(r)).toBe(`0/3 nodes are available: ${TAINT}, 2 Too many pods. ${NO_VICTIMS}`)
  })
})

describe('schedule: TaintToleration, NodeAffinity, NodeName, NodeUnschedulable', () => {
  it('nodeSelector matching no node', () => {
    const r = schedule(pod('p', { nodeSelector: { disktype: 'ssd' } }), nodes(), [])
    expect(message(r)).toBe(`0/3 nodes are available: ${TAINT}, 2 node(s) didn't match Pod's node affinity/selector. ${NOT_HELPFUL_3}`)
  })

  it('nodeSelector matching a labelled worker', () => {
    const labelled = withNodes((n) => { if (n.metadata.name === 'initlab-worker2') n.metadata.labels = { ...n.metadata.labels, disktype: 'ssd' } })
    expect(schedule(pod('p', { nodeSelector: { disktype: 'ssd' } }), labelled, [])).toEqual({ node: 'initlab-worker2' })
  })

  it('a pod for the control plane that does not tolerate its taint', () => {
    const r = schedule(pod('p', { nodeSelector: { 'node-role.kubernetes.io/control-plane': '' } }), nodes(), [])
    expect(message(r)).toBe(`0/3 nodes are available: ${TAINT}, 2 node(s) didn't match Pod's node affinity/selector. ${NOT_HELPFUL_3}`)
  })

  it('the same pod with the toleration lands on the control plane', () => {
    const p = pod('p', {
      nodeSelector: { 'node-role.kubernetes.io/control-plane': '' },
      tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
    })
    expect(schedule(p, nodes(), [])).toEqual({ node: 'initlab-control-plane' })
  })

  it('a taint with a value on every worker', () => {
    const tainted = withNodes((n) => { if (n.metadata.name !== 'initlab-control-plane') (n.spec as Record<string, unknown>).taints = [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }] })
    expect(message(schedule(pod('p'), tainted, []))).toBe(
      `0/3 nodes are available: ${TAINT}, 2 node(s) had untolerated taint {dedicated: gpu}. ${NOT_HELPFUL_3}`,
    )
    const tolerant = pod('t', { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu' }] })
    expect(schedule(tolerant, tainted, [])).toEqual({ node: 'initlab-worker' })
  })

  it('PreferNoSchedule taints do not filter', () => {
    const soft = withNodes((n) => { (n.spec as Record<string, unknown>).taints = [{ key: 'soft', effect: 'PreferNoSchedule' }] })
    expect(schedule(pod('p'), soft, [])).toEqual({ node: 'initlab-control-plane' })
  })

  it('required node affinity: In and NotIn', () => {
    const affinity = (operator: string, values: string[]) => ({
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator, values }] }] } },
    })
    expect(schedule(pod('p', { affinity: affinity('In', ['initlab-worker2']) }), nodes(), [])).toEqual({ node: 'initlab-worker2' })
    expect(schedule(pod('p', { affinity: affinity('NotIn', ['initlab-worker']) }), nodes(), [])).toEqual({ node: 'initlab-worker2' })
    expect(message(schedule(pod('p', { affinity: affinity('In', ['nope']) }), nodes(), []))).toBe(
      `0/3 nodes are available: ${TAINT}, 2 node(s) didn't match Pod's node affinity/selector. ${NOT_HELPFUL_3}`,
    )
  })

  it('nodeName to a missing node: the scheduler never sees it; the filter alone would say', () => {
    const p = pod('p', { nodeName: 'initlab-worker3' })
    expect(needsScheduling(p)).toBe(false)
    expect(message(schedule(p, nodes(), []))).toBe(
      `0/3 nodes are available: 3 node(s) didn't match the requested node name. ${NOT_HELPFUL_3}`,
    )
  })

  it('a cordoned node', () => {
    const cordoned = withNodes((n) => { if (n.metadata.name !== 'initlab-control-plane') (n.spec as Record<string, unknown>).unschedulable = true })
    expect(message(schedule(pod('p'), cordoned, []))).toBe(`0/3 nodes are available: ${TAINT}, 2 node(s) were unschedulable. ${NOT_HELPFUL_3}`)
  })

  it('needsScheduling: unbound default-scheduler pods only', () => {
    expect(needsScheduling(pod('p'))).toBe(true)
    expect(needsScheduling(pod('p', { schedulerName: 'other' }))).toBe(false)
    expect(needsScheduling(pod('p', { schedulingGates: [{ name: 'wait' }] }))).toBe(false)
  })
})

describe('schedule: DefaultPreemption', () => {
  it('preemptionPolicy Never', () => {
    const p = pod('p', { initContainers: [ctr('init', '1500m')], preemptionPolicy: 'Never' })
    expect(message(schedule(p, nodes(), busyWorkers()))).toBe(
      `0/3 nodes are available: ${TAINT}, 2 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.`,
    )
  })

  it('lower-priority pods that would not free enough are not victims', () => {
    const p = pod('p', { containers: [ctr('app', '1900m')] }, { priority: 1000 })
    const pods = [bound('low', 'initlab-worker', '200m'), bound('high', 'initlab-worker', '1', 2000), bound('b', 'initlab-worker2', '1', 2000)]
    expect(message(schedule(p, nodes(), pods))).toBe(
      `0/3 nodes are available: ${TAINT}, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Insufficient cpu, 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.`,
    )
  })

  it('a higher-priority pod finds victims: no preemption text, a plan instead', () => {
    const p = pod('p', { containers: [ctr('app', '1500m')] }, { priority: 1000 })
    const r = schedule(p, nodes(), [bound('low-a', 'initlab-worker', '1'), bound('low-b', 'initlab-worker', '200m'), bound('keep', 'initlab-worker2', '1', 2000)])
    expect('unschedulable' in r && r.unschedulable.message).toBe(`0/3 nodes are available: ${TAINT}, 2 Insufficient cpu.`)
    expect('unschedulable' in r && r.unschedulable.preemption?.node).toBe('initlab-worker')
    expect('unschedulable' in r && r.unschedulable.preemption?.victims.map((v) => v.metadata.name)).toEqual(['low-a'])
  })

  it('no nodes at all', () => {
    expect(message(schedule(pod('p'), [], []))).toBe('no nodes available to schedule pods')
  })
})

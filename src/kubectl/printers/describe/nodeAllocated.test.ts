// The scheduler's allocated-resources figures and kubectl describe node must agree.

import { describe, expect, it } from 'vitest'
import { nodeAllocatedResources } from '../../../engine/scheduler/allocated'
import { bound, ctr, nodes, pod } from '../../../engine/scheduler/testkit'
import { describeNode } from './node'

const worker = () => nodes()[1]

describe('describe node and the scheduler', () => {
  const pods = [
    pod('web', { initContainers: [ctr('init', '1500m', { memory: '64Mi' })], containers: [ctr('app', '250m', { memory: '128Mi', limits: { cpu: '500m', memory: '256Mi' } })] }, { phase: 'Running', nodeName: 'initlab-worker' }),
    bound('api', 'initlab-worker', '100m'),
    pod('done', { containers: [ctr('app', '1')] }, { phase: 'Succeeded', nodeName: 'initlab-worker' }),
    bound('elsewhere', 'initlab-worker2', '1'),
  ]

  it('agrees with what kubectl describe node prints', () => {
    const node = worker()
    const a = nodeAllocatedResources(node, pods)
    const onNode = pods.filter((p) => p.spec.nodeName === 'initlab-worker' && p.status?.phase !== 'Succeeded')
    const out = describeNode(node, onNode, undefined, Date.UTC(2026, 0, 1, 9, 5))
    const esc = (t: string) => t.replace(/[()]/g, '\\$&')
    for (const row of a.allocated) expect(out).toMatch(new RegExp(`\\n  ${row.resource} +${esc(row.requests)} +${esc(row.limits)}\\n`))
    for (const p of a.pods) {
      const cells = [p.cpuRequests, p.cpuLimits, p.memoryRequests, p.memoryLimits].map((c) => esc(c.text)).join(' +')
      expect(out).toMatch(new RegExp(`\\n  default +${p.name} +${cells} +5m\\n`))
    }
  })
})

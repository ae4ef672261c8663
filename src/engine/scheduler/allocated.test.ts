import { describe, expect, it } from 'vitest'
import { nodeAllocatedResources } from './allocated'
import { bound, ctr, nodes, pod } from './testkit'

const worker = () => nodes()[1]

describe('nodeAllocatedResources', () => {
  const pods = [
    pod('web', { initContainers: [ctr('init', '1500m', { memory: '64Mi' })], containers: [ctr('app', '250m', { memory: '128Mi', limits: { cpu: '500m', memory: '256Mi' } })] }, { phase: 'Running', nodeName: 'initlab-worker' }),
    bound('api', 'initlab-worker', '100m'),
    pod('done', { containers: [ctr('app', '1')] }, { phase: 'Succeeded', nodeName: 'initlab-worker' }),
    bound('elsewhere', 'initlab-worker2', '1'),
  ]

  it('per-pod shares with the effective (init) request and the totals', () => {
    const a = nodeAllocatedResources(worker(), pods)
    expect(a.pods.map((p) => [p.name, p.cpuRequests.text, p.cpuLimits.text, p.memoryRequests.text, p.memoryLimits.text])).toEqual([
      ['web', '1500m (75%)', '500m (25%)', '128Mi (3%)', '256Mi (6%)'],
      ['api', '100m (5%)', '0 (0%)', '0 (0%)', '0 (0%)'],
    ])
    expect(a.allocated).toEqual([
      { resource: 'cpu', requests: '1600m (80%)', limits: '500m (25%)', requestsPercent: 80, limitsPercent: 25 },
      { resource: 'memory', requests: '128Mi (3%)', limits: '256Mi (6%)', requestsPercent: 3, limitsPercent: 6 },
      { resource: 'ephemeral-storage', requests: '0 (0%)', limits: '0 (0%)', requestsPercent: 0, limitsPercent: 0 },
      { resource: 'hugepages-1Gi', requests: '0 (0%)', limits: '0 (0%)', requestsPercent: 0, limitsPercent: 0 },
      { resource: 'hugepages-2Mi', requests: '0 (0%)', limits: '0 (0%)', requestsPercent: 0, limitsPercent: 0 },
    ])
  })
})

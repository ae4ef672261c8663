import { describe, expect, it } from 'vitest'
import { failedSchedulingEventMessage, unschedulableCondition, withScheduledCondition } from './conditions'
import { pod } from './testkit'

const MSG = '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.'
const NOW = Date.UTC(2026, 0, 1, 9, 0, 5)

describe('unschedulableCondition', () => {
  it('PodScheduled=False, reason Unschedulable, the full message, keys in API order', () => {
    const p = pod('p')
    p.metadata.generation = 1
    const c = unschedulableCondition(p, MSG, NOW)
    expect(c).toEqual({ type: 'PodScheduled', observedGeneration: 1, status: 'False', lastProbeTime: null, lastTransitionTime: '2026-01-01T09:00:05Z', reason: 'Unschedulable', message: MSG })
    expect(Object.keys(c)).toEqual(['type', 'observedGeneration', 'status', 'lastProbeTime', 'lastTransitionTime', 'reason', 'message'])
  })

  it('keeps the transition time while it stays False', () => {
    const first = withScheduledCondition(pod('p'), unschedulableCondition(pod('p'), MSG, NOW))
    const again = unschedulableCondition(first, 'other', NOW + 60_000)
    expect(again.lastTransitionTime).toBe('2026-01-01T09:00:05Z')
    expect(again.message).toBe('other')
    expect(withScheduledCondition(first, again).status?.conditions).toEqual([again])
  })
})

describe('failedSchedulingEventMessage', () => {
  it('leaves short messages alone and cuts long ones to 1024 with " ..."', () => {
    expect(failedSchedulingEventMessage(MSG)).toBe(MSG)
    const long = 'x'.repeat(1100)
    expect(failedSchedulingEventMessage(long)).toBe('x'.repeat(1020) + ' ...')
  })
})

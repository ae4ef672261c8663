import { describe, expect, it } from 'vitest'
import type { Pod } from '../api/types'
import { syncJob, type Job } from './jobSync'

const T0 = Date.UTC(2026, 0, 1, 9)
const job = (spec: Partial<Job['spec']> = {}, status?: Record<string, unknown>): Job => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'j', namespace: 'default', uid: 'u' },
  spec: { template: { spec: { containers: [{ name: 'c' }], restartPolicy: 'Never' } }, ...spec },
  ...(status ? { status } : {}),
})
const pod = (name: string, phase: string, finishedAt = T0): Pod => ({
  metadata: { name },
  spec: { containers: [], restartPolicy: 'Never' },
  status: { phase, containerStatuses: [{ name: 'c', ready: false, restartCount: 0, image: '', imageID: '', state: phase === 'Failed' ? { terminated: { exitCode: 1, finishedAt: new Date(finishedAt).toISOString().replace('.000', '') } } : {} }] },
})

describe('syncJob', () => {
  it('creates up to parallelism pods, no more than completions need', () => {
    expect(syncJob(job({ parallelism: 2, completions: 3 }), [], T0)).toMatchObject({ create: 2, remove: [] })
    expect(syncJob(job({ parallelism: 2, completions: 3 }), [pod('a', 'Succeeded'), pod('b', 'Succeeded'), pod('c', 'Running')], T0).create).toBe(0)
    expect(syncJob(job({ parallelism: 3, completions: 3 }), [pod('a', 'Succeeded'), pod('b', 'Running')], T0).create).toBe(1)
  })

  it('completes once enough pods succeeded', () => {
    const r = syncJob(job(), [pod('a', 'Succeeded')], T0)
    expect(r.create).toBe(0)
    expect((r.status.conditions as { type: string }[]).map((c) => c.type)).toEqual(['SuccessCriteriaMet', 'Complete'])
    expect(r.status).toMatchObject({ succeeded: 1, completionTime: '2026-01-01T09:00:00Z' })
    expect(r.events).toEqual([{ type: 'Normal', reason: 'Completed', message: 'Job completed' }])
  })

  it('waits 10 s doubling per failure before a replacement pod', () => {
    const one = syncJob(job(), [pod('a', 'Failed', T0)], T0 + 5_000)
    expect(one).toMatchObject({ create: 0, requeueAt: T0 + 10_000 })
    expect(syncJob(job(), [pod('a', 'Failed', T0)], T0 + 10_000).create).toBe(1)
    expect(syncJob(job(), [pod('a', 'Failed', T0), pod('b', 'Failed', T0 + 20_000)], T0 + 30_000)).toMatchObject({ create: 0, requeueAt: T0 + 40_000 })
  })

  it('fails past backoffLimit and stops the active pods', () => {
    const r = syncJob(job({ backoffLimit: 1 }), [pod('a', 'Failed'), pod('b', 'Failed'), pod('c', 'Running')], T0)
    expect(r.remove).toEqual(['c'])
    expect((r.status.conditions as { type: string; reason: string }[]).map((c) => `${c.type}/${c.reason}`)).toEqual(['FailureTarget/BackoffLimitExceeded', 'Failed/BackoffLimitExceeded'])
    expect(r.events[0]).toEqual({ type: 'Warning', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' })
  })
})

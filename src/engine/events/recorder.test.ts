import { describe, expect, it } from 'vitest'
import type { KubeEvent, ObjectReference } from '../api/types'
import { EventRecorder, unixNanoNamer } from './recorder'
import type { RecordArgs, WatchType } from './recorder'

const T0 = Date.UTC(2026, 0, 1) // 2026-01-01T00:00:00Z
const MIN = 60_000

const podRef = (fieldPath?: string): ObjectReference => ({
  kind: 'Pod',
  namespace: 'default',
  name: 'myapp-pod',
  uid: 'pod-uid',
  apiVersion: 'v1',
  resourceVersion: '7',
  ...(fieldPath ? { fieldPath } : {}),
})

function setup() {
  let uid = 0
  const recorder = new EventRecorder({ uid: () => `uid-${++uid}` })
  const changes: [WatchType, string, number | undefined][] = []
  recorder.onChange((type, e) => changes.push([type, e.metadata.name!, e.count]))
  const kubelet = (over: Partial<RecordArgs> & { now: number }): KubeEvent | undefined =>
    recorder.record({
      involvedObject: podRef('spec.initContainers{init-myservice}'),
      type: 'Normal',
      reason: 'Pulling',
      message: 'Pulling image "busybox:1.28"',
      source: { component: 'kubelet', host: 'kind-worker' },
      ...over,
    })
  return { recorder, changes, kubelet }
}

describe('EventRecorder.record: a kubelet event as the API server stores it', () => {
  it('creates the core/v1 object with the real name, fields and key order', () => {
    const { kubelet } = setup()
    const e = kubelet({ now: T0 })
    expect(e).toEqual({
      kind: 'Event',
      apiVersion: 'v1',
      metadata: {
        name: 'myapp-pod.18867251edfa0000',
        namespace: 'default',
        uid: 'uid-1',
        resourceVersion: '1',
        creationTimestamp: '2026-01-01T00:00:00Z',
      },
      involvedObject: podRef('spec.initContainers{init-myservice}'),
      reason: 'Pulling',
      message: 'Pulling image "busybox:1.28"',
      source: { component: 'kubelet', host: 'kind-worker' },
      firstTimestamp: '2026-01-01T00:00:00Z',
      lastTimestamp: '2026-01-01T00:00:00Z',
      count: 1,
      type: 'Normal',
      eventTime: null,
      reportingComponent: 'kubelet',
      reportingInstance: 'kind-worker',
    })
    expect(Object.keys(e!)).toEqual([
      'kind', 'apiVersion', 'metadata', 'involvedObject', 'reason', 'message', 'source', 'firstTimestamp',
      'lastTimestamp', 'count', 'type', 'eventTime', 'reportingComponent', 'reportingInstance',
    ])
  })

  it('counts identical events on one object: same name, new lastTimestamp and resourceVersion', () => {
    const { recorder, changes, kubelet } = setup()
    const first = kubelet({ now: T0 })!
    const again = kubelet({ now: T0 + 12_000 })!
    expect(again.metadata).toEqual({ ...first.metadata, resourceVersion: '2' })
    expect(again).toMatchObject({ count: 2, firstTimestamp: '2026-01-01T00:00:00Z', lastTimestamp: '2026-01-01T00:00:12Z' })
    expect(recorder.list()).toEqual([again])
    expect(changes).toEqual([
      ['ADDED', 'myapp-pod.18867251edfa0000', 1],
      ['MODIFIED', 'myapp-pod.18867251edfa0000', 2],
    ])
  })

  it('keeps events apart when the fieldPath, type or message differs', () => {
    const { recorder, kubelet } = setup()
    kubelet({ now: T0 })
    kubelet({ now: T0, involvedObject: podRef('spec.initContainers{init-mydb}') })
    kubelet({ now: T0, message: 'Pulling image "busybox:1.36"' })
    expect(recorder.list().map((e) => [e.metadata.name, e.involvedObject.fieldPath, e.count])).toEqual([
      ['myapp-pod.18867251edfa0000', 'spec.initContainers{init-myservice}', 1],
      ['myapp-pod.18867251edfa0001', 'spec.initContainers{init-mydb}', 1],
      ['myapp-pod.18867251edfa0002', 'spec.initContainers{init-myservice}', 1],
    ])
  })

  it('names events in one millisecond apart by a nanosecond', () => {
    const name = unixNanoNamer()
    expect([name('a', T0), name('b', T0), name('c', T0 + 1500)]).toEqual([
      'a.18867251edfa0000',
      'b.18867251edfa0001',
      'c.1886725247622f00',
    ])
  })
})

describe('EventRecorder.record: similar events (EventAggregator)', () => {
  const unhealthy = (i: number) => ({ reason: 'Unhealthy', type: 'Warning' as const, message: `Readiness probe failed: attempt ${i}` })

  it('combines the 10th distinct message within 10 minutes into one combined event', () => {
    const { recorder, kubelet } = setup()
    for (let i = 1; i <= 9; i++) kubelet({ ...unhealthy(i), now: T0 + i * 1000 })
    expect(recorder.list()).toHaveLength(9)
    const combined = kubelet({ ...unhealthy(10), now: T0 + 10_000 })!
    expect(combined).toMatchObject({
      message: '(combined from similar events): Readiness probe failed: attempt 10',
      count: 1,
      reason: 'Unhealthy',
      type: 'Warning',
      source: { component: 'kubelet', host: 'kind-worker' },
      reportingComponent: '',
      reportingInstance: '',
      firstTimestamp: '2026-01-01T00:00:10Z',
    })
    // The next new message updates the same combined event.
    const next = kubelet({ ...unhealthy(11), now: T0 + 11_000 })!
    expect(next.metadata.name).toBe(combined.metadata.name)
    expect(next).toMatchObject({ count: 2, message: '(combined from similar events): Readiness probe failed: attempt 11' })
    expect(recorder.list()).toHaveLength(10)
  })

  it('still counts a repeat whose message is in the window on its own event', () => {
    const { recorder, kubelet } = setup()
    for (let i = 1; i <= 10; i++) kubelet({ ...unhealthy(i), now: T0 + i * 1000 })
    // Messages 2..10 remain in the window (initlab drops the oldest where Go drops any one).
    const repeat = kubelet({ ...unhealthy(5), now: T0 + 20_000 })!
    expect(repeat).toMatchObject({ count: 2, message: 'Readiness probe failed: attempt 5' })
    const dropped = kubelet({ ...unhealthy(1), now: T0 + 21_000 })!
    expect(dropped.message).toBe('(combined from similar events): Readiness probe failed: attempt 1')
    expect(recorder.list()).toHaveLength(10)
  })

  it('starts over when more than 10 minutes pass between similar events', () => {
    const { recorder, kubelet } = setup()
    for (let i = 1; i <= 12; i++) kubelet({ ...unhealthy(i), now: T0 + i * (10 * MIN + 1) })
    expect(recorder.list().every((e) => !e.message.startsWith('(combined'))).toBe(true)
    expect(recorder.list()).toHaveLength(12)
  })
})

describe('EventRecorder.record: spam filter (25 per source+object, then 1 per 5 min)', () => {
  it('drops events beyond the burst, and a dropped repeat still advances the count', () => {
    const { recorder, kubelet } = setup()
    const results = Array.from({ length: 30 }, () => kubelet({ reason: 'BackOff', type: 'Warning', message: 'Back-off', now: T0 }))
    expect(results.filter(Boolean)).toHaveLength(25)
    expect(results[24]!.count).toBe(25)
    expect(results[25]).toBeUndefined()
    expect(kubelet({ reason: 'BackOff', type: 'Warning', message: 'Back-off', now: T0 + 5 * MIN - 1 })).toBeUndefined()
    // One token is back after 300 s; the stored count jumps over the dropped ones.
    expect(kubelet({ reason: 'BackOff', type: 'Warning', message: 'Back-off', now: T0 + 5 * MIN })!.count).toBe(32)
    expect(kubelet({ reason: 'BackOff', type: 'Warning', message: 'Back-off', now: T0 + 5 * MIN })).toBeUndefined()
    expect(recorder.list()[0].count).toBe(32)
  })

  it('shares one bucket across reasons and containers of a pod, not across nodes', () => {
    const { kubelet } = setup()
    for (let i = 0; i < 25; i++) {
      const c = `spec.containers{c${i}}`
      expect(kubelet({ involvedObject: podRef(c), reason: `R${i}`, message: `m${i}`, now: T0 })).toBeDefined()
    }
    expect(kubelet({ involvedObject: podRef('spec.containers{other}'), reason: 'Created', message: 'Container created', now: T0 })).toBeUndefined()
    expect(kubelet({ source: { component: 'kubelet', host: 'kind-worker2' }, now: T0 })).toBeDefined()
  })
})

describe('EventRecorder.expire: the API server event TTL', () => {
  it('deletes an event an hour after its last write, and a later repeat recreates it', () => {
    const { recorder, changes, kubelet } = setup()
    kubelet({ now: T0 })
    kubelet({ now: T0 + 10 * MIN })
    recorder.expire(T0 + 70 * MIN - 1)
    expect(recorder.list()).toHaveLength(1)
    recorder.expire(T0 + 70 * MIN)
    expect(recorder.list()).toEqual([])
    const back = kubelet({ now: T0 + 80 * MIN })!
    expect(back).toMatchObject({
      metadata: { name: 'myapp-pod.18867251edfa0000', uid: 'uid-2', creationTimestamp: '2026-01-01T01:20:00Z' },
      count: 3,
      firstTimestamp: '2026-01-01T00:00:00Z',
      lastTimestamp: '2026-01-01T01:20:00Z',
    })
    expect(changes.map(([t, , n]) => [t, n])).toEqual([
      ['ADDED', 1],
      ['MODIFIED', 2],
      ['DELETED', 2],
      ['ADDED', 3],
    ])
  })

  it('lists in creation order and stops notifying after unsubscribe', () => {
    const { recorder, kubelet } = setup()
    const seen: string[] = []
    const off = recorder.onChange((t) => seen.push(t))
    kubelet({ now: T0, reason: 'Scheduled', message: 'a' })
    off()
    kubelet({ now: T0 + 1, reason: 'Pulled', message: 'b' })
    expect(seen).toEqual(['ADDED'])
    expect(recorder.list().map((e) => e.reason)).toEqual(['Scheduled', 'Pulled'])
  })
})

describe('EventRecorder.recordViaEventsApi: the scheduler (events.k8s.io/v1)', () => {
  const scheduled = (now: number, note = 'Successfully assigned default/myapp-pod to kind-worker') => ({
    regarding: { kind: 'Pod', namespace: 'default', name: 'myapp-pod', uid: 'pod-uid', apiVersion: 'v1', resourceVersion: '5' },
    type: 'Normal' as const,
    reason: 'Scheduled',
    action: 'Binding',
    note,
    reportingController: 'default-scheduler',
    reportingInstance: 'default-scheduler-kind-control-plane',
    now,
  })

  it('stores it with eventTime, action and an empty source, but no count or first/last timestamps', () => {
    const { recorder } = setup()
    const e = recorder.recordViaEventsApi(scheduled(T0 + 742))
    expect(e).toEqual({
      kind: 'Event',
      apiVersion: 'v1',
      metadata: { name: 'myapp-pod.188672521a340580', namespace: 'default', uid: 'uid-1', resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z' },
      involvedObject: { kind: 'Pod', namespace: 'default', name: 'myapp-pod', uid: 'pod-uid', apiVersion: 'v1', resourceVersion: '5' },
      reason: 'Scheduled',
      message: 'Successfully assigned default/myapp-pod to kind-worker',
      source: {},
      firstTimestamp: null,
      lastTimestamp: null,
      type: 'Normal',
      eventTime: '2026-01-01T00:00:00.742000Z',
      action: 'Binding',
      reportingComponent: 'default-scheduler',
      reportingInstance: 'default-scheduler-kind-control-plane',
    })
  })

  it('turns repeats into a series: written at the 2nd, counted in memory, flushed after 6 min', () => {
    const { recorder, changes } = setup()
    const failed = (now: number, note: string) => ({ ...scheduled(now, note), type: 'Warning' as const, reason: 'FailedScheduling', action: 'Scheduling' })
    recorder.recordViaEventsApi(failed(T0, '0/1 nodes are available: 1 Insufficient cpu.'))
    const second = recorder.recordViaEventsApi(failed(T0 + 1000, 'a different note'))
    expect(second.series).toEqual({ count: 2, lastObservedTime: '2026-01-01T00:00:01.000000Z' })
    expect(second.message).toBe('0/1 nodes are available: 1 Insufficient cpu.')
    expect(Object.keys(second).slice(-5)).toEqual(['eventTime', 'series', 'action', 'reportingComponent', 'reportingInstance'])
    expect(recorder.recordViaEventsApi(failed(T0 + 2000, 'x')).series?.count).toBe(2)
    recorder.expire(T0 + 2000 + 6 * MIN)
    expect(recorder.list()[0].series?.count).toBe(2)
    recorder.expire(T0 + 2001 + 6 * MIN)
    expect(recorder.list()[0].series).toEqual({ count: 3, lastObservedTime: '2026-01-01T00:00:02.000000Z' })
    expect(changes.map(([t]) => t)).toEqual(['ADDED', 'MODIFIED', 'MODIFIED'])
    // The series is over: the next occurrence is a new event.
    const fresh = recorder.recordViaEventsApi(failed(T0 + 10 * MIN, 'again'))
    expect(fresh.series).toBeUndefined()
    expect(recorder.list()).toHaveLength(2)
  })
})

import { describe, expect, it } from 'vitest'
import type { Container, ContainerStatus, PodCondition, PodSpec } from '../api/types'
import {
  containersReadyCondition,
  generatePodConditions,
  initializedCondition,
  podReadyToStartContainersCondition,
  readyCondition,
  withTransitionTimes,
} from './conditions'

const base = (name: string): ContainerStatus => ({ name, ready: false, restartCount: 0, image: 'busybox:1.28', imageID: '' })
const running = (name: string, o: { ready?: boolean; started?: boolean } = {}): ContainerStatus => ({
  ...base(name),
  ready: o.ready ?? false,
  started: o.started ?? true,
  state: { running: { startedAt: 't' } },
})
const done = (name: string, exitCode = 0): ContainerStatus => ({ ...base(name), ready: exitCode === 0, started: false, state: { terminated: { exitCode } } })
const waiting = (name: string, reason = 'PodInitializing'): ContainerStatus => ({ ...base(name), state: { waiting: { reason } } })
const c = (name: string, restartPolicy?: string): Container => ({ name, image: 'busybox:1.28', ...(restartPolicy ? { restartPolicy } : {}) })

// The classic demo pod of §h: two init containers, one app container.
const demo: PodSpec = { restartPolicy: 'Always', initContainers: [c('init-myservice'), c('init-mydb')], containers: [c('myapp-container')] }
const scheduled: PodCondition = { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: '2026-01-01T00:00:00Z' }

describe('generatePodConditions', () => {
  it('during init: the example of §b, in the kubelet order', () => {
    const conditions = generatePodConditions({
      spec: demo,
      phase: 'Pending',
      initContainerStatuses: [running('init-myservice'), waiting('init-mydb')],
      containerStatuses: [waiting('myapp-container')],
      sandboxReady: true,
      scheduled,
    })
    expect(conditions).toEqual([
      { type: 'PodReadyToStartContainers', status: 'True' },
      {
        type: 'Initialized',
        status: 'False',
        reason: 'ContainersNotInitialized',
        message: 'containers with incomplete status: [init-myservice init-mydb]',
      },
      { type: 'Ready', status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [myapp-container]' },
      { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [myapp-container]' },
      { type: 'PodScheduled', status: 'True', lastTransitionTime: '2026-01-01T00:00:00Z' },
    ])
  })

  it('after init with the app running and ready: everything True', () => {
    const conditions = generatePodConditions({
      spec: demo,
      phase: 'Running',
      initContainerStatuses: [done('init-myservice'), done('init-mydb')],
      containerStatuses: [running('myapp-container', { ready: true })],
      sandboxReady: true,
      scheduled,
    })
    expect(conditions.map((x) => [x.type, x.status, x.reason])).toEqual([
      ['PodReadyToStartContainers', 'True', undefined],
      ['Initialized', 'True', undefined],
      ['Ready', 'True', undefined],
      ['ContainersReady', 'True', undefined],
      ['PodScheduled', 'True', undefined],
    ])
  })

  it('keeps foreign conditions first and lets readiness gates read them', () => {
    const gated: PodSpec = { ...demo, readinessGates: [{ conditionType: 'example.com/lb' }] }
    const conditions = generatePodConditions({
      spec: gated,
      phase: 'Running',
      initContainerStatuses: [done('init-myservice'), done('init-mydb')],
      containerStatuses: [running('myapp-container', { ready: true })],
      sandboxReady: true,
      scheduled: undefined,
      extra: [{ type: 'example.com/lb', status: 'False', lastTransitionTime: '2026-01-01T00:00:05Z' }],
    })
    expect(conditions.map((x) => x.type)).toEqual([
      'example.com/lb', 'PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled',
    ])
    expect(conditions[3]).toEqual({
      type: 'Ready',
      status: 'False',
      reason: 'ReadinessGatesNotReady',
      message: 'the status of pod readiness gate "example.com/lb" is not "True", but False',
    })
  })

  it('reports the sandbox as not ready without a reason (v1.35)', () => {
    expect(podReadyToStartContainersCondition(false)).toEqual({ type: 'PodReadyToStartContainers', status: 'False' })
  })
})

describe('initializedCondition', () => {
  it('lists unknown before incomplete containers, joined by a comma', () => {
    const spec: PodSpec = { initContainers: [c('a'), c('b'), c('c')], containers: [c('app')] }
    expect(initializedCondition(spec, [running('b')], [waiting('app')], 'Pending')).toEqual({
      type: 'Initialized',
      status: 'False',
      reason: 'ContainersNotInitialized',
      message: 'containers with unknown status: [a c], containers with incomplete status: [b]',
    })
  })

  it('has no statuses at all: UnknownContainerStatuses', () => {
    expect(initializedCondition(demo, [], [], 'Pending')).toEqual({ type: 'Initialized', status: 'False', reason: 'UnknownContainerStatuses' })
  })

  it('counts a failed init container as incomplete', () => {
    const r = initializedCondition(demo, [done('init-myservice', 1), waiting('init-mydb')], [waiting('myapp-container')], 'Failed')
    expect(r.message).toBe('containers with incomplete status: [init-myservice init-mydb]')
  })

  it('needs sidecars started, not ready', () => {
    const spec: PodSpec = { initContainers: [c('proxy', 'Always'), c('setup')], containers: [c('app')] }
    const app = [waiting('app')]
    expect(initializedCondition(spec, [running('proxy', { started: false }), waiting('setup')], app, 'Pending').message).toBe(
      'containers with incomplete status: [proxy setup]',
    )
    expect(initializedCondition(spec, [running('proxy', { started: true }), done('setup')], app, 'Pending')).toEqual({
      type: 'Initialized',
      status: 'True',
    })
  })

  it('stays True once an app container ran, even while a sidecar restarts', () => {
    const spec: PodSpec = { initContainers: [c('proxy', 'Always')], containers: [c('app')] }
    expect(initializedCondition(spec, [waiting('proxy', 'CrashLoopBackOff')], [running('app')], 'Running')).toEqual({
      type: 'Initialized',
      status: 'True',
    })
  })

  it('says PodCompleted for a Succeeded pod, with or without init containers', () => {
    expect(initializedCondition(demo, [done('init-myservice'), done('init-mydb')], [done('myapp-container')], 'Succeeded')).toEqual({
      type: 'Initialized',
      status: 'True',
      reason: 'PodCompleted',
    })
    const plain: PodSpec = { containers: [c('app')] }
    expect(initializedCondition(plain, [], [done('app')], 'Succeeded').reason).toBe('PodCompleted')
    expect(initializedCondition(plain, [], [waiting('app', 'ContainerCreating')], 'Pending')).toEqual({ type: 'Initialized', status: 'True' })
  })
})

describe('containersReadyCondition and readyCondition', () => {
  const spec: PodSpec = { initContainers: [c('proxy', 'Always'), c('setup')], containers: [c('web'), c('api')] }

  it('lists sidecars first, then app containers in spec order', () => {
    const r = containersReadyCondition(spec, [running('proxy'), done('setup')], [running('api'), running('web', { ready: true })], 'Running')
    expect(r).toEqual({
      type: 'ContainersReady',
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [proxy api]',
    })
    expect(readyCondition(spec, r, [])).toEqual({ ...r, type: 'Ready' })
  })

  it('reports unknown and unready together', () => {
    const r = containersReadyCondition(spec, [running('proxy', { ready: true }), done('setup')], [running('web')], 'Running')
    expect(r.message).toBe('containers with unknown status: [api], containers with unready status: [web]')
  })

  it('is PodFailed (no message) for a Failed pod and PodCompleted for a Succeeded one', () => {
    const failed = containersReadyCondition(demo, [done('init-myservice', 1), waiting('init-mydb')], [waiting('myapp-container')], 'Failed')
    expect(failed).toEqual({ type: 'ContainersReady', status: 'False', reason: 'PodFailed' })
    expect(readyCondition(demo, failed, [])).toEqual({ type: 'Ready', status: 'False', reason: 'PodFailed' })
    const succeeded = containersReadyCondition(demo, [done('init-myservice'), done('init-mydb')], [done('myapp-container')], 'Succeeded')
    expect(succeeded).toEqual({ type: 'ContainersReady', status: 'False', reason: 'PodCompleted' })
  })

  it('has no statuses at all: UnknownContainerStatuses', () => {
    expect(containersReadyCondition(demo, [], [], 'Pending')).toEqual({ type: 'ContainersReady', status: 'False', reason: 'UnknownContainerStatuses' })
  })

  it('checks every readiness gate and joins the complaints', () => {
    const gated: PodSpec = { containers: [c('app')], readinessGates: [{ conditionType: 'a' }, { conditionType: 'b' }, { conditionType: 'c' }] }
    const ok = { type: 'ContainersReady', status: 'True' as const }
    expect(readyCondition(gated, ok, [{ type: 'b', status: 'Unknown' }, { type: 'c', status: 'True' }])).toEqual({
      type: 'Ready',
      status: 'False',
      reason: 'ReadinessGatesNotReady',
      message:
        'corresponding condition of pod readiness gate "a" does not exist., the status of pod readiness gate "b" is not "True", but Unknown',
    })
    expect(readyCondition(gated, ok, ['a', 'b', 'c'].map((type) => ({ type, status: 'True' as const })))).toEqual({ type: 'Ready', status: 'True' })
  })
})

describe('withTransitionTimes', () => {
  const t0 = '2026-01-01T00:00:00Z'
  const t1 = '2026-01-01T00:01:00Z'

  it('stamps new conditions with now and shows lastProbeTime null', () => {
    expect(withTransitionTimes(undefined, [{ type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message: 'm' }], t1)).toEqual([
      { type: 'Initialized', status: 'False', lastProbeTime: null, lastTransitionTime: t1, reason: 'ContainersNotInitialized', message: 'm' },
    ])
  })

  it('keeps the time while the status stays, even if reason or message change', () => {
    const previous: PodCondition[] = [{ type: 'Ready', status: 'False', lastProbeTime: null, lastTransitionTime: t0, reason: 'ContainersNotReady', message: 'x' }]
    const [same] = withTransitionTimes(previous, [{ type: 'Ready', status: 'False', reason: 'PodFailed' }], t1)
    expect(same).toEqual({ type: 'Ready', status: 'False', lastProbeTime: null, lastTransitionTime: t0, reason: 'PodFailed' })
    const [flipped] = withTransitionTimes(previous, [{ type: 'Ready', status: 'True' }], t1)
    expect(flipped.lastTransitionTime).toBe(t1)
  })

  it("keeps the scheduler's PodScheduled time and passes foreign conditions through", () => {
    const out = withTransitionTimes(
      undefined,
      [{ type: 'x.io/gate', status: 'True', lastTransitionTime: t0 }, { type: 'PodScheduled', status: 'True', lastTransitionTime: t0 }],
      t1,
    )
    expect(out).toEqual([
      { type: 'x.io/gate', status: 'True', lastTransitionTime: t0 },
      { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: t0 },
    ])
  })

  it('writes keys in the API order, observedGeneration after type', () => {
    const [out] = withTransitionTimes(undefined, [{ type: 'Ready', status: 'True', observedGeneration: 1 }], t1)
    expect(Object.keys(out)).toEqual(['type', 'observedGeneration', 'status', 'lastProbeTime', 'lastTransitionTime'])
  })
})

import { describe, expect, it } from 'vitest'
import type { ContainerFacts } from '../kubelet/containerFacts'
import { toContainerStatus } from './containerStatus'

const base: ContainerFacts = { name: 'init-db', kind: 'init', spec: { name: 'init-db', image: 'busybox:1.28' }, phase: 'idle', instances: [], restartCount: 0 }
const pulled = { image: 'docker.io/library/busybox:1.28', imageID: 'docker.io/library/busybox@sha256:abc' }
const T0 = Date.UTC(2026, 0, 1, 9, 0, 0)

describe('toContainerStatus', () => {
  it('reports a container that never ran as waiting with the default reason and the spec image', () => {
    expect(toContainerStatus({ ...base, pulled }, 'PodInitializing')).toEqual({
      name: 'init-db', state: { waiting: { reason: 'PodInitializing' } }, lastState: {}, ready: false, restartCount: 0, image: 'busybox:1.28', imageID: '', started: false,
    })
  })

  it('reports a running container with its runtime image, id and start time', () => {
    const s = toContainerStatus({ ...base, pulled, phase: 'running', instances: [{ containerID: 'containerd://1', startedAt: T0 }] }, 'PodInitializing')
    expect(s).toMatchObject({ state: { running: { startedAt: '2026-01-01T09:00:00Z' } }, ready: false, started: true, containerID: 'containerd://1', image: pulled.image, imageID: pulled.imageID })
  })

  it('marks a regular init container that exited 0 ready', () => {
    const s = toContainerStatus({ ...base, pulled, phase: 'done', instances: [{ containerID: 'c', startedAt: T0, finishedAt: T0 + 1000, exitCode: 0, reason: 'Completed' }] }, 'PodInitializing')
    expect(s.state).toEqual({ terminated: { exitCode: 0, reason: 'Completed', startedAt: '2026-01-01T09:00:00Z', finishedAt: '2026-01-01T09:00:01Z', containerID: 'c' } })
    expect(s).toMatchObject({ ready: true, started: false })
  })

  it('keeps the terminated state until the restart runs, then moves it to lastState', () => {
    const crashed = { containerID: 'c1', startedAt: T0, finishedAt: T0 + 2000, exitCode: 1, reason: 'Error' }
    const waiting = toContainerStatus({ ...base, pulled, phase: 'restarting', instances: [crashed], restartCount: 1 }, 'PodInitializing')
    expect(waiting.state!.terminated!.exitCode).toBe(1)
    const backoff = toContainerStatus({ ...base, pulled, phase: 'restarting', instances: [crashed], restartCount: 1, waiting: { reason: 'CrashLoopBackOff', message: 'back-off 10s ...' } }, 'PodInitializing')
    expect(backoff.state).toEqual({ waiting: { reason: 'CrashLoopBackOff', message: 'back-off 10s ...' } })
    expect(backoff.lastState!.terminated).toMatchObject({ exitCode: 1, reason: 'Error', containerID: 'c1' })
    const rerun = toContainerStatus({ ...base, pulled, phase: 'running', instances: [{ containerID: 'c2', startedAt: T0 + 20_000 }, crashed], restartCount: 2 }, 'PodInitializing')
    expect(rerun).toMatchObject({ restartCount: 2, containerID: 'c2', state: { running: {} }, lastState: { terminated: { containerID: 'c1' } } })
  })

  it('lists read-only mounts as the kubelet reports them', () => {
    const spec = { ...base.spec, volumeMounts: [{ name: 'data', mountPath: '/data' }, { name: 'token', mountPath: '/var/run/secrets', readOnly: true }] }
    const s = toContainerStatus({ ...base, spec, pulled, phase: 'running', instances: [{ containerID: 'c', startedAt: T0 }] }, 'PodInitializing')
    expect(s.volumeMounts).toEqual([{ name: 'data', mountPath: '/data' }, { name: 'token', mountPath: '/var/run/secrets', readOnly: true, recursiveReadOnly: 'Disabled' }])
  })
})

// Condition lights, container state words and the back-off share, from example runs.
import { describe, expect, it } from 'vitest'
import { createSandbox, type Pod } from '../../sandbox'
import { EXAMPLES } from '../../lessons/examples'
import { backOffLeft, conditionLights, containerState } from './podView'
import { backOffMs, retryInSeconds } from './why'

function run(id: string, ms: number) {
  const sb = createSandbox({ seed: 3 })
  sb.exec('kubectl apply -f -', EXAMPLES.find((e) => e.id === id)!.yaml)
  sb.advance(ms)
  return { sb, pod: sb.pods()[0] as Pod }
}

describe('conditionLights', () => {
  it('lists the five conditions in the order they turn on, unset ones included', () => {
    const fresh = run('01-two-init-containers', 0).pod
    expect(conditionLights(fresh)).toEqual([{ type: 'PodScheduled' }, { type: 'PodReadyToStartContainers' }, { type: 'Initialized' }, { type: 'ContainersReady' }, { type: 'Ready' }])
    const initializing = run('01-two-init-containers', 3_000).pod
    expect(conditionLights(initializing).map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodScheduled=True',
      'PodReadyToStartContainers=True',
      'Initialized=False',
      'ContainersReady=False',
      'Ready=False',
    ])
    expect(conditionLights(initializing)[2]).toMatchObject({ reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init-myservice init-mydb]' })
    const running = run('01-two-init-containers', 60_000).pod
    expect(conditionLights(running).every((c) => c.status === 'True')).toBe(true)
  })
})

describe('containerState', () => {
  it('names each state with the words kubectl describe uses', () => {
    expect(containerState(undefined)).toEqual({ kind: 'waiting' })
    const { pod } = run('04-init-fails-always', 60_000)
    expect(containerState(pod.status?.initContainerStatuses?.[0])).toEqual({ kind: 'backoff', text: 'CrashLoopBackOff' })
    expect(containerState(pod.status?.containerStatuses?.[0])).toEqual({ kind: 'waiting', text: 'PodInitializing' })
    const done = run('01-two-init-containers', 60_000).pod
    expect(containerState(done.status?.initContainerStatuses?.[0])).toEqual({ kind: 'done', text: 'Completed (exit 0)' })
    expect(containerState(done.status?.containerStatuses?.[0])).toEqual({ kind: 'running', text: 'Running' })
    const never = run('05-init-fails-never', 60_000).pod
    expect(containerState(never.status?.initContainerStatuses?.[0])).toEqual({ kind: 'failed', text: 'Error (exit 1)' })
  })
})

describe('backOffLeft', () => {
  it('runs from 1 to 0 over the back-off, in step with the seconds countdown', () => {
    const { sb, pod } = run('04-init-fails-always', 60_000)
    const st = pod.status?.initContainerStatuses?.[0]
    const share = backOffLeft(st, sb.now())!
    expect(share).toBeGreaterThan(0)
    expect(share).toBeLessThanOrEqual(1)
    const finished = Date.parse(st!.lastState!.terminated!.finishedAt!)
    expect(backOffLeft(st, finished)).toBe(1)
    expect(backOffLeft(st, finished + 10 * 60_000)).toBe(0)
    expect(Math.ceil((share * backOffMs(st)!) / 1000)).toBe(retryInSeconds(st, sb.now()))
    expect(backOffLeft(run('01-two-init-containers', 60_000).pod.status?.initContainerStatuses?.[0], sb.now())).toBeUndefined()
  })
})

// The kubelet's machines as the page draws them: definitions read from the xstate objects, and the
// states a real sandbox's actors are in at chosen instants of the examples.

import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createMachine } from 'xstate'
import { createSandbox, type Sandbox } from './sandbox'
import { activePaths, machineDefinitions, podMachines, pullingContainers, summarizeMachine, type StateNodeSummary } from './machines'

const SECOND = 1000

function example(file: string): Sandbox {
  const sandbox = createSandbox()
  const result = sandbox.exec('kubectl apply -f -', readFileSync(`lessons/examples/${file}`, 'utf8'))
  expect(result.exitCode).toBe(0)
  return sandbox
}

/** `pod=<leaf>; name=<leaf>; ...`: every actor of the pod and its state, in one comparable line. */
function states(sandbox: Sandbox, name: string): string {
  const m = podMachines(sandbox, name)
  if (!m) return 'none'
  return [`pod=${m.pod.active.join(',')}`, ...m.containers.map((c) => `${c.name}=${c.active.join(',')}`)].join('; ')
}

function find(node: StateNodeSummary, path: string): StateNodeSummary | undefined {
  if (node.path === path) return node
  for (const child of node.children) {
    const hit = find(child, path)
    if (hit) return hit
  }
  return undefined
}

describe('machineDefinitions', () => {
  const { podWorker, container } = machineDefinitions()

  it('reads the state trees from the machines', () => {
    expect(podWorker).toMatchObject({ id: 'podWorker', key: 'podWorker', path: '', type: 'compound', initial: 'scheduling' })
    expect(podWorker.children.map((c) => c.key)).toEqual([
      'scheduling', 'binding', 'unschedulable', 'admitting', 'mounting', 'sandbox', 'active',
      'deadlineExceeded', 'finishing', 'finished', 'terminating', 'finalizing', 'removed',
    ])
    expect(find(podWorker, 'removed')?.type).toBe('final')
    expect(find(podWorker, 'terminating')).toMatchObject({ type: 'compound', initial: 'apps' })
    expect(container.children.map((c) => c.key)).toEqual([
      'idle', 'starting', 'running', 'stopping', 'stopEnded', 'restarting', 'backingOff', 'imageFailed', 'configFailed', 'done', 'stopped',
    ])
    expect(find(container, 'starting')?.children.map((c) => c.path)).toEqual(['starting.decide', 'starting.pulling', 'starting.creating'])
    expect(find(container, 'imageFailed.backingOff')).toMatchObject({ id: 'container.imageFailed.backingOff', type: 'atomic', children: [] })
  })

  it('lists events, timers and eventless transitions with their guards and named actions', () => {
    expect(find(container, 'idle')?.transitions).toEqual([
      { trigger: 'event', event: 'container.start', targets: ['starting'], actions: [], reenter: false },
    ])
    expect(find(container, 'restarting')?.transitions).toEqual([
      { trigger: 'after', event: 'wait', targets: ['done'], guard: 'finished', actions: [], reenter: false },
      { trigger: 'after', event: 'wait', targets: ['backingOff'], guard: 'inCrashBackoff', actions: ['crashBackoff'], reenter: false },
      { trigger: 'after', event: 'wait', targets: ['starting'], actions: ['countRestart'], reenter: false },
    ])
    expect(find(container, 'starting.decide')?.transitions.map((t) => [t.trigger, t.guard, t.targets])).toEqual([
      ['always', 'imageUnresolvable', ['imageFailed']],
      ['always', 'imagePresent', ['starting.creating']],
      ['always', 'neverPull', ['imageFailed']],
      ['always', undefined, ['starting.pulling']],
    ])
    // Inline assignments are named by their kind; a transition without target stays put.
    expect(container.transitions[0]).toEqual({ trigger: 'event', event: 'container.spec', targets: [], actions: ['assign'], reenter: false })
    expect(find(podWorker, 'unschedulable')?.transitions.map((t) => `${t.trigger}:${t.event}->${t.targets.join()}`)).toEqual([
      'event:pod.delete->removed', 'event:pod.sync->scheduling', 'after:300000->scheduling',
    ])
    expect(find(podWorker, 'mounting')?.transitions.find((t) => t.trigger === 'after')).toMatchObject({ targets: ['mounting'], reenter: true })
  })

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(podWorker))).toEqual(podWorker)
    expect(JSON.parse(JSON.stringify(container))).toEqual(container)
  })

  it('summarizes any machine, parallel states included', () => {
    const m = createMachine({ id: 'm', type: 'parallel', states: { a: { initial: 'x', states: { x: { on: { go: 'y' } }, y: {} } }, b: {} } })
    const s = summarizeMachine(m)
    expect(s).toMatchObject({ type: 'parallel', children: [{ key: 'a', type: 'compound', initial: 'x' }, { key: 'b', type: 'atomic' }] })
    expect(s.initial).toBeUndefined()
    expect(find(s, 'a.x')?.transitions).toEqual([{ trigger: 'event', event: 'go', targets: ['a.y'], actions: [], reenter: false }])
  })
})

describe('activePaths', () => {
  it('turns state values into leaf paths', () => {
    expect(activePaths('idle')).toEqual(['idle'])
    expect(activePaths({ running: 'sleeping' })).toEqual(['running.sleeping'])
    expect(activePaths({ a: { x: 'deep' }, b: 'y' })).toEqual(['a.x.deep', 'b.y'])
  })
})

describe('podMachines on a running sandbox', () => {
  it('follows two init containers one after the other', () => {
    const sandbox = example('01-two-init-containers.yaml')
    expect(states(sandbox, 'myapp-pod')).toBe('pod=scheduling')
    sandbox.advance(5 * SECOND)
    expect(states(sandbox, 'myapp-pod')).toBe('pod=active; init-myservice=running.sleeping; init-mydb=idle; myapp-container=idle')
    sandbox.advance(5 * SECOND)
    expect(states(sandbox, 'myapp-pod')).toBe('pod=active; init-myservice=done; init-mydb=running.sleeping; myapp-container=idle')
    sandbox.advance(50 * SECOND)
    expect(states(sandbox, 'myapp-pod')).toBe('pod=active; init-myservice=done; init-mydb=done; myapp-container=running.sleeping')
    const m = podMachines(sandbox, 'myapp-pod')!
    expect(m.pod).toMatchObject({ id: `pod:${sandbox.pod('myapp-pod')!.metadata.uid}`, status: 'active' })
    expect(m.containers.map((c) => [c.id, c.init, c.sidecar, c.status])).toEqual([
      ['init:init-myservice', true, false, 'active'],
      ['init:init-mydb', true, false, 'active'],
      ['app:myapp-container', false, false, 'active'],
    ])
    expect(m.containers[0].definition).toBe(machineDefinitions().container)
  })

  it('holds a failing init container in back-off between restarts', () => {
    const sandbox = example('04-init-fails-always.yaml')
    sandbox.advance(20 * SECOND)
    expect(states(sandbox, 'failing-init')).toBe('pod=active; init-check=backingOff; app=idle')
    // The second back-off (20 s) ends about 33 s after the apply: the kubelet starts it again.
    sandbox.advance(13_300)
    expect(states(sandbox, 'failing-init')).toBe('pod=active; init-check=starting.creating; app=idle')
  })

  it('stops the containers when the pod is deleted, and has nothing once it is gone', () => {
    const sandbox = example('01-two-init-containers.yaml')
    sandbox.advance(60 * SECOND)
    sandbox.cluster.deletePod('default', 'myapp-pod', 30)
    // sh runs as PID 1 and ignores SIGTERM: the app sleeps on until the grace period ends.
    expect(states(sandbox, 'myapp-pod')).toBe('pod=terminating.apps; init-myservice=done; init-mydb=done; myapp-container=stopping.sleeping')
    sandbox.advance(29 * SECOND)
    expect(states(sandbox, 'myapp-pod')).toBe('pod=terminating.apps; init-myservice=done; init-mydb=done; myapp-container=stopping.sleeping')
    sandbox.advance(1 * SECOND)
    expect(states(sandbox, 'myapp-pod')).toBe('pod=finalizing; init-myservice=done; init-mydb=done; myapp-container=stopped')
    sandbox.advance(1 * SECOND)
    expect(sandbox.pod('myapp-pod')).toBeUndefined()
    expect(podMachines(sandbox, 'myapp-pod')).toBeUndefined()
  })

  it('answers undefined for a pod that does not exist', () => {
    expect(podMachines(createSandbox(), 'nope')).toBeUndefined()
  })
})

describe('pullingContainers', () => {
  it('names the containers whose image is being pulled, while it is', () => {
    const sb = createSandbox({ seed: 1 })
    sb.exec('kubectl apply -f -', `apiVersion: v1
kind: Pod
metadata:
  name: pull
spec:
  initContainers:
  - name: init
    image: busybox:1.36
    command: ['sh', '-c', 'true']
  containers:
  - name: web
    image: nginx:1.27
`)
    const seen: string[] = []
    for (let t = 0; t < 60_000; t += 100) {
      const names = [...pullingContainers(sb, 'pull')].join(',')
      if (names && seen.at(-1) !== names) seen.push(names)
      sb.advance(100)
    }
    expect(seen).toEqual(['init', 'web'])
    expect(pullingContainers(sb, 'pull').size).toBe(0)
    expect(pullingContainers(sb, 'nope').size).toBe(0)
  })
})

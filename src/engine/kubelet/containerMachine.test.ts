// The container machine step by step with xstate's pure transition(): each delayed transition is
// fed as the event its timer would raise, with the virtual time set by hand.

import { describe, expect, it } from 'vitest'
import { createActor, initialTransition, setup as setupMachine, spawnChild, transition, type SnapshotFrom } from 'xstate'
import { VirtualClock } from '../clock/virtualClock'
import { SeededRandom } from '../random/seeded'
import { createWorldRuntime } from '../runtime/world'
import { containerMachine, type ContainerInput } from './containerMachine'
import type { KubeletDeps, NodeFacts } from './deps'

type Snapshot = SnapshotFrom<typeof containerMachine>

function setup(command: string[], podRestartPolicy = 'Always') {
  let now = 0
  const events: string[] = []
  const deps: KubeletDeps = {
    runtime: createWorldRuntime({ get: () => undefined, list: () => [], now: () => now }),
    rand: new SeededRandom(3),
    now: () => now,
    event: (_pod, fieldPath, type, reason, message) => events.push(`${type} ${reason} ${fieldPath} ${message}`),
    log: () => {},
    mountProblem: () => undefined,
    pod: () => ({ metadata: { name: 'p', namespace: 'default', uid: 'uid-1' }, spec: { containers: [] } }),
  }
  const node: NodeFacts = { name: 'n', ip: '10.0.0.1', images: new Map(), pullerFreeAt: 0, nextPodIP: 2, podCIDRPrefix: '10.244.0' }
  const input: ContainerInput = {
    pod: { name: 'p', namespace: 'default', uid: 'uid-1' },
    podRestartPolicy,
    name: 'init-db',
    kind: 'init',
    spec: { name: 'init-db', image: 'busybox:1.28', imagePullPolicy: 'IfNotPresent', command },
    deps,
    node,
  }
  let [snapshot] = initialTransition(containerMachine, input)
  // transition() is pure: it returns the side effects instead of running them. Run the ones that
  // record events (inline functions); notices to the parent (xstate.sendTo) have no parent here.
  const run = (actions: { type: string; info: unknown; params: unknown; exec?: ((info: never, params: unknown) => void) | undefined }[]) => {
    for (const a of actions) if (a.exec && !a.type.startsWith('xstate.')) a.exec(a.info as never, a.params)
  }
  const send = (type: string, extra: object = {}) => {
    const [next, actions] = transition(containerMachine, snapshot, { type, ...extra } as never)
    snapshot = next
    run(actions as never)
    return snapshot
  }
  // A delayed transition fires when its wait is over: advance the clock, then deliver the timer's event.
  const wait = (delay: 'wait' | 'sleep') => {
    const s = snapshot as Snapshot
    now += delay === 'sleep' ? (s.context.step?.type === 'sleep' ? s.context.step.ms : 0) : s.context.waitMs
    const stateId = s._nodes.filter((n) => n.type === 'atomic').map((n) => n.id).at(-1)!
    return send(`xstate.after.${delay}.${stateId}`)
  }
  return { send, wait, events, node, get now() { return now }, get snapshot() { return snapshot } }
}

/** Starts a container actor with the same input as `context`, under a parent that records its notices. */
function underParent(context: Snapshot['context']) {
  const clock = new VirtualClock(0)
  const notices: string[] = []
  const parent = setupMachine({
    types: { events: {} as { type: 'container.changed'; name: string }, children: {} as { c: 'container' } },
    actors: { container: containerMachine },
  }).createMachine({
    entry: spawnChild('container', {
      id: 'c',
      input: { pod: context.env.pod, podRestartPolicy: context.env.podRestartPolicy, name: context.name, kind: context.kind, spec: context.spec, deps: { ...context.env.deps, now: () => clock.now() }, node: context.env.node },
    }),
    on: { 'container.changed': { actions: ({ event }) => notices.push(event.name) } },
  })
  const actor = createActor(parent, { clock }).start()
  const child = () => actor.getSnapshot().children.c!.getSnapshot()
  actor.getSnapshot().children.c!.send({ type: 'container.start' })
  return { notices, child, clock, actor }
}

describe('containerMachine', () => {
  it('pulls, creates and starts, then runs the process on the clock', () => {
    const t = setup(['sh', '-c', 'sleep 2; exit 1'])
    expect(t.snapshot.value).toBe('idle')
    expect(t.send('container.start').value).toEqual({ starting: 'pulling' })
    expect(t.events).toEqual(['Normal Pulling spec.initContainers{init-db} Pulling image "busybox:1.28"'])
    expect(t.wait('wait').value).toEqual({ starting: 'creating' })
    expect(t.node.images.has('docker.io/library/busybox:1.28')).toBe(true)
    expect(t.events[1]).toMatch(/^Normal Pulled .* Successfully pulled image "busybox:1\.28" in .*Image size: 727869 bytes\.$/)
    const running = t.wait('wait')
    expect(running.value).toEqual({ running: 'sleeping' })
    expect(running.context).toMatchObject({ phase: 'running', restartCount: 0 })
    expect(running.context.instances).toHaveLength(1)
    const exited = t.wait('sleep')
    expect(exited.value).toBe('restarting')
    expect(exited.context.instances[0]).toMatchObject({ exitCode: 1, reason: 'Error' })
    expect(exited.context.instances[0].finishedAt! - exited.context.instances[0].startedAt).toBe(2000)
  })

  it('restarts at once after the first crash, then holds the container in CrashLoopBackOff', () => {
    const t = setup(['sh', '-c', 'sleep 2; exit 1'])
    t.send('container.start')
    t.wait('wait')
    t.wait('wait')
    t.wait('sleep')
    // The PLEG notices; no back-off entry yet: straight back to starting, image already present.
    expect(t.wait('wait').value).toEqual({ starting: 'creating' })
    expect(t.events.at(-1)).toBe('Normal Pulled spec.initContainers{init-db} Container image "busybox:1.28" already present on machine and can be accessed by the pod')
    expect(t.wait('wait').context.restartCount).toBe(1)
    t.wait('sleep')
    const backingOff = t.wait('wait')
    expect(backingOff.value).toBe('backingOff')
    expect(backingOff.context.waiting).toEqual({ reason: 'CrashLoopBackOff', message: 'back-off 10s restarting failed container=init-db pod=p_default(uid-1)' })
    expect(t.events.at(-1)).toBe('Warning BackOff spec.initContainers{init-db} Back-off restarting failed container init-db in pod p_default(uid-1)')
    const finishedAt = backingOff.context.instances[0].finishedAt!
    const restarting = t.wait('wait')
    expect(t.now - finishedAt).toBe(10_000)
    expect(restarting.value).toEqual({ starting: 'creating' })
    expect(restarting.context.backoff).toMatchObject({ delayMs: 20_000 })
  })

  it('is done after exit 0 (an init container never runs twice), and after a failure under Never', () => {
    for (const [command, policy, code] of [[['sh', '-c', 'exit 0'], 'Always', 0], [['false'], 'Never', 1]] as const) {
      // Deciding "done" notifies the pod worker: run on the clock under a parent that records notices.
      const { notices, child, clock } = underParent(setup([...command], policy).snapshot.context)
      clock.advance(60_000)
      expect(child().value).toBe('done')
      expect(child().context.instances[0].exitCode).toBe(code)
      expect(child().context.restartCount).toBe(0)
      expect(notices).toEqual(['init-db'])
    }
  })

  it('ignores SIGTERM in a sleeping shell and is killed after the grace period', () => {
    const t = setup(['sleep', '3600'])
    t.send('container.start')
    t.wait('wait')
    t.wait('wait')
    const stopping = t.send('container.kill', { graceMs: 30_000 })
    expect(stopping.value).toEqual({ stopping: 'sleeping' })
    expect(t.events.at(-1)).toBe('Normal Killing spec.initContainers{init-db} Stopping container init-db')
  })
})

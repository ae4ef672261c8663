// One actor per container slot of a pod: the kubelet's handling of that container through the
// runtime. It pulls the image, creates and starts the container, runs its process on the virtual
// clock, and restarts it after a crash with the crash-loop back-off, as SyncPod does for a
// container whose pod still wants it. The pod worker decides when it first starts and stops it.
//
// Lifecycle: idle -> starting (pulling -> creating) -> running -> restarting (noticed by the PLEG,
// then back-off) -> starting ... ; or -> done when the restart policy says it is finished. An image
// that cannot be had parks it in imageFailed. `container.kill` ends it in stopped.

import { assign, enqueueActions, sendParent, setup } from 'xstate'
import type { Container } from '../api/types'
import * as msg from '../events/reasons'
import { goDuration } from '../format/duration'
import type { Process, ProcessStep } from '../runtime/process'
import type { ResolvedImage, ResolveResult, StartResult } from '../runtime/runtime'
import { containerShouldRestart } from '../status/phase'
import { CRASH_BACKOFF, IMAGE_BACKOFF, inBackoff, nextBackoff } from './backoff'
import { type ContainerFacts, fieldPathOf, isSidecar, lastExit } from './containerFacts'
import type { KubeletDeps, NodeFacts, PodIdentity } from './deps'
import { nextProbeTime, runDueProbes, startProbes } from './probes'
import { Timing } from './timing'

export interface ContainerInput {
  pod: PodIdentity
  /** The pod's restart policy (the container's own, if set, wins). */
  podRestartPolicy: string
  /** The pod's terminationGracePeriodSeconds in ms (default 30 s). */
  podGraceMs?: number
  name: string
  kind: 'init' | 'app'
  spec: Container
  deps: KubeletDeps
  node: NodeFacts
}

/** What a container actor is given and never changes. */
export interface ContainerEnv {
  pod: PodIdentity
  podRestartPolicy: string
  deps: KubeletDeps
  node: NodeFacts
  /** The pod's terminationGracePeriodSeconds, in ms. */
  podGraceMs: number
}

// Kept under 20 keys: past that, V8 copies the object slowly on every xstate assign.
export interface ContainerContext extends ContainerFacts {
  env: ContainerEnv
  /** The runtime's answer about the image reference, looked up when a start begins. */
  resolution?: ResolveResult
  process?: Process
  step?: ProcessStep
  /** Virtual ms the current wait lasts (pull, create and start, process sleep, PLEG, back-off). */
  waitMs: number
  /** The pending pull: how long it takes by itself, and the message it fails with, if it does. */
  pull: { ms: number; failure?: string }
  /**
   * Set when the container is being stopped: for the pod's deletion (it is not started again), or
   * because its definition changed (`restart`: it is started again at once with the new one).
   */
  kill?: { graceMs: number; restart?: boolean | 'probe' }
  /** The container being created: its id and what the runtime's start returned. */
  launch?: { containerID: string; result: StartResult }
}

export type ContainerEvent =
  | { type: 'container.start' }
  /** A probe tick for the container instance with this id. */
  | { type: 'probe.tick'; containerID: string }
  /** A liveness or startup probe failed for good: stop the container and let the policy decide. */
  | { type: 'probe.kill'; graceMs: number }
  | { type: 'container.kill'; graceMs: number }
  | { type: 'container.spec'; spec: Container }

/** What a container tells its pod worker: its phase changed in a way the pod worker acts on. */
export type ContainerNotice = { type: 'container.changed'; name: string }

/** Records a kubelet event about this container. */
function emit(context: ContainerContext, type: 'Normal' | 'Warning', reason: string, message: string): void {
  context.env.deps.event(context.env.pod, fieldPathOf(context), type, reason, message)
}

/** The crash-loop back-off key: per container definition, so a new image starts afresh. */
function backoffKey(c: ContainerContext): string {
  return c.spec.image ?? ''
}

/** The image of a start whose resolution succeeded (guards make sure of that). */
function resolvedImage(c: ContainerContext): ResolvedImage {
  return (c.resolution as Extract<ResolveResult, { ok: true }>).image
}

function currentBackoff(c: ContainerContext) {
  return c.backoff && c.backoff.key === backoffKey(c) ? c.backoff : undefined
}

export const containerMachine = setup({
  types: {
    context: {} as ContainerContext,
    input: {} as ContainerInput,
    events: {} as ContainerEvent,
  },
  delays: {
    wait: ({ context }) => context.waitMs,
    sleep: ({ context }) => (context.step?.type === 'sleep' ? context.step.ms : 0),
    grace: ({ context }) => context.kill?.graceMs ?? 0,
  },
  guards: {
    stepIsExit: ({ context }) => context.step?.type === 'exit',
    stepIsSleep: ({ context }) => context.step?.type === 'sleep',
    imageUnresolvable: ({ context }) => context.resolution?.ok === false && context.resolution.reason === 'InvalidImageName',
    imagePresent: ({ context }) =>
      context.resolution?.ok === true && context.env.node.images.has(context.resolution.image.imageRef) && context.spec.imagePullPolicy !== 'Always',
    neverPull: ({ context }) => context.spec.imagePullPolicy === 'Never',
    pullFails: ({ context }) => context.pull.failure !== undefined,
    startFails: ({ context }) => context.launch?.result.ok === false && context.launch.result.stage === 'start',
    configFails: ({ context }) => context.launch?.result.ok === false && context.launch.result.stage === 'config',
    killed: ({ context }) => context.kill !== undefined,
    restartAfterStop: ({ context }) => context.kill?.restart === true,
    restartAfterProbe: ({ context }) => context.kill?.restart === 'probe',
    // The kubelet restarts a running app container or sidecar whose definition (image) changed.
    definitionChanged: ({ context, event }) =>
      event.type === 'container.spec' && (context.kind === 'app' || isSidecar(context)) && event.spec.image !== context.spec.image,
    finished: ({ context }) => {
      const exit = lastExit(context)
      if (!exit) return false
      if (context.kind === 'init' && !isSidecar(context) && exit.code === 0) return true
      return !containerShouldRestart(context.spec, { restartPolicy: context.env.podRestartPolicy, containers: [] }, exit.code)
    },
    inCrashBackoff: ({ context }) => {
      const exit = lastExit(context)
      return exit !== undefined && inBackoff(currentBackoff(context), exit.finishedAt, context.env.deps.now(), CRASH_BACKOFF)
    },
    retryablePull: ({ context }) => context.pullError !== undefined,
  },
  actions: {
    notify: sendParent(({ context }): ContainerNotice => ({ type: 'container.changed', name: context.name })),
    beginStart: assign({
      phase: 'starting',
      resolution: ({ context }) => context.env.deps.runtime.resolveImage(context.spec.image ?? ''),
    }),
    notice: assign({ phase: 'restarting', waitMs: ({ context }) => Timing.pleg(context.env.deps.rand) }),
    unresolvable: enqueueActions(({ context, enqueue }) => {
      const r = context.resolution!
      const message = r.ok ? '' : r.message
      enqueue.assign({ waiting: { reason: 'InvalidImageName', message }, pullError: undefined })
      enqueue(() => {
        emit(context, 'Warning', 'InspectFailed', message)
        emit(context, 'Warning', 'Failed', msg.errorMessage('InvalidImageName'))
      })
    }),
    neverPull: enqueueActions(({ context, enqueue }) => {
      const message = msg.neverPullMessage(context.spec.image ?? '')
      enqueue.assign({ waiting: { reason: 'ErrImageNeverPull', message }, pullError: undefined })
      enqueue(() => {
        emit(context, 'Warning', 'ErrImageNeverPull', message)
        emit(context, 'Warning', 'Failed', msg.errorMessage('ErrImageNeverPull'))
      })
    }),
    alreadyPresent: enqueueActions(({ context, enqueue }) => {
      const image = resolvedImage(context)
      enqueue.assign({ pulled: { image: image.imageRef, imageID: image.imageID } })
      enqueue(() => emit(context, 'Normal', 'Pulled', msg.alreadyPresentMessage(context.spec.image ?? '')))
    }),
    beginPull: enqueueActions(({ context, enqueue }) => {
      const now = context.env.deps.now()
      const r = context.resolution!
      const failure = r.ok ? undefined : r.message
      // Pulling an image the node already has (pull policy Always) only resolves the manifest.
      const cached = r.ok && context.env.node.images.has(r.image.imageRef)
      const duration = failure ? Timing.pullFailure(context.env.deps.rand) : Timing.pull(context.env.deps.rand, r.ok && !cached ? r.image.info.size : 0)
      // The kubelet pulls one image at a time: a pull waits for the ones queued before it.
      const begin = Math.max(now, context.env.node.pullerFreeAt)
      context.env.node.pullerFreeAt = begin + duration
      enqueue.assign({ waitMs: begin + duration - now, pull: { ms: duration, failure } })
      enqueue(() => emit(context, 'Normal', 'Pulling', msg.pullingMessage(context.spec.image ?? '')))
    }),
    pulled: enqueueActions(({ context, enqueue }) => {
      const resolved = resolvedImage(context)
      context.env.node.images.set(resolved.imageRef, resolved.info.size)
      enqueue.assign({ pulled: { image: resolved.imageRef, imageID: resolved.imageID }, pullError: undefined })
      const message = msg.pulledMessage(context.spec.image ?? '', context.pull.ms, context.waitMs, resolved.info.size)
      enqueue(() => emit(context, 'Normal', 'Pulled', message))
    }),
    pullFailed: enqueueActions(({ context, enqueue }) => {
      const error = context.pull.failure ?? ''
      const now = context.env.deps.now()
      const key = context.spec.image ?? ''
      const previous = context.pullBackoff?.key === key ? context.pullBackoff : undefined
      // The image back-off counts from each failed pull (Next at failure, IsInBackOffSinceUpdate later).
      enqueue.assign({
        waiting: { reason: 'ErrImagePull', message: error },
        pullError: error,
        pullBackoff: { key, ...nextBackoff(previous, now, now, IMAGE_BACKOFF) },
      })
      enqueue(() => {
        emit(context, 'Warning', 'Failed', msg.pullFailedMessage(context.spec.image ?? '', error))
        emit(context, 'Warning', 'Failed', msg.errorMessage('ErrImagePull'))
      })
    }),
    pullBackoff: enqueueActions(({ context, enqueue }) => {
      const entry = context.pullBackoff!
      const image = context.spec.image ?? ''
      enqueue.assign({
        waiting: { reason: 'ImagePullBackOff', message: msg.imagePullBackOffWaitingMessage(image, context.pullError ?? '') },
        waitMs: Math.max(0, entry.lastUpdate + entry.delayMs - context.env.deps.now()),
      })
      enqueue(() => {
        emit(context, 'Normal', 'BackOff', msg.backOffPullMessage(image))
        emit(context, 'Warning', 'Failed', msg.errorMessage('ImagePullBackOff'))
      })
    }),
    // The runtime starts the process when the create-and-start latency has passed; the result is
    // decided now so that a failed start can be told apart by a guard.
    createAndStart: assign(({ context }) => {
      const { deps } = context.env
      const containerID = `containerd://${deps.rand.hex(64)}`
      const pod = deps.pod(context.env.pod.uid)
      const out = { write: (stream: 'stdout' | 'stderr', text: string) => deps.log(containerID, stream, text, deps.now()) }
      const launch: StartResult = pod
        ? deps.runtime.startContainer({ pod, container: context.spec, kind: context.kind, image: resolvedImage(context), containerID, out })
        : { ok: false, stage: 'config', message: `pod ${context.env.pod.name} not found` }
      return { waitMs: Timing.create(deps.rand) + Timing.start(deps.rand), launch: { containerID, result: launch } }
    }),
    launchFailed: enqueueActions(({ context, enqueue }) => {
      const { deps } = context.env
      const failure = context.launch!.result as Extract<StartResult, { stage: 'start' }>
      const failed = { containerID: context.launch!.containerID, startedAt: 0, finishedAt: deps.now(), exitCode: failure.exitCode, reason: 'StartError', message: failure.message }
      enqueue.assign({
        instances: [failed, ...context.instances].slice(0, 2),
        restartCount: context.instances.length > 0 ? context.restartCount + 1 : context.restartCount,
        waiting: { reason: 'RunContainerError', message: failure.message },
        launch: undefined,
      })
      enqueue(() => {
        emit(context, 'Normal', 'Created', msg.createdMessage(context.name))
        emit(context, 'Warning', 'Failed', msg.errorMessage(failure.message))
      })
    }),
    launch: enqueueActions(({ context, enqueue }) => {
      const { deps } = context.env
      const now = deps.now()
      const process = (context.launch!.result as Extract<StartResult, { ok: true }>).process
      const probes = startProbes(context.spec, now)
      const containerID = context.launch!.containerID
      const next = nextProbeTime(probes)
      if (next !== undefined) enqueue.raise({ type: 'probe.tick', containerID }, { delay: next - now, id: 'probe' })
      enqueue.assign({
        probes,
        phase: 'running',
        instances: [{ containerID: context.launch!.containerID, startedAt: now }, ...context.instances].slice(0, 2),
        restartCount: context.instances.length > 0 ? context.restartCount + 1 : context.restartCount,
        waiting: undefined,
        process,
        step: process.resume(now),
        launch: undefined,
      })
      enqueue(() => {
        emit(context, 'Normal', 'Created', msg.createdMessage(context.name))
        emit(context, 'Normal', 'Started', msg.startedMessage(context.name))
      })
    }),
    configFailed: enqueueActions(({ context, enqueue }) => {
      const message = (context.launch!.result as Extract<StartResult, { stage: 'config' }>).message
      enqueue.assign({
        phase: 'configFailed',
        waiting: { reason: 'CreateContainerConfigError', message },
        waitMs: Timing.configRetry(context.env.deps.rand),
        launch: undefined,
      })
      enqueue(() => emit(context, 'Warning', 'Failed', msg.errorMessage(message)))
    }),
    probeTick: enqueueActions(({ context, enqueue, event }) => {
      if (event.type !== 'probe.tick' || !context.probes || context.instances[0]?.containerID !== event.containerID) return
      const now = context.env.deps.now()
      const target = context.env.deps.runtime.probeTarget?.(event.containerID)
      if (!target) return
      const step = runDueProbes(context.probes, context.spec, isSidecar(context), target, now)
      enqueue.assign({ probes: step.probes })
      enqueue(() => {
        for (const n of step.notices) emit(context, n.type, n.reason, n.message)
      })
      // A sidecar that passed its startup probe lets the next init container start.
      if (step.started && isSidecar(context)) enqueue(sendParent({ type: 'container.changed', name: context.name } satisfies ContainerNotice))
      if (step.restart) {
        const graceMs = step.restart.graceSeconds !== undefined ? step.restart.graceSeconds * 1000 : context.env.podGraceMs
        enqueue.raise({ type: 'probe.kill', graceMs })
        return
      }
      const next = nextProbeTime(step.probes)
      if (next !== undefined) enqueue.raise({ type: 'probe.tick', containerID: event.containerID }, { delay: Math.max(0, next - now), id: 'probe' })
    }),
    resume: assign({ step: ({ context }) => context.process!.resume(context.env.deps.now()) }),
    sigterm: enqueueActions(({ context, enqueue }) => {
      const message = context.kill?.restart ? msg.killForRestartMessage(context.name, 'definition', true, isSidecar(context)) : msg.killingMessage(context.name)
      enqueue(() => emit(context, 'Normal', 'Killing', message))
      enqueue.assign({ phase: 'stopping', step: context.process!.signal('SIGTERM', context.env.deps.now()) ?? context.step })
    }),
    sigkill: assign({ step: ({ context }) => context.process!.signal('SIGKILL', context.env.deps.now()) ?? { type: 'exit', code: 137, signal: 9 } }),
    recordExit: assign({
      process: undefined,
      probes: undefined,
      instances: ({ context }) => {
        const [current, ...rest] = context.instances
        const step = context.step as Extract<ProcessStep, { type: 'exit' }>
        const code = step.code
        const exited = { ...current, finishedAt: context.env.deps.now(), exitCode: code, reason: step.reason ?? (code === 0 ? 'Completed' : 'Error') }
        return [step.message ? { ...exited, message: step.message } : exited, ...rest]
      },
    }),
    crashBackoff: enqueueActions(({ context, enqueue }) => {
      const entry = currentBackoff(context)!
      const exit = lastExit(context)!
      const fullName = msg.podFullName(context.env.pod.name, context.env.pod.namespace, context.env.pod.uid)
      enqueue.assign({
        waiting: { reason: 'CrashLoopBackOff', message: msg.crashLoopWaitingMessage(goDuration(entry.delayMs), context.name, fullName) },
        waitMs: Math.max(0, exit.finishedAt + entry.delayMs - context.env.deps.now()),
      })
      enqueue(() => emit(context, 'Warning', 'BackOff', msg.backOffRestartMessage(context.name, fullName)))
    }),
    countRestart: assign({
      backoff: ({ context }) => {
        const exit = lastExit(context)!
        return { key: backoffKey(context), ...nextBackoff(currentBackoff(context), exit.finishedAt, context.env.deps.now(), CRASH_BACKOFF) }
      },
    }),
  },
}).createMachine({
  id: 'container',
  context: ({ input }) => ({
    env: { pod: input.pod, podRestartPolicy: input.podRestartPolicy, deps: input.deps, node: input.node, podGraceMs: input.podGraceMs ?? 30_000 },
    name: input.name,
    kind: input.kind,
    spec: input.spec,
    phase: 'idle',
    instances: [],
    restartCount: 0,
    // Every key exists from the start, so that all contexts share one object shape.
    waiting: undefined,
    pulled: undefined,
    pullError: undefined,
    backoff: undefined,
    pullBackoff: undefined,
    resolution: undefined,
    process: undefined,
    step: undefined,
    waitMs: 0,
    pull: { ms: 0 },
    kill: undefined,
    launch: undefined,
    probes: undefined,
  }),
  initial: 'idle',
  on: {
    'container.spec': { actions: assign({ spec: ({ event }) => event.spec }) },
    'container.kill': { target: '.stopped', actions: assign({ kill: ({ event }) => ({ graceMs: event.graceMs }) }) },
  },
  states: {
    idle: {
      on: { 'container.start': 'starting' },
    },
    starting: {
      entry: 'beginStart',
      initial: 'decide',
      states: {
        decide: {
          always: [
            { guard: 'imageUnresolvable', target: '#container.imageFailed', actions: 'unresolvable' },
            { guard: 'imagePresent', target: 'creating', actions: 'alreadyPresent' },
            { guard: 'neverPull', target: '#container.imageFailed', actions: 'neverPull' },
            { target: 'pulling' },
          ],
        },
        pulling: {
          entry: 'beginPull',
          after: {
            wait: [
              { guard: 'pullFails', target: '#container.imageFailed', actions: 'pullFailed' },
              { target: 'creating', actions: 'pulled' },
            ],
          },
        },
        creating: {
          entry: 'createAndStart',
          after: {
            wait: [
              { guard: 'configFails', target: '#container.configFailed' },
              { guard: 'startFails', target: '#container.restarting', actions: ['launchFailed', 'notice'] },
              { target: '#container.running', actions: 'launch' },
            ],
          },
        },
      },
    },
    // The main process runs; kill sends SIGTERM and moves to stopping, where it runs on until it
    // exits or the grace period ends.
    running: {
      entry: enqueueActions(({ context, enqueue }) => {
        // Only a sidecar's start lets the pod worker move on; other starts need no sync.
        if (isSidecar(context)) enqueue('notify')
      }),
      on: {
        'container.kill': { target: 'stopping', actions: assign({ kill: ({ event }) => ({ graceMs: event.graceMs }) }) },
        'probe.tick': { actions: 'probeTick' },
        'probe.kill': { target: 'stopping', actions: assign({ kill: ({ event }) => ({ graceMs: event.graceMs, restart: 'probe' as const }) }) },
        'container.spec': [
          {
            guard: 'definitionChanged',
            target: 'stopping',
            actions: assign(({ context, event }) => ({ spec: event.spec, kill: { graceMs: context.env.podGraceMs, restart: true } })),
          },
          { actions: assign({ spec: ({ event }) => event.spec }) },
        ],
      },
      ...processStates('#container.restarting', ['recordExit', 'notice']),
    },
    stopping: {
      entry: 'sigterm',
      after: { grace: { target: 'stopEnded', actions: ['sigkill', 'recordExit'] } },
      // A deletion while a definition-change restart is under way: do not start it again.
      on: { 'container.kill': { actions: assign({ kill: ({ context }) => ({ graceMs: context.kill?.graceMs ?? 0 }) }) } },
      ...processStates('#container.stopEnded', ['recordExit']),
    },
    stopEnded: {
      always: [
        { guard: 'restartAfterStop', target: 'starting', actions: ['countRestart', assign({ kill: undefined })] },
        // Killed by a probe: an ordinary exit as far as restarts go (policy, then back-off).
        { guard: 'restartAfterProbe', target: 'restarting', actions: [assign({ kill: undefined }), 'notice'] },
        { target: 'stopped' },
      ],
    },
    // Exited; the PLEG notices on its next relist and the sync after it decides what comes next.
    restarting: {
      after: {
        wait: [
          { guard: 'finished', target: 'done' },
          { guard: 'inCrashBackoff', target: 'backingOff', actions: 'crashBackoff' },
          { target: 'starting', actions: 'countRestart' },
        ],
      },
    },
    backingOff: {
      after: { wait: { target: 'starting', actions: 'countRestart' } },
      // A new definition has a back-off of its own: the next sync starts it at once.
      on: { 'container.spec': { target: 'starting', actions: [assign({ spec: ({ event }) => event.spec }), 'countRestart'] } },
    },
    imageFailed: {
      entry: assign({ phase: 'imageFailed', waitMs: ({ context }) => Timing.pleg(context.env.deps.rand) }),
      // A corrected image is tried at the next sync, whatever the back-off of the old one.
      on: { 'container.spec': { target: 'starting', actions: assign({ spec: ({ event }) => event.spec }) } },
      initial: 'noticing',
      states: {
        noticing: {
          // InvalidImageName and ErrImageNeverPull wait for a new spec; a failed pull is retried.
          after: { wait: { guard: 'retryablePull', target: 'backingOff', actions: 'pullBackoff' } },
        },
        backingOff: {
          after: { wait: '#container.starting' },
        },
      },
    },
    // CreateContainerConfigError: nothing was created; a later sync tries again (e.g. once the
    // missing ConfigMap exists), and a new definition is tried at once.
    configFailed: {
      entry: 'configFailed',
      after: { wait: 'starting' },
      on: { 'container.spec': { target: 'starting', actions: assign({ spec: ({ event }) => event.spec }) } },
    },
    done: {
      entry: [assign({ phase: 'done' }), 'notify'],
      // A finished container has nothing left to stop.
      on: { 'container.kill': {} },
    },
    stopped: {
      entry: [assign({ phase: 'stopped', process: undefined }), 'notify'],
      on: { 'container.kill': {} },
    },
  },
})

/** The process stepping shared by running and stopping: sleep on the clock, serve, or exit to `exitTarget`. */
function processStates(exitTarget: string, onExit: ('recordExit' | 'notice')[]) {
  return {
    initial: 'evaluate' as const,
    states: {
      evaluate: {
        always: [
          { guard: 'stepIsExit' as const, target: exitTarget, actions: onExit },
          { guard: 'stepIsSleep' as const, target: 'sleeping' },
          { target: 'serving' },
        ],
      },
      sleeping: {
        after: { sleep: { target: 'evaluate', actions: 'resume' as const } },
      },
      serving: {},
    },
  }
}

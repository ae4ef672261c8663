// One actor per container slot of a pod: the kubelet's handling of that container through the
// runtime. It pulls the image, creates and starts the container, runs its process on the virtual
// clock, and stops it when told. It never decides to restart: the pod worker does that.
//
// Lifecycle: idle -> starting (pulling -> creating -> launching) -> running -> exited, and back to
// starting on `container.start`; `container.kill` moves a running container to stopping; an image
// that cannot be had parks it in imageFailed until the pod worker retries.

import { assign, enqueueActions, sendParent, setup } from 'xstate'
import type { Container } from '../api/types'
import type { Process, ProcessStep } from '../runtime/process'
import type { ResolvedImage } from '../runtime/runtime'
import * as msg from '../events/reasons'
import { type ContainerFacts, fieldPathOf } from './containerFacts'
import type { KubeletDeps, NodeFacts, PodIdentity } from './deps'
import { Timing } from './timing'

export interface ContainerInput {
  pod: PodIdentity
  name: string
  kind: 'init' | 'app'
  spec: Container
  deps: KubeletDeps
  node: NodeFacts
}

export interface ContainerContext extends ContainerFacts {
  podUid: string
  pod: PodIdentity
  deps: KubeletDeps
  node: NodeFacts
  resolved?: ResolvedImage
  process?: Process
  step?: ProcessStep
  /** Virtual ms the current wait lasts (pull, create, start, process sleep, grace period). */
  waitMs: number
  /** Whether the pending pull will fail, and the message it fails with. */
  pullFailure?: string
  pullMs: number
  graceMs: number
}

export type ContainerEvent =
  | { type: 'container.start' }
  | { type: 'container.wait'; reason: string; message?: string }
  | { type: 'container.kill'; graceMs: number }
  | { type: 'container.spec'; spec: Container }

/** What a container tells its pod worker. */
export type ContainerNotice = { type: 'container.changed'; name: string }

const notifyParent = sendParent(({ context }: { context: ContainerContext }): ContainerNotice => ({
  type: 'container.changed',
  name: context.name,
}))

export const containerMachine = setup({
  types: {
    context: {} as ContainerContext,
    input: {} as ContainerInput,
    events: {} as ContainerEvent,
  },
  delays: {
    wait: ({ context }) => context.waitMs,
    grace: ({ context }) => context.graceMs,
  },
  guards: {
    stepIsExit: ({ context }) => context.step?.type === 'exit',
    stepIsSleep: ({ context }) => context.step?.type === 'sleep',
    imagePresent: ({ context }) => {
      const policy = context.spec.imagePullPolicy
      const present = context.resolved !== undefined && context.node.images.has(context.resolved.imageRef)
      return present && policy !== 'Always'
    },
    imageUnresolvable: ({ context }) => context.resolved === undefined,
    neverPull: ({ context }) => context.spec.imagePullPolicy === 'Never',
    pullFails: ({ context }) => context.pullFailure !== undefined,
    processStarted: ({ context }) => context.process !== undefined,
  },
  actions: {
    event: (
      { context },
      p: { type: 'Normal' | 'Warning'; reason: string; message: (c: ContainerContext) => string },
    ) => context.deps.event(context.pod, fieldPathOf(context), p.type, p.reason, p.message(context)),
    unresolvable: enqueueActions(({ context, enqueue }) => {
      const r = context.deps.runtime.resolveImage(context.spec.image ?? '')
      const message = r.ok ? '' : r.message
      enqueue.assign({ waiting: { reason: 'InvalidImageName', message } })
      enqueue({ type: 'event', params: { type: 'Warning', reason: 'InspectFailed', message: () => message } })
      enqueue({ type: 'event', params: { type: 'Warning', reason: 'Failed', message: () => 'Error: InvalidImageName' } })
    }),
    neverPull: enqueueActions(({ context, enqueue }) => {
      const message = msg.neverPullMessage(context.spec.image ?? '')
      enqueue.assign({ waiting: { reason: 'ErrImageNeverPull', message } })
      enqueue({ type: 'event', params: { type: 'Warning', reason: 'ErrImageNeverPull', message: () => message } })
      enqueue({ type: 'event', params: { type: 'Warning', reason: 'Failed', message: () => 'Error: ErrImageNeverPull' } })
    }),
    alreadyPresent: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ image: context.resolved!.imageRef, imageID: context.resolved!.imageID })
      enqueue({ type: 'event', params: { type: 'Normal', reason: 'Pulled', message: (c) => msg.alreadyPresentMessage(c.spec.image ?? '') } })
    }),
    beginPull: enqueueActions(({ context, enqueue }) => {
      const now = context.deps.now()
      const r = context.deps.runtime.resolveImage(context.spec.image ?? '')
      const failure = r.ok ? undefined : r.message
      const duration = failure ? Timing.pullFailure(context.deps.rand) : Timing.pull(context.deps.rand, r.ok ? r.image.info.size : 0)
      const begin = Math.max(now, context.node.pullerFreeAt)
      context.node.pullerFreeAt = begin + duration
      enqueue.assign({ waitMs: begin + duration - now, pullMs: duration, pullFailure: failure })
      enqueue({ type: 'event', params: { type: 'Normal', reason: 'Pulling', message: (c) => msg.pullingMessage(c.spec.image ?? '') } })
    }),
    pulled: enqueueActions(({ context, enqueue }) => {
      const resolved = context.resolved!
      context.node.images.set(resolved.imageRef, resolved.info.size)
      enqueue.assign({ image: resolved.imageRef, imageID: resolved.imageID, pullError: undefined })
      // The kubelet reports the pull itself and the pull including the wait for the (serial) puller.
      const own = context.pullMs
      const total = context.waitMs
      enqueue({
        type: 'event',
        params: { type: 'Normal', reason: 'Pulled', message: (c) => msg.pulledMessage(c.spec.image ?? '', own, total, resolved.info.size) },
      })
    }),
    pullFailed: enqueueActions(({ context, enqueue }) => {
      const error = context.pullFailure ?? ''
      enqueue.assign({ waiting: { reason: 'ErrImagePull', message: error }, pullError: { reason: 'ErrImagePull', message: error, at: context.deps.now() } })
      enqueue({ type: 'event', params: { type: 'Warning', reason: 'Failed', message: (c) => msg.pullFailedMessage(c.spec.image ?? '', error) } })
      enqueue({ type: 'event', params: { type: 'Warning', reason: 'Failed', message: () => 'Error: ErrImagePull' } })
    }),
    launch: enqueueActions(({ context, enqueue }) => {
      const { deps } = context
      const now = deps.now()
      const containerID = `containerd://${deps.rand.hex(64)}`
      const previous = context.instances[0]
      const restartCount = previous ? context.restartCount + 1 : context.restartCount
      const started = deps.runtime.startContainer(context.spec, context.resolved!, {
        write: (stream, text) => deps.log(containerID, stream, text, deps.now()),
      })
      if (!started.ok) {
        const failed = { containerID, startedAt: 0, finishedAt: now, exitCode: started.exitCode, reason: 'StartError', message: started.message }
        enqueue.assign({
          instances: [failed, ...context.instances].slice(0, 2),
          restartCount,
          waiting: { reason: 'RunContainerError', message: started.message },
          phase: 'exited',
        })
        enqueue({ type: 'event', params: { type: 'Warning', reason: 'Failed', message: () => `Error: ${started.message}` } })
        return
      }
      enqueue.assign({
        instances: [{ containerID, startedAt: now }, ...context.instances].slice(0, 2),
        restartCount,
        waiting: undefined,
        process: started.process,
        step: started.process.resume(now),
      })
      enqueue({ type: 'event', params: { type: 'Normal', reason: 'Started', message: (c) => msg.startedMessage(c.name) } })
    }),
    resume: assign({ step: ({ context }) => context.process!.resume(context.deps.now()) }),
    killingEvent: { type: 'event', params: { type: 'Normal', reason: 'Killing', message: (c) => msg.killingMessage(c.name) } },
    sigterm: assign({ step: ({ context }) => context.process!.signal('SIGTERM', context.deps.now()) ?? context.step }),
    sigkill: assign({ step: ({ context }) => context.process!.signal('SIGKILL', context.deps.now()) ?? { type: 'exit', code: 137, signal: 9 } }),
    recordExit: assign({
      instances: ({ context }) => {
        const [current, ...rest] = context.instances
        const step = context.step as Extract<ProcessStep, { type: 'exit' }>
        const exited = {
          ...current,
          finishedAt: context.deps.now(),
          exitCode: step.code,
          reason: step.reason ?? (step.code === 0 ? 'Completed' : 'Error'),
        }
        return [exited, ...rest]
      },
    }),
  },
}).createMachine({
  id: 'container',
  context: ({ input }) => ({
    podUid: input.pod.uid,
    pod: input.pod,
    deps: input.deps,
    node: input.node,
    name: input.name,
    kind: input.kind,
    spec: input.spec,
    phase: 'idle',
    instances: [],
    restartCount: 0,
    waitMs: 0,
    pullMs: 0,
    graceMs: 0,
  }),
  initial: 'idle',
  on: {
    'container.spec': { actions: assign({ spec: ({ event }) => event.spec }) },
    'container.wait': { actions: assign({ waiting: ({ event }) => ({ reason: event.reason, message: event.message }) }) },
  },
  states: {
    idle: {
      on: { 'container.start': 'starting' },
    },
    starting: {
      entry: assign({
        phase: 'starting',
        resolved: ({ context }) => {
          const r = context.deps.runtime.resolveImage(context.spec.image ?? '')
          return r.ok ? r.image : undefined
        },
      }),
      initial: 'decide',
      on: { 'container.kill': { target: 'idle', actions: [assign({ phase: 'idle' }), notifyParent] } },
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
          entry: assign({ waitMs: ({ context }) => Timing.create(context.deps.rand) }),
          after: {
            wait: {
              target: 'launching',
              actions: { type: 'event', params: { type: 'Normal', reason: 'Created', message: (c) => msg.createdMessage(c.name) } },
            },
          },
        },
        launching: {
          entry: assign({ waitMs: ({ context }) => Timing.start(context.deps.rand) }),
          after: {
            wait: [{ target: 'launched', actions: 'launch' }],
          },
        },
        launched: {
          always: [
            { guard: 'processStarted', target: '#container.running' },
            { target: '#container.exited', actions: notifyParent },
          ],
        },
      },
    },
    running: {
      type: 'parallel',
      entry: [assign({ phase: 'running' }), notifyParent],
      on: { 'container.kill': { target: '.stop.terminating', actions: assign({ graceMs: ({ event }) => event.graceMs }) } },
      states: {
        process: {
          initial: 'evaluate',
          states: {
            evaluate: {
              always: [
                { guard: 'stepIsExit', target: '#container.exited', actions: ['recordExit', notifyParent] },
                { guard: 'stepIsSleep', target: 'sleeping' },
                { target: 'serving' },
              ],
            },
            sleeping: {
              entry: assign({ waitMs: ({ context }) => (context.step?.type === 'sleep' ? context.step.ms : 0) }),
              after: { wait: { target: 'evaluate', actions: 'resume' } },
            },
            serving: {},
          },
        },
        stop: {
          initial: 'none',
          states: {
            none: {},
            terminating: {
              entry: ['killingEvent', 'sigterm'],
              always: { guard: 'stepIsExit', target: '#container.exited', actions: ['recordExit', notifyParent] },
              after: { grace: { target: '#container.exited', actions: ['sigkill', 'recordExit', notifyParent] } },
            },
          },
        },
      },
    },
    exited: {
      entry: assign({ phase: 'exited', process: undefined, step: undefined }),
      on: { 'container.start': 'starting' },
    },
    imageFailed: {
      entry: [assign({ phase: 'imageFailed' }), notifyParent],
      on: { 'container.start': 'starting' },
    },
  },
})

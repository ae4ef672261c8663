// One actor per Pod: the kubelet's pod worker (plus the scheduler's binding of this pod, until the
// scheduler gets its own machine). It owns one container actor per container, runs sync passes
// that decide what to start, holds crashed containers in back-off, and stops the pod on deletion.
//
// Lifecycle: scheduling -> admitting -> sandbox -> active -> (finished) ; deletion at any point
// goes through terminating (SIGTERM, grace period, SIGKILL) and finalizing to the final state
// `removed`, after which the cluster drops the Pod from the API.

import { type ActorRefFrom, assign, enqueueActions, sendParent, setup } from 'xstate'
import type { Pod } from '../api/types'
import * as msg from '../events/reasons'
import type { PodFacts } from '../status/podStatus'
import { containerMachine, type ContainerNotice } from './containerMachine'
import { isSidecar, type ContainerFacts } from './containerFacts'
import type { KubeletDeps, NodeFacts, PodIdentity } from './deps'
import { computePodSync } from './podActions'
import { Timing } from './timing'

export interface PodWorkerInput {
  pod: Pod
  deps: KubeletDeps
  /** The scheduler's decision for the pod: a node, or why no node fits (the FailedScheduling text). */
  schedule: (pod: Pod) => SchedulingDecision
}

type ContainerRef = ActorRefFrom<typeof containerMachine>

/** Where the scheduler puts a pod. */
export type SchedulingDecision = { node: NodeFacts } | { unschedulable: string }

export interface PodWorkerContext {
  podUid: string
  pod: Pod
  identity: PodIdentity
  deps: KubeletDeps
  schedule: PodWorkerInput['schedule']
  node?: NodeFacts
  facts: PodFacts
  containers: ContainerRef[]
  graceMs: number
  waitMs: number
  /** The delay before the next mount attempt (the volume manager's exponential back-off). */
  mountRetryMs: number
}

export type PodWorkerEvent =
  | { type: 'pod.sync' }
  | { type: 'pod.update'; pod: Pod }
  | { type: 'pod.delete'; graceMs: number }
  | ContainerNotice

/** The pod worker's notice to the cluster that the Pod can be removed from the API. */
export type PodWorkerNotice = { type: 'pod.removed'; uid: string }

/** Container facts of a pod worker's children, in spec order (init containers first). */
export function containerFactsOf(context: PodWorkerContext): ContainerFacts[] {
  return context.containers.map((ref) => ref.getSnapshot().context)
}

const DEADLINE_EXCEEDED = 'Pod was active on the node longer than the specified deadline'

/** The volume manager's longest wait between mount attempts (2m2s, as its exponential back-off caps). */
const MOUNT_RETRY_MAX_MS = 122_000

export const podMachine = setup({
  types: {
    context: {} as PodWorkerContext,
    input: {} as PodWorkerInput,
    events: {} as PodWorkerEvent,
  },
  actors: { container: containerMachine },
  delays: {
    wait: ({ context }) => context.waitMs,
    // activeDeadlineSeconds counts from the pod's start time (when the kubelet admitted it).
    deadline: ({ context }) => {
      const seconds = context.pod.spec.activeDeadlineSeconds
      if (seconds === undefined || context.facts.admittedAt === undefined) return 0
      return Math.max(0, context.facts.admittedAt + seconds * 1000 - context.deps.now())
    },
  },
  guards: {
    terminal: ({ context }) => context.facts.terminal,
    hasDeadline: ({ context }) => context.pod.spec.activeDeadlineSeconds !== undefined,
    allStopped: ({ context }) => containerFactsOf(context).every((c) => c.phase === 'stopped' || c.phase === 'done' || c.phase === 'idle'),
    appsStopped: ({ context }) =>
      containerFactsOf(context).every((c) => isSidecar(c) || c.phase === 'stopped' || c.phase === 'done' || c.phase === 'idle'),
    bound: ({ context }) => context.node !== undefined,
    volumesReady: ({ context }) => context.deps.mountProblem(context.podUid) === undefined,
  },
  actions: {
    sync: enqueueActions(({ context, enqueue }) => {
      const facts = containerFactsOf(context)
      const result = computePodSync(facts)
      enqueue.assign({ facts: { ...context.facts, initialized: result.initialized, terminal: result.terminal } })
      if (result.terminal) return
      for (const name of result.start) {
        const ref = context.containers[facts.findIndex((c) => c.name === name)]
        enqueue.sendTo(ref, { type: 'container.start' })
      }
    }),
    updateSpec: enqueueActions(({ context, enqueue, event }) => {
      if (event.type !== 'pod.update') return
      enqueue.assign({ pod: event.pod })
      const all = [...(event.pod.spec.initContainers ?? []), ...event.pod.spec.containers]
      for (const ref of context.containers) {
        const spec = all.find((s) => s.name === ref.getSnapshot().context.name)
        if (spec) enqueue.sendTo(ref, { type: 'container.spec', spec })
      }
    }),
    // Termination order: app and regular init containers first; sidecars after them, last one first.
    killApps: enqueueActions(({ context, enqueue }) => {
      for (const ref of context.containers) {
        const c = ref.getSnapshot().context
        if (!isSidecar(c) && c.phase !== 'done' && c.phase !== 'stopped') enqueue.sendTo(ref, { type: 'container.kill', graceMs: context.graceMs })
      }
    }),
    killSidecars: enqueueActions(({ context, enqueue }) => {
      for (const ref of [...context.containers].reverse()) {
        const c = ref.getSnapshot().context
        if (isSidecar(c) && c.phase !== 'done' && c.phase !== 'stopped') enqueue.sendTo(ref, { type: 'container.kill', graceMs: context.graceMs })
      }
    }),
  },
}).createMachine({
  id: 'podWorker',
  context: ({ input }) => ({
    podUid: input.pod.metadata.uid ?? '',
    pod: input.pod,
    identity: { name: input.pod.metadata.name ?? '', namespace: input.pod.metadata.namespace ?? 'default', uid: input.pod.metadata.uid ?? '' },
    deps: input.deps,
    schedule: input.schedule,
    facts: { sandboxReady: false, terminal: false, initialized: false },
    containers: [],
    graceMs: (input.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000,
    waitMs: 0,
    mountRetryMs: 500,
  }),
  initial: 'scheduling',
  on: {
    'pod.update': { actions: 'updateSpec' },
  },
  states: {
    scheduling: {
      entry: assign({ waitMs: ({ context }) => Timing.schedule(context.deps.rand) }),
      after: {
        wait: {
          target: 'binding',
          actions: assign(({ context }) => {
            const decision = context.schedule(context.pod)
            if ('node' in decision) return { node: decision.node }
            const since = context.facts.unschedulable?.since ?? context.deps.now()
            return { facts: { ...context.facts, unschedulable: { message: decision.unschedulable, since } } }
          }),
        },
      },
      // An unbound pod has no kubelet to wait for: the API server deletes it at once.
      on: { 'pod.delete': 'removed' },
    },
    binding: {
      always: [
        {
          guard: 'bound',
          target: 'admitting',
          actions: [
            assign({ facts: ({ context }) => ({ ...context.facts, scheduledAt: context.deps.now(), unschedulable: undefined }) }),
            ({ context }) =>
              context.deps.event(context.identity, undefined, 'Normal', 'Scheduled',
                msg.scheduledMessage(context.identity.namespace, context.identity.name, context.node!.name), 'default-scheduler'),
          ],
        },
        {
          target: 'unschedulable',
          actions: ({ context }) => {
            const message = context.facts.unschedulable?.message
            if (message) context.deps.event(context.identity, undefined, 'Warning', 'FailedScheduling', message, 'default-scheduler')
          },
        },
      ],
    },
    unschedulable: {
      // The scheduler retries a pod that did not fit when the cluster changes, or after 5 minutes.
      after: { 300_000: 'scheduling' },
      on: { 'pod.delete': 'removed', 'pod.sync': 'scheduling' },
    },
    admitting: {
      entry: assign({ waitMs: ({ context }) => Timing.admit(context.deps.rand) }),
      after: {
        wait: {
          target: 'mounting',
          actions: assign(({ context, spawn }) => {
            const node = context.node!
            const specs = [
              ...(context.pod.spec.initContainers ?? []).map((spec) => ({ spec, kind: 'init' as const })),
              ...context.pod.spec.containers.map((spec) => ({ spec, kind: 'app' as const })),
            ]
            return {
              facts: { ...context.facts, admittedAt: context.deps.now(), hostIP: node.ip },
              containers: specs.map(({ spec, kind }) =>
                spawn('container', { id: `${kind}:${spec.name}`, input: { pod: context.identity, podRestartPolicy: context.pod.spec.restartPolicy ?? 'Always', podGraceMs: context.graceMs, name: spec.name, kind, spec, deps: context.deps, node } }),
              ),
            }
          }),
        },
      },
      on: { 'pod.delete': { target: 'finalizing', actions: assign({ graceMs: ({ event }) => event.graceMs }) } },
    },
    // The volume manager mounts every volume before the sandbox is created; a missing ConfigMap or
    // Secret keeps the pod here (FailedMount), retried with a doubling delay up to about 2 minutes.
    mounting: {
      always: [{ guard: 'volumesReady', target: 'sandbox' }],
      entry: enqueueActions(({ context, enqueue }) => {
        const problem = context.deps.mountProblem(context.podUid)
        if (!problem) return
        enqueue(() => context.deps.event(context.identity, undefined, 'Warning', 'FailedMount', problem))
        enqueue.assign({ waitMs: context.mountRetryMs, mountRetryMs: Math.min(context.mountRetryMs * 2, MOUNT_RETRY_MAX_MS) })
      }),
      after: { wait: { target: 'mounting', reenter: true } },
      on: { 'pod.delete': { target: 'finalizing', actions: assign({ graceMs: ({ event }) => event.graceMs }) } },
    },
    sandbox: {
      entry: assign({ waitMs: ({ context }) => Timing.sandbox(context.deps.rand) }),
      after: {
        wait: {
          target: 'active',
          actions: [
            assign({
              facts: ({ context }) => {
                const node = context.node!
                const ip = `${node.podCIDRPrefix}.${node.nextPodIP++}`
                return { ...context.facts, sandboxReady: true, podIP: ip }
              },
            }),
            'sync',
          ],
        },
      },
      on: { 'pod.delete': { target: 'finalizing', actions: assign({ graceMs: ({ event }) => event.graceMs }) } },
    },
    active: {
      always: { guard: 'terminal', target: 'finishing' },
      after: { deadline: { guard: 'hasDeadline', target: 'deadlineExceeded' } },
      on: {
        'container.changed': { actions: 'sync' },
        // A shortened activeDeadlineSeconds re-arms the deadline.
        'pod.update': { target: 'active', reenter: true, actions: 'updateSpec' },
        'pod.delete': { target: 'terminating', actions: assign({ graceMs: ({ event }) => event.graceMs }) },
      },
    },
    // The pod ran longer than activeDeadlineSeconds: the kubelet fails it and stops its containers.
    deadlineExceeded: {
      entry: [
        assign({ facts: ({ context }) => ({ ...context.facts, terminal: true, reason: 'DeadlineExceeded', message: DEADLINE_EXCEEDED }) }),
        ({ context }) => context.deps.event(context.identity, undefined, 'Warning', 'DeadlineExceeded', DEADLINE_EXCEEDED),
      ],
      initial: 'apps',
      on: { 'container.changed': {}, 'pod.delete': { target: 'terminating', actions: assign({ graceMs: ({ event }) => event.graceMs }) } },
      states: {
        apps: { entry: 'killApps', always: { guard: 'appsStopped', target: 'sidecars' } },
        sidecars: { entry: 'killSidecars', always: { guard: 'allStopped', target: '#podWorker.finished' } },
      },
    },
    // Every app container is done (or an init container failed for good): sidecars are stopped.
    finishing: {
      entry: 'killSidecars',
      always: { guard: 'allStopped', target: 'finished' },
      on: {
        'container.changed': {},
        'pod.delete': { target: 'terminating', actions: assign({ graceMs: ({ event }) => event.graceMs }) },
      },
    },
    finished: {
      // The pod is done: the kubelet tears the sandbox down; nothing will start again.
      entry: assign({ facts: ({ context }) => ({ ...context.facts, sandboxReady: false }) }),
      on: { 'pod.delete': 'finalizing' },
    },
    terminating: {
      initial: 'apps',
      on: { 'container.changed': {} },
      states: {
        apps: {
          entry: 'killApps',
          always: { guard: 'appsStopped', target: 'sidecars' },
        },
        sidecars: {
          entry: 'killSidecars',
          always: { guard: 'allStopped', target: '#podWorker.finalizing' },
        },
      },
    },
    finalizing: {
      entry: assign({
        facts: ({ context }) => ({ ...context.facts, terminal: true, sandboxReady: false }),
        waitMs: ({ context }) => Timing.finalize(context.deps.rand),
      }),
      after: { wait: 'removed' },
    },
    removed: {
      type: 'final',
      entry: sendParent(({ context }): PodWorkerNotice => ({ type: 'pod.removed', uid: context.podUid })),
    },
  },
})


// The root actor of the engine: the node's kubelet, holding one pod worker actor per Pod. The
// cluster tells it about Pods created, updated and deleted in the API; it spawns and stops workers
// and reports back, through a hook, when a Pod may be removed from the API.

import { type ActorRefFrom, assign, enqueueActions, setup, stopChild } from 'xstate'
import type { Pod } from '../api/types'
import type { KubeletDeps } from './deps'
import { podMachine, type PodWorkerNotice, type SchedulingDecision } from './podMachine'

export interface KubeletInput {
  deps: KubeletDeps
  schedule: (pod: Pod) => SchedulingDecision
  /** Called when a pod worker is done with a Pod that was deleted. */
  removed: (uid: string) => void
}

export type KubeletEvent =
  | { type: 'pod.created'; pod: Pod }
  | { type: 'pod.updated'; pod: Pod }
  | { type: 'pod.deleted'; uid: string; graceMs: number }
  /** Something changed that may let waiting pods be scheduled. */
  | { type: 'cluster.changed' }
  | PodWorkerNotice

export type PodWorkerRef = ActorRefFrom<typeof podMachine>

export interface KubeletContext extends KubeletInput {
  workers: Record<string, PodWorkerRef>
}

export const kubeletMachine = setup({
  types: {
    context: {} as KubeletContext,
    input: {} as KubeletInput,
    events: {} as KubeletEvent,
  },
  actors: { podWorker: podMachine },
}).createMachine({
  id: 'kubelet',
  context: ({ input }) => ({ ...input, workers: {} }),
  on: {
    'pod.created': {
      actions: assign({
        workers: ({ context, event, spawn }) => {
          const uid = event.pod.metadata.uid ?? ''
          const worker = spawn('podWorker', { id: `pod:${uid}`, input: { pod: event.pod, deps: context.deps, schedule: context.schedule } })
          return { ...context.workers, [uid]: worker }
        },
      }),
    },
    'pod.updated': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const worker = context.workers[event.pod.metadata.uid ?? '']
        if (worker) enqueue.sendTo(worker, { type: 'pod.update', pod: event.pod })
      }),
    },
    'pod.deleted': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const worker = context.workers[event.uid]
        if (worker) enqueue.sendTo(worker, { type: 'pod.delete', graceMs: event.graceMs })
      }),
    },
    'cluster.changed': {
      actions: enqueueActions(({ context, enqueue }) => {
        for (const worker of Object.values(context.workers)) {
          if (worker.getSnapshot().value === 'unschedulable') enqueue.sendTo(worker, { type: 'pod.sync' })
        }
      }),
    },
    'pod.removed': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const worker = context.workers[event.uid]
        if (!worker) return
        enqueue(stopChild(worker))
        const { [event.uid]: _, ...rest } = context.workers
        enqueue.assign({ workers: rest })
        enqueue(() => context.removed(event.uid))
      }),
    },
  },
})

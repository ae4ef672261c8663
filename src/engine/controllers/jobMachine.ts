// The Job controller as an actor: on every change to a Job or to a pod a Job owns, it syncs that
// Job (jobSync.ts): creates pods from the template, records completion or failure, and writes the
// Job's status. A failed pod's replacement waits out the back-off on the virtual clock.
//
// Lifecycle: a single `watching` state for the life of the cluster; `job.requeue` is raised with a
// delay when a sync asks to be run again later.

import { enqueueActions, setup } from 'xstate'
import type { Pod } from '../api/types'
import type { ControllerHost, ObjectChange } from './host'
import { referenceTo } from './host'
import { syncJob, type Job } from './jobSync'

export type JobControllerEvent =
  | { type: 'object.changed'; change: ObjectChange }
  | { type: 'job.requeue'; namespace: string; name: string }

const COMPONENT = 'job-controller'

/** The Job that controls `object`, from its ownerReferences. */
function ownerJob(object: { metadata: { ownerReferences?: { kind: string; name: string; controller?: boolean }[] } }): string | undefined {
  return object.metadata.ownerReferences?.find((r) => r.kind === 'Job' && r.controller)?.name
}

function sync(host: ControllerHost, namespace: string, name: string): number | undefined {
  const job = host.get<Job>('Job', namespace, name)
  if (!job) return undefined
  const pods = host.list<Pod>('Pod', namespace).filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === job.metadata.uid))
  const result = syncJob(job, pods, host.now())
  for (const podName of result.remove) host.deletePod(namespace, podName)
  for (let i = 0; i < result.create; i++) {
    const template = job.spec.template
    const podName = `${name}-${host.rand.alnum(5)}`
    const created = host.createPod({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: podName,
        generateName: `${name}-`,
        namespace,
        labels: template.metadata?.labels,
        ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
        ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name, uid: job.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }],
      },
      spec: template.spec,
    })
    if (created.ok) host.event(referenceTo(job), 'Normal', 'SuccessfulCreate', `Created pod: ${podName}`, COMPONENT)
    else host.event(referenceTo(job), 'Warning', 'FailedCreate', `Error creating: ${created.message}`, COMPONENT)
  }
  for (const e of result.events) host.event(referenceTo(job), e.type, e.reason, e.message, COMPONENT)
  const current = host.get<Job>('Job', namespace, name)
  if (current && JSON.stringify(current.status ?? {}) !== JSON.stringify(result.status)) host.putStatus({ ...current, status: result.status })
  return result.requeueAt
}

export const jobMachine = setup({
  types: {
    context: {} as { host: ControllerHost },
    input: {} as { host: ControllerHost },
    events: {} as JobControllerEvent,
  },
}).createMachine({
  id: 'jobController',
  context: ({ input }) => ({ host: input.host }),
  on: {
    'object.changed': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const { object, type } = event.change
        const namespace = object.metadata.namespace ?? 'default'
        const name = object.kind === 'Job' ? (type === 'DELETED' ? undefined : object.metadata.name) : ownerJob(object)
        if (!name) return
        const requeueAt = sync(context.host, namespace, name)
        if (requeueAt !== undefined) {
          enqueue.raise({ type: 'job.requeue', namespace, name }, { delay: Math.max(0, requeueAt - context.host.now()), id: `job/${namespace}/${name}` })
        }
      }),
    },
    'job.requeue': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const requeueAt = sync(context.host, event.namespace, event.name)
        if (requeueAt !== undefined) {
          enqueue.raise({ type: 'job.requeue', namespace: event.namespace, name: event.name }, { delay: Math.max(0, requeueAt - context.host.now()), id: `job/${event.namespace}/${event.name}` })
        }
      }),
    },
  },
})

// The Deployment controller as an actor: on every change to a Deployment or to a ReplicaSet one
// controls, it syncs that Deployment (deploymentSync.ts) and writes the plan through the host.
//
// Lifecycle: a single state for the life of the cluster; `deployment.requeue` is raised with a
// delay so that a rollout stuck past progressDeadlineSeconds is noticed.

import { enqueueActions, setup } from 'xstate'
import type { Deployment, ReplicaSet } from '../api/types'
import type { ControllerHost, ObjectChange } from './host'
import { referenceTo } from './host'
import { syncDeployment } from './deploymentSync'
import { ANNOTATION, sortedMap } from './deploymentUtil'

export type DeploymentControllerEvent =
  | { type: 'object.changed'; change: ObjectChange }
  | { type: 'deployment.requeue'; namespace: string; name: string }

const COMPONENT = 'deployment-controller'

const controllerOf = (o: { metadata: { ownerReferences?: { kind: string; name: string; uid: string; controller?: boolean }[] } }, kind: string) =>
  o.metadata.ownerReferences?.find((r) => r.kind === kind && r.controller)

function sync(host: ControllerHost, namespace: string, name: string): number | undefined {
  const d = host.get<Deployment>('Deployment', namespace, name)
  if (!d) return undefined
  const owned = host.list<ReplicaSet>('ReplicaSet', namespace).filter((rs) => controllerOf(rs, 'Deployment')?.uid === d.metadata.uid)
  const plan = syncDeployment(d, owned, host.now())
  const ref = referenceTo(d)
  if (plan.create) host.put(plan.create)
  for (const rs of plan.update) host.put(rs)
  for (const rsName of plan.remove) host.remove('ReplicaSet', namespace, rsName)
  for (const e of plan.events) host.event(ref, e.type, e.reason, e.message, COMPONENT)
  let latest = host.get<Deployment>('Deployment', namespace, name)
  if (latest && plan.revision !== undefined) {
    // The controller sets the revision annotation through the status subresource, which keeps metadata changes.
    const annotations = sortedMap({ ...latest.metadata.annotations, [ANNOTATION.revision]: plan.revision })
    latest = host.put({ ...latest, metadata: { ...latest.metadata, annotations } }) as Deployment
  }
  if (latest && JSON.stringify(latest.status ?? {}) !== JSON.stringify(plan.status)) host.putStatus({ ...latest, status: plan.status })
  return plan.requeueAt
}

/** Watches Deployments and the ReplicaSets they control; input `{ host }`. */
export const deploymentMachine = setup({
  types: {
    context: {} as { host: ControllerHost },
    input: {} as { host: ControllerHost },
    events: {} as DeploymentControllerEvent,
  },
}).createMachine({
  id: 'deploymentController',
  context: ({ input }) => ({ host: input.host }),
  on: {
    '*': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        let namespace: string, name: string | undefined
        if (event.type === 'deployment.requeue') ({ namespace, name } = event)
        else {
          const { object, type } = event.change
          namespace = object.metadata.namespace ?? 'default'
          if (object.kind === 'Deployment') {
            // The garbage collector's part, done here: a deleted Deployment's ReplicaSets go with it.
            if (type === 'DELETED') {
              for (const rs of context.host.list<ReplicaSet>('ReplicaSet', namespace)) {
                if (controllerOf(rs, 'Deployment')?.uid === object.metadata.uid) context.host.remove('ReplicaSet', namespace, rs.metadata.name ?? '')
              }
              return
            }
            name = object.metadata.name
          } else if (object.kind === 'ReplicaSet') name = controllerOf(object, 'Deployment')?.name
        }
        if (!name) return
        const requeueAt = sync(context.host, namespace, name)
        const id = `deployment/${namespace}/${name}`
        enqueue.cancel(id)
        if (requeueAt !== undefined) {
          enqueue.raise({ type: 'deployment.requeue', namespace, name }, { delay: Math.max(0, requeueAt - context.host.now()), id })
        }
      }),
    },
  },
})

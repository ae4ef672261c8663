// The ReplicaSet controller as an actor: on every change to a ReplicaSet or to a pod one controls,
// it syncs that ReplicaSet (replicaSetSync.ts): creates or deletes pods and writes the status.
//
// Lifecycle: a single state for the life of the cluster; `replicaset.requeue` is raised with a
// delay when a ready pod has still to wait out minReadySeconds.

import { enqueueActions, setup } from 'xstate'
import type { Pod, ReplicaSet } from '../api/types'
import type { ControllerHost, ObjectChange } from './host'
import { referenceTo } from './host'
import { RS_REASON, podFromTemplate, syncReplicaSet } from './replicaSetSync'

export type ReplicaSetControllerEvent =
  | { type: 'object.changed'; change: ObjectChange }
  | { type: 'replicaset.requeue'; namespace: string; name: string }

const COMPONENT = 'replicaset-controller'

const controllerOf = (o: { metadata: { ownerReferences?: { kind: string; name: string; uid: string; controller?: boolean }[] } }, kind: string) =>
  o.metadata.ownerReferences?.find((r) => r.kind === kind && r.controller)

function sync(host: ControllerHost, namespace: string, name: string): number | undefined {
  const rs = host.get<ReplicaSet>('ReplicaSet', namespace, name)
  if (!rs) return undefined
  const pods = host.list<Pod>('Pod', namespace).filter((p) => controllerOf(p, 'ReplicaSet')?.uid === rs.metadata.uid)
  const result = syncReplicaSet(rs, pods, host.now())
  const ref = referenceTo(rs)
  for (const podName of result.remove) {
    host.deletePod(namespace, podName)
    host.event(ref, 'Normal', RS_REASON.deleted, `Deleted pod: ${podName}`, COMPONENT)
  }
  for (let i = 0; i < result.create; i++) {
    const podName = `${name}-${host.rand.alnum(5)}`
    const created = host.createPod(podFromTemplate(rs, podName))
    if (created.ok) host.event(ref, 'Normal', RS_REASON.created, `Created pod: ${podName}`, COMPONENT)
    else host.event(ref, 'Warning', RS_REASON.failedCreate, `Error creating: ${created.message}`, COMPONENT)
  }
  const latest = host.get<ReplicaSet>('ReplicaSet', namespace, name)
  if (latest && JSON.stringify(latest.status ?? {}) !== JSON.stringify(result.status)) host.putStatus({ ...latest, status: result.status })
  return result.requeueAt
}

/** Watches ReplicaSets and the pods they control; input `{ host }`. */
export const replicaSetMachine = setup({
  types: {
    context: {} as { host: ControllerHost },
    input: {} as { host: ControllerHost },
    events: {} as ReplicaSetControllerEvent,
  },
}).createMachine({
  id: 'replicaSetController',
  context: ({ input }) => ({ host: input.host }),
  on: {
    '*': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        let namespace: string, name: string | undefined
        if (event.type === 'replicaset.requeue') ({ namespace, name } = event)
        else {
          const { object, type } = event.change
          namespace = object.metadata.namespace ?? 'default'
          if (object.kind === 'ReplicaSet') {
            // The garbage collector's part, done here: a deleted ReplicaSet's pods go with it.
            if (type === 'DELETED') {
              for (const p of context.host.list<Pod>('Pod', namespace)) {
                if (controllerOf(p, 'ReplicaSet')?.uid === object.metadata.uid && !p.metadata.deletionTimestamp) context.host.deletePod(namespace, p.metadata.name ?? '')
              }
              return
            }
            name = object.metadata.name
          } else if (object.kind === 'Pod') name = controllerOf(object, 'ReplicaSet')?.name
        }
        if (!name) return
        const requeueAt = sync(context.host, namespace, name)
        const id = `replicaset/${namespace}/${name}`
        enqueue.cancel(id)
        if (requeueAt !== undefined) {
          enqueue.raise({ type: 'replicaset.requeue', namespace, name }, { delay: Math.max(0, requeueAt - context.host.now()), id })
        }
      }),
    },
  },
})

// What the controllers of the controller manager (Deployment, ReplicaSet, Job) get from the
// cluster: reads of the API store, writes through the API server's rules, events, time, ids.

import type { KubeObject, ObjectReference, Pod } from '../api/types'
import type { SeededRandom } from '../random/seeded'

/** The API as a controller sees it. */
export interface ControllerHost {
  now(): number
  /** Seeded randomness for generated names (`<name>-<5 chars>`). */
  rand: SeededRandom
  get<T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string): T | undefined
  list<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[]
  /** Creates or updates a non-Pod object (metadata bookkeeping as the API server does it). */
  put(object: KubeObject): KubeObject
  /** Writes only an object's status (no generation bump). */
  putStatus(object: KubeObject): KubeObject
  /** Deletes a non-Pod object at once. */
  remove(kind: string, namespace: string | undefined, name: string): void
  /** Creates a Pod as the API server does (defaulting, admission, validation). */
  createPod(pod: Pod): { ok: true; object: Pod } | { ok: false; message: string }
  /** Starts a graceful deletion of a Pod. */
  deletePod(namespace: string, name: string): void
  /** Records an event from `component` (e.g. `replicaset-controller`) about `object`. */
  event(object: ObjectReference, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void
}

/** A change the controllers hear about: an object of a kind they watch was written or deleted. */
export interface ObjectChange {
  type: 'ADDED' | 'MODIFIED' | 'DELETED'
  object: KubeObject
}

/** The object reference events carry for `object`. Pure. */
export function referenceTo(object: KubeObject): ObjectReference {
  return {
    kind: object.kind,
    namespace: object.metadata.namespace,
    name: object.metadata.name,
    uid: object.metadata.uid,
    apiVersion: object.apiVersion,
    resourceVersion: object.metadata.resourceVersion,
  }
}

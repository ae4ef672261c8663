// The facts the kubelet keeps about one container slot of a pod: its instances (newest first, as
// the runtime lists them), its restart count and a cached waiting reason. Status is derived from
// these by status/containerStatus.ts; nothing here is formatted for display.

import type { Container } from '../api/types'

/** One run of a container, as the runtime records it. Times are virtual epoch ms. */
export interface Instance {
  containerID: string
  /** Undefined while created but not started; 0 when the start failed (containerd reports the epoch). */
  startedAt?: number
  finishedAt?: number
  exitCode?: number
  signal?: number
  reason?: string
  message?: string
}

/** Where a container slot is in its life, as the pod worker needs to know it. */
export type ContainerPhase =
  /** Never started, or waiting for the pod worker to start it (again). */
  | 'idle'
  /** Pulling, creating or starting. */
  | 'starting'
  | 'running'
  /** Being stopped (SIGTERM sent, waiting for exit or the grace period). */
  | 'stopping'
  /** The newest instance has exited. */
  | 'exited'
  /** The image could not be pulled or resolved; waiting for the pod worker to retry. */
  | 'imageFailed'

export interface ContainerFacts {
  name: string
  kind: 'init' | 'app'
  spec: Container
  phase: ContainerPhase
  /** Newest first, at most two: the current (or last) run and the one before it. */
  instances: Instance[]
  restartCount: number
  /** A reason the kubelet reports instead of the newest instance's state (CrashLoopBackOff, ErrImagePull, ...). */
  waiting?: { reason: string; message?: string }
  /** Status `image` / `imageID` once the image is known to the node. */
  image?: string
  imageID?: string
  /** The image pull failure that the next back-off message quotes. */
  pullError?: { reason: string; message: string; at: number }
}

/** Field path of a container in its pod, as events carry it. */
export function fieldPathOf(facts: Pick<ContainerFacts, 'kind' | 'name'>): string {
  return `${facts.kind === 'init' ? 'spec.initContainers' : 'spec.containers'}{${facts.name}}`
}

/** True for an init container that runs beside the others (a native sidecar). */
export function isSidecar(facts: Pick<ContainerFacts, 'kind' | 'spec'>): boolean {
  return facts.kind === 'init' && facts.spec.restartPolicy === 'Always'
}

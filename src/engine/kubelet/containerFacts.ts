// The facts the kubelet keeps about one container slot of a pod: its instances (newest first, as
// the runtime lists them), its restart count, a cached waiting reason and its back-off entry.
// Status is derived from these by status/containerStatus.ts; nothing here is formatted for display.

import type { Container } from '../api/types'
import type { BackoffEntry } from './backoff'
import type { ContainerProbes } from './probes'

/** One run of a container, as the runtime records it. Times are virtual epoch ms. */
export interface Instance {
  containerID: string
  /** 0 when the start failed (containerd reports the epoch). */
  startedAt: number
  finishedAt?: number
  exitCode?: number
  signal?: number
  reason?: string
  message?: string
}

/** Where a container slot is in its life, as the pod worker needs to know it. */
export type ContainerPhase =
  /** Never started; waits for the pod worker. */
  | 'idle'
  /** Pulling, creating or starting. */
  | 'starting'
  | 'running'
  /** SIGTERM sent because the pod is being deleted; waiting for the exit or the grace period. */
  | 'stopping'
  /** Exited; the kubelet has not noticed yet, or is holding it in back-off before a restart. */
  | 'restarting'
  /** The image could not be pulled; retried after the image back-off. */
  | 'imageFailed'
  /** The container could not be configured (CreateContainerConfigError); retried at later syncs. */
  | 'configFailed'
  /** Exited and will not be started again (a completed init container, or the restart policy says so). */
  | 'done'
  /** Stopped because the pod is being deleted, or never started before that. */
  | 'stopped'

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
  /** Status `image` / `imageID` once the runtime has the image. */
  pulled?: { image: string; imageID: string }
  /** The last image pull failure, which the ImagePullBackOff message quotes. */
  pullError?: string
  /** The crash-loop back-off entry, and the container definition it was counted for. */
  backoff?: BackoffEntry & { key: string }
  /** The image-pull back-off entry. */
  pullBackoff?: BackoffEntry & { key: string }
  /** The running container's probe workers and the started/ready flags they drive. */
  probes?: ContainerProbes
}

/** Field path of a container in its pod, as events carry it. */
export function fieldPathOf(facts: Pick<ContainerFacts, 'kind' | 'name'>): string {
  return `${facts.kind === 'init' ? 'spec.initContainers' : 'spec.containers'}{${facts.name}}`
}

/** True for an init container that runs beside the others (a native sidecar). */
export function isSidecar(facts: Pick<ContainerFacts, 'kind' | 'spec'>): boolean {
  return facts.kind === 'init' && facts.spec.restartPolicy === 'Always'
}

/** The newest instance's exit, when it has exited. */
export function lastExit(facts: Pick<ContainerFacts, 'instances'>): { code: number; finishedAt: number } | undefined {
  const i = facts.instances[0]
  if (!i || i.finishedAt === undefined) return undefined
  return { code: i.exitCode ?? 0, finishedAt: i.finishedAt }
}

// What the kubelet machines get from the cluster around them: the runtime, the node, the clock's
// "now", seeded randomness, and sinks for events and logs. Passed as actor input, never imported.

import type { Pod } from '../api/types'
import type { ContainerRuntime } from '../runtime/runtime'
import type { SeededRandom } from '../random/seeded'

/** Facts about the node a pod runs on that outlive any one pod. */
export interface NodeFacts {
  name: string
  ip: string
  /** Images present on the node (status image name -> size). */
  images: Map<string, number>
  /** The kubelet pulls one image at a time (serializeImagePulls): when the puller is free again. */
  pullerFreeAt: number
  /** Next pod IP to hand out (last octet in the node's pod CIDR). */
  nextPodIP: number
  podCIDRPrefix: string
}

/** A pod as the kubelet refers to it in events and messages. */
export interface PodIdentity {
  name: string
  namespace: string
  uid: string
}

export type EventType = 'Normal' | 'Warning'

/** Services the cluster gives the kubelet machines. */
export interface KubeletDeps {
  runtime: ContainerRuntime
  rand: SeededRandom
  now(): number
  /** Records a kubelet event about `pod` (fieldPath points at a container, or is undefined for the pod). */
  event(pod: PodIdentity, fieldPath: string | undefined, type: EventType, reason: string, message: string, component?: string): void
  /** The Pod as the API server stores it now (the runtime reads volumes, env and the downward API from it). */
  pod(uid: string): Pod | undefined
  /** Why the pod's volumes cannot be mounted (the FailedMount message), or undefined when they can. */
  mountProblem(uid: string): string | undefined
  /** Appends process output to a container instance's log. */
  log(containerID: string, stream: 'stdout' | 'stderr', text: string, now: number): void
}

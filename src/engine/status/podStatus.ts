// The whole Pod status as the API shows it, derived from the pod worker's facts and its
// containers' facts (what generateAPIPodStatus does in the kubelet). Pure.

import type { ContainerStatus, Pod, PodCondition, PodStatus } from '../api/types'
import { podQOSClass } from '../api/qos'
import { rfc3339 } from '../format/time'
import type { ContainerFacts } from '../kubelet/containerFacts'
import { generatePodConditions, withTransitionTimes } from './conditions'
import { toContainerStatus } from './containerStatus'
import { getPodPhase } from './phase'

/** What the pod worker knows about its pod, beyond the containers. Times are virtual epoch ms. */
export interface PodFacts {
  /** When the scheduler bound the pod (PodScheduled=True). */
  scheduledAt?: number
  /** Why no node fits the pod, and since when (PodScheduled=False, Unschedulable). */
  unschedulable?: { message: string; since: number }
  /** When the kubelet admitted the pod and first reported status (startTime). */
  admittedAt?: number
  hostIP?: string
  podIP?: string
  sandboxReady: boolean
  /** The kubelet has finished with the pod: nothing will be started again. */
  terminal: boolean
  /** Every init container has completed at least once (the kubelet never re-runs them after). */
  initialized: boolean
  /** Why the kubelet ended the pod (status.reason, e.g. DeadlineExceeded), and its message. */
  reason?: string
  message?: string
}

/** Turns one container's facts into its API status (toContainerStatus, or a memo of it). */
export type ContainerStatusOf = (facts: ContainerFacts, defaultWaitingReason: string) => ContainerStatus

/** The API status of `pod` at virtual time `now`; `previous` keeps condition transition times. Pure. */
export function buildPodStatus(
  pod: Pod,
  facts: PodFacts,
  containers: ContainerFacts[],
  previous: PodStatus | undefined,
  now: number,
  statusOf: ContainerStatusOf = toContainerStatus,
): PodStatus {
  const generation = pod.metadata.generation
  const nowIso = rfc3339(now)
  const scheduled: PodCondition | undefined =
    facts.scheduledAt === undefined
      ? undefined
      : { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: rfc3339(facts.scheduledAt) }
  if (generation !== undefined && scheduled) scheduled.observedGeneration = generation

  if (facts.admittedAt === undefined) {
    const status: PodStatus = { phase: 'Pending' }
    if (scheduled) status.conditions = [scheduled]
    else if (facts.unschedulable) {
      const c: PodCondition = { type: 'PodScheduled' }  as PodCondition
      if (generation !== undefined) c.observedGeneration = generation
      Object.assign(c, { status: 'False', lastProbeTime: null, lastTransitionTime: rfc3339(facts.unschedulable.since), reason: 'Unschedulable', message: facts.unschedulable.message })
      status.conditions = [c]
    }
    status.qosClass = podQOSClass(pod)
    return status
  }

  const hasInit = (pod.spec.initContainers?.length ?? 0) > 0
  const defaultReason = hasInit ? 'PodInitializing' : 'ContainerCreating'
  const initContainerStatuses = containers.filter((c) => c.kind === 'init').map((c) => statusOf(c, defaultReason))
  // The kubelet sorts app container statuses by name (SortedContainerStatuses), not by spec order.
  const containerStatuses = containers
    .filter((c) => c.kind === 'app')
    .map((c) => statusOf(c, defaultReason))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

  let phase = getPodPhase({
    spec: pod.spec,
    initContainerStatuses,
    containerStatuses,
    podIsTerminal: facts.terminal,
    // HasAnyActiveRegularContainerStarted: some app container has run in this sandbox.
    podHasInitialized: containers.some((c) => c.kind === 'app' && c.instances.length > 0),
  })
  // A pod the kubelet has finished with always ends in a terminal phase.
  if (facts.terminal && phase !== 'Succeeded' && phase !== 'Failed') phase = 'Failed'
  if (facts.reason) phase = 'Failed'

  const untimed = generatePodConditions({
    spec: pod.spec,
    phase,
    initContainerStatuses,
    containerStatuses,
    sandboxReady: facts.sandboxReady,
    scheduled,
  })
  // PodObservedGenerationTracking (beta, on since v1.34): each condition names the generation it saw.
  const conditions = withTransitionTimes(
    previous?.conditions,
    generation === undefined ? untimed : untimed.map((c) => ({ ...c, observedGeneration: generation })),
    nowIso,
  )

  const status: PodStatus = {}
  if (generation !== undefined) status.observedGeneration = generation
  status.phase = phase
  status.conditions = conditions
  if (facts.message) status.message = facts.message
  if (facts.reason) status.reason = facts.reason
  if (facts.hostIP) {
    status.hostIP = facts.hostIP
    status.hostIPs = [{ ip: facts.hostIP }]
  }
  if (facts.podIP) {
    status.podIP = facts.podIP
    status.podIPs = [{ ip: facts.podIP }]
  }
  status.startTime = rfc3339(facts.admittedAt)
  if (hasInit) status.initContainerStatuses = initContainerStatuses
  status.containerStatuses = containerStatuses
  status.qosClass = podQOSClass(pod)
  return status
}

// Pod phase from container statuses: the kubelet's getPhase (pkg/kubelet/kubelet_pods.go), v1.35
// with ContainerRestartRules on and RestartAllContainersOnContainerExits off. Pure; knows no clock.

import type { Container, ContainerStatus, PodSpec } from '../api/types'

/** The four phases getPodPhase can return (`Unknown` is only set by the node lifecycle controller). */
export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed'

/** Everything getPodPhase reads: the spec, the API container statuses and two kubelet facts. */
export interface PhaseInput {
  spec: PodSpec
  initContainerStatuses: ContainerStatus[]
  containerStatuses: ContainerStatus[]
  /** The pod worker has finished with the pod: its containers will not be started again. */
  podIsTerminal: boolean
  /**
   * The kubelet's `HasAnyActiveRegularContainerStarted`: the runtime holds at least one container
   * (created, running or exited) of a regular app container in the pod's *current* sandbox. It is
   * how the kubelet knows initialization finished even while a sidecar restarts; it turns false
   * again when the sandbox is re-created (for example after a node reboot), so init runs again.
   */
  podHasInitialized: boolean
}

interface RestartRule {
  action?: string
  exitCodes?: { operator?: string; values?: number[] }
}

/** True for an init container with `restartPolicy: Always` (a native sidecar). */
export function isSidecar(container: Container): boolean {
  return container.restartPolicy === 'Always'
}

// The first rule whose exit-code clause matches decides; rules without a clause never match.
function matchingRule(container: Container, exitCode: number): RestartRule | undefined {
  for (const rule of (container.restartPolicyRules ?? []) as RestartRule[]) {
    if (!rule.exitCodes) continue
    const listed = (rule.exitCodes.values ?? []).includes(exitCode)
    if (rule.exitCodes.operator === 'In' && listed) return rule
    if (rule.exitCodes.operator === 'NotIn' && !listed) return rule
  }
  return undefined
}

/**
 * podutil.ContainerShouldRestart: whether a container that exited with `exitCode` will be started
 * again. Container rules first, then the container's restartPolicy, then the pod's. Pure.
 */
export function containerShouldRestart(container: Container, spec: PodSpec, exitCode: number): boolean {
  if (container.restartPolicy !== undefined) {
    if (matchingRule(container, exitCode)?.action === 'Restart') return true
    switch (container.restartPolicy) {
      case 'Always':
        return true
      case 'OnFailure':
        return exitCode !== 0
      case 'Never':
        return false
    }
  }
  switch (spec.restartPolicy) {
    case 'OnFailure':
      return exitCode !== 0
    case 'Never':
      return false
    default:
      return true
  }
}

/** The status called `name` in `statuses`, as podutil.GetContainerStatus finds it. */
function statusOf(statuses: ContainerStatus[], name: string): ContainerStatus | undefined {
  return statuses.find((s) => s.name === name)
}

/** The pod phase the kubelet reports for these statuses (getPhase, v1.35 defaults). Pure. */
export function getPodPhase(input: PhaseInput): PodPhase {
  const { spec, podIsTerminal, podHasInitialized } = input
  // The kubelet looks statuses up by name in app + init statuses together; names are unique.
  const all = [...input.containerStatuses, ...input.initContainerStatuses]
  const inits = spec.initContainers ?? []

  let pendingRegularInits = 0
  let failedInitNotRestartable = 0
  for (const c of inits) {
    if (isSidecar(c)) continue
    const s = statusOf(all, c.name)
    const state = s?.state ?? {}
    if (!s) pendingRegularInits++
    else if (state.running) pendingRegularInits++
    else if (state.terminated) {
      const code = state.terminated.exitCode
      if (code !== 0 && !containerShouldRestart(c, spec, code)) failedInitNotRestartable++
    } else if (state.waiting) {
      const last = s.lastState?.terminated
      if (!last) pendingRegularInits++
      else if (last.exitCode !== 0 && !containerShouldRestart(c, spec, last.exitCode)) failedInitNotRestartable++
    } else pendingRegularInits++
  }

  let unknown = 0
  let running = 0
  let waiting = 0
  let stopped = 0
  let stoppedNotRestartable = 0
  let succeeded = 0
  let pendingSidecars = 0

  for (const c of inits) {
    if (!isSidecar(c)) continue
    const s = statusOf(all, c.name)
    const state = s?.state ?? {}
    if (!s) unknown++
    else if (state.running) {
      if (!s.started) pendingSidecars++
      running++
    } else if (state.terminated) {
      // A stopped sidecar does not count towards the phase.
    } else if (state.waiting) {
      if (!s.lastState?.terminated) {
        pendingSidecars++
        waiting++
      }
    } else {
      pendingSidecars++
      unknown++
    }
  }

  for (const c of spec.containers) {
    const s = statusOf(all, c.name)
    const state = s?.state ?? {}
    if (!s) unknown++
    else if (state.running) running++
    else if (state.terminated) {
      stopped++
      const code = state.terminated.exitCode
      if (!containerShouldRestart(c, spec, code)) stoppedNotRestartable++
      if (code === 0) succeeded++
    } else if (state.waiting) {
      const last = s.lastState?.terminated
      if (last) {
        stopped++
        if (!containerShouldRestart(c, spec, last.exitCode)) stoppedNotRestartable++
      } else waiting++
    } else unknown++
  }

  if (failedInitNotRestartable > 0) return 'Failed'
  // A restarting sidecar must not send an initialized pod back to Pending.
  if (pendingRegularInits > 0 || (pendingSidecars > 0 && !podHasInitialized) || waiting > 0) return 'Pending'
  if (running > 0 && unknown === 0) return 'Running'
  if (running === 0 && stopped > 0 && unknown === 0) {
    // Static pods are excluded upstream; initlab has none.
    if (podIsTerminal) return stopped === succeeded ? 'Succeeded' : 'Failed'
    if (stopped !== stoppedNotRestartable) return 'Running'
    return stopped === succeeded ? 'Succeeded' : 'Failed'
  }
  return 'Pending'
}

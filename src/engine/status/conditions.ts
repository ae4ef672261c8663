// The kubelet-owned Pod conditions (pkg/kubelet/status/generate.go as called from
// generateAPIPodStatus, v1.35) and the status manager's lastTransitionTime rule. Pure.

import type { ContainerStatus, PodCondition, PodSpec } from '../api/types'
import { isSidecar } from './phase'
import type { PodPhase } from './phase'

/** A condition before the status manager stamps lastTransitionTime on it. */
export type UntimedCondition = Omit<PodCondition, 'lastTransitionTime'>

/** Condition reasons of generate.go. */
export const UnknownContainerStatuses = 'UnknownContainerStatuses'
export const PodCompleted = 'PodCompleted'
export const PodFailed = 'PodFailed'
export const ContainersNotReady = 'ContainersNotReady'
export const ContainersNotInitialized = 'ContainersNotInitialized'
export const ReadinessGatesNotReady = 'ReadinessGatesNotReady'

// Go prints a []string with %s as `[a b]`.
function goList(names: string[]): string {
  return `[${names.join(' ')}]`
}

function find(statuses: ContainerStatus[], name: string): ContainerStatus | undefined {
  return statuses.find((s) => s.name === name)
}

function cond(type: string, status: PodCondition['status'], reason?: string, message?: string): UntimedCondition {
  const c: UntimedCondition = { type, status }
  if (reason) c.reason = reason
  if (message) c.message = message
  return c
}

// The kubelet passes nil when there are no statuses at all (Go's append of two nil slices).
function noStatuses(init: ContainerStatus[], app: ContainerStatus[]): boolean {
  return init.length === 0 && app.length === 0
}

/**
 * PodReadyToStartContainers: True once the sandbox exists with its network. v1.35 sets no reason
 * or message when False (PodSandboxNotReady and its messages arrived in v1.36). Pure.
 */
export function podReadyToStartContainersCondition(sandboxReady: boolean): UntimedCondition {
  return cond('PodReadyToStartContainers', sandboxReady ? 'True' : 'False')
}

/** Initialized: every regular init container ready (exited 0) and every sidecar started. Pure. */
export function initializedCondition(
  spec: PodSpec,
  initStatuses: ContainerStatus[],
  containerStatuses: ContainerStatus[],
  phase: PodPhase,
): UntimedCondition {
  const inits = spec.initContainers ?? []
  if (noStatuses(initStatuses, containerStatuses) && inits.length > 0) {
    return cond('Initialized', 'False', UnknownContainerStatuses)
  }
  const all = [...initStatuses, ...containerStatuses]
  const unknown: string[] = []
  const incomplete: string[] = []
  for (const c of inits) {
    const s = find(all, c.name)
    if (!s) unknown.push(c.name)
    else if (isSidecar(c) ? !s.started : !s.ready) incomplete.push(c.name)
  }
  if (phase === 'Succeeded' && unknown.length === 0) return cond('Initialized', 'True', PodCompleted)
  // An app container that ever ran proves init finished, even while a sidecar restarts.
  const appNames = new Set(spec.containers.map((c) => c.name))
  if (all.some((s) => appNames.has(s.name) && (s.state?.running || s.state?.terminated))) {
    return cond('Initialized', 'True')
  }
  const parts: string[] = []
  if (unknown.length > 0) parts.push(`containers with unknown status: ${goList(unknown)}`)
  if (incomplete.length > 0) parts.push(`containers with incomplete status: ${goList(incomplete)}`)
  if (parts.length > 0) return cond('Initialized', 'False', ContainersNotInitialized, parts.join(', '))
  return cond('Initialized', 'True')
}

/** ContainersReady: every sidecar and every app container reports ready. Pure. */
export function containersReadyCondition(
  spec: PodSpec,
  initStatuses: ContainerStatus[],
  containerStatuses: ContainerStatus[],
  phase: PodPhase,
): UntimedCondition {
  if (noStatuses(initStatuses, containerStatuses)) return cond('ContainersReady', 'False', UnknownContainerStatuses)
  const all = [...initStatuses, ...containerStatuses]
  const unknown: string[] = []
  const unready: string[] = []
  const watched = [...(spec.initContainers ?? []).filter(isSidecar), ...spec.containers]
  for (const c of watched) {
    const s = find(all, c.name)
    if (!s) unknown.push(c.name)
    else if (!s.ready) unready.push(c.name)
  }
  if (phase === 'Succeeded' && unknown.length === 0) return cond('ContainersReady', 'False', PodCompleted)
  // Containers of a failed pod may still be shutting down: report them unready regardless.
  if (phase === 'Failed') return cond('ContainersReady', 'False', PodFailed)
  const parts: string[] = []
  if (unknown.length > 0) parts.push(`containers with unknown status: ${goList(unknown)}`)
  if (unready.length > 0) parts.push(`containers with unready status: ${goList(unready)}`)
  if (parts.length > 0) return cond('ContainersReady', 'False', ContainersNotReady, parts.join(', '))
  return cond('ContainersReady', 'True')
}

/**
 * Ready: ContainersReady's verdict, then every readiness gate's condition must be True in
 * `podConditions` (the conditions already in the status). Pure.
 */
export function readyCondition(spec: PodSpec, containersReady: UntimedCondition, podConditions: Pick<PodCondition, 'type' | 'status'>[]): UntimedCondition {
  if (containersReady.status !== 'True') {
    return cond('Ready', containersReady.status, containersReady.reason, containersReady.message)
  }
  const messages: string[] = []
  for (const gate of spec.readinessGates ?? []) {
    const c = podConditions.find((p) => p.type === gate.conditionType)
    if (!c) messages.push(`corresponding condition of pod readiness gate "${gate.conditionType}" does not exist.`)
    else if (c.status !== 'True') messages.push(`the status of pod readiness gate "${gate.conditionType}" is not "True", but ${c.status}`)
  }
  if (messages.length > 0) return cond('Ready', 'False', ReadinessGatesNotReady, messages.join(', '))
  return cond('Ready', 'True')
}

/** What generatePodConditions needs; `extra` are conditions the kubelet does not own (kept first). */
export interface ConditionsInput {
  spec: PodSpec
  phase: PodPhase
  initContainerStatuses: ContainerStatus[]
  containerStatuses: ContainerStatus[]
  sandboxReady: boolean
  /** The scheduler's PodScheduled condition; the kubelet reports PodScheduled True regardless. */
  scheduled: PodCondition | undefined
  extra?: PodCondition[]
}

/**
 * The status conditions in the kubelet's order: foreign ones, PodReadyToStartContainers,
 * Initialized, Ready, ContainersReady, PodScheduled. Only PodScheduled may carry a time. Pure.
 */
export function generatePodConditions(input: ConditionsInput): (UntimedCondition & { lastTransitionTime?: string })[] {
  const { spec, phase, initContainerStatuses: init, containerStatuses: app } = input
  const out: (UntimedCondition & { lastTransitionTime?: string })[] = [...(input.extra ?? [])]
  out.push(podReadyToStartContainersCondition(input.sandboxReady))
  out.push(initializedCondition(spec, init, app, phase))
  const containersReady = containersReadyCondition(spec, init, app, phase)
  out.push(readyCondition(spec, containersReady, out))
  out.push(containersReady)
  // The kubelet appends a bare PodScheduled=True; only the scheduler's (binding) time survives.
  const scheduled: UntimedCondition & { lastTransitionTime?: string } = cond('PodScheduled', 'True')
  if (input.scheduled?.observedGeneration !== undefined) scheduled.observedGeneration = input.scheduled.observedGeneration
  if (input.scheduled?.status === 'True' && input.scheduled.lastTransitionTime) scheduled.lastTransitionTime = input.scheduled.lastTransitionTime
  out.push(scheduled)
  return out
}

// The status manager stamps times on the conditions the kubelet owns (updateLastTransitionTime).
const STAMPED = new Set(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'])

/**
 * Stamps lastTransitionTime as the kubelet's status manager does: a kubelet condition whose status
 * did not change keeps its previous time; a changed one keeps a time it already carries (the
 * scheduler's PodScheduled) or gets `nowIso`. Kubelet conditions show `lastProbeTime: null`, as the
 * API does; foreign conditions pass through untouched. Keys follow the API's JSON order. Pure.
 */
export function withTransitionTimes(
  previous: PodCondition[] | undefined,
  next: (UntimedCondition & { lastTransitionTime?: string })[],
  nowIso: string,
): PodCondition[] {
  return next.map((c) => {
    if (!STAMPED.has(c.type)) return { ...c } as PodCondition
    const before = previous?.find((p) => p.type === c.type)
    const kept = before?.lastTransitionTime && before.status === c.status ? before.lastTransitionTime : undefined
    const out: PodCondition = { type: c.type } as PodCondition
    if (c.observedGeneration !== undefined) out.observedGeneration = c.observedGeneration
    out.status = c.status
    out.lastProbeTime = c.lastProbeTime ?? null
    out.lastTransitionTime = kept ?? c.lastTransitionTime ?? nowIso
    if (c.reason) out.reason = c.reason
    if (c.message) out.message = c.message
    return out
  })
}

// One `kubectl get pods` row, as the API server's printPod builds it (pkg/printers/internalversion,
// current algorithm incl. PR #124766 and native sidecars). Reads arbitrary JSON defensively: a field
// that is missing or of the wrong type counts as absent, so it never throws. Pure; "now" is an argument.

import { humanDuration, timestampMs, translateTimestampSince } from './humanDuration'
import { parseTime, ZERO_TIME_MS } from '../../engine/format/time'

/** The cells of one row; the last four are only printed with `-o wide`. */
export interface PodRow {
  name: string
  ready: string
  status: string
  restarts: string
  age: string
  ip: string
  node: string
  nominatedNode: string
  readinessGates: string
}

type Json = Record<string, unknown>

/** The value as an object, or undefined: JSON that Go could not decode into a struct counts as absent. */
function object(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined
}

function record(value: unknown): Json {
  return object(value) ?? {}
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function int(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : 0
}

/** lastState.terminated.finishedAt as epoch ms; Go's zero time when unset, so Before() comparisons match. */
function lastFinishedAt(cs: Json): number | undefined {
  const terminated = object(record(cs.lastState).terminated)
  if (terminated === undefined) return undefined
  return timestampMs(terminated.finishedAt) ?? ZERO_TIME_MS
}

/** podutil.IsRestartableInitContainer: an init container with restartPolicy Always (a native sidecar). */
function isSidecar(container: Json | undefined): boolean {
  return container !== undefined && container.restartPolicy === 'Always'
}

function conditionsOf(status: Json): Json[] {
  return list(status.conditions).map(record)
}

/** The first Initialized condition decides, as isPodInitializedConditionTrue does. */
function initializedTrue(conditions: Json[]): boolean {
  const initialized = conditions.find((c) => c.type === 'Initialized')
  return initialized !== undefined && initialized.status === 'True'
}

function readyTrue(conditions: Json[]): boolean {
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True')
}

/** Text of a terminated state: its reason, else Signal:N, else ExitCode:N. */
function terminatedReason(terminated: Json): string {
  const reason = text(terminated.reason)
  if (reason !== '') return reason
  const signal = int(terminated.signal)
  return signal !== 0 ? `Signal:${signal}` : `ExitCode:${int(terminated.exitCode)}`
}

/** The pod IP as the internal API sees it: v1 status.podIP wins over podIPs[0] (Convert_v1_PodStatus_To_core_PodStatus). */
function podIP(status: Json): string {
  const single = text(status.podIP)
  if (single !== '') return single
  return text(record(list(status.podIPs)[0]).ip)
}

function readinessGates(spec: Json, conditions: Json[]): string {
  const gates = list(spec.readinessGates).map(record)
  if (gates.length === 0) return '<none>'
  let passing = 0
  for (const gate of gates) {
    const type = text(gate.conditionType)
    const condition = conditions.find((c) => text(c.type) === type)
    if (condition !== undefined && condition.status === 'True') passing++
  }
  return `${passing}/${gates.length}`
}

/** Computes the `kubectl get pods` cells of one pod (any JSON value) at time `now` (epoch ms). */
export function printPodRow(pod: unknown, now: number): PodRow {
  const root = record(pod)
  const metadata = record(root.metadata)
  const spec = record(root.spec)
  const status = record(root.status)
  const conditions = conditionsOf(status)
  const phase = text(status.phase)

  let reason = text(status.reason) !== '' ? text(status.reason) : phase
  if (conditions.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated'

  const specInits = list(spec.initContainers).map(record)
  const initByName = new Map<string, Json>()
  for (const c of specInits) initByName.set(text(c.name), c)
  const total = list(spec.containers).length + specInits.filter(isSidecar).length

  let ready = 0
  let restarts = 0
  let lastRestart = ZERO_TIME_MS
  let sidecarRestarts = 0
  let sidecarLastRestart = ZERO_TIME_MS
  let initializing = false

  const initStatuses = list(status.initContainerStatuses).map(record)
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i]
    const state = record(cs.state)
    const finishedAt = lastFinishedAt(cs)
    const sidecar = isSidecar(initByName.get(text(cs.name)))
    restarts += int(cs.restartCount)
    if (finishedAt !== undefined) lastRestart = Math.max(lastRestart, finishedAt)
    if (sidecar) {
      sidecarRestarts += int(cs.restartCount)
      if (finishedAt !== undefined) sidecarLastRestart = Math.max(sidecarLastRestart, finishedAt)
    }
    const terminated = object(state.terminated)
    const waitingReason = text(object(state.waiting)?.reason)
    if (terminated !== undefined && int(terminated.exitCode) === 0) continue
    if (sidecar && cs.started === true) {
      if (cs.ready === true) ready++
      continue
    }
    if (terminated !== undefined) {
      reason = 'Init:' + terminatedReason(terminated)
    } else if (waitingReason !== '' && waitingReason !== 'PodInitializing') {
      reason = 'Init:' + waitingReason
    } else {
      reason = `Init:${i}/${specInits.length}`
    }
    initializing = true
    break
  }

  if (!initializing || initializedTrue(conditions)) {
    // Once initialized, only sidecar restarts still count among the init containers.
    restarts = sidecarRestarts
    lastRestart = sidecarLastRestart
    let hasRunning = false
    let errorReason = ''
    const statuses = list(status.containerStatuses).map(record)
    // Walked backwards so that the first container with something to say wins.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i]
      const state = record(cs.state)
      const finishedAt = lastFinishedAt(cs)
      restarts += int(cs.restartCount)
      if (finishedAt !== undefined) lastRestart = Math.max(lastRestart, finishedAt)
      const waitingReason = text(object(state.waiting)?.reason)
      const terminated = object(state.terminated)
      if (waitingReason !== '') {
        reason = waitingReason
      } else if (terminated !== undefined) {
        reason = terminatedReason(terminated)
        if (int(terminated.exitCode) !== 0) errorReason = reason
      } else if (cs.ready === true && object(state.running) !== undefined) {
        hasRunning = true
        ready++
      }
    }
    if (reason === 'Completed') {
      if (hasRunning && readyTrue(conditions)) reason = 'Running'
      else if (errorReason !== '') reason = errorReason
      else if (hasRunning) reason = 'NotReady'
    }
  }

  // A set deletionTimestamp counts even when it holds Go's zero time (the pointer is non-nil).
  const deleting = typeof metadata.deletionTimestamp === 'string' && !Number.isNaN(parseTime(metadata.deletionTimestamp))
  if (deleting && text(status.reason) === 'NodeLost') reason = 'Unknown'
  else if (deleting && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating'

  let restartsText = String(restarts)
  if (restarts !== 0 && lastRestart !== ZERO_TIME_MS) restartsText = `${restarts} (${humanDuration(now - lastRestart)} ago)`

  return {
    name: text(metadata.name),
    ready: `${ready}/${total}`,
    status: reason,
    restarts: restartsText,
    age: translateTimestampSince(text(metadata.creationTimestamp) || undefined, now),
    ip: podIP(status) || '<none>',
    node: text(spec.nodeName) || '<none>',
    nominatedNode: text(status.nominatedNodeName) || '<none>',
    readinessGates: readinessGates(spec, conditions),
  }
}

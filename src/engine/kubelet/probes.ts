// The probes of one running container as the kubelet's prober manager keeps them: a worker per
// probe kind, the container's started and ready flags they drive, and one step that runs every probe
// due at a given time. Pure data and functions; the container actor schedules the ticks.

import type { Container } from '../api/types'
import { probeKillingEvent } from '../prober/events'
import { runProbe, type ProbeTarget } from '../prober/run'
import { applyProbeResult, initialProbeState, markStarted, nextProbeAt, triggerProbe, type ProbeKind, type ProbeState } from '../prober/worker'

/** The probe workers of a running container and what they have decided so far. */
export interface ContainerProbes {
  workers: Partial<Record<ProbeKind, ProbeState>>
  /** The status' `started`: true at once without a startup probe. */
  started: boolean
  /** The status' `ready` as far as probes go: true at once without a readiness probe. */
  ready: boolean
}

/** An event the prober records for the container. */
export interface ProbeNotice {
  type: 'Normal' | 'Warning'
  reason: string
  message: string
}

export interface ProbeStep {
  probes: ContainerProbes
  notices: ProbeNotice[]
  /** The startup probe passed in this step. */
  started: boolean
  /** A liveness or startup failure: kill the container, with this grace period if the probe sets one. */
  restart?: { graceSeconds?: number }
}

const KINDS: ProbeKind[] = ['startup', 'liveness', 'readiness']

function probeOf(spec: Container, kind: ProbeKind) {
  return kind === 'startup' ? spec.startupProbe : kind === 'liveness' ? spec.livenessProbe : spec.readinessProbe
}

/** The workers for a container that started running at `startedAt`, or undefined when it has no probes. Pure. */
export function startProbes(spec: Container, startedAt: number): ContainerProbes | undefined {
  const workers: ContainerProbes['workers'] = {}
  const hasStartup = spec.startupProbe !== undefined
  for (const kind of KINDS) {
    const probe = probeOf(spec, kind)
    if (probe) workers[kind] = initialProbeState(probe, kind, startedAt, { started: kind === 'startup' ? false : !hasStartup })
  }
  if (Object.keys(workers).length === 0) return undefined
  return { workers, started: !hasStartup, ready: spec.readinessProbe === undefined }
}

/** When the next probe is due, or undefined when none will run. Pure. */
export function nextProbeTime(probes: ContainerProbes | undefined): number | undefined {
  let next: number | undefined
  for (const kind of KINDS) {
    const w = probes?.workers[kind]
    const t = w ? nextProbeAt(w) : null
    if (t !== null && (next === undefined || t < next)) next = t
  }
  return next
}

/** Runs every probe due at `now` against `target`, in the kubelet's order (startup, liveness, readiness). */
export function runDueProbes(probes: ContainerProbes, spec: Container, sidecar: boolean, target: ProbeTarget, now: number): ProbeStep {
  let p: ContainerProbes = { ...probes, workers: { ...probes.workers } }
  const notices: ProbeNotice[] = []
  let started = false
  for (const kind of KINDS) {
    const worker = p.workers[kind]
    if (!worker || nextProbeAt(worker) !== now) continue
    const probe = probeOf(spec, kind)!
    const outcome = runProbe(probe, kind, spec, target)
    if (outcome.event) notices.push({ type: 'Warning', reason: outcome.event.reason, message: outcome.event.message })
    const { state, effect } = applyProbeResult(worker, outcome.result, now, outcome.output)
    p.workers[kind] = state
    if (effect.type === 'ready') p = { ...p, ready: effect.ready }
    else if (effect.type === 'started') {
      started = true
      p = { ...p, started: true }
      for (const other of ['liveness', 'readiness'] as const) {
        const w = p.workers[other]
        if (w) p.workers[other] = other === 'readiness' ? triggerProbe(markStarted(w), now) : markStarted(w)
      }
    } else if (effect.type === 'restart') {
      const killing = probeKillingEvent(effect, spec.name, true, sidecar)
      notices.push({ type: 'Normal', reason: killing.reason, message: killing.message })
      return { probes: p, notices, started, restart: { graceSeconds: effect.gracePeriodSeconds } }
    }
  }
  return { probes: p, notices, started }
}

// The words of the kubelet's probe events: Warning Unhealthy and ProbeWarning from prober.go, and
// the Normal Killing that follows a liveness or startup verdict (computePodActions). Strings only.

import { EventReason, killForRestartMessage, probeFailedMessage } from '../events/reasons'
import type { ProbeEffect, ProbeKind } from './worker'

/** probeType.String(): `Liveness`, `Readiness`, `Startup`. */
export function probeKindLabel(kind: ProbeKind): 'Liveness' | 'Readiness' | 'Startup' {
  return kind === 'liveness' ? 'Liveness' : kind === 'readiness' ? 'Readiness' : 'Startup'
}

/** Warning Unhealthy for a failed run: `Liveness probe failed: <output>`, output as is (a trailing newline stays). */
export function unhealthyMessage(kind: ProbeKind, output: string): string {
  return probeFailedMessage(probeKindLabel(kind), output)
}

/** Warning Unhealthy for a run that errored (v1.33+): `<Kind> probe errored and resulted in <result> state: <error>`. */
export function probeErroredMessage(kind: ProbeKind, result: 'unknown' | 'failure', error: string): string {
  return `${probeKindLabel(kind)} probe errored and resulted in ${result} state: ${error}`
}

/** Warning ProbeWarning, e.g. `Readiness probe warning: Probe terminated redirects, Response body: `. */
export function probeWarningMessage(kind: ProbeKind, output: string): string {
  return `${probeKindLabel(kind)} probe warning: ${output}`
}

/** A Normal Killing event's reason and message. */
export interface KillingEvent {
  type: 'Normal'
  reason: 'Killing'
  message: string
}

/**
 * The Normal Killing the kubelet records when it acts on a restart effect: `Container web failed
 * liveness probe, will be restarted`; sidecars say `Init container`; without `willRestart` (an
 * app container in a Never pod, or ContainerRestartRules saying no) the suffix is left out. Pure.
 */
export function probeKillingEvent(
  effect: Extract<ProbeEffect, { type: 'restart' }>,
  containerName: string,
  willRestart: boolean,
  sidecar = false,
): KillingEvent {
  return { type: 'Normal', reason: EventReason.Killing, message: killForRestartMessage(containerName, effect.cause, willRestart, sidecar) }
}

// One kubelet probe worker (pkg/kubelet/prober/worker.go) as plain data and reducers: when the
// next probe is due, how results count toward the thresholds, and what the kubelet does then.
// Does not run probes (run.ts) nor word events (events.ts); time only comes in as `now` (epoch ms).

import type { Probe } from '../api/types'

/** Which of a container's three probes a worker runs. */
export type ProbeKind = 'startup' | 'readiness' | 'liveness'

/** One probe's verdict; `unknown` is a probe that errored, which the worker throws away. */
export type ProbeResult = 'success' | 'failure' | 'unknown'

/** What the results manager holds for the current container (results.Result). */
export type StoredResult = 'success' | 'failure' | 'unknown'

/** The probe's numbers after API defaulting (1 s timeout, 10 s period, thresholds 1 and 3). */
export interface ProbeTiming {
  initialDelaySeconds: number
  timeoutSeconds: number
  periodSeconds: number
  successThreshold: number
  failureThreshold: number
  terminationGracePeriodSeconds?: number
}

/**
 * A worker's memory. Like the kubelet's, it lives as long as the pod, across container restarts:
 * `lastResult` and `resultRun` are not reset by a new container (only a liveness or startup
 * verdict resets the run), which is why a readiness streak can carry over into the next container.
 */
export interface ProbeState {
  kind: ProbeKind
  timing: ProbeTiming
  /** Ticker phase: ticks fall at anchor + k * period (ms). */
  anchor: number
  /** Ticks at or before this instant are used up. */
  after: number
  /** A manual run (prober_manager's readiness trigger) waiting at this instant. */
  manualAt: number | null
  /** `state.running.startedAt` of the current container; null while none runs. */
  startedAt: number | null
  /** The container status' `started`: gates liveness and readiness, ends the startup probe. */
  started: boolean
  stored: StoredResult
  lastResult: 'success' | 'failure'
  resultRun: number
  /** Set after a verdict that ends this container (liveness/startup); a new container clears it. */
  onHold: boolean
  /** The worker has exited for good (container will not restart, pod terminal or deleting). */
  stopped: boolean
}

/** What the kubelet does after a probe result reaches its threshold (or after an exit). */
export type ProbeEffect =
  | { type: 'none' }
  /** Readiness changed: container `ready`, and through it ContainersReady, Ready, endpoints. */
  | { type: 'ready'; ready: boolean }
  /** The startup probe passed: container `started: true`; liveness and readiness begin. */
  | { type: 'started' }
  /** Kill the container (Normal Killing) and let the restart policy decide what follows. */
  | { type: 'restart'; cause: 'liveness' | 'startup'; gracePeriodSeconds?: number; output: string }

const MS = 1000

/** The value a worker writes for a container it sees for the first time (newWorker's initialValue). */
export function initialStoredResult(kind: ProbeKind): StoredResult {
  if (kind === 'readiness') return 'failure'
  if (kind === 'liveness') return 'success'
  return 'unknown'
}

/** API defaults for a probe's numbers (pkg/apis/core/v1/defaults.go SetDefaults_Probe). Pure. */
export function probeTiming(probe: Probe): ProbeTiming {
  const t: ProbeTiming = {
    initialDelaySeconds: probe.initialDelaySeconds ?? 0,
    timeoutSeconds: probe.timeoutSeconds || 1,
    periodSeconds: probe.periodSeconds || 10,
    successThreshold: probe.successThreshold || 1,
    failureThreshold: probe.failureThreshold || 3,
  }
  if (probe.terminationGracePeriodSeconds !== undefined) t.terminationGracePeriodSeconds = probe.terminationGracePeriodSeconds
  return t
}

/**
 * A fresh worker for a container that started running at `startedAt`. `started` is the container
 * status' started flag: false for a startup worker, and false for liveness/readiness workers of a
 * container that has a startup probe (call markStarted when it passes); true otherwise.
 *
 * Timing: the kubelet starts each worker's ticker when it admits the pod, and sleeps a random part
 * of a period first only if the kubelet itself started less than a period ago. initlab has no
 * jitter; give `anchor` (e.g. the pod's admission time) to phase the ticks, or by default they are
 * phased so that one falls exactly when initialDelaySeconds ends. A tick at the very instant the
 * container starts never probes (the kubelet cannot see the container running yet), so with no
 * initial delay the first probe comes one period after the start. Pure.
 */
export function initialProbeState(
  probe: Probe,
  kind: ProbeKind,
  startedAt: number,
  opts: { anchor?: number; started?: boolean } = {},
): ProbeState {
  const timing = probeTiming(probe)
  return {
    kind,
    timing,
    anchor: opts.anchor ?? startedAt + timing.initialDelaySeconds * MS,
    after: startedAt,
    manualAt: null,
    startedAt,
    started: kind === 'startup' ? false : (opts.started ?? true),
    stored: initialStoredResult(kind),
    lastResult: 'success',
    resultRun: 0,
    onHold: false,
    stopped: false,
  }
}

// doProbe's gates, in its order, for a tick at `t`.
function eligible(s: ProbeState, t: number): boolean {
  if (s.stopped || s.onHold || s.startedAt === null) return false
  if (s.kind === 'startup' ? s.started : !s.started) return false
  // int32(time.Since(startedAt).Seconds()) < initialDelaySeconds skips the tick.
  return Math.trunc((t - s.startedAt) / MS) >= s.timing.initialDelaySeconds
}

/**
 * When the next probe actually runs (epoch ms), skipping ticks the worker would let pass (initial
 * delay, not started yet); null while nothing will run until something changes (no running
 * container, on hold, startup already passed, stopped). Pure.
 */
export function nextProbeAt(s: ProbeState): number | null {
  if (s.stopped || s.onHold || s.startedAt === null) return null
  if (s.kind === 'startup' ? s.started : !s.started) return null
  if (s.manualAt !== null && eligible(s, s.manualAt)) return s.manualAt
  const period = s.timing.periodSeconds * MS
  const earliest = s.startedAt + s.timing.initialDelaySeconds * MS
  const kAfter = Math.floor((s.after - s.anchor) / period) + 1
  const kEarliest = Math.ceil((earliest - s.anchor) / period)
  return s.anchor + Math.max(kAfter, kEarliest) * period
}

/**
 * Counts one probe run at `now` the way doProbe does: a streak of equal results must reach
 * successThreshold / failureThreshold before the stored result changes; an errored run (`unknown`)
 * is thrown away. A liveness failure or any startup verdict puts the worker on hold until a new
 * container appears. Pure.
 */
export function applyProbeResult(
  s: ProbeState,
  result: ProbeResult,
  now: number,
  output = '',
): { state: ProbeState; effect: ProbeEffect } {
  let state: ProbeState = { ...s, after: Math.max(s.after, now), manualAt: null }
  const none = { state, effect: { type: 'none' } as ProbeEffect }
  if (result === 'unknown') return none

  if (state.lastResult === result) state.resultRun++
  else state = { ...state, lastResult: result, resultRun: 1 }
  const threshold = result === 'failure' ? state.timing.failureThreshold : state.timing.successThreshold
  if (state.resultRun < threshold) return { state, effect: { type: 'none' } }

  const changed = state.stored !== result
  state.stored = result
  const grace = state.timing.terminationGracePeriodSeconds
  const restart = (cause: 'liveness' | 'startup'): ProbeEffect =>
    grace === undefined ? { type: 'restart', cause, output } : { type: 'restart', cause, gracePeriodSeconds: grace, output }

  switch (state.kind) {
    case 'readiness':
      return { state, effect: changed ? { type: 'ready', ready: result === 'success' } : { type: 'none' } }
    case 'liveness':
      if (result === 'success') return { state, effect: { type: 'none' } }
      return { state: { ...state, onHold: true, resultRun: 0 }, effect: restart('liveness') }
    case 'startup': {
      const held = { ...state, onHold: true, resultRun: 0 }
      if (result === 'success') return { state: { ...held, started: true }, effect: { type: 'started' } }
      return { state: held, effect: restart('startup') }
    }
  }
}

/**
 * A manual run at `now` (prober_manager.UpdatePodStatus asks the readiness worker for one whenever
 * it builds a status for a started container that is not ready yet): the run happens at once if
 * the gates allow it, and the ticker restarts from `now`. Pure.
 */
export function triggerProbe(s: ProbeState, now: number): ProbeState {
  if (s.stopped) return s
  const state = { ...s, anchor: now, after: Math.max(s.after, now), manualAt: null }
  return eligible(state, now) ? { ...state, manualAt: now } : state
}

/** The container is now started (its startup probe passed): liveness and readiness may run. Pure. */
export function markStarted(s: ProbeState): ProbeState {
  return { ...s, started: true }
}

/**
 * A new container (a restart) started running at `startedAt`: the worker writes its initial
 * value for it and comes off hold; `started` as in initialProbeState. Pure.
 */
export function newContainer(s: ProbeState, startedAt: number, opts: { started?: boolean } = {}): ProbeState {
  if (s.stopped) return s
  return {
    ...s,
    startedAt,
    after: Math.max(s.after, startedAt),
    manualAt: null,
    started: s.kind === 'startup' ? false : (opts.started ?? true),
    stored: initialStoredResult(s.kind),
    onHold: false,
  }
}

/**
 * The container stopped running. The worker writes Failure for it (so readiness drops) and keeps
 * waiting for a new container only if this one will be restarted; otherwise it exits. Pure.
 */
export function containerExited(s: ProbeState, willRestart: boolean): { state: ProbeState; effect: ProbeEffect } {
  const wasReady = s.kind === 'readiness' && s.stored === 'success'
  const state: ProbeState = { ...s, startedAt: null, manualAt: null, stored: 'failure', stopped: s.stopped || !willRestart }
  return { state, effect: wasReady ? { type: 'ready', ready: false } : { type: 'none' } }
}

/**
 * The pod got a deletionTimestamp: liveness and startup workers write Success for a quiet
 * shutdown and exit; readiness keeps probing until the container is gone. Pure.
 */
export function podDeleting(s: ProbeState): ProbeState {
  if (s.kind === 'readiness' || s.stopped) return s
  return { ...s, stored: 'success', stopped: true, manualAt: null }
}

/** The pod reached Succeeded or Failed (or was removed): the worker exits. Pure. */
export function stopProbe(s: ProbeState): ProbeState {
  return { ...s, stopped: true, manualAt: null }
}

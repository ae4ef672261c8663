import { describe, it, expect } from 'vitest'
import type { Probe } from '../api/types'
import {
  applyProbeResult, containerExited, initialProbeState, markStarted, newContainer, nextProbeAt, podDeleting,
  probeTiming, triggerProbe, type ProbeEffect, type ProbeKind, type ProbeResult, type ProbeState,
} from './worker'

const exec: Probe['exec'] = { command: ['true'] }
const probe = (p: Omit<Probe, 'exec'> = {}): Probe => ({ exec, ...p })

// Runs the given results at the times the worker asks for them; returns [seconds, effect] pairs.
function drive(state: ProbeState, results: ProbeResult[]): { steps: [number, ProbeEffect['type'] | string][]; state: ProbeState } {
  const steps: [number, string][] = []
  let s = state
  for (const r of results) {
    const at = nextProbeAt(s)
    if (at === null) break
    const out = applyProbeResult(s, r, at)
    s = out.state
    const e = out.effect
    steps.push([at / 1000, e.type === 'ready' ? `ready=${e.ready}` : e.type === 'restart' ? `restart:${e.cause}` : e.type])
  }
  return { steps, state: s }
}

const S = 'success' as const
const F = 'failure' as const
const U = 'unknown' as const

describe('threshold counting (worker.doProbe)', () => {
  const cases: { name: string; kind: ProbeKind; probe: Probe; results: ProbeResult[]; want: [number, string][] }[] = [
    {
      name: 'liveness failureThreshold 3, period 10: restart at the 3rd failure',
      kind: 'liveness', probe: probe({ periodSeconds: 10, failureThreshold: 3 }), results: [F, F, F, F],
      want: [[10, 'none'], [20, 'none'], [30, 'restart:liveness']],
    },
    {
      name: 'liveness: a success breaks the failure streak',
      kind: 'liveness', probe: probe({ failureThreshold: 3 }), results: [F, F, S, F, F, F],
      want: [[10, 'none'], [20, 'none'], [30, 'none'], [40, 'none'], [50, 'none'], [60, 'restart:liveness']],
    },
    {
      name: 'liveness failureThreshold 1 restarts at the first failure',
      kind: 'liveness', probe: probe({ periodSeconds: 5, failureThreshold: 1 }), results: [S, F],
      want: [[5, 'none'], [10, 'restart:liveness']],
    },
    {
      name: 'liveness: an errored run is thrown away and does not break the streak',
      kind: 'liveness', probe: probe({ failureThreshold: 3 }), results: [F, U, F, F],
      want: [[10, 'none'], [20, 'none'], [30, 'none'], [40, 'restart:liveness']],
    },
    {
      name: 'readiness successThreshold 2, failureThreshold 3',
      kind: 'readiness', probe: probe({ successThreshold: 2, failureThreshold: 3 }), results: [S, S, S, F, F, S, F, F, F, F],
      want: [[10, 'none'], [20, 'ready=true'], [30, 'none'], [40, 'none'], [50, 'none'], [60, 'none'],
        [70, 'none'], [80, 'none'], [90, 'ready=false'], [100, 'none']],
    },
    {
      name: 'readiness starts not ready: the first success (threshold 1) flips it, failures below threshold do not',
      kind: 'readiness', probe: probe({ periodSeconds: 5 }), results: [F, S, F, F, S],
      want: [[5, 'none'], [10, 'ready=true'], [15, 'none'], [20, 'none'], [25, 'none']],
    },
    {
      name: 'readiness failureThreshold 1',
      kind: 'readiness', probe: probe({ failureThreshold: 1 }), results: [S, F, S],
      want: [[10, 'ready=true'], [20, 'ready=false'], [30, 'ready=true']],
    },
    {
      name: 'startup failureThreshold 3: restart at the 3rd failure, then on hold',
      kind: 'startup', probe: probe({ periodSeconds: 10, failureThreshold: 3 }), results: [F, F, F, F],
      want: [[10, 'none'], [20, 'none'], [30, 'restart:startup']],
    },
    {
      name: 'startup: the first success starts the container and ends the startup probe',
      kind: 'startup', probe: probe({ periodSeconds: 2, failureThreshold: 30 }), results: [F, F, S, F],
      want: [[2, 'none'], [4, 'none'], [6, 'started']],
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(drive(initialProbeState(c.probe, c.kind, 0), c.results).steps).toEqual(c.want)
    })
  }

  it('the restart effect carries the probe-level grace period and the last output', () => {
    let s = initialProbeState(probe({ failureThreshold: 1, terminationGracePeriodSeconds: 5 }), 'liveness', 0)
    const out = applyProbeResult(s, 'failure', nextProbeAt(s)!, 'boom')
    expect(out.effect).toEqual({ type: 'restart', cause: 'liveness', gracePeriodSeconds: 5, output: 'boom' })
    s = out.state
    expect(nextProbeAt(s)).toBeNull()
  })
})

describe('first probe timing (initialDelaySeconds, periodSeconds, no jitter)', () => {
  const cases: { delay: number; period: number; anchor?: number; first: number; second: number }[] = [
    { delay: 0, period: 10, first: 10, second: 20 },
    { delay: 5, period: 10, first: 5, second: 15 },
    { delay: 15, period: 10, first: 15, second: 25 },
    { delay: 3, period: 1, first: 3, second: 4 },
    // Ticker phased by the pod's admission 3 s before the container started.
    { delay: 0, period: 10, anchor: -3, first: 7, second: 17 },
    { delay: 5, period: 10, anchor: -3, first: 7, second: 17 },
    { delay: 8, period: 10, anchor: -3, first: 17, second: 27 },
  ]
  for (const c of cases) {
    it(`delay ${c.delay}s period ${c.period}s anchor ${c.anchor ?? 'default'}: ${c.first}s then ${c.second}s`, () => {
      const start = 100_000
      const anchor = c.anchor === undefined ? undefined : start + c.anchor * 1000
      let s = initialProbeState(probe({ initialDelaySeconds: c.delay, periodSeconds: c.period }), 'liveness', start, { anchor })
      const first = nextProbeAt(s)!
      s = applyProbeResult(s, 'success', first).state
      expect([(first - start) / 1000, (nextProbeAt(s)! - start) / 1000]).toEqual([c.first, c.second])
    })
  }

  it('probeTiming applies the API defaults', () => {
    expect(probeTiming(probe())).toEqual({ initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 })
  })
})

describe('startup gating', () => {
  it('liveness and readiness wait for the container to be started, then run on their own ticks', () => {
    let live = initialProbeState(probe({ periodSeconds: 10 }), 'liveness', 0, { started: false })
    expect(nextProbeAt(live)).toBeNull()
    live = markStarted(live)
    live = { ...live, after: 25_000 }
    expect(nextProbeAt(live)).toBe(30_000)
  })

  it('a startup success hands over to liveness with markStarted', () => {
    let startup = initialProbeState(probe({ periodSeconds: 5 }), 'startup', 0)
    let live = initialProbeState(probe({ periodSeconds: 10, failureThreshold: 1 }), 'liveness', 0, { started: false })
    const out = applyProbeResult(startup, 'success', nextProbeAt(startup)!)
    startup = out.state
    expect(out.effect).toEqual({ type: 'started' })
    expect(nextProbeAt(startup)).toBeNull()
    live = markStarted(live)
    expect(nextProbeAt(live)).toBe(10_000)
  })
})

describe('manual readiness trigger (prober_manager.UpdatePodStatus)', () => {
  it('runs at once and restarts the ticker from there', () => {
    let s = initialProbeState(probe({ periodSeconds: 10 }), 'readiness', 0)
    s = triggerProbe(s, 1_000)
    expect(nextProbeAt(s)).toBe(1_000)
    const out = applyProbeResult(s, 'success', 1_000)
    expect(out.effect).toEqual({ type: 'ready', ready: true })
    expect(nextProbeAt(out.state)).toBe(11_000)
  })

  it('inside the initial delay it is a no-op that still resets the ticker', () => {
    let s = initialProbeState(probe({ initialDelaySeconds: 5, periodSeconds: 10 }), 'readiness', 0)
    s = triggerProbe(s, 2_000)
    expect(nextProbeAt(s)).toBe(12_000)
  })
})

describe('container exits and restarts', () => {
  it('readiness drops when the container exits; the worker stops if it will not restart', () => {
    let s = initialProbeState(probe(), 'readiness', 0)
    s = applyProbeResult(s, 'success', nextProbeAt(s)!).state
    const out = containerExited(s, false)
    expect(out.effect).toEqual({ type: 'ready', ready: false })
    expect(out.state.stopped).toBe(true)
    expect(nextProbeAt(out.state)).toBeNull()
    expect(nextProbeAt(newContainer(out.state, 50_000))).toBeNull()
  })

  it('a readiness success streak carries over into the next container, as in the kubelet', () => {
    let s = initialProbeState(probe({ successThreshold: 2 }), 'readiness', 0)
    s = drive(s, [S, S, S]).state
    s = containerExited(s, true).state
    expect(nextProbeAt(s)).toBeNull()
    s = newContainer(s, 35_000)
    expect(s.stored).toBe('failure')
    const at = nextProbeAt(s)!
    expect(at).toBe(40_000)
    expect(applyProbeResult(s, 'success', at).effect).toEqual({ type: 'ready', ready: true })
  })

  it('liveness resumes on a new container on the old ticks and needs the full streak again', () => {
    let s = initialProbeState(probe({ failureThreshold: 3 }), 'liveness', 0)
    s = drive(s, [F, F, F]).state
    expect(nextProbeAt(s)).toBeNull()
    s = newContainer(containerExited(s, true).state, 42_000)
    expect(s.stored).toBe('success')
    expect(drive(s, [F, F, F]).steps).toEqual([[50, 'none'], [60, 'none'], [70, 'restart:liveness']])
  })

  it('a restarted container with a startup probe gates liveness again', () => {
    const s = newContainer(initialProbeState(probe(), 'liveness', 0), 40_000, { started: false })
    expect(nextProbeAt(s)).toBeNull()
  })

  it('pod deletion stops liveness and startup with a quiet Success, readiness keeps going', () => {
    const live = podDeleting(initialProbeState(probe(), 'liveness', 0))
    expect([live.stopped, live.stored, nextProbeAt(live)]).toEqual([true, 'success', null])
    const ready = podDeleting(initialProbeState(probe(), 'readiness', 0))
    expect(nextProbeAt(ready)).toBe(10_000)
  })
})

// Replaying a session from its seed and recorded commands: the statuses at chosen instants, the
// commands at their own instants, the cache that only rebuilds going back, and what it costs.
import { describe, expect, it } from 'vitest'
import { EXAMPLES } from '../lessons/examples'
import { createSandbox, printPodRow, type Sandbox } from '../sandbox'
import { coalesceFrames, replayTo, ReplayCache, type RecordedInput } from './replay'

const crashLoop = EXAMPLES.find((e) => e.id === '04-init-fails-always')!.yaml
const twoInits = EXAMPLES.find((e) => e.id === '01-two-init-containers')!.yaml
const T0 = createSandbox().now()
const apply = (at: number, yaml: string): RecordedInput => ({ at, end: at, line: 'kubectl apply -f -', stdin: yaml })

const statuses = (sb: Sandbox) => sb.pods().map((p) => `${p.metadata.name} ${printPodRow(p, sb.now()).status}`)
const state = (sb: Sandbox) => sb.exec('kubectl get pods -o yaml').stdout + JSON.stringify(sb.events())

describe('replayTo', () => {
  const inputs = [apply(T0, crashLoop)]

  it('rebuilds the cluster as it was at each instant', () => {
    // Headless timings of example 04: the first run fails at 2.119 s, back-off shows from 3.894 s,
    // the first restart fails at 13.263 s.
    expect(statuses(replayTo(1, inputs, T0))).toEqual(['failing-init Pending'])
    expect(statuses(replayTo(1, inputs, T0 + 1_000))).toEqual(['failing-init Init:0/1'])
    expect(statuses(replayTo(1, inputs, T0 + 3_000))).toEqual(['failing-init Init:Error'])
    const backOff = replayTo(1, inputs, T0 + 10_000)
    expect(statuses(backOff)).toEqual(['failing-init Init:CrashLoopBackOff'])
    expect(backOff.pod('failing-init')?.status?.initContainerStatuses?.[0]?.restartCount).toBe(1)
    const later = replayTo(1, inputs, T0 + 13_300)
    expect(statuses(later)).toEqual(['failing-init Init:Error'])
    expect(later.pod('failing-init')?.status?.initContainerStatuses?.[0]?.restartCount).toBe(2)
    expect(later.now()).toBe(T0 + 13_300)
  })

  it('runs a command at its own instant: not before it, already at it', () => {
    const at = T0 + 5_000
    expect(replayTo(1, [apply(at, twoInits)], at - 1).pods()).toEqual([])
    expect(statuses(replayTo(1, [apply(at, twoInits)], at))).toEqual(['myapp-pod Pending'])
  })

  it('leaves a command that lets time pass at its end, as it ran live', () => {
    const sleep: RecordedInput = { at: T0 + 1_000, end: T0 + 31_000, line: 'sleep 30' }
    expect(replayTo(1, [sleep], T0 + 10_000).now()).toBe(T0 + 31_000)
    expect(replayTo(1, [sleep], T0 + 40_000).now()).toBe(T0 + 40_000)
  })

  it('gives the same cluster for the same seed and inputs, and another for another seed', () => {
    const all = [apply(T0, crashLoop), apply(T0 + 20_000, twoInits)]
    expect(state(replayTo(1, all, T0 + 90_000))).toBe(state(replayTo(1, all, T0 + 90_000)))
    expect(state(replayTo(2, all, T0 + 90_000))).not.toBe(state(replayTo(1, all, T0 + 90_000)))
  })

  it('replays an hour of crash-looping in tens of milliseconds', () => {
    replayTo(1, inputs, T0 + 3_600_000)
    const started = performance.now()
    const sb = replayTo(1, inputs, T0 + 3_600_000)
    const ms = performance.now() - started
    expect(sb.pod('failing-init')?.status?.initContainerStatuses?.[0]?.restartCount).toBe(16)
    // About 25 ms on the machine this was written on; the bound only catches a change of scale.
    expect(ms).toBeLessThan(500)
  })
})

describe('ReplayCache', () => {
  const inputs = [apply(T0, crashLoop), apply(T0 + 60_000, twoInits)]

  it('moves forward by letting time pass, and rebuilds only to go back', () => {
    const cache = new ReplayCache(1)
    const a = cache.at(inputs, T0 + 30_000)
    const b = cache.at(inputs, T0 + 90_000)
    expect(b).toBe(a)
    expect(cache.rebuilds).toBe(1)
    expect(state(b)).toBe(state(replayTo(1, inputs, T0 + 90_000)))
    const c = cache.at(inputs, T0 + 45_000)
    expect(cache.rebuilds).toBe(2)
    expect(c).not.toBe(a)
    expect(state(c)).toBe(state(replayTo(1, inputs, T0 + 45_000)))
  })

  it('keeps its replay when commands are added after it, and rebuilds when the history is another', () => {
    const cache = new ReplayCache(1)
    cache.at(inputs.slice(0, 1), T0 + 30_000)
    const more = cache.at(inputs, T0 + 120_000)
    expect(cache.rebuilds).toBe(1)
    expect(state(more)).toBe(state(replayTo(1, inputs, T0 + 120_000)))
    cache.at([apply(T0, twoInits)], T0 + 150_000)
    expect(cache.rebuilds).toBe(2)
    cache.clear()
    cache.at(inputs, T0 + 150_000)
    expect(cache.rebuilds).toBe(3)
  })

  it('rebuilds when a command it has not played lies in its past', () => {
    const cache = new ReplayCache(1)
    cache.at([], T0 + 5_000)
    const late = [apply(T0 + 3_000, twoInits)]
    const sb = cache.at(late, T0 + 12_000)
    expect(cache.rebuilds).toBe(2)
    expect(state(sb)).toBe(state(replayTo(1, late, T0 + 12_000)))
    expect(statuses(sb)).toEqual(['myapp-pod Init:1/2'])
  })
})

describe('coalesceFrames', () => {
  it('applies only the latest value, once per frame', () => {
    const frames: (() => void)[] = []
    const seen: number[] = []
    const seek = coalesceFrames<number>((v) => seen.push(v), (run) => frames.push(run))
    seek(1)
    seek(2)
    seek(3)
    expect(frames).toHaveLength(1)
    frames.shift()!()
    expect(seen).toEqual([3])
    seek(4)
    expect(frames).toHaveLength(1)
    frames.shift()!()
    expect(seen).toEqual([3, 4])
  })
})

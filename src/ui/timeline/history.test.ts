// The timeline's memory, read off real sandbox runs of the examples (seed 1).
import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../sandbox'
import { EXAMPLES } from '../../lessons/examples'
import { TimelineHistory, type PodRecord } from './history'

const yaml = (id: string) => EXAMPLES.find((e) => e.id === id)!.yaml

function start(id: string) {
  const sb = createSandbox({ seed: 1 })
  const history = new TimelineHistory(sb)
  const t0 = sb.now()
  sb.exec('kubectl apply -f -', yaml(id))
  return { sb, history, t0 }
}

// Each container's changes as [ms since t0, state, reason, exitCode, restartCount, ready].
const changes = (rec: PodRecord, t0: number) =>
  Object.fromEntries([...rec.containers].map(([name, cs]) => [name, cs.map((c) => [c.at - t0, c.state, c.reason, c.exitCode, c.restartCount, c.ready])]))

describe('TimelineHistory', () => {
  it('records each container state change of the two-init example at its virtual instant', () => {
    const { sb, history, t0 } = start('01-two-init-containers')
    sb.advance(20_000)
    const [rec] = history.pods()
    expect(rec!.name).toBe('myapp-pod')
    expect(rec!.createdAt - t0).toBe(0)
    expect(changes(rec!, t0)).toEqual({
      'init-myservice': [[71, 'waiting', 'PodInitializing', undefined, 0, false], [2086, 'running', undefined, undefined, 0, false], [7086, 'terminated', 'Completed', 0, 0, true]],
      'init-mydb': [[71, 'waiting', 'PodInitializing', undefined, 0, false], [8135, 'running', undefined, undefined, 0, false], [11135, 'terminated', 'Completed', 0, 0, true]],
      'myapp-container': [[71, 'waiting', 'PodInitializing', undefined, 0, false], [11956, 'running', undefined, undefined, 0, true]],
    })
  })

  it('keeps only changes, not every write of the pod', () => {
    const sb = createSandbox({ seed: 1 })
    const history = new TimelineHistory(sb)
    const t0 = sb.now()
    let writes = 0
    sb.subscribe((e) => void (e.kind === 'Pod' && writes++))
    sb.exec('kubectl apply -f -', yaml('01-two-init-containers'))
    sb.advance(20_000)
    const recorded = [...history.pods()[0]!.containers.values()].reduce((n, cs) => n + cs.length, 0)
    expect(writes).toBe(9)
    expect(recorded).toBe(8)
    // The writes at 12 ms (binding) and 1273 ms (pulling) change no container state.
    const instants = new Set([...history.pods()[0]!.containers.values()].flat().map((c) => c.at - t0))
    expect([...instants].sort((a, b) => a - b)).toEqual([71, 2086, 7086, 8135, 11135, 11956])
  })

  it('times every occurrence of an aggregated event, and counts them', () => {
    const { sb, history, t0 } = start('04-init-fails-always')
    sb.advance(60_000)
    const [rec] = history.pods()
    const backOff = rec!.events.filter((e) => e.reason === 'BackOff')
    expect(backOff.map((e) => [e.at - t0, e.count, e.type, e.fieldPath])).toEqual([
      [3894, 1, 'Warning', 'spec.initContainers{init-check}'],
      [13586, 2, 'Warning', 'spec.initContainers{init-check}'],
      [33595, 3, 'Warning', 'spec.initContainers{init-check}'],
    ])
    // One Event object in the API, three occurrences in the history.
    expect(new Set(backOff.map((e) => e.uid)).size).toBe(1)
    expect(sb.events().filter((e) => e.reason === 'BackOff').map((e) => e.count)).toEqual([3])
    expect(rec!.events.find((e) => e.reason === 'Scheduled')).toMatchObject({ at: t0 + 12, fieldPath: undefined, count: 1 })
  })

  it('records the restarts of a failing init container as exits and back-offs', () => {
    const { sb, history, t0 } = start('04-init-fails-always')
    sb.advance(40_000)
    expect(changes(history.pods()[0]!, t0)['init-check']).toEqual([
      [71, 'waiting', 'PodInitializing', undefined, 0, false],
      [2119, 'terminated', 'Error', 1, 0, false],
      [3168, 'terminated', 'Error', 1, 1, false],
      [3894, 'waiting', 'CrashLoopBackOff', undefined, 1, false],
      [13263, 'terminated', 'Error', 1, 2, false],
      [13586, 'waiting', 'CrashLoopBackOff', undefined, 2, false],
      [33343, 'terminated', 'Error', 1, 3, false],
      [33595, 'waiting', 'CrashLoopBackOff', undefined, 3, false],
    ])
    expect(history.pods()[0]!.containers.get('init-check')![3]!.message).toMatch(/^back-off 10s restarting failed container=init-check /)
  })

  it('keeps a deleted pod and starts a new record for a pod created again under its name', () => {
    const { sb, history, t0 } = start('04-init-fails-always')
    sb.advance(15_000)
    sb.exec('kubectl delete pod failing-init --wait=false')
    sb.advance(5_000)
    sb.exec('kubectl apply -f -', yaml('04-init-fails-always'))
    sb.advance(5_000)
    const [old, fresh] = history.pods()
    expect(history.pods()).toHaveLength(2)
    expect([old!.name, fresh!.name]).toEqual(['failing-init', 'failing-init'])
    expect(old!.uid).not.toBe(fresh!.uid)
    expect([old!.deletingAt! - t0, old!.deletedAt! - t0, fresh!.createdAt - t0, fresh!.deletedAt]).toEqual([15_000, 15_080, 20_000, undefined])
    expect(changes(fresh!, t0)['init-check']![0]).toEqual([20_048, 'waiting', 'PodInitializing', undefined, 0, false])
    // Events go to the pod they name by uid, not by name.
    expect(fresh!.events.map((e) => e.at - t0)[0]).toBe(20_021)
    expect(old!.events.every((e) => e.at - t0 <= 15_080)).toBe(true)
    expect(history.pod(fresh!.uid)).toBe(fresh)
  })

  it('bumps its version and tells subscribers on each change, until disposed', () => {
    const { sb, history } = start('01-two-init-containers')
    let calls = 0
    const stop = history.subscribe(() => calls++)
    const before = history.version
    sb.advance(3_000)
    expect(history.version - before).toBe(calls)
    // Scheduled, the statuses at 71 ms, Pulling, Pulled, Created, Started, then running at 2086 ms.
    expect(calls).toBe(7)
    stop()
    sb.advance(3_000)
    expect(calls).toBe(7)
    const frozen = history.version
    history.dispose()
    sb.advance(20_000)
    expect(history.version).toBe(frozen)
  })

  it('attached late, takes the pods and events already there at their stamps', () => {
    const sb = createSandbox({ seed: 1 })
    const t0 = sb.now()
    sb.exec('kubectl apply -f -', yaml('04-init-fails-always'))
    sb.advance(40_000)
    const history = new TimelineHistory(sb)
    const [rec] = history.pods()
    expect(rec!.createdAt - t0).toBe(0)
    expect(changes(rec!, t0)['init-check']).toEqual([[40_000, 'waiting', 'CrashLoopBackOff', undefined, 3, false]])
    const backOff = rec!.events.find((e) => e.reason === 'BackOff')
    // The Event says 3 times, last at 09:00:33 (whole seconds): one occurrence, marked approximate.
    expect([backOff!.at - t0, backOff!.count, backOff!.approximate]).toEqual([33_000, 3, true])
  })
})

import { describe, expect, it } from 'vitest'
import type { KubeEvent } from '../../../engine/api/types'
import { eventAge, eventMessage, eventsFor, writeEvents } from './events'
import { PrefixWriter } from './prefixWriter'

const NOW = Date.UTC(2026, 0, 1, 9, 10, 0)

function event(extra: Partial<KubeEvent>): KubeEvent {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'p.1', namespace: 'default' },
    involvedObject: { kind: 'Pod', namespace: 'default', name: 'p', uid: 'u1' },
    reason: 'Pulled',
    message: 'pulled',
    source: { component: 'kubelet', host: 'node' },
    firstTimestamp: '2026-01-01T09:00:00Z',
    lastTimestamp: '2026-01-01T09:00:00Z',
    count: 1,
    type: 'Normal',
    eventTime: null,
    reportingComponent: 'kubelet',
    reportingInstance: 'node',
    ...extra,
  }
}

describe('eventAge', () => {
  it('prints the age of a single event', () => {
    expect(eventAge(event({}), NOW)).toBe('10m')
  })

  it('prints last, count and first for a repeated event', () => {
    expect(eventAge(event({ count: 3, lastTimestamp: '2026-01-01T09:09:30Z' }), NOW)).toBe('30s (x3 over 10m)')
  })

  it('reads the scheduler event from eventTime', () => {
    const e = event({ firstTimestamp: null, lastTimestamp: null, count: undefined, eventTime: '2026-01-01T09:09:58.012000Z' })
    expect(eventAge(e, NOW)).toBe('1s')
  })

  it('uses series.lastObservedTime for an event series', () => {
    const e = event({ firstTimestamp: null, lastTimestamp: null, eventTime: '2026-01-01T09:00:00.000000Z', series: { count: 4, lastObservedTime: '2026-01-01T09:09:00.000000Z' } })
    expect(eventAge(e, NOW)).toBe('60s (x4 over 10m)')
  })

  it('prints <unknown> without any timestamp', () => {
    expect(eventAge(event({ firstTimestamp: null, lastTimestamp: null }), NOW)).toBe('<unknown>')
  })
})

describe('eventMessage', () => {
  it('trims the message and prefixes the field path (kubectl v1.35)', () => {
    expect(eventMessage(event({ message: '  Started container app\n', involvedObject: { name: 'p', fieldPath: 'spec.initContainers{init}' } }))).toBe(
      'spec.initContainers{init}: Started container app',
    )
    expect(eventMessage(event({ message: 'Successfully assigned default/p to node' }))).toBe('Successfully assigned default/p to node')
  })
})

describe('eventsFor', () => {
  it('matches name, namespace and uid', () => {
    const mine = event({})
    const others = [event({ involvedObject: { name: 'p', namespace: 'default', uid: 'u0' } }), event({ involvedObject: { name: 'q', namespace: 'default', uid: 'u1' } })]
    expect(eventsFor({ name: 'p', namespace: 'default', uid: 'u1' }, [others[0], mine, others[1]])).toEqual([mine])
  })

  it('uses the mirror annotation as the uid of a mirror pod', () => {
    const e = event({ involvedObject: { name: 'p', namespace: 'default', uid: 'static-uid' } })
    expect(eventsFor({ name: 'p', namespace: 'default', uid: 'u1', annotations: { 'kubernetes.io/config.mirror': 'static-uid' } }, [e])).toEqual([e])
  })
})

describe('writeEvents', () => {
  it('prints <none> inline when there are no events', () => {
    const w = new PrefixWriter()
    writeEvents(w, [], NOW)
    expect(w.text()).toBe('Events:  <none>\n')
  })

  // Verified against kubectl v1.35.2 (same events, shifted to the real clock).
  it('sorts by lastTimestamp, with the scheduler event (no lastTimestamp) first, and falls back to reportingComponent', () => {
    const w = new PrefixWriter()
    const scheduled = event({
      metadata: { name: 'p.0', namespace: 'default' },
      reason: 'Scheduled',
      message: 'Successfully assigned default/p to node',
      source: {},
      firstTimestamp: null,
      lastTimestamp: null,
      count: undefined,
      eventTime: '2026-01-01T09:00:00.012000Z',
      reportingComponent: 'default-scheduler',
    })
    writeEvents(w, [event({}), scheduled], NOW)
    expect(w.text()).toBe(
      'Events:\n' +
        '  Type    Reason     Age    From               Message\n' +
        '  ----    ------     ----   ----               -------\n' +
        '  Normal  Scheduled  9m59s  default-scheduler  Successfully assigned default/p to node\n' +
        '  Normal  Pulled     10m    kubelet            pulled\n',
    )
  })
})

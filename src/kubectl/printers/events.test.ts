import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { KubeEvent } from '../../engine/api/types'
import { eventCells, formatEventsTable, goTrimSpace, type EventTableOptions } from './events'

// Goldens: stdout of a real kubectl v1.35.2 `get events` (file name: <case>[.<variant>].golden.txt,
// variant = wide / A / noheaders joined by '-'). The stub API server returned a Table whose cells
// came from eventCells, so these pin the client-side table (columns, -o wide, -A, --no-headers).
const DIR = fileURLToPath(new URL('../testdata/printers/', import.meta.url))

function optionsOf(variant: string): EventTableOptions {
  const parts = variant.split('-')
  return { wide: parts.includes('wide'), namespaceColumn: parts.includes('A'), noHeaders: parts.includes('noheaders') }
}

describe('formatEventsTable against kubectl v1.35.2', () => {
  const goldens = readdirSync(DIR).filter((f) => /^events-.*\.golden\.txt$/.test(f))
  it('has golden cases', () => expect(goldens.length).toBeGreaterThanOrEqual(8))
  for (const golden of goldens) {
    it(golden, () => {
      const [, base, variant = ''] = /^(events-[^.]+)(?:\.([^.]+))?\.golden\.txt$/.exec(golden) ?? []
      const input = JSON.parse(readFileSync(`${DIR}${base}.json`, 'utf8')) as { events: KubeEvent[]; now: number }
      expect(formatEventsTable(input.events, input.now, optionsOf(variant))).toBe(readFileSync(DIR + golden, 'utf8'))
    })
  }
})

const NOW = Date.UTC(2026, 0, 1, 9, 10, 0)

function event(extra: Partial<KubeEvent>): KubeEvent {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'p.1', namespace: 'default' },
    involvedObject: { kind: 'Pod', namespace: 'default', name: 'p', uid: 'u1', fieldPath: 'spec.containers{app}' },
    reason: 'BackOff',
    message: 'Back-off restarting failed container app',
    source: { component: 'kubelet', host: 'node' },
    firstTimestamp: '2026-01-01T09:00:00Z',
    lastTimestamp: '2026-01-01T09:09:30Z',
    count: 5,
    type: 'Warning',
    eventTime: null,
    reportingComponent: 'kubelet',
    reportingInstance: 'node',
    ...extra,
  }
}

describe('eventCells (printEvent)', () => {
  it('fills every column of a kubelet event', () => {
    expect(eventCells(event({}), NOW)).toEqual({
      lastSeen: '30s',
      type: 'Warning',
      reason: 'BackOff',
      object: 'pod/p',
      subobject: 'spec.containers{app}',
      source: 'kubelet, node',
      message: 'Back-off restarting failed container app',
      firstSeen: '10m',
      count: '5',
      name: 'p.1',
    })
  })

  it('reads scheduler events from eventTime and the reporting fields', () => {
    const e = event({ source: {}, firstTimestamp: null, lastTimestamp: null, count: undefined, eventTime: '2026-01-01T09:00:00.012000Z', reportingComponent: 'default-scheduler', reportingInstance: 'default-scheduler-cp' })
    const c = eventCells(e, NOW)
    expect([c.lastSeen, c.firstSeen, c.count, c.source]).toEqual(['9m59s', '9m59s', '1', 'default-scheduler, default-scheduler-cp'])
  })

  it('takes LAST SEEN and COUNT from a series, and prints a nameless object as its kind', () => {
    const e = event({ series: { count: 7, lastObservedTime: '2026-01-01T09:09:50.000000Z' }, involvedObject: { kind: 'Node' } })
    const c = eventCells(e, NOW)
    expect([c.lastSeen, c.count, c.object]).toEqual(['10s', '7', 'node'])
  })
})

describe('formatEventsTable', () => {
  it('prints the plain columns, cutting messages at a line break', () => {
    expect(formatEventsTable([event({ message: 'first\nsecond' })], NOW)).toBe(
      'LAST SEEN   TYPE      REASON    OBJECT   MESSAGE\n30s         Warning   BackOff   pod/p    first...\n',
    )
  })

  it('prints nothing for no events', () => {
    expect(formatEventsTable([], NOW)).toBe('')
  })
})

describe('goTrimSpace', () => {
  it('trims what Go trims (NEL too) but keeps a BOM', () => {
    expect(goTrimSpace('\u0085 a \n')).toBe('a')
    expect(goTrimSpace('\ufeffa')).toBe('\ufeffa')
  })
})

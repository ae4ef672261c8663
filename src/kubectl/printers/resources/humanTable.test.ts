import { describe, expect, it } from 'vitest'
import type { KubeEvent, KubeObject } from '../../../engine/api/types'
import { formatEventsTable } from '../events'
import { createPodWatchPrinter, formatPodTable } from '../table'
import { GET_TABWRITER, TabWriter } from '../tabwriter'
import { escapeCell, HumanTablePrinter, type HumanPrintOptions } from './humanTable'
import { serverTable } from './index'

const NOW = Date.UTC(2026, 0, 1, 9, 0, 0)

function pod(name: string, ns: string, phase: string, labels?: Record<string, string>): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: ns, creationTimestamp: '2026-01-01T08:59:00Z', labels },
    spec: { containers: [{ name: 'c' }], nodeName: 'initlab-worker' },
    status: { phase, podIPs: [{ ip: '10.244.1.7' }] },
  }
}

const pods = [pod('myapp-pod', 'default', 'Running', { app: 'myapp' }), pod('a-much-longer-pod-name', 'kube-system', 'Pending')]

function print(objects: KubeObject[], kind: string, opts: HumanPrintOptions): string {
  const w = new TabWriter(GET_TABWRITER)
  new HumanTablePrinter(opts).print(serverTable(kind, objects, NOW), w)
  return w.flush()
}

describe('HumanTablePrinter', () => {
  it.each([
    [{}],
    [{ wide: true }],
    [{ noHeaders: true }],
    [{ showLabels: true, wide: true }],
    [{ withNamespace: true, showLabels: true }],
  ] as const)('prints pods exactly as the pinned pod table does (%j)', (opts) => {
    expect(print(pods, 'Pod', opts)).toBe(formatPodTable(pods, NOW, { ...opts, namespaceColumn: 'withNamespace' in opts }))
  })

  it('prints events exactly as the pinned events table does', () => {
    const ev = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'myapp-pod.1', namespace: 'default' },
      involvedObject: { kind: 'Pod', name: 'myapp-pod', fieldPath: 'spec.containers{c}' },
      reason: 'Started',
      message: 'Started container c',
      source: { component: 'kubelet', host: 'initlab-worker' },
      firstTimestamp: '2026-01-01T08:59:30Z',
      lastTimestamp: '2026-01-01T08:59:40Z',
      count: 2,
      type: 'Normal',
      eventTime: null,
      reportingComponent: 'kubelet',
      reportingInstance: 'initlab-worker',
    } as KubeEvent
    expect(print([ev], 'Event', { wide: true, withNamespace: true })).toBe(formatEventsTable([ev], NOW, { wide: true, namespaceColumn: true }))
    expect(print([ev], 'Event', {})).toBe(formatEventsTable([ev], NOW))
  })

  it('prints the header once per column set and keeps widths across calls, as a watch does', () => {
    const w = new TabWriter(GET_TABWRITER)
    const p = new HumanTablePrinter()
    const watch = createPodWatchPrinter()
    const steps: KubeObject[][] = [[], [pods[0]], [pods[1]], [pods[0]]]
    for (const objs of steps) {
      p.print(serverTable('Pod', objs, NOW), w)
      expect(w.flush()).toBe(objs.length === 0 ? watch.list([], NOW) : watch.row(objs[0], NOW))
    }
  })

  it('prefixes the name column with the kind when several kinds are printed', () => {
    expect(print([pods[0]], 'Pod', { kindPrefix: 'pod' })).toBe(
      'NAME            READY   STATUS    RESTARTS   AGE\npod/myapp-pod   0/1     Running   0          60s\n',
    )
  })

  it('prints nothing for an empty table', () => {
    expect(print([], 'Pod', {})).toBe('')
    expect(print([], 'Pod', { noHeaders: true })).toBe('')
  })

  it('cuts cells at the first line break and defuses terminal escapes', () => {
    expect(escapeCell('line one\nline two')).toBe('line one...')
    expect(escapeCell('a\x1b[31mred')).toBe('a^[[31mred')
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { KubeEvent, Pod } from '../../../engine/api/types'
import { describePod } from './pod'

// Every golden below is the stdout of a real kubectl v1.35.2 (describe pod against a stub API server
// serving the .json beside it); "now" is the instant kubectl ran. Never regenerate them from our own output.
const DIR = fileURLToPath(new URL('../../testdata/printers/', import.meta.url))
const cases = readdirSync(DIR).filter((f) => /^describe-.*\.json$/.test(f))

describe('describePod against kubectl v1.35.2', () => {
  it('has golden cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8)
  })

  for (const file of cases) {
    it(file.replace(/\.json$/, ''), () => {
      const input = JSON.parse(readFileSync(DIR + file, 'utf8')) as { pod: Pod; events: KubeEvent[]; now: number }
      const golden = readFileSync(DIR + file.replace(/\.json$/, '.golden.txt'), 'utf8')
      expect(describePod(input.pod, input.events, input.now)).toBe(golden)
    })
  }
})

const NOW = Date.UTC(2026, 0, 1, 9, 1, 0)

function pod(extra: Partial<Pod> = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', namespace: 'default', uid: 'u1', creationTimestamp: '2026-01-01T09:00:00Z' },
    spec: { containers: [{ name: 'app', image: 'busybox:1.36' }] },
    ...extra,
  }
}

describe('describePod', () => {
  // The expected strings in this block were printed by kubectl v1.35.2 for the same pods.
  it('prints an unscheduled pod without container statuses', () => {
    expect(describePod(pod({ status: { phase: 'Pending', qosClass: 'BestEffort' } }), [], NOW)).toBe(
      'Name:         p\n' +
        'Namespace:    default\n' +
        'Node:         <none>\n' +
        'Labels:       <none>\n' +
        'Annotations:  <none>\n' +
        'Status:       Pending\n' +
        'IP:           \n' +
        'IPs:          <none>\n' +
        'Containers:\n' +
        '  app:\n' +
        '    Image:        busybox:1.36\n' +
        '    Port:         <none>\n' +
        '    Host Port:    <none>\n' +
        '    Environment:  <none>\n' +
        '    Mounts:       <none>\n' +
        'Volumes:          <none>\n' +
        'QoS Class:        BestEffort\n' +
        'Node-Selectors:   <none>\n' +
        'Tolerations:      <none>\n' +
        'Events:           <none>\n',
    )
  })

  it('hides last-applied-configuration, prints Containers: <none> and computes a missing QoS class', () => {
    const p = pod({
      metadata: { name: 'p', namespace: 'default', uid: 'u1', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}\n', team: 'a' } },
      spec: { containers: [] },
    })
    expect(describePod(p, [], NOW)).toBe(
      'Name:         p\n' +
        'Namespace:    default\n' +
        'Node:         <none>\n' +
        'Labels:       <none>\n' +
        'Annotations:  team: a\n' +
        'Status:       \n' +
        'IP:           \n' +
        'IPs:          <none>\n' +
        'Containers: <none>\n' +
        'Volumes:         <none>\n' +
        'QoS Class:       BestEffort\n' +
        'Node-Selectors:  <none>\n' +
        'Tolerations:     <none>\n' +
        'Events:          <none>\n',
    )
  })

  // Verified against kubectl v1.35.2 (shifted to the real clock).
  it('shows only the events whose involvedObject is this pod, in a table aligned on its own', () => {
    const event = (name: string, uid: string): KubeEvent => ({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${name}.1`, namespace: 'default' },
      involvedObject: { kind: 'Pod', namespace: 'default', name, uid, fieldPath: 'spec.containers{app}' },
      reason: 'Started',
      message: 'Started container app',
      source: { component: 'kubelet', host: 'node' },
      firstTimestamp: '2026-01-01T09:00:30Z',
      lastTimestamp: '2026-01-01T09:00:30Z',
      count: 1,
      type: 'Normal',
      eventTime: null,
      reportingComponent: 'kubelet',
      reportingInstance: 'node',
    })
    const out = describePod(pod(), [event('p', 'u1'), event('p', 'old-uid'), event('q', 'u1')], NOW)
    expect(out.slice(out.indexOf('Events:'))).toBe(
      'Events:\n' +
        '  Type    Reason   Age   From     Message\n' +
        '  ----    ------   ----  ----     -------\n' +
        '  Normal  Started  30s   kubelet  spec.containers{app}: Started container app\n',
    )
  })
})

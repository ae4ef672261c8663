import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { KubeEvent, KubeObject, Pod } from '../../../engine/api/types'
import { describeService, formatEndpointSlices, serviceEndpointSlices, type EndpointSliceView } from './service'

// Goldens are real kubectl v1.35.2 output against a stub API server (see testdata/describe/README.md).
const DIR = fileURLToPath(new URL('../../testdata/describe/', import.meta.url))
const cases = readdirSync(DIR).filter((f) => /^describe-service-.*\.json$/.test(f))

describe('describeService against kubectl v1.35.2', () => {
  it('has golden cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9)
  })

  for (const file of cases) {
    it(file.replace(/\.json$/, ''), () => {
      const input = JSON.parse(readFileSync(DIR + file, 'utf8')) as { service: KubeObject; slices: EndpointSliceView[]; events: KubeEvent[]; now: number }
      const golden = readFileSync(DIR + file.replace(/\.json$/, '.golden.txt'), 'utf8')
      expect(describeService(input.service, input.slices, input.events, input.now)).toBe(golden)
    })
  }
})

describe('describeService', () => {
  it('leaves out the Events section when events are not shown (--show-events=false)', () => {
    const svc: KubeObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'default' }, spec: { type: 'ClusterIP', sessionAffinity: 'None' } }
    expect(describeService(svc, [], undefined, 0)).toBe(
      'Name:              s\n' +
        'Namespace:         default\n' +
        'Labels:            <none>\n' +
        'Annotations:       <none>\n' +
        'Selector:          <none>\n' +
        'Type:              ClusterIP\n' +
        'IP Families:       <none>\n' +
        'IP:                \n' +
        'IPs:               <none>\n' +
        'Session Affinity:  None\n',
    )
  })
})

const ready = (ip: string, ok = true) => ({ addresses: [ip], ready: ok })

describe('formatEndpointSlices', () => {
  it('is <none> without slices and empty for a placeholder slice', () => {
    expect(formatEndpointSlices([], '')).toBe('<none>')
    expect(formatEndpointSlices([{ ports: [], endpoints: [] }], '')).toBe('')
  })

  it('lists ready endpoints of the named port, three at most', () => {
    const slice: EndpointSliceView = {
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }, { name: 'metrics', port: 9090, protocol: 'TCP' }],
      endpoints: [ready('10.0.0.1'), ready('10.0.0.2', false), ready('10.0.0.3'), ready('10.0.0.4'), ready('10.0.0.5'), ready('10.0.0.6')],
    }
    expect(formatEndpointSlices([slice], 'metrics')).toBe('10.0.0.1:9090,10.0.0.3:9090,10.0.0.4:9090 + 2 more...')
    expect(formatEndpointSlices([slice], 'dns')).toBe('')
  })

  it('prints bare addresses for slices without ports and brackets IPv6 addresses', () => {
    expect(formatEndpointSlices([{ ports: [], endpoints: [ready('10.0.0.1'), ready('10.0.0.2')] }], '')).toBe('10.0.0.1,10.0.0.2')
    expect(formatEndpointSlices([{ ports: [{ name: '', port: 80, protocol: 'TCP' }], endpoints: [ready('fd00::1')] }], '')).toBe('[fd00::1]:80')
  })

  it('counts a not-ready endpoint met after the third toward nothing', () => {
    const endpoints = [ready('a'), ready('b'), ready('c'), ready('d', false)]
    expect(formatEndpointSlices([{ ports: [], endpoints }], '')).toBe('a,b,c + 0 more...')
  })
})

function pod(name: string, labels: Record<string, string>, opts: { ip?: string; ready?: boolean; phase?: string; deleting?: boolean; ports?: { name?: string; containerPort: number }[] } = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels, ...(opts.deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
    spec: { containers: [{ name: 'c', image: 'x', ports: opts.ports }] },
    status: {
      phase: opts.phase ?? 'Running',
      ...(opts.ip ? { podIP: opts.ip, podIPs: [{ ip: opts.ip }] } : {}),
      conditions: [{ type: 'Ready', status: opts.ready === false ? 'False' : 'True' }],
    },
  }
}

function service(spec: Record<string, unknown>): KubeObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'default' }, spec }
}

describe('serviceEndpointSlices', () => {
  const ports = [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'web' }, { name: 'raw', port: 81, protocol: 'TCP', targetPort: 9000 }]

  it('keeps no slice for a service without a selector or of type ExternalName', () => {
    expect(serviceEndpointSlices(service({ ports }), [pod('a', { app: 'x' }, { ip: '10.0.0.1' })])).toEqual([])
    expect(serviceEndpointSlices(service({ type: 'ExternalName', selector: { app: 'x' } }), [])).toEqual([])
  })

  it('keeps a placeholder slice when no pod qualifies', () => {
    const pods = [pod('no-ip', { app: 'x' }), pod('done', { app: 'x' }, { ip: '10.0.0.2', phase: 'Succeeded' }), pod('other', { app: 'y' }, { ip: '10.0.0.3' })]
    expect(serviceEndpointSlices(service({ selector: { app: 'x' }, ports }), pods)).toEqual([{ ports: [], endpoints: [] }])
  })

  it('resolves named target ports per pod and groups pods by their resolved ports', () => {
    const pods = [
      pod('a', { app: 'x' }, { ip: '10.0.0.1', ports: [{ name: 'web', containerPort: 8080 }] }),
      pod('b', { app: 'x' }, { ip: '10.0.0.2', ready: false, ports: [{ name: 'web', containerPort: 8080 }] }),
      pod('c', { app: 'x' }, { ip: '10.0.0.3' }),
      pod('d', { app: 'x' }, { ip: '10.0.0.4', deleting: true, ports: [{ name: 'web', containerPort: 8080 }] }),
    ]
    expect(serviceEndpointSlices(service({ selector: { app: 'x' }, ports }), pods)).toEqual([
      {
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }, { name: 'raw', port: 9000, protocol: 'TCP' }],
        endpoints: [{ addresses: ['10.0.0.1'], ready: true }, { addresses: ['10.0.0.2'], ready: false }, { addresses: ['10.0.0.4'], ready: false }],
      },
      { ports: [{ name: 'raw', port: 9000, protocol: 'TCP' }], endpoints: [{ addresses: ['10.0.0.3'], ready: true }] },
    ])
  })

  it('marks not-ready pods ready when the service publishes not-ready addresses', () => {
    const slices = serviceEndpointSlices(service({ selector: { app: 'x' }, publishNotReadyAddresses: true, ports: [{ port: 80, targetPort: 80 }] }), [pod('a', { app: 'x' }, { ip: '10.0.0.1', ready: false })])
    expect(slices).toEqual([{ ports: [{ name: '', port: 80, protocol: 'TCP' }], endpoints: [{ addresses: ['10.0.0.1'], ready: true }] }])
  })
})

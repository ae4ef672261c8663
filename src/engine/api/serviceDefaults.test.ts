import { describe, expect, it } from 'vitest'
import { createClusterIPAllocator, defaultService } from './serviceDefaults'
import type { Service } from './types'

const svc = (spec: Service['spec']): Service => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'mydb', namespace: 'default' }, spec })

describe('defaultService', () => {
  it('fills in what the API server adds to a ClusterIP Service', () => {
    const out = defaultService(svc({ selector: { app: 'db' }, ports: [{ port: 5432 }] }), () => '10.96.12.34')
    expect(out.spec).toEqual({
      ports: [{ protocol: 'TCP', port: 5432, targetPort: 5432 }],
      selector: { app: 'db' },
      clusterIP: '10.96.12.34',
      clusterIPs: ['10.96.12.34'],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    })
    expect(Object.keys(out.spec)).toEqual(['ports', 'selector', 'clusterIP', 'clusterIPs', 'type', 'sessionAffinity', 'ipFamilies', 'ipFamilyPolicy', 'internalTrafficPolicy'])
    expect(out.status).toEqual({ loadBalancer: {} })
  })

  it('keeps a named targetPort and an explicit or headless clusterIP', () => {
    let calls = 0
    const alloc = () => `10.96.0.${++calls}`
    const headless = defaultService(svc({ clusterIP: 'None', ports: [{ name: 'http', port: 80, targetPort: 'web' }] }), alloc)
    expect(headless.spec.clusterIPs).toEqual(['None'])
    expect(headless.spec.ports).toEqual([{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'web' }])
    expect(defaultService(svc({ clusterIP: '10.96.5.5', ports: [{ port: 1 }] }), alloc).spec.clusterIPs).toEqual(['10.96.5.5'])
    expect(calls).toBe(0)
  })

  it('gives NodePort Services node ports and an external traffic policy', () => {
    const out = defaultService(svc({ type: 'NodePort', ports: [{ port: 80 }] }), () => '10.96.1.1', () => 30080)
    expect(out.spec.ports).toEqual([{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30080 }])
    expect(out.spec.externalTrafficPolicy).toBe('Cluster')
  })
})

describe('createClusterIPAllocator', () => {
  it('picks addresses in 10.96.0.0/12 above the static band and skips used ones', () => {
    const seq = [300, 300, 301]
    const alloc = createClusterIPAllocator({ int: () => seq.shift()! }, () => ['10.96.1.44'])
    expect(alloc()).toBe('10.96.1.45')
    const a2 = createClusterIPAllocator({ int: (min, max) => max }, () => [])
    expect(a2()).toBe('10.111.255.254')
  })
})

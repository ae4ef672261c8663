import { describe, expect, it } from 'vitest'
import { containerNetwork, Listeners, resolveName, reverseName } from './network'
import { FakeCluster, pod, service } from './testkit'

function setup() {
  const cluster = new FakeCluster()
  const listeners = new Listeners()
  const db = cluster.put(pod('db-0', { hostname: 'db-0', subdomain: 'db', containers: [{ name: 'pg', ports: [{ name: 'pg', containerPort: 5432 }] }] }, { ip: '10.244.1.20', labels: { app: 'db' } }))
  const self = cluster.put(pod('client', { containers: [] }, { ip: '10.244.1.21' }))
  const net = containerNetwork(cluster, listeners, () => self)
  return { cluster, listeners, db, net }
}

describe('cluster DNS', () => {
  it('answers for Services while they exist, headless ones with ready pod IPs', () => {
    const { cluster } = setup()
    expect(resolveName(cluster, 'db.default.svc.cluster.local')).toBeUndefined()
    cluster.put(service('db', 'None', 5432, { app: 'db' }))
    cluster.put(service('web', '10.96.9.9', 80, { app: 'web' }))
    expect(resolveName(cluster, 'db.default.svc.cluster.local')).toEqual({ ip: '10.244.1.20', authoritative: true })
    expect(resolveName(cluster, 'db-0.db.default.svc.cluster.local')).toEqual({ ip: '10.244.1.20', authoritative: true })
    expect(resolveName(cluster, 'web.default.svc.cluster.local')).toEqual({ ip: '10.96.9.9', authoritative: true })
    expect(resolveName(cluster, 'web.other.svc.cluster.local')).toBeUndefined()
    expect(resolveName(cluster, 'kubernetes.default.svc.cluster.local')?.ip).toBe('10.96.0.1')
    expect(resolveName(cluster, '10-244-1-20.default.pod.cluster.local')?.ip).toBe('10.244.1.20')
    expect(reverseName(cluster, '10.96.9.9')).toBe('web.default.svc.cluster.local')
    cluster.remove('Service', 'default', 'web')
    expect(resolveName(cluster, 'web.default.svc.cluster.local')).toBeUndefined()
  })
})

describe('connections', () => {
  it('routes a ClusterIP to a listening ready endpoint by targetPort name', () => {
    const { cluster, listeners, db, net } = setup()
    cluster.put(service('db', '10.96.5.5', 5432, { app: 'db' }, { ports: [{ protocol: 'TCP', port: 5432, targetPort: 'pg' }] }))
    expect(net.connect('10.96.5.5', 5432)).toBe('refused')
    const close = listeners.listen(db.metadata.uid!, 5432, { accepting: () => true })
    expect(net.connect('10.96.5.5', 5432)).toBe('open')
    expect(net.connect('10.96.5.5', 9999)).toBe('timeout')
    expect(net.connect('10.244.1.20', 5432)).toBe('open')
    expect(net.connect('10.244.1.20', 80)).toBe('refused')
    expect(net.connect('10.1.2.3', 80)).toBe('timeout')
    close()
    expect(net.connect('10.244.1.20', 5432)).toBe('refused')
  })

  it('rejects Service traffic when the only endpoint is not ready', () => {
    const { cluster, listeners, db, net } = setup()
    cluster.put({ ...db, status: { ...db.status, conditions: [{ type: 'Ready', status: 'False' }] } })
    listeners.listen(db.metadata.uid!, 5432, { accepting: () => true })
    cluster.put(service('db', '10.96.5.5', 5432, { app: 'db' }))
    expect(net.connect('10.96.5.5', 5432)).toBe('refused')
    expect(net.httpGet({ ip: '10.96.5.5', port: 5432, host: 'db', path: '/' })).toBe('refused')
  })

  it('answers ping from pods, not from ClusterIPs', () => {
    const { cluster, net } = setup()
    cluster.put(service('db', '10.96.5.5', 5432, { app: 'db' }))
    expect(net.ping('10.244.1.20')).toBe(true)
    expect(net.ping('10.96.5.5')).toBe(false)
  })
})

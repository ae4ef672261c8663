import { describe, expect, it } from 'vitest'
import { buildEnvironment, serviceLinkVars } from './env'
import { FakeCluster, pod, service } from './testkit'

describe('serviceLinkVars', () => {
  it('writes the docker-link variables of every port', () => {
    const svc = service('redis-master', '10.96.7.8', 6379, {}, { ports: [{ name: 'redis', protocol: 'TCP', port: 6379 }, { name: 'metrics', protocol: 'TCP', port: 9121 }] })
    expect(Object.fromEntries(serviceLinkVars(svc))).toEqual({
      REDIS_MASTER_SERVICE_HOST: '10.96.7.8',
      REDIS_MASTER_SERVICE_PORT: '6379',
      REDIS_MASTER_SERVICE_PORT_REDIS: '6379',
      REDIS_MASTER_SERVICE_PORT_METRICS: '9121',
      REDIS_MASTER_PORT: 'tcp://10.96.7.8:6379',
      REDIS_MASTER_PORT_6379_TCP: 'tcp://10.96.7.8:6379',
      REDIS_MASTER_PORT_6379_TCP_PROTO: 'tcp',
      REDIS_MASTER_PORT_6379_TCP_PORT: '6379',
      REDIS_MASTER_PORT_6379_TCP_ADDR: '10.96.7.8',
      REDIS_MASTER_PORT_9121_TCP: 'tcp://10.96.7.8:9121',
      REDIS_MASTER_PORT_9121_TCP_PROTO: 'tcp',
      REDIS_MASTER_PORT_9121_TCP_PORT: '9121',
      REDIS_MASTER_PORT_9121_TCP_ADDR: '10.96.7.8',
    })
  })
})

describe('buildEnvironment', () => {
  it('orders image env, HOSTNAME, envFrom, env, service links, HOME and expands $(VAR)', () => {
    const cluster = new FakeCluster()
    cluster.put({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { LEVEL: 'debug' } })
    cluster.put({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' }, data: { token: btoa('t0k') } })
    cluster.put(service('mydb', '10.96.0.50', 5432, { app: 'db' }))
    cluster.put(service('headless', 'None', 80, { app: 'x' }))
    const c = {
      name: 'app', image: 'busybox',
      envFrom: [{ prefix: 'CFG_', configMapRef: { name: 'cfg' } }],
      env: [
        { name: 'URL', value: 'postgres://$(MYDB_SERVICE_HOST):$(MYDB_SERVICE_PORT)/$(CFG_LEVEL)/$(NOPE)' },
        { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
        { name: 'TIER', valueFrom: { fieldRef: { fieldPath: "metadata.labels['tier']" } } },
        { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'token' } } },
        { name: 'MEM', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
        { name: 'CPU', valueFrom: { resourceFieldRef: { resource: 'requests.cpu' } } },
        { name: 'OPT', valueFrom: { configMapKeyRef: { name: 'missing', key: 'x', optional: true } } },
      ],
      resources: { limits: { memory: '128Mi' }, requests: { cpu: '250m' } },
    }
    const p = pod('web-1', { containers: [c] }, { labels: { tier: 'front' }, ip: '10.244.1.9' })
    const r = buildEnvironment(p, c, cluster, { PATH: '/bin' }, 'web-1')
    expect(r).toEqual({
      ok: true,
      env: {
        PATH: '/bin', HOSTNAME: 'web-1', CFG_LEVEL: 'debug',
        URL: 'postgres://10.96.0.50:5432/debug/$(NOPE)', POD: 'web-1', IP: '10.244.1.9', TIER: 'front', TOKEN: 't0k', MEM: '128', CPU: '1',
        KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443', KUBERNETES_SERVICE_PORT_HTTPS: '443',
        KUBERNETES_PORT: 'tcp://10.96.0.1:443', KUBERNETES_PORT_443_TCP: 'tcp://10.96.0.1:443', KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
        KUBERNETES_PORT_443_TCP_PORT: '443', KUBERNETES_PORT_443_TCP_ADDR: '10.96.0.1',
        MYDB_SERVICE_HOST: '10.96.0.50', MYDB_SERVICE_PORT: '5432', MYDB_PORT: 'tcp://10.96.0.50:5432',
        MYDB_PORT_5432_TCP: 'tcp://10.96.0.50:5432', MYDB_PORT_5432_TCP_PROTO: 'tcp', MYDB_PORT_5432_TCP_PORT: '5432', MYDB_PORT_5432_TCP_ADDR: '10.96.0.50',
        HOME: '/root',
      },
    })
  })

  it('leaves out the namespace links when enableServiceLinks is false, but keeps kubernetes', () => {
    const cluster = new FakeCluster()
    cluster.put(service('mydb', '10.96.0.50', 5432, {}))
    const p = pod('p', { enableServiceLinks: false, containers: [] })
    const r = buildEnvironment(p, { name: 'c' }, cluster, {}, 'p')
    expect(r.ok && Object.keys(r.env).filter((k) => k.startsWith('MYDB'))).toEqual([])
    expect(r.ok && r.env.KUBERNETES_SERVICE_HOST).toBe('10.96.0.1')
  })

  it('reports a missing Secret key with the kubelet wording', () => {
    const cluster = new FakeCluster()
    cluster.put({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' }, stringData: { a: '1' } })
    const c = { name: 'c', env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 's', key: 'b' } } }] }
    expect(buildEnvironment(pod('p', { containers: [c] }), c, cluster, {}, 'p')).toEqual({ ok: false, message: "couldn't find key b in Secret default/s" })
  })
})

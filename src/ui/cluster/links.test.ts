// Volumes and awaited Services as the cards draw them, from the examples run in a sandbox and from
// hand-written scripts.
import { describe, expect, it } from 'vitest'
import { createSandbox, type Pod } from '../../sandbox'
import { EXAMPLES } from '../../lessons/examples'
import { awaitedServices, podVolumes, serviceFromHost, servicesIn, serviceStates } from './links'

const NAMESPACES = new Set(['default', 'kube-system', 'shop'])
const example = (id: string) => EXAMPLES.find((e) => e.id === id)!.yaml
const container = (script: string) => ({ name: 'c', image: 'busybox', command: ['sh', '-c', script] })
const found = (script: string) => servicesIn(container(script), 'default', NAMESPACES).map((s) => `${s.namespace}/${s.name}:${s.check}`)

describe('servicesIn', () => {
  it('finds the names scripts look up or connect to', () => {
    expect(found('until nslookup myservice; do echo waiting for myservice; sleep 2; done')).toEqual(['default/myservice:dns'])
    expect(found('until nc -z -w 1 mydb 5432; do sleep 1; done')).toEqual(['default/mydb:connect'])
    expect(found('until wget -qO- http://backend:8080/healthz; do sleep 1; done')).toEqual(['default/backend:connect'])
    expect(found('curl -sf "https://api.shop.svc.cluster.local/ready"')).toEqual(['shop/api:connect'])
    expect(found('until getent hosts cache.shop; do sleep 1; done')).toEqual(['shop/cache:dns'])
    expect(found('nslookup mydb.default.svc.cluster.local.')).toEqual(['default/mydb:dns'])
  })

  it('keeps the stronger check when a script both looks up and connects', () => {
    expect(found('nslookup db && nc -z db 5432')).toEqual(['default/db:connect'])
  })

  it('reads the Kubernetes docs example with a namespace read at run time', () => {
    expect(found('until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do sleep 2; done')).toEqual([
      'default/myservice:dns',
    ])
  })

  it('ignores addresses, external names and plain words', () => {
    expect(found('wget -qO- http://10.0.0.1/ && nslookup example.com && ping -c 1 localhost')).toEqual([])
    expect(found('echo waiting for myservice; sleep 2; cat /work/index.html')).toEqual([])
    expect(serviceFromHost('api.other', 'default', NAMESPACES)).toBeUndefined()
    expect(serviceFromHost('api.shop.svc', 'default', NAMESPACES)).toEqual({ name: 'api', namespace: 'shop' })
  })
})

describe('awaitedServices', () => {
  const SERVICES = `---
apiVersion: v1
kind: Service
metadata:
  name: myservice
spec:
  ports:
  - port: 80
    targetPort: 9376
`

  it('shows the example 02 Services missing, then existing once applied', () => {
    const sb = createSandbox({ seed: 3 })
    sb.exec('kubectl apply -f -', example('02-wait-for-services'))
    sb.advance(5_000)
    const waits = () => awaitedServices(sb.pods()[0] as Pod, serviceStates(sb.objects('Service'), sb.pods()), NAMESPACES)
    expect(waits()).toEqual([
      { name: 'myservice', namespace: 'default', check: 'dns', waiters: ['init-myservice'], exists: false, endpoints: 0, satisfied: false },
      { name: 'mydb', namespace: 'default', check: 'dns', waiters: ['init-mydb'], exists: false, endpoints: 0, satisfied: false },
    ])
    sb.exec('kubectl apply -f -', SERVICES)
    // A Service without a selector has no endpoints, but its ClusterIP answers DNS: nslookup is happy.
    expect(waits()[0]).toMatchObject({ name: 'myservice', exists: true, endpoints: 0, satisfied: true })
  })

  it('counts ready pods behind a selector, as kube-proxy would route to them', () => {
    const sb = createSandbox({ seed: 3 })
    sb.exec(
      'kubectl apply -f -',
      `apiVersion: v1
kind: Pod
metadata:
  name: db
  labels: { app: db }
spec:
  containers:
  - name: db
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector: { app: db }
  ports:
  - port: 5432
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  initContainers:
  - name: wait-db
    image: busybox:1.36
    command: ['sh', '-c', 'until nc -z db 5432; do sleep 1; done']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`,
    )
    const app = () => sb.pod('app')!
    const before = awaitedServices(app(), serviceStates(sb.objects('Service'), sb.pods()), NAMESPACES)
    expect(before).toMatchObject([{ name: 'db', check: 'connect', exists: true, endpoints: 0, satisfied: false }])
    sb.advance(30_000)
    const after = awaitedServices(app(), serviceStates(sb.objects('Service'), sb.pods()), NAMESPACES)
    expect(after).toMatchObject([{ name: 'db', check: 'connect', exists: true, endpoints: 1, satisfied: true }])
  })

  it('knows the Services every cluster has', () => {
    const states = serviceStates([], [])
    expect(states.get('default/kubernetes')).toEqual({ endpoints: 1, headless: false })
  })
})

describe('podVolumes', () => {
  it('says the init container of example 03 writes the volume the app reads, and hides the token volume', () => {
    const sb = createSandbox({ seed: 3 })
    sb.exec('kubectl apply -f -', example('03-shared-volume'))
    sb.advance(1_000)
    expect(podVolumes(sb.pods()[0] as Pod)).toEqual([
      {
        name: 'content',
        type: 'emptyDir',
        uses: [
          { container: 'fetch-content', group: 'init', role: 'writes', mountPath: '/work', readOnly: false },
          { container: 'web', group: 'app', role: 'reads', mountPath: '/usr/share/web', readOnly: false },
        ],
      },
    ])
  })

  it('names the ConfigMap or Secret a volume comes from and whether it exists', () => {
    const pod = {
      metadata: { name: 'p', namespace: 'default' },
      spec: {
        volumes: [
          { name: 'conf', configMap: { name: 'app-config' } },
          { name: 'creds', secret: { secretName: 'db-creds' } },
          { name: 'logs', emptyDir: {} },
        ],
        initContainers: [{ name: 'shipper', image: 'busybox', restartPolicy: 'Always', volumeMounts: [{ name: 'logs', mountPath: '/logs', readOnly: true }] }],
        containers: [
          {
            name: 'app',
            image: 'busybox',
            volumeMounts: [
              { name: 'conf', mountPath: '/etc/app' },
              { name: 'logs', mountPath: '/var/log/app' },
            ],
          },
        ],
      },
    } as unknown as Pod
    const links = podVolumes(pod, { configMaps: new Set(['default/app-config']), secrets: new Set() })
    expect(links.map((l) => [l.name, l.type, l.source, l.sourceExists, l.uses.map((u) => `${u.container}:${u.group}:${u.role}`)])).toEqual([
      ['conf', 'configMap', 'app-config', true, ['app:app:reads']],
      ['creds', 'secret', 'db-creds', false, []],
      ['logs', 'emptyDir', undefined, undefined, ['shipper:sidecar:reads', 'app:app:readsWrites']],
    ])
  })
})

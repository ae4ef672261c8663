import { describe, expect, it } from 'vitest'
import type { Container } from '../../api/types'
import { executableNotFoundError } from '../../events/reasons'
import { FakeCluster, pod, run, service } from './testkit'
import { createWorldRuntime } from './worldRuntime'

const busybox = (name: string, script: string, extra: Partial<Container> = {}): Container => ({ name, image: 'busybox:1.36', command: ['sh', '-c', script], ...extra })

describe('wait for a Service', () => {
  it('keeps nslookup failing until the Service exists, then exits 0', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    // busybox:1.28 as in the Kubernetes docs: later nslookups exit 1 through the search list.
    const c = busybox('init-myservice', 'until nslookup myservice; do echo waiting for myservice; sleep 2; done', { image: 'busybox:1.28' })
    const p = cluster.put(pod('myapp-pod', { initContainers: [c], containers: [] }))
    const r = run(rt, cluster, p, c, 10_000)
    expect(r.state).toBe('running')
    expect(r.log).toContain("nslookup: can't resolve 'myservice'\n")
    // Tries at 0, 2, 4, 6, 8 and 10 s.
    expect(r.log.split('waiting for myservice\n').length - 1).toBe(6)
    cluster.put(service('myservice', '10.96.44.7', 80, { app: 'myservice' }))
    r.more(10_000)
    expect(r.state).toBe('exited')
    expect(r.exit?.code).toBe(0)
    expect(r.log).toContain("Name:      myservice\nAddress 1: 10.96.44.7 myservice.default.svc.cluster.local\n")
  })

  it('nc -z is refused until a ready endpoint listens, and postgres only after its startup', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    cluster.put(service('mydb', '10.96.0.50', 5432, { app: 'db' }))
    const c = busybox('wait-db', 'until nc -z mydb 5432; do echo waiting for mydb; sleep 1; done; echo db is up')
    const p = cluster.put(pod('app', { initContainers: [c], containers: [] }, { ip: '10.244.1.6' }))
    const r = run(rt, cluster, p, c, 5_000)
    expect(r.state).toBe('running')
    const dbContainer: Container = { name: 'db', image: 'postgres:17', env: [{ name: 'POSTGRES_PASSWORD', value: 'pw' }] }
    const db = cluster.put(pod('db', { containers: [dbContainer] }, { ip: '10.244.1.7', labels: { app: 'db' } }))
    const startedAt = cluster.time
    const server = run(rt, cluster, db, dbContainer, 0)
    expect(server.start.ok).toBe(true)
    r.more(20_000)
    expect(r.exit?.code).toBe(0)
    expect(r.log.endsWith('db is up\n')).toBe(true)
    // The database accepts connections 4 s after it started, not before.
    expect(cluster.time - startedAt).toBeGreaterThanOrEqual(4_000)
    server.more(10_000)
    expect(server.log).toContain('LOG:  database system is ready to accept connections')
  })

  it('check-services.sh prints the article line and exits 1 while a service is missing', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    const c: Container = { name: 'init-check-services', image: 'initlab/app-init:1.0', command: ['check-services.sh'], env: [{ name: 'SERVICES', value: 'app-redis,app-postgresql,app-mongodb' }] }
    const p = cluster.put(pod('app', { initContainers: [c], containers: [] }))
    const r = run(rt, cluster, p, c)
    expect(r.exit?.code).toBe(1)
    expect(r.log).toBe('At least one (app-redis) of the services (app-redis app-postgresql app-mongodb) is not available yet.\n')
    cluster.put(service('app-redis', '10.96.1.1', 6379, { app: 'redis' }))
    const r2 = run(rt, cluster, p, c)
    expect(r2.log).toBe('At least one (app-postgresql) of the services (app-redis app-postgresql app-mongodb) is not available yet.\n')
    cluster.put(service('app-postgresql', '10.96.1.2', 5432, { app: 'pg' }))
    cluster.put(service('app-mongodb', '10.96.1.3', 27017, { app: 'mongo' }))
    const r3 = run(rt, cluster, p, c)
    expect(r3.exit?.code).toBe(0)
    expect(r3.log).toBe('All of the services (app-redis app-postgresql app-mongodb) are available.\n')
  })
})

describe('volumes shared through the pod', () => {
  it('fetch-files writes into an emptyDir that the next container sees, kept across restarts, gone with the pod', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    const mount = [{ name: 'app-data', mountPath: '/data' }]
    const init: Container = { name: 'init-fetch-files', image: 'initlab/app-init:1.0', command: ['fetch-files.sh'], env: [{ name: 'PUBLIC_ROOT', value: '/data/public' }], volumeMounts: mount }
    const app = busybox('app', 'ls /data/public; cat /data/public/version.json; touch /data/x', { volumeMounts: [{ name: 'app-data', mountPath: '/data', readOnly: true }] })
    const p = cluster.put(pod('web', { volumes: [{ name: 'app-data', emptyDir: {} }], initContainers: [init], containers: [app] }))
    const r = run(rt, cluster, p, init)
    expect(r.exit?.code).toBe(0)
    expect(r.log).toBe('Fetching files into /data/public\nfetched index.html\nfetched version.json\nfetched style.css\nDone: 3 files in /data/public\n')
    const a = run(rt, cluster, p, app)
    expect(a.log).toBe("index.html\nstyle.css\nversion.json\n{\"version\":\"1.0.0\"}\ntouch: /data/x: Read-only file system\n")
    expect(a.exit?.code).toBe(1)
    // A restarted container finds the volume as it was.
    expect(run(rt, cluster, p, busybox('again', 'cat /data/public/version.json', { volumeMounts: mount })).log).toBe('{"version":"1.0.0"}\n')
    rt.removePod(p.metadata.uid!)
    expect(run(rt, cluster, p, busybox('after', 'ls /data', { volumeMounts: mount })).log).toBe('')
  })

  it('serves the fetched files from nginx through a Service', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    const init: Container = { name: 'fetch', image: 'initlab/app-init:1.0', command: ['fetch-files.sh'], env: [{ name: 'PUBLIC_ROOT', value: '/html' }], volumeMounts: [{ name: 'html', mountPath: '/html' }] }
    const web: Container = { name: 'nginx', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80 }], volumeMounts: [{ name: 'html', mountPath: '/usr/share/nginx/html' }] }
    const p = cluster.put(pod('web', { volumes: [{ name: 'html', emptyDir: {} }], initContainers: [init], containers: [web] }, { ip: '10.244.1.9', labels: { app: 'web' } }))
    cluster.put(service('web', '10.96.3.3', 80, { app: 'web' }, { ports: [{ protocol: 'TCP', port: 80, targetPort: 'http' }] }))
    run(rt, cluster, p, init)
    const server = run(rt, cluster, p, web)
    expect(server.state).toBe('serve')
    const client = cluster.put(pod('client', { containers: [] }, { ip: '10.244.1.10' }))
    const c = busybox('get', 'wget -q -O- http://web/version.json; wget -q -O- http://web/missing || echo "exit $?"')
    const r = run(rt, cluster, client, c)
    expect(r.log).toBe('{"version":"1.0.0"}\nwget: server returned error: HTTP/1.1 404 Not Found\nexit 1\n')
    expect(server.more(0).log).toContain('10.244.1.10 - - [01/Jan/2026:09:00:00 +0000] "GET /version.json HTTP/1.1" 200 20 "-" "Wget" "-"\n')
  })

  it('mounts a Secret only where it is asked for', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    cluster.put({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db-creds', namespace: 'default' }, data: { password: btoa('s3cr3t') } })
    const init = busybox('render', 'cat /etc/creds/password; echo; echo x > /etc/creds/new', { volumeMounts: [{ name: 'creds', mountPath: '/etc/creds' }] })
    const app = busybox('app', 'cat /etc/creds/password')
    const p = cluster.put(pod('p', { volumes: [{ name: 'creds', secret: { secretName: 'db-creds' } }], initContainers: [init], containers: [app] }))
    const r = run(rt, cluster, p, init)
    expect(r.log).toBe("s3cr3t\nsh: can't create /etc/creds/new: Read-only file system\n")
    const a = run(rt, cluster, p, app)
    expect(a.log).toBe('cat: can\'t open \'/etc/creds/password\': No such file or directory\n')
    expect(a.exit?.code).toBe(1)
  })
})

describe('start failures', () => {
  it('a distroless image has no shell: StartError with runc\'s message', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    const c: Container = { name: 'app', image: 'gcr.io/distroless/static:nonroot', command: ['sh', '-c', 'echo hi'] }
    const r = run(rt, cluster, cluster.put(pod('p', { containers: [c] })), c)
    expect(r.start).toEqual({ ok: false, stage: 'start', exitCode: 128, message: executableNotFoundError('sh') })
    const c2: Container = { name: 'app', image: 'gcr.io/distroless/base', command: ['/bin/sh'] }
    const r2 = run(rt, cluster, cluster.put(pod('p2', { containers: [c2] })), c2)
    expect(r2.start).toMatchObject({ stage: 'start', message: expect.stringContaining('exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown') })
  })

  it('a missing ConfigMap, then a missing key, then the container starts', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    const c = busybox('app', 'echo mode=$MODE', { env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'mode' } } }] })
    const p = cluster.put(pod('p', { containers: [c] }))
    expect(run(rt, cluster, p, c).start).toEqual({ ok: false, stage: 'config', message: 'configmap "app-config" not found' })
    cluster.put({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config', namespace: 'default' }, data: { other: '1' } })
    expect(run(rt, cluster, p, c).start).toEqual({ ok: false, stage: 'config', message: "couldn't find key mode in ConfigMap default/app-config" })
    cluster.put({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config', namespace: 'default' }, data: { mode: 'fast' } })
    const r = run(rt, cluster, p, c)
    expect(r.log).toBe('mode=fast\n')
  })

  it('a missing Secret in envFrom', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    const c = busybox('app', 'true', { envFrom: [{ secretRef: { name: 'creds' } }] })
    expect(run(rt, cluster, cluster.put(pod('p', { containers: [c] })), c).start).toEqual({ ok: false, stage: 'config', message: 'secret "creds" not found' })
  })
})

describe('memory limits', () => {
  it('memhog over its limit is OOMKilled with 137; under it, it holds the memory', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    const c: Container = { name: 'hog', image: 'initlab/memhog', env: [{ name: 'MEGABYTES', value: '100' }], resources: { limits: { memory: '64Mi' } } }
    const r = run(rt, cluster, cluster.put(pod('p', { containers: [c] })), c)
    expect(r.exit).toEqual({ type: 'exit', code: 137, signal: 9, reason: 'OOMKilled' })
    expect(r.log).toBe('memhog: allocating 100 MB\n' + [10, 20, 30, 40, 50, 60].map((n) => `memhog: ${n} MB allocated\n`).join(''))
    const ok = { ...c, resources: { limits: { memory: '128Mi' } } }
    expect(run(rt, cluster, cluster.put(pod('p2', { containers: [ok] })), ok).state).toBe('serve')
  })
})

describe('termination messages', () => {
  it('takes /dev/termination-log, or the log tail with FallbackToLogsOnError', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    const p = cluster.put(pod('p', { containers: [] }))
    const file = busybox('a', 'echo "migration 0003 failed" > /dev/termination-log; exit 3')
    expect(run(rt, cluster, p, file).exit).toEqual({ type: 'exit', code: 3, message: 'migration 0003 failed\n' })
    const logs = busybox('b', 'for i in $(seq 1 100); do echo line $i; done; exit 1', { terminationMessagePolicy: 'FallbackToLogsOnError' })
    const r = run(rt, cluster, p, logs)
    expect(r.exit?.message).toBe(Array.from({ length: 80 }, (_, i) => `line ${i + 21}\n`).join(''))
    const ok = busybox('c', 'echo fine', { terminationMessagePolicy: 'FallbackToLogsOnError' })
    expect(run(rt, cluster, p, ok).exit).toEqual({ type: 'exit', code: 0 })
  })
})

// The container world through the public sandbox: the scenarios of the container-world issue, with
// the same YAML a learner would write for a real cluster.

import { describe, expect, it } from 'vitest'
import { createSandbox } from './sandbox'

const MIN = 60_000

function sandboxWith(yaml: string) {
  const sandbox = createSandbox()
  const r = sandbox.exec('kubectl apply -f -', yaml)
  expect(r.stderr).toBe('')
  return sandbox
}

const status = (sandbox: ReturnType<typeof createSandbox>, name: string) =>
  sandbox.exec(`kubectl get pod ${name} --no-headers`).stdout.split(/\s+/)[2]

describe('waiting for a Service', () => {
  const pod = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
spec:
  initContainers:
  - name: init-mydb
    image: busybox:1.28
    command: ['sh', '-c', 'until nslookup mydb; do echo waiting for mydb; sleep 2; done']
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
`
  const service = `apiVersion: v1
kind: Service
metadata:
  name: mydb
spec:
  ports:
  - protocol: TCP
    port: 80
    targetPort: 9377
`

  it('stays Init:0/1 until the learner applies the Service', () => {
    const sandbox = sandboxWith(pod)
    sandbox.advance(5 * MIN)
    expect(status(sandbox, 'myapp-pod')).toBe('Init:0/1')
    const logs = sandbox.exec('kubectl logs myapp-pod -c init-mydb').stdout
    expect(logs).toContain('waiting for mydb')
    expect(logs).toContain("nslookup: can't resolve 'mydb'")
    expect(sandbox.exec('kubectl apply -f -', service).stdout).toBe('service/mydb created\n')
    sandbox.advance(30_000)
    expect(status(sandbox, 'myapp-pod')).toBe('Running')
    expect(sandbox.exec('kubectl logs myapp-pod').stdout).toBe('The app is running!\n')
    expect(sandbox.exec('kubectl get svc mydb --no-headers').stdout).toMatch(/^mydb\s+ClusterIP\s+10\.\d+\.\d+\.\d+\s+<none>\s+80\/TCP/)
  })
})

describe('files prepared in a shared volume', () => {
  it('are written by the init container and served by nginx from a read-only mount', () => {
    const sandbox = sandboxWith(`apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  volumes:
  - name: site
    emptyDir: {}
  initContainers:
  - name: fetch-files
    image: busybox:1.36
    command: ['sh', '-c', 'echo "<h1>prepared by init</h1>" > /work/index.html']
    volumeMounts:
    - name: site
      mountPath: /work
  containers:
  - name: nginx
    image: nginx:1.27
    volumeMounts:
    - name: site
      mountPath: /usr/share/nginx/html
      readOnly: true
  - name: probe
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 5; wget -q -O- http://web-svc; touch /usr/share/nginx/html/x || echo read-only; sleep 3600']
    volumeMounts:
    - name: site
      mountPath: /usr/share/nginx/html
      readOnly: true
---
apiVersion: v1
kind: Service
metadata:
  name: web-svc
spec:
  selector:
    app: web
  ports:
  - port: 80
`)
    sandbox.advance(MIN)
    expect(status(sandbox, 'web')).toBe('Running')
    const out = sandbox.exec('kubectl logs web -c probe')
    expect(out.stdout).toContain('<h1>prepared by init</h1>')
    expect(out.stdout).toContain('read-only')
    expect(out.stdout + out.stderr).toMatch(/Read-only file system/)
  })
})

describe('a Secret only the init container sees', () => {
  it('is readable in the init container and absent in the app container', () => {
    const sandbox = sandboxWith(`apiVersion: v1
kind: Secret
metadata:
  name: git-token
stringData:
  token: s3cr3t
---
apiVersion: v1
kind: Pod
metadata:
  name: secretive
spec:
  volumes:
  - name: token
    secret:
      secretName: git-token
  initContainers:
  - name: fetch
    image: busybox:1.36
    command: ['sh', '-c', 'echo "token is $(cat /secrets/token)"']
    volumeMounts:
    - name: token
      mountPath: /secrets
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'cat /secrets/token; ls /secrets; sleep 3600']
`)
    sandbox.advance(MIN)
    expect(sandbox.exec('kubectl logs secretive -c fetch').stdout).toBe('token is s3cr3t\n')
    const app = sandbox.exec('kubectl logs secretive -c app').stdout
    expect(app).toContain("cat: can't open '/secrets/token': No such file or directory")
    expect(app).not.toContain('s3cr3t')
  })
})

describe('a distroless app image', () => {
  it('has no shell: a shell command fails to start, as on a real cluster', () => {
    const sandbox = sandboxWith(`apiVersion: v1
kind: Pod
metadata:
  name: distroless
spec:
  containers:
  - name: app
    image: gcr.io/distroless/static:nonroot
    command: ['sh', '-c', 'echo hello']
`)
    sandbox.advance(MIN)
    const s = sandbox.pod('distroless')!.status!.containerStatuses![0]
    const terminated = s.state?.terminated ?? s.lastState?.terminated
    expect(terminated).toMatchObject({ exitCode: 128, reason: 'StartError' })
    expect(terminated!.message).toContain('exec: "sh": executable file not found in $PATH')
    expect(status(sandbox, 'distroless')).toMatch(/^(RunContainerError|CrashLoopBackOff|StartError)$/)
  })
})

describe('memory limits', () => {
  it('OOMKills an init container that allocates more than its limit', () => {
    const sandbox = sandboxWith(`apiVersion: v1
kind: Pod
metadata:
  name: hungry
spec:
  restartPolicy: Never
  initContainers:
  - name: memhog
    image: initlab/memhog
    env:
    - name: MEGABYTES
      value: "300"
    resources:
      limits:
        memory: 128Mi
  containers:
  - name: app
    image: busybox:1.36
`)
    sandbox.advance(MIN)
    expect(sandbox.pod('hungry')!.status!.initContainerStatuses![0].state!.terminated).toMatchObject({ exitCode: 137, reason: 'OOMKilled' })
    expect(status(sandbox, 'hungry')).toBe('Init:OOMKilled')
  })
})

describe('a missing ConfigMap', () => {
  it('holds the container in CreateContainerConfigError until the ConfigMap exists', () => {
    const sandbox = sandboxWith(`apiVersion: v1
kind: Pod
metadata:
  name: configured
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo "mode=$MODE"; sleep 3600']
    env:
    - name: MODE
      valueFrom:
        configMapKeyRef:
          name: app-config
          key: mode
`)
    sandbox.advance(MIN)
    expect(status(sandbox, 'configured')).toBe('CreateContainerConfigError')
    expect(sandbox.pod('configured')!.status!.containerStatuses![0].state!.waiting).toEqual({
      reason: 'CreateContainerConfigError',
      message: 'configmap "app-config" not found',
    })
    sandbox.exec('kubectl apply -f -', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  mode: fast\n')
    sandbox.advance(30_000)
    expect(status(sandbox, 'configured')).toBe('Running')
    expect(sandbox.exec('kubectl logs configured').stdout).toBe('mode=fast\n')
  })
})

describe('a volume from a missing ConfigMap', () => {
  it('keeps the pod before its sandbox with FailedMount events until the ConfigMap exists', () => {
    const sandbox = sandboxWith(`apiVersion: v1
kind: Pod
metadata:
  name: mounted
spec:
  volumes:
  - name: config
    configMap:
      name: site-config
  initContainers:
  - name: render
    image: busybox:1.36
    command: ['sh', '-c', 'cat /config/greeting']
    volumeMounts:
    - name: config
      mountPath: /config
  containers:
  - name: app
    image: busybox:1.36
    command: ['sleep', '3600']
`)
    sandbox.advance(5 * MIN)
    expect(status(sandbox, 'mounted')).toBe('Init:0/1')
    const failed = sandbox.events().find((e) => e.reason === 'FailedMount')!
    expect(failed).toMatchObject({ type: 'Warning', message: 'MountVolume.SetUp failed for volume "config" : configmap "site-config" not found' })
    expect(failed.count).toBeGreaterThan(3)
    expect(sandbox.pod('mounted')!.status!.conditions!.find((c) => c.type === 'PodReadyToStartContainers')!.status).toBe('False')
    sandbox.exec('kubectl apply -f -', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: site-config\ndata:\n  greeting: hello from a ConfigMap\n')
    sandbox.advance(3 * MIN)
    expect(status(sandbox, 'mounted')).toBe('Running')
    expect(sandbox.exec('kubectl logs mounted -c render').stdout).toBe('hello from a ConfigMap')
  })
})

describe('termination messages', () => {
  it('come from /dev/termination-log, or from the log tail with FallbackToLogsOnError', () => {
    const sandbox = sandboxWith(`apiVersion: v1
kind: Pod
metadata:
  name: farewell
spec:
  restartPolicy: Never
  initContainers:
  - name: explains
    image: busybox:1.36
    command: ['sh', '-c', 'echo "schema v3 missing" > /dev/termination-log; exit 0']
  - name: falls-back
    image: busybox:1.36
    terminationMessagePolicy: FallbackToLogsOnError
    command: ['sh', '-c', 'echo "cannot reach the database"; exit 3']
  containers:
  - name: app
    image: busybox:1.36
`)
    sandbox.advance(MIN)
    const [first, second] = sandbox.pod('farewell')!.status!.initContainerStatuses!
    expect(first.state!.terminated).toMatchObject({ exitCode: 0, message: 'schema v3 missing\n' })
    expect(second.state!.terminated).toMatchObject({ exitCode: 3, reason: 'Error', message: 'cannot reach the database\n' })
    expect(sandbox.exec('kubectl describe pod farewell').stdout).toContain('      Message:  cannot reach the database\n')
  })
})

describe('probes', () => {
  it('restarts an app whose liveness probe fails, with Unhealthy and Killing events', () => {
    const sandbox = sandboxWith(`apiVersion: v1
kind: Pod
metadata:
  name: flaky
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'touch /tmp/healthy; sleep 30; rm /tmp/healthy; sleep 3600']
    livenessProbe:
      exec:
        command: ['cat', '/tmp/healthy']
      initialDelaySeconds: 5
      periodSeconds: 5
`)
    sandbox.advance(2 * MIN)
    const events = sandbox.events().filter((e) => e.involvedObject.name === 'flaky')
    const unhealthy = events.find((e) => e.reason === 'Unhealthy')!
    expect(unhealthy).toMatchObject({ type: 'Warning', message: "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n" })
    expect(unhealthy.count).toBeGreaterThanOrEqual(3)
    expect(events.some((e) => e.reason === 'Killing' && e.message === 'Container app failed liveness probe, will be restarted')).toBe(true)
    const status = sandbox.pod('flaky')!.status!.containerStatuses![0]
    expect(status.restartCount).toBeGreaterThanOrEqual(1)
    expect(status.lastState!.terminated).toMatchObject({ exitCode: 137, reason: 'Error' })
  })

  it('keeps a pod out of its Service until the readiness probe passes', () => {
    const sandbox = sandboxWith(`apiVersion: v1
kind: Pod
metadata:
  name: slow-start
  labels:
    app: slow
spec:
  containers:
  - name: web
    image: nginx:1.27
    readinessProbe:
      httpGet:
        path: /
        port: 80
      initialDelaySeconds: 20
      periodSeconds: 5
`)
    sandbox.advance(15_000)
    expect(sandbox.exec('kubectl get pods --no-headers').stdout).toMatch(/^slow-start\s+0\/1\s+Running/)
    const pod = sandbox.pod('slow-start')!
    expect(pod.status!.containerStatuses![0]).toMatchObject({ ready: false, started: true })
    expect(pod.status!.conditions!.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'ContainersNotReady' })
    sandbox.advance(MIN)
    expect(sandbox.exec('kubectl get pods --no-headers').stdout).toMatch(/^slow-start\s+1\/1\s+Running/)
  })

  it('holds the next init container until a sidecar passes its startup probe', () => {
    const sandbox = sandboxWith(`apiVersion: v1
kind: Pod
metadata:
  name: proxied
spec:
  initContainers:
  - name: proxy
    image: busybox:1.36
    restartPolicy: Always
    command: ['sh', '-c', 'sleep 12; touch /tmp/up; sleep 3600']
    startupProbe:
      exec:
        command: ['test', '-f', '/tmp/up']
      periodSeconds: 2
      failureThreshold: 30
  - name: migrate
    image: busybox:1.36
    command: ['sh', '-c', 'echo migrated']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sleep', '3600']
`)
    sandbox.advance(10_000)
    expect(sandbox.exec('kubectl get pods --no-headers').stdout).toMatch(/^proxied\s+0\/2\s+Init:0\/2/)
    expect(sandbox.pod('proxied')!.status!.initContainerStatuses![0]).toMatchObject({ started: false, ready: false, state: { running: {} } })
    sandbox.advance(MIN)
    expect(sandbox.exec('kubectl get pods --no-headers').stdout).toMatch(/^proxied\s+2\/2\s+Running/)
  })
})

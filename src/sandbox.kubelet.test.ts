// Kubelet scenarios through the public sandbox: what `kubectl get pods -w` shows, phases,
// conditions, restarts and back-off timing, deletion. Facts: spec §a, §b, §h.

import { describe, expect, it } from 'vitest'
import { createSandbox } from './sandbox'
import { podYaml, watchPod } from './testing/watch'
import type { ContainerStatus, Pod } from './engine/api/types'
import { parseTime } from './engine/format/time'

const MIN = 60_000
const HOUR = 3600_000

function apply(yaml: string, seed = 1) {
  const sandbox = createSandbox({ seed })
  const result = sandbox.exec('kubectl apply -f -', yaml)
  expect(result).toMatchObject({ exitCode: 0, stderr: '' })
  return sandbox
}

const initStatus = (pod: Pod | undefined, i = 0): ContainerStatus => pod!.status!.initContainerStatuses![i]
const condition = (pod: Pod | undefined, type: string) => pod!.status!.conditions!.find((c) => c.type === type)

describe('the two-init "wait, then run" demo', () => {
  const yaml = podYaml({
    name: 'myapp-pod',
    init: [
      { name: 'init-myservice', run: 'echo waiting for myservice; sleep 4' },
      { name: 'init-mydb', run: 'echo waiting for mydb; sleep 3' },
    ],
    apps: [{ name: 'myapp-container', run: 'echo The app is running! && sleep 3600' }],
  })

  it('goes Pending, Init:0/2, Init:1/2, PodInitializing, Running', () => {
    const sandbox = createSandbox()
    const watch = watchPod(sandbox, 'myapp-pod')
    expect(sandbox.exec('kubectl apply -f -', yaml).stdout).toBe('pod/myapp-pod created\n')
    sandbox.advance(MIN)
    expect(watch.statuses()).toEqual(['Pending', 'Init:0/2', 'Init:1/2', 'PodInitializing', 'Running'])
    const last = watch.rows.at(-1)!
    expect(last).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0', phase: 'Running' })
    // Pending twice at first: created, then bound by the scheduler.
    expect(watch.rows.slice(0, 2).map((r) => [r.type, r.status])).toEqual([['ADDED', 'Pending'], ['MODIFIED', 'Pending']])
  })

  it('runs the init containers one after the other, and the app only after both', () => {
    const sandbox = apply(yaml)
    sandbox.advance(MIN)
    const pod = sandbox.pod('myapp-pod')!
    const [a, b] = pod.status!.initContainerStatuses!
    const app = pod.status!.containerStatuses![0]
    const t = (s: string | undefined) => parseTime(s ?? '')
    expect(t(a.state!.terminated!.finishedAt)).toBeLessThanOrEqual(t(b.state!.terminated!.startedAt))
    expect(t(b.state!.terminated!.finishedAt)).toBeLessThanOrEqual(t(app.state!.running!.startedAt))
    expect(t(b.state!.terminated!.finishedAt) - t(b.state!.terminated!.startedAt)).toBe(3000)
    expect(a).toMatchObject({ ready: true, restartCount: 0, started: false, state: { terminated: { exitCode: 0, reason: 'Completed' } } })
    expect(app).toMatchObject({ ready: true, started: true, restartCount: 0, image: 'docker.io/library/busybox:1.36' })
    expect(app.imageID).toMatch(/^docker\.io\/library\/busybox@sha256:[0-9a-f]{64}$/)
    expect(app.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/)
    expect(pod.status!.conditions!.map((c) => [c.type, c.status])).toEqual([
      ['PodReadyToStartContainers', 'True'],
      ['Initialized', 'True'],
      ['Ready', 'True'],
      ['ContainersReady', 'True'],
      ['PodScheduled', 'True'],
    ])
    expect(pod.status).toMatchObject({ phase: 'Running', qosClass: 'BestEffort', hostIP: '172.18.0.2', podIP: '10.244.1.5' })
    expect(pod.spec.nodeName).toBe('initlab-worker')
  })

  it('reports the conditions and waiting reasons of a pod in its first init container', () => {
    const sandbox = apply(yaml)
    sandbox.advance(2500)
    const pod = sandbox.pod('myapp-pod')!
    expect(initStatus(pod, 0).state).toHaveProperty('running')
    expect(initStatus(pod, 1).state).toEqual({ waiting: { reason: 'PodInitializing' } })
    expect(pod.status!.containerStatuses![0]).toMatchObject({ state: { waiting: { reason: 'PodInitializing' } }, image: 'busybox:1.36', imageID: '', ready: false, started: false })
    expect(condition(pod, 'Initialized')).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init-myservice init-mydb]' })
    expect(condition(pod, 'Ready')).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [myapp-container]' })
    expect(pod.status!.phase).toBe('Pending')
  })

  it('records the events a real kubelet and scheduler would, in order', () => {
    const sandbox = apply(yaml)
    sandbox.advance(MIN)
    const events = sandbox.events().filter((e) => e.involvedObject.name === 'myapp-pod')
    const seen = events.map((e) => `${e.type} ${e.reason} ${e.involvedObject.fieldPath ?? ''} ${e.message}`)
    expect(seen[0]).toBe('Normal Scheduled  Successfully assigned default/myapp-pod to initlab-worker')
    expect(seen[1]).toBe('Normal Pulling spec.initContainers{init-myservice} Pulling image "busybox:1.36"')
    expect(seen[2]).toMatch(/^Normal Pulled spec\.initContainers\{init-myservice\} Successfully pulled image "busybox:1\.36" in \d+(\.\d+)?m?s \(\d+(\.\d+)?m?s including waiting\)\. Image size: 2152262 bytes\.$/)
    expect(seen.slice(3)).toEqual([
      'Normal Created spec.initContainers{init-myservice} Container created',
      'Normal Started spec.initContainers{init-myservice} Container started',
      'Normal Pulled spec.initContainers{init-mydb} Container image "busybox:1.36" already present on machine and can be accessed by the pod',
      'Normal Created spec.initContainers{init-mydb} Container created',
      'Normal Started spec.initContainers{init-mydb} Container started',
      'Normal Pulled spec.containers{myapp-container} Container image "busybox:1.36" already present on machine and can be accessed by the pod',
      'Normal Created spec.containers{myapp-container} Container created',
      'Normal Started spec.containers{myapp-container} Container started',
    ])
    const scheduled = events[0]
    expect(scheduled).toMatchObject({ source: {}, firstTimestamp: null, lastTimestamp: null, action: 'Binding', reportingComponent: 'default-scheduler' })
    expect(events[1]).toMatchObject({ source: { component: 'kubelet', host: 'initlab-worker' }, count: 1 })
  })
})

describe('a failing init container', () => {
  const failing = (restartPolicy?: string) =>
    podYaml({ name: 'web', restartPolicy, init: [{ name: 'init-fail', run: 'sleep 1; exit 1' }], apps: [{ name: 'app', run: 'sleep 3600' }] })

  for (const policy of ['Always', 'OnFailure']) {
    it(`is restarted with back-off under restartPolicy ${policy}; the pod stays Pending`, () => {
      const sandbox = createSandbox()
      const watch = watchPod(sandbox, 'web')
      sandbox.exec('kubectl apply -f -', failing(policy))
      sandbox.advance(40_000)
      expect(watch.statuses()).toEqual([
        'Pending', 'Init:0/1', 'Init:Error', 'Init:0/1', 'Init:Error', 'Init:CrashLoopBackOff',
        'Init:0/1', 'Init:Error', 'Init:CrashLoopBackOff', 'Init:0/1', 'Init:Error', 'Init:CrashLoopBackOff',
      ])
      expect(new Set(watch.rows.map((r) => r.phase))).toEqual(new Set(['Pending']))
      const pod = sandbox.pod('web')!
      expect(initStatus(pod)).toMatchObject({
        restartCount: 3,
        ready: false,
        state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: { terminated: { exitCode: 1, reason: 'Error' } },
      })
      expect(initStatus(pod).state!.waiting!.message).toBe(
        `back-off 40s restarting failed container=init-fail pod=web_default(${pod.metadata.uid})`,
      )
      expect(pod.status!.containerStatuses![0].state).toEqual({ waiting: { reason: 'PodInitializing' } })
      const backoff = sandbox.events().find((e) => e.reason === 'BackOff')!
      expect(backoff).toMatchObject({ type: 'Warning', count: 3, message: `Back-off restarting failed container init-fail in pod web_default(${pod.metadata.uid})` })
    })
  }

  it('fails the pod under restartPolicy Never, while STATUS stays Init:Error', () => {
    const sandbox = createSandbox()
    const watch = watchPod(sandbox, 'web')
    sandbox.exec('kubectl apply -f -', failing('Never'))
    sandbox.advance(10 * MIN)
    expect(watch.statuses()).toEqual(['Pending', 'Init:0/1', 'Init:Error'])
    const pod = sandbox.pod('web')!
    expect(pod.status!.phase).toBe('Failed')
    expect(initStatus(pod)).toMatchObject({ restartCount: 0, state: { terminated: { exitCode: 1, reason: 'Error' } } })
    expect(pod.status!.containerStatuses![0].state).toEqual({ waiting: { reason: 'PodInitializing' } })
    expect(condition(pod, 'Initialized')).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized' })
    expect(condition(pod, 'ContainersReady')).toMatchObject({ status: 'False', reason: 'PodFailed' })
    expect(condition(pod, 'PodReadyToStartContainers')).toMatchObject({ status: 'False' })
    expect(sandbox.events().some((e) => e.reason === 'BackOff')).toBe(false)
    expect(sandbox.exec('kubectl get pods').stdout).toBe('NAME   READY   STATUS       RESTARTS   AGE\nweb    0/1     Init:Error   0          10m\n')
  })

  it('backs off 10, 20, 40, 80, 160, 300, 300 s over an hour, after an immediate first restart', () => {
    const sandbox = apply(podYaml({ name: 'loop', init: [{ name: 'init-fail', run: 'sleep 2; exit 1' }], apps: [{ name: 'app', run: 'sleep 3600' }] }))
    const runs: { startedAt: number; finishedAt: number }[] = []
    sandbox.subscribe((ev) => {
      if (ev.kind !== 'Pod') return
      const s = (ev.object as Pod).status?.initContainerStatuses?.[0]
      const t = s?.state?.terminated ?? s?.lastState?.terminated
      if (!t?.finishedAt) return
      const run = { startedAt: parseTime(t.startedAt!), finishedAt: parseTime(t.finishedAt) }
      if (!runs.some((r) => r.startedAt === run.startedAt)) runs.push(run)
    })
    sandbox.advance(HOUR)
    const gaps = runs.slice(1).map((r, i) => (r.startedAt - runs[i].finishedAt) / 1000)
    // Timestamps have whole seconds; the kubelet restarts within a second of the back-off expiring.
    expect(gaps[0]).toBeLessThanOrEqual(2)
    expect(gaps.slice(1, 9).map((g) => Math.round(g / 10) * 10)).toEqual([10, 20, 40, 80, 160, 300, 300, 300])
    for (const g of gaps.slice(1)) expect(g % 10 === 0 || g % 10 <= 1 || g % 10 >= 9).toBe(true)
    for (const r of runs) expect(r.finishedAt - r.startedAt).toBe(2000)
    const status = initStatus(sandbox.pod('loop'))
    expect(status.restartCount).toBe(runs.length - (status.state?.running ? 0 : 1))
    expect(status.state!.waiting?.message ?? 'running').toMatch(/back-off 5m0s|running/)
  })
})

describe('app containers and restart policies', () => {
  it('OnFailure: an app that exits 0 completes the pod (Succeeded, STATUS Completed)', () => {
    const sandbox = apply(podYaml({ name: 'job', restartPolicy: 'OnFailure', apps: [{ name: 'work', run: 'echo done; sleep 2' }] }))
    sandbox.advance(MIN)
    const pod = sandbox.pod('job')!
    expect(pod.status!.phase).toBe('Succeeded')
    expect(sandbox.exec('kubectl get pods').stdout).toBe('NAME   READY   STATUS      RESTARTS   AGE\njob    0/1     Completed   0          60s\n')
    expect(condition(pod, 'Initialized')).toMatchObject({ status: 'True', reason: 'PodCompleted' })
  })

  it('Never: an app that exits 1 fails the pod (STATUS Error)', () => {
    const sandbox = apply(podYaml({ name: 'once', restartPolicy: 'Never', apps: [{ name: 'work', run: 'exit 1' }] }))
    sandbox.advance(MIN)
    expect(sandbox.pod('once')!.status!.phase).toBe('Failed')
    expect(sandbox.exec('kubectl get pods').stdout).toContain('once   0/1     Error    0          60s')
  })

  it('Always: an app that keeps exiting goes into CrashLoopBackOff and the pod stays Running', () => {
    const sandbox = createSandbox()
    const watch = watchPod(sandbox, 'crash')
    sandbox.exec('kubectl apply -f -', podYaml({ name: 'crash', apps: [{ name: 'app', run: 'sleep 1; exit 3' }] }))
    sandbox.advance(30_000)
    expect(watch.statuses()).toEqual(['Pending', 'ContainerCreating', 'Running', 'Error', 'Running', 'Error', 'CrashLoopBackOff', 'Running', 'Error', 'CrashLoopBackOff'])
    expect(sandbox.pod('crash')!.status!.phase).toBe('Running')
  })

  it('a container-level restartPolicy Never on an init container fails an Always pod', () => {
    const sandbox = apply(podYaml({ name: 'rules', init: [{ name: 'once', run: 'exit 2', restartPolicy: 'Never' }], apps: [{ name: 'app', run: 'sleep 60' }] }))
    sandbox.advance(MIN)
    expect(sandbox.pod('rules')!.status!.phase).toBe('Failed')
    expect(initStatus(sandbox.pod('rules')).restartCount).toBe(0)
  })
})

describe('images', () => {
  it('an init image that does not exist: Init:ErrImagePull, then Init:ImagePullBackOff', () => {
    const sandbox = createSandbox()
    const watch = watchPod(sandbox, 'nosuch')
    sandbox.exec('kubectl apply -f -', podYaml({ name: 'nosuch', init: [{ name: 'init', image: 'busybox:9.99', run: 'true' }], apps: [{ name: 'app' }] }))
    sandbox.advance(2 * MIN)
    expect(watch.statuses().slice(0, 4)).toEqual(['Pending', 'Init:0/1', 'Init:ErrImagePull', 'Init:ImagePullBackOff'])
    const status = initStatus(sandbox.pod('nosuch'))
    expect(status.state!.waiting!.reason).toMatch(/^(ErrImagePull|ImagePullBackOff)$/)
    const reasons = sandbox.events().map((e) => `${e.reason}:${e.message}`)
    expect(reasons).toContain('BackOff:Back-off pulling image "busybox:9.99"')
    expect(reasons).toContain('Failed:Error: ImagePullBackOff')
    expect(reasons).toContain('Failed:Error: ErrImagePull')
  })

  it('an invalid reference waits with InvalidImageName', () => {
    const sandbox = apply(podYaml({ name: 'bad', apps: [{ name: 'app', image: 'Busybox:latest' }] }))
    sandbox.advance(MIN)
    expect(sandbox.pod('bad')!.status!.containerStatuses![0].state!.waiting).toMatchObject({ reason: 'InvalidImageName' })
    expect(sandbox.exec('kubectl get pods').stdout).toContain('InvalidImageName')
  })

  const onWorker = (yaml: string) => yaml.replace('spec:\n', 'spec:\n  nodeName: initlab-worker\n')

  it('pulls an image once per node; the second pod on that node finds it present', () => {
    const sandbox = apply(onWorker(podYaml({ name: 'a', apps: [{ name: 'app', run: 'sleep 600' }] })))
    sandbox.advance(MIN)
    sandbox.exec('kubectl apply -f -', onWorker(podYaml({ name: 'b', apps: [{ name: 'app', run: 'sleep 600' }] })))
    sandbox.advance(MIN)
    const pulled = sandbox.events().filter((e) => e.reason === 'Pulled' && e.involvedObject.name === 'b')
    expect(pulled.map((e) => e.message)).toEqual(['Container image "busybox:1.36" already present on machine and can be accessed by the pod'])
  })
})

describe('deletion', () => {
  it('terminates gracefully: Terminating, SIGTERM ignored by sleep, SIGKILL after the grace period, then gone', () => {
    const sandbox = apply(podYaml({ name: 'sleeper', apps: [{ name: 'app', run: ['sleep', '3600'] }] }))
    sandbox.advance(MIN)
    const watch = watchPod(sandbox, 'sleeper')
    const before = sandbox.now()
    expect(sandbox.exec('kubectl delete pod sleeper')).toEqual({ stdout: 'pod "sleeper" deleted\n', stderr: '', exitCode: 0 })
    const took = sandbox.now() - before
    expect(took).toBeGreaterThanOrEqual(30_000)
    expect(took).toBeLessThan(31_000)
    expect(watch.rows.map((r) => [r.type, r.status])).toEqual([
      ['MODIFIED', 'Terminating'],
      ['MODIFIED', 'Error'],
      ['DELETED', 'Error'],
    ])
    expect(sandbox.pod('sleeper')).toBeUndefined()
    const killing = sandbox.events().find((e) => e.reason === 'Killing')!
    expect(killing).toMatchObject({ type: 'Normal', message: 'Stopping container app', involvedObject: { fieldPath: 'spec.containers{app}' } })
    const last = watch.rows.at(-1)!.pod.status!.containerStatuses![0]
    expect(last.state!.terminated).toMatchObject({ exitCode: 137, reason: 'Error' })
  })

  it('an nginx server exits at once on SIGTERM and the pod completes', () => {
    const sandbox = apply(podYaml({ name: 'web', apps: [{ name: 'nginx', image: 'nginx:1.27' }] }))
    sandbox.advance(MIN)
    expect(sandbox.exec('kubectl get pods').stdout).toContain('web    1/1     Running')
    const before = sandbox.now()
    sandbox.exec('kubectl delete pod web')
    expect(sandbox.now() - before).toBeLessThan(1000)
    expect(sandbox.exec('kubectl get pods')).toMatchObject({ stdout: '', stderr: 'No resources found in default namespace.\n' })
  })

  it('deletes a pod in init with --wait=false and shows Terminating', () => {
    const sandbox = apply(podYaml({ name: 'p', init: [{ name: 'init', run: 'sleep 3600' }], apps: [{ name: 'app' }] }))
    sandbox.advance(10_000)
    sandbox.exec('kubectl delete pod p --wait=false')
    expect(sandbox.exec('kubectl get pods').stdout).toContain('p      0/1     Terminating')
    sandbox.advance(31_000)
    expect(sandbox.pod('p')).toBeUndefined()
  })

  it('reports a missing pod as kubectl does', () => {
    const sandbox = createSandbox()
    expect(sandbox.exec('kubectl delete pod nope')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 })
  })
})

describe('determinism', () => {
  const yaml = podYaml({ name: 'd', init: [{ name: 'i', run: 'sleep 1; exit 1' }], apps: [{ name: 'app', run: 'sleep 5' }] })
  const transcript = (seed: number) => {
    const sandbox = createSandbox({ seed })
    const lines: string[] = []
    sandbox.subscribe((ev) => lines.push(`${ev.at} ${ev.type} ${ev.kind} ${JSON.stringify(ev.object)}`))
    sandbox.exec('kubectl apply -f -', yaml)
    sandbox.advance(10 * MIN)
    return lines.join('\n')
  }

  it('gives the same transcript for the same seed, and other ids for another seed', () => {
    expect(transcript(7)).toBe(transcript(7))
    expect(transcript(7)).not.toBe(transcript(8))
  })

  it('starts at a fixed instant unless told otherwise', () => {
    expect(new Date(createSandbox().now()).toISOString()).toBe('2026-01-01T09:00:00.000Z')
    expect(createSandbox({ startTime: '2022-02-27T02:09:00Z' }).now()).toBe(Date.UTC(2022, 1, 27, 2, 9))
    expect(() => createSandbox({ startTime: 'yesterday' })).toThrow(/RFC 3339/)
  })

  it('sleep advances virtual time', () => {
    const sandbox = createSandbox()
    const t0 = sandbox.now()
    expect(sandbox.exec('sleep 90')).toEqual({ stdout: '', stderr: '', exitCode: 0 })
    expect(sandbox.now() - t0).toBe(90_000)
  })
})

describe('image pull policies', () => {
  it('Always pulls again (quickly, the layers are there); Never needs the image on the node', () => {
    const onWorker = (yaml: string) => yaml.replace('spec:\n', 'spec:\n  nodeName: initlab-worker\n')
    const sandbox = apply(onWorker(podYaml({ name: 'a', apps: [{ name: 'app', image: 'nginx:latest' }] })))
    sandbox.advance(MIN)
    sandbox.exec('kubectl apply -f -', onWorker(podYaml({ name: 'b', apps: [{ name: 'app', image: 'nginx:latest' }] })))
    sandbox.advance(MIN)
    const pulls = sandbox.events().filter((e) => e.reason === 'Pulled').map((e) => e.message)
    expect(pulls).toHaveLength(2)
    for (const m of pulls) expect(m).toMatch(/^Successfully pulled image "nginx:latest" in /)
    const seconds = (m: string) => Number(/ in ([\d.]+)(m?s) /.exec(m)!.slice(1).reduce((v, unit) => String(unit === 'ms' ? Number(v) / 1000 : Number(v))))
    expect(seconds(pulls[1])).toBeLessThan(seconds(pulls[0]))
    expect(sandbox.pod('a')!.spec.containers[0].imagePullPolicy).toBe('Always')

    const never = apply(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: nv\nspec:\n  containers:\n  - name: app\n    image: busybox:1.36\n    imagePullPolicy: Never\n`)
    never.advance(MIN)
    expect(never.pod('nv')!.status!.containerStatuses![0].state!.waiting).toEqual({
      reason: 'ErrImageNeverPull',
      message: 'Container image "busybox:1.36" is not present with pull policy of Never',
    })
  })
})

describe('changing an init container image', () => {
  it('is accepted on a running pod and fixes a failed pull at once, without restarting the pod', () => {
    const yaml = podYaml({ name: 'fix', init: [{ name: 'init', image: 'busybox:9.99', run: 'sleep 1' }], apps: [{ name: 'app', run: 'sleep 3600' }] })
    const sandbox = apply(yaml)
    sandbox.advance(2 * MIN)
    const uid = sandbox.pod('fix')!.metadata.uid
    expect(sandbox.exec('kubectl get pods').stdout).toMatch(/Init:(ErrImagePull|ImagePullBackOff)/)
    expect(sandbox.exec('kubectl apply -f -', yaml.replace('busybox:9.99', 'busybox:1.36')).stdout).toBe('pod/fix configured\n')
    sandbox.advance(10_000)
    const pod = sandbox.pod('fix')!
    expect(pod.metadata.uid).toBe(uid)
    expect(pod.metadata.generation).toBe(2)
    expect(pod.status!.observedGeneration).toBe(2)
    expect(sandbox.exec('kubectl get pods').stdout).toMatch(/fix    1\/1     Running   0          2m10s/)
  })

  it('starts a crash-looping init container at once with its new image', () => {
    const yaml = podYaml({ name: 'loop', init: [{ name: 'init', image: 'busybox:1.36', run: 'exit 1' }], apps: [{ name: 'app', run: 'sleep 3600' }] })
    const sandbox = apply(yaml)
    sandbox.advance(3 * MIN)
    expect(sandbox.pod('loop')!.status!.initContainerStatuses![0].state!.waiting!.reason).toBe('CrashLoopBackOff')
    sandbox.exec('kubectl apply -f -', yaml.replace("image: busybox:1.36\n    command: ['sh', '-c', \"exit 1\"]", "image: busybox:1.37\n    command: ['sh', '-c', \"exit 1\"]"))
    sandbox.advance(5_000)
    const status = sandbox.pod('loop')!.status!.initContainerStatuses![0]
    expect(status.image).toBe('docker.io/library/busybox:1.37')
  })
})

describe('native sidecars (init containers with restartPolicy Always)', () => {
  const yaml = (restartPolicy: string) => `apiVersion: v1
kind: Pod
metadata:
  name: job
spec:
  restartPolicy: ${restartPolicy}
  initContainers:
  - name: prepare
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 1']
  - name: log-shipper
    image: busybox:1.36
    restartPolicy: Always
    command: ['sh', '-c', 'sleep 3600']
  - name: after-sidecar
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 1']
  containers:
  - name: work
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 5; echo done']
`

  it('starts in order, keeps running beside the app, counts in READY, then stops after the app', () => {
    const sandbox = createSandbox()
    const watch = watchPod(sandbox, 'job')
    sandbox.exec('kubectl apply -f -', yaml('Never'))
    sandbox.advance(8_000)
    expect(watch.statuses().slice(0, 5)).toEqual(['Pending', 'Init:0/3', 'Init:1/3', 'Init:2/3', 'PodInitializing'])
    expect(sandbox.exec('kubectl get pods').stdout).toContain('job    2/2     Running')
    const t = (s?: string) => parseTime(s ?? '')
    const pod = sandbox.pod('job')!
    const [prepare, shipper, after] = pod.status!.initContainerStatuses!
    expect(t(shipper.state!.running!.startedAt)).toBeGreaterThanOrEqual(t(prepare.state!.terminated!.finishedAt))
    expect(t(after.state!.terminated!.startedAt)).toBeGreaterThanOrEqual(t(shipper.state!.running!.startedAt))
    expect(shipper).toMatchObject({ ready: true, started: true })
    // The app finishes; the sidecar gets SIGTERM (ignored by sleep), then SIGKILL after the grace period.
    sandbox.advance(2 * MIN)
    const done = sandbox.pod('job')!
    expect(done.status!.phase).toBe('Succeeded')
    expect(done.status!.initContainerStatuses![1].state!.terminated).toMatchObject({ exitCode: 137 })
    expect(sandbox.events().some((e) => e.reason === 'Killing' && e.message === 'Stopping container log-shipper')).toBe(true)
    expect(sandbox.exec('kubectl get pods').stdout).toContain('job    0/2     Completed')
  })

  it('restarts a sidecar that exits, with back-off, even in a restartPolicy Never pod; RESTARTS counts it', () => {
    const sandbox = createSandbox()
    sandbox.exec('kubectl apply -f -', yaml('Never').replace("'sleep 3600'", "'sleep 2; exit 1'").replace("'sleep 5; echo done'", "'sleep 600'"))
    sandbox.advance(2 * MIN)
    const shipper = sandbox.pod('job')!.status!.initContainerStatuses![1]
    expect(shipper.restartCount).toBeGreaterThanOrEqual(3)
    expect(sandbox.pod('job')!.status!.phase).toBe('Running')
    // printPod reports the crash-looping sidecar even after initialization, as kubectl does.
    const row = sandbox.exec('kubectl get pods --no-headers').stdout
    expect(row).toMatch(new RegExp(`^job\\s+1/2\\s+Init:CrashLoopBackOff\\s+${shipper.restartCount} \\(`))
    expect(sandbox.pod('job')!.status!.containerStatuses![0]).toMatchObject({ ready: true, restartCount: 0 })
  })

  it('stops the app first and the sidecar after it when the pod is deleted', () => {
    const sandbox = createSandbox()
    sandbox.exec('kubectl apply -f -', yaml('Always').replace("'sleep 5; echo done'", "'sleep 3600'"))
    sandbox.advance(MIN)
    const kills: string[] = []
    sandbox.subscribe((ev) => {
      if (ev.kind === 'Event' && (ev.object as unknown as { reason?: string }).reason === 'Killing' && ev.type === 'ADDED') kills.push(`${(ev.object as unknown as { message: string }).message} @${(ev.at - sandbox.now()) / 1000 | 0}`)
    })
    const start = sandbox.now()
    sandbox.exec('kubectl delete pod job')
    expect(kills.map((k) => k.replace(/ @.*/, ''))).toEqual(['Stopping container work', 'Stopping container log-shipper'])
    // Each waits out its grace period: sleep ignores SIGTERM.
    expect(sandbox.now() - start).toBeGreaterThanOrEqual(60_000)
  })
})

describe('scheduling on the default nodes', () => {
  const hungryInit = (cpu: string) => `apiVersion: v1
kind: Pod
metadata:
  name: big-init
spec:
  initContainers:
  - name: warm-cache
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 1']
    resources:
      requests:
        cpu: "${cpu}"
  containers:
  - name: app
    image: busybox:1.36
    command: ['sleep', '3600']
    resources:
      requests:
        cpu: 100m
`

  it('schedules the pod once its init request is lowered (pods are recreated: resources are immutable)', () => {
    const sandbox = createSandbox()
    sandbox.exec('kubectl apply -f -', hungryInit('3'))
    sandbox.advance(MIN)
    expect(sandbox.exec('kubectl apply -f -', hungryInit('1500m')).stderr).toMatch(/^The Pod "big-init" is invalid: spec: Forbidden: pod updates may not change fields other than/)
    sandbox.exec('kubectl delete pod big-init')
    sandbox.exec('kubectl apply -f -', hungryInit('1500m'))
    sandbox.advance(MIN)
    expect(sandbox.exec('kubectl get pods --no-headers').stdout).toMatch(/^big-init\s+1\/1\s+Running/)
    expect(sandbox.exec('kubectl describe node ' + sandbox.pod('big-init')!.spec.nodeName).stdout).toMatch(/\n  cpu\s+1500m \(75%\)\s+0 \(0%\)\n/)
  })

  it('spreads pods over the two workers and keeps them off the tainted control plane', () => {
    const sandbox = createSandbox()
    for (const name of ['a', 'b', 'c']) sandbox.exec('kubectl apply -f -', podYaml({ name, apps: [{ name: 'app', run: 'sleep 600' }] }))
    sandbox.advance(MIN)
    const nodes = sandbox.pods().map((p) => p.spec.nodeName)
    expect(new Set(nodes)).toEqual(new Set(['initlab-worker', 'initlab-worker2']))
  })

  it('leaves a pod Pending when its init request fits no node, with the scheduler\'s words, until it does', () => {
    const sandbox = createSandbox()
    sandbox.exec('kubectl apply -f -', hungryInit('3'))
    sandbox.advance(MIN)
    const pod = sandbox.pod('big-init')!
    expect(sandbox.exec('kubectl get pods').stdout).toContain('big-init   0/1     Pending   0          60s')
    const message =
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.'
    expect(pod.status!.conditions).toEqual([
      { type: 'PodScheduled', observedGeneration: 1, status: 'False', lastProbeTime: null, lastTransitionTime: pod.metadata.creationTimestamp, reason: 'Unschedulable', message },
    ])
    const failed = sandbox.events().find((e) => e.reason === 'FailedScheduling')!
    expect(failed).toMatchObject({ type: 'Warning', message, reportingComponent: 'default-scheduler', action: 'Scheduling' })
    // A bigger node joins the cluster: the waiting pod is scheduled onto it.
    sandbox.exec('kubectl apply -f -', `apiVersion: v1
kind: Node
metadata:
  name: initlab-big
  labels:
    kubernetes.io/hostname: initlab-big
spec:
  podCIDR: 10.244.3.0/24
status:
  allocatable: {cpu: "8", memory: 16Gi, pods: "110"}
  capacity: {cpu: "8", memory: 16Gi, pods: "110"}
  addresses:
  - {type: InternalIP, address: 172.18.0.9}
  conditions:
  - {type: Ready, status: "True"}
`)
    sandbox.advance(MIN)
    expect(sandbox.pod('big-init')!.spec.nodeName).toBe('initlab-big')
    expect(sandbox.exec('kubectl get pods --no-headers').stdout).toMatch(/^big-init\s+1\/1\s+Running/)
  })
})

describe('a changed image on a running container', () => {
  it('restarts an app container with its new image (definition changed) and leaves a completed init container alone', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: init
    image: busybox:1.36
    command: ['sh', '-c', 'echo ready']
  containers:
  - name: nginx
    image: nginx:1.27
`
    const sandbox = apply(yaml)
    sandbox.advance(MIN)
    expect(sandbox.exec('kubectl set image pod/web nginx=nginx:1.25 init=busybox:1.37').stdout).toBe('pod/web image updated\n')
    sandbox.advance(MIN)
    const pod = sandbox.pod('web')!
    expect(pod.status!.containerStatuses![0]).toMatchObject({ restartCount: 1, image: 'docker.io/library/nginx:1.25', state: { running: {} } })
    expect(pod.status!.containerStatuses![0].lastState!.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' })
    expect(pod.status!.initContainerStatuses![0]).toMatchObject({ restartCount: 0, image: 'docker.io/library/busybox:1.36' })
    const killing = sandbox.events().find((e) => e.reason === 'Killing')!
    expect(killing.message).toBe('Container nginx definition changed, will be restarted')
    expect(sandbox.exec('kubectl get pods').stdout).toMatch(/web    1\/1     Running   1 \(\d+s ago\)/)
  })
})

describe('activeDeadlineSeconds', () => {
  it('fails a pod that runs too long: DeadlineExceeded, containers stopped', () => {
    const sandbox = apply(`apiVersion: v1
kind: Pod
metadata:
  name: slow
spec:
  activeDeadlineSeconds: 30
  initContainers:
  - name: wait-forever
    image: busybox:1.36
    command: ['sh', '-c', 'until false; do sleep 5; done']
  containers:
  - name: app
    image: busybox:1.36
`)
    sandbox.advance(2 * MIN)
    const pod = sandbox.pod('slow')!
    expect(pod.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded', message: 'Pod was active on the node longer than the specified deadline' })
    // printPod lets the killed init container's reason win over status.reason, as on a real cluster.
    expect(sandbox.exec('kubectl get pods').stdout).toContain('slow   0/1     Init:Error   0')
    expect(sandbox.exec('kubectl describe pod slow').stdout).toContain('Status:           Failed\nReason:           DeadlineExceeded\nMessage:          Pod was active on the node longer than the specified deadline\n')
    expect(sandbox.events().some((e) => e.reason === 'DeadlineExceeded')).toBe(true)
    expect(pod.status!.initContainerStatuses![0].state!.terminated).toMatchObject({ exitCode: 137 })
  })
})

import { describe, expect, it } from 'vitest'
import { Cluster } from '../../engine/cluster'
import type { ContainerStatus, Pod } from '../../engine/api/types'
import { apply } from './apply'
import { followLogs, HEADLESS_FOLLOW_LIMIT_MS, logs, type LogChunk, type LogFollower } from './logs'

// kubectl's own texts (usage errors, the Defaulted notice, prefixes, NotFound) were checked against
// kubectl v1.35.2 with a stub API server; the kubelet's texts come from validateContainerLogStatus.

function cluster(yaml: string, seed = 1): Cluster {
  const c = new Cluster({ seed })
  expect(apply(['-f', '-'], { cluster: c, stdin: yaml }).stderr).toBe('')
  return c
}

function statusOf(c: Cluster, pod: string, container: string): ContainerStatus | undefined {
  const s = c.store.get<Pod>('Pod', 'default', pod)?.status
  return [...(s?.containerStatuses ?? []), ...(s?.initContainerStatuses ?? [])].find((x) => x.name === container)
}

/** Steps the clock from change to change until `done` holds (at most ten virtual minutes). */
function advanceUntil(c: Cluster, done: () => boolean): void {
  const limit = c.now() + 600_000
  while (!done()) {
    const next = c.nextChangeAt()
    if (next === undefined || next > limit) throw new Error('condition never held')
    c.advance(next - c.now())
  }
}

const run = (c: Cluster, line: string) => logs(line.split(' ').slice(2), { cluster: c })
const ok = (stdout: string, stderr = '') => ({ stdout, stderr, exitCode: 0 })
const failure = (stderr: string, stdout = '') => ({ stdout, stderr, exitCode: 1 })

const TRIO = `apiVersion: v1
kind: Pod
metadata: {name: trio, labels: {app: trio}}
spec:
  initContainers:
  - {name: setup, image: busybox, command: ['sh', '-c', 'echo setting up; echo done setting up']}
  containers:
  - {name: app, image: busybox, command: ['sh', '-c', 'echo one; echo two; echo three; sleep 3600']}
  - {name: side, image: busybox, command: ['sh', '-c', 'echo side car; sleep 3600']}
`
const DEFAULTED = 'Defaulted container "app" out of: app, side, setup (init)\n'

describe('kubectl logs POD', () => {
  const c = cluster(TRIO)
  advanceUntil(c, () => statusOf(c, 'trio', 'side')?.state?.running !== undefined)

  it('defaults to the first app container and says so on stderr when the pod has others', () => {
    expect(run(c, 'kubectl logs trio')).toEqual(ok('one\ntwo\nthree\n', DEFAULTED))
    expect(run(c, 'kubectl logs pod/trio')).toEqual(ok('one\ntwo\nthree\n', DEFAULTED))
  })

  it('reads a named container, init containers included, with -c or inline', () => {
    expect(run(c, 'kubectl logs trio -c side')).toEqual(ok('side car\n'))
    expect(run(c, 'kubectl logs trio setup')).toEqual(ok('setting up\ndone setting up\n'))
    expect(run(c, 'kubectl logs po/trio --container=setup')).toEqual(ok('setting up\ndone setting up\n'))
  })

  it('reads every container, init containers first, with [pod/NAME/CONTAINER] prefixes on request', () => {
    expect(run(c, 'kubectl logs trio --all-containers')).toEqual(ok('setting up\ndone setting up\none\ntwo\nthree\nside car\n'))
    expect(run(c, 'kubectl logs trio --all-containers --prefix')).toEqual(
      ok('[pod/trio/setup] setting up\n[pod/trio/setup] done setting up\n[pod/trio/app] one\n[pod/trio/app] two\n[pod/trio/app] three\n[pod/trio/side] side car\n'),
    )
    expect(run(c, 'kubectl logs trio --prefix')).toEqual(ok('[pod/trio/app] one\n[pod/trio/app] two\n[pod/trio/app] three\n', DEFAULTED))
  })

  it('prints the kubelet timestamp, RFC 3339 with nine fraction digits, before each line', () => {
    const out = run(c, 'kubectl logs trio -c side --timestamps')
    expect(out.stdout).toMatch(/^2026-01-01T09:00:\d\d\.\d{9}Z side car\n$/)
    expect(out.stdout.slice(23, 30)).toBe('000000Z')
    expect(run(c, 'kubectl logs trio -c side --timestamps --prefix').stdout).toBe(`[pod/trio/side] ${out.stdout}`)
  })

  it('applies --tail, --since and --limit-bytes as the kubelet does', () => {
    expect(run(c, 'kubectl logs trio -c app --tail=2')).toEqual(ok('two\nthree\n'))
    expect(run(c, 'kubectl logs trio -c app --tail=0')).toEqual(ok(''))
    expect(run(c, 'kubectl logs trio -c app --tail=10')).toEqual(ok('one\ntwo\nthree\n'))
    expect(run(c, 'kubectl logs trio -c app --limit-bytes=6')).toEqual(ok('one\ntw'))
    expect(run(c, 'kubectl logs trio -c app --since=1h')).toEqual(ok('one\ntwo\nthree\n'))
    c.advance(10_000)
    expect(run(c, 'kubectl logs trio -c app --since=5s')).toEqual(ok(''))
  })

  it('reports containers and pods that do not exist', () => {
    expect(run(c, 'kubectl logs trio -c nope')).toEqual(failure('error: container nope is not valid for pod trio\n'))
    expect(run(c, 'kubectl logs nope')).toEqual(failure('error: error from server (NotFound): pods "nope" not found in namespace "default"\n'))
    expect(run(c, 'kubectl logs pod/nope -n kube-system')).toEqual(failure('error: error from server (NotFound): pods "nope" not found in namespace "kube-system"\n'))
    expect(run(c, 'kubectl logs nope -n nowhere')).toEqual(failure('error: error from server (NotFound): namespaces "nowhere" not found in namespace "nowhere"\n'))
    expect(run(c, 'kubectl logs svc/nope')).toEqual(failure('error: error from server (NotFound): services "nope" not found in namespace "default"\n'))
    expect(run(c, 'kubectl logs foo/x')).toEqual(failure('error: the server doesn\'t have a resource type "foo"\n'))
  })

  it('refuses -p for a container that never restarted', () => {
    expect(run(c, 'kubectl logs trio -c app -p')).toEqual(failure('Error from server (BadRequest): previous terminated container "app" in pod "trio" not found\n'))
    expect(run(c, 'kubectl logs trio --previous')).toEqual(failure(DEFAULTED + 'Error from server (BadRequest): previous terminated container "app" in pod "trio" not found\n'))
  })

  it('rejects bad arguments with kubectl texts', () => {
    const usage = "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n"
    const cases: [string, string][] = [
      ['kubectl logs', usage],
      ['kubectl logs a b c', usage],
      ['kubectl logs -l app=trio trio', "error: only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples\n"],
      ['kubectl logs trio setup -c app', 'error: only one of -c or an inline [CONTAINER] arg is allowed\n'],
      ['kubectl logs trio --all-containers -c app', 'error: --all-containers=true should not be specified with container name app\n'],
      ['kubectl logs trio --tail=-2', 'error: --tail must be greater than or equal to -1\n'],
      ['kubectl logs trio --limit-bytes=-1', 'error: --limit-bytes must be greater than 0\n'],
      ['kubectl logs trio --since=-5s', 'error: --since must be greater than 0\n'],
      ['kubectl logs trio --since=1s --since-time=2026-01-01T00:00:00Z', 'error: at most one of `sinceTime` or `sinceSeconds` may be specified\n'],
      ['kubectl logs trio --since-time=bad', 'error: parsing time "bad" as "2006-01-02T15:04:05Z07:00": cannot parse "bad" as "2006"\n'],
      ['kubectl logs -f trio --all-containers --max-log-requests=2', 'error: you are attempting to follow 3 log streams, but maximum allowed concurrency is 2, use --max-log-requests to increase the limit\n'],
      ['kubectl logs trio --bogus', "error: unknown flag: --bogus\nSee 'kubectl logs --help' for usage.\n"],
    ]
    for (const [line, stderr] of cases) expect(run(c, line), line).toEqual(failure(stderr))
  })
})

describe('kubectl logs -l', () => {
  const c = cluster(TRIO + `---
apiVersion: v1
kind: Pod
metadata: {name: counter, labels: {app: trio}, annotations: {kubectl.kubernetes.io/default-container: missing}}
spec:
  restartPolicy: Never
  containers:
  - {name: count, image: busybox, command: ['sh', '-c', 'echo 1; echo 2; echo 3; echo 4; echo 5; echo 6; echo 7; echo 8; echo 9; echo 10; echo 11; echo 12']}
`)
  advanceUntil(c, () => statusOf(c, 'trio', 'side')?.state?.running !== undefined && statusOf(c, 'counter', 'count')?.state?.terminated !== undefined)

  it('reads the last 10 lines of each matching pod, in list order, with the notices of each', () => {
    const counted = Array.from({ length: 10 }, (_, i) => `${i + 3}\n`).join('')
    expect(run(c, 'kubectl logs -l app=trio')).toEqual(ok(counted + 'one\ntwo\nthree\n', 'Default container name "missing" not found in pod counter\n' + DEFAULTED))
    expect(run(c, 'kubectl logs -l app=trio --tail=-1').stdout).toBe(Array.from({ length: 12 }, (_, i) => `${i + 1}\n`).join('') + 'one\ntwo\nthree\n')
  })

  it('says when nothing matches', () => {
    expect(run(c, 'kubectl logs -l app=none')).toEqual(ok('', 'No resources found in default namespace.\n'))
  })
})

describe('kubectl logs of containers that have not started', () => {
  it('prints nothing for a pod no node has taken yet', () => {
    const c = cluster(TRIO)
    expect(run(c, 'kubectl logs trio -c app')).toEqual(ok(''))
  })

  it('gives the kubelet reason while the init containers run or the container is being created', () => {
    const c = cluster(TRIO + `---
apiVersion: v1
kind: Pod
metadata: {name: solo}
spec:
  containers:
  - {name: main, image: busybox, command: ['sh', '-c', 'sleep 3600']}
`)
    advanceUntil(c, () => c.store.get<Pod>('Pod', 'default', 'trio')?.spec.nodeName !== undefined)
    if (!statusOf(c, 'trio', 'app')) {
      // Bound, but the kubelet has not reported the container yet.
      expect(run(c, 'kubectl logs trio -c app')).toEqual(failure('Error from server (BadRequest): container "app" in pod "trio" is not available\n'))
    }
    advanceUntil(c, () => statusOf(c, 'trio', 'app') !== undefined && statusOf(c, 'solo', 'main') !== undefined)
    expect(run(c, 'kubectl logs trio -c app')).toEqual(failure('Error from server (BadRequest): container "app" in pod "trio" is waiting to start: PodInitializing\n'))
    expect(run(c, 'kubectl logs solo')).toEqual(failure('Error from server (BadRequest): container "main" in pod "solo" is waiting to start: ContainerCreating\n'))
    // --all-containers stops at the first container the kubelet refuses, after printing the earlier ones.
    advanceUntil(c, () => statusOf(c, 'trio', 'setup')?.state?.terminated !== undefined)
    const all = run(c, 'kubectl logs trio --all-containers')
    expect(all.stdout).toBe('setting up\ndone setting up\n')
    expect(all.exitCode).toBe(1)
    expect(all.stderr).toMatch(/^Error from server \(BadRequest\): container "app" in pod "trio" is waiting to start: (PodInitializing|ContainerCreating)\n$/)
  })

  it('explains image pull failures in the kubelet words', () => {
    const c = cluster(`apiVersion: v1
kind: Pod
metadata: {name: bad}
spec:
  containers:
  - {name: app, image: nosuchregistry.example/nothing:1}
`)
    advanceUntil(c, () => statusOf(c, 'bad', 'app')?.state?.waiting?.reason === 'ErrImagePull')
    expect(run(c, 'kubectl logs bad')).toEqual(failure('Error from server (BadRequest): container "app" in pod "bad" is waiting to start: image can\'t be pulled\n'))
    advanceUntil(c, () => statusOf(c, 'bad', 'app')?.state?.waiting?.reason === 'ImagePullBackOff')
    expect(run(c, 'kubectl logs bad')).toEqual(failure('Error from server (BadRequest): container "app" in pod "bad" is waiting to start: trying and failing to pull image\n'))
  })
})

describe('kubectl logs of a restarted container', () => {
  const c = cluster(`apiVersion: v1
kind: Pod
metadata: {name: crash}
spec:
  containers:
  - {name: app, image: busybox, command: ['sh', '-c', 'echo starting; exit 1']}
`)
  advanceUntil(c, () => (statusOf(c, 'crash', 'app')?.restartCount ?? 0) >= 2 && statusOf(c, 'crash', 'app')?.state?.waiting?.reason === 'CrashLoopBackOff')

  it('shows the last run while the container waits in back-off, and the same run with -p', () => {
    const status = statusOf(c, 'crash', 'app')!
    const last = status.lastState?.terminated?.containerID
    expect(last).toBeDefined()
    expect(c.containerLog(last!).map((l) => l.text)).toEqual(['starting\n'])
    expect(run(c, 'kubectl logs crash')).toEqual(ok('starting\n'))
    expect(run(c, 'kubectl logs crash -p')).toEqual(ok('starting\n'))
  })
})

const TICKER = `apiVersion: v1
kind: Pod
metadata: {name: ticker}
spec:
  restartPolicy: Never
  containers:
  - {name: app, image: busybox, command: ['sh', '-c', 'echo a; sleep 2; echo b; sleep 2; echo c']}
  - {name: forever, image: busybox, command: ['sh', '-c', 'echo start; sleep 7200; echo never']}
`

describe('kubectl logs -f (headless)', () => {
  it('follows until the container exits, advancing the virtual clock', () => {
    const c = cluster(TICKER)
    advanceUntil(c, () => statusOf(c, 'ticker', 'app')?.state?.running !== undefined)
    const before = c.now()
    expect(run(c, 'kubectl logs ticker -c app -f')).toEqual(ok('a\nb\nc\n'))
    expect(statusOf(c, 'ticker', 'app')?.state?.terminated?.exitCode).toBe(0)
    expect(c.now() - before).toBeLessThan(5000)
  })

  it('stops after an hour of virtual time when the container keeps running, or at --request-timeout', () => {
    const c = cluster(TICKER)
    advanceUntil(c, () => statusOf(c, 'ticker', 'forever')?.state?.running !== undefined)
    let before = c.now()
    expect(run(c, 'kubectl logs ticker -c forever -f --request-timeout=30s')).toEqual(ok('start\n'))
    expect(c.now() - before).toBe(30_000)
    before = c.now()
    expect(run(c, 'kubectl logs ticker -c forever -f')).toEqual(ok('start\n'))
    expect(c.now() - before).toBe(HEADLESS_FOLLOW_LIMIT_MS)
  })

  it('follows every container with --all-containers, new lines in time order', () => {
    const c = cluster(TICKER)
    advanceUntil(c, () => statusOf(c, 'ticker', 'forever')?.state?.running !== undefined && statusOf(c, 'ticker', 'app')?.state?.running !== undefined)
    expect(run(c, 'kubectl logs ticker --all-containers -f --prefix --request-timeout=1m')).toEqual(
      ok('[pod/ticker/app] a\n[pod/ticker/forever] start\n[pod/ticker/app] b\n[pod/ticker/app] c\n'),
    )
  })
})

describe('followLogs (the page)', () => {
  it('returns the result at once without -f or on an error', () => {
    const c = cluster(TICKER)
    const chunks: LogChunk[] = []
    expect(followLogs(['nope', '-f'], { cluster: c }, (x) => chunks.push(x))).toEqual(failure('error: error from server (NotFound): pods "nope" not found in namespace "default"\n'))
    expect(followLogs(['ticker', '-c', 'app'], { cluster: c }, (x) => chunks.push(x))).toEqual(ok(''))
    expect(chunks).toEqual([])
  })

  it('streams new lines as the clock moves and ends with the container', () => {
    const c = cluster(TICKER)
    advanceUntil(c, () => statusOf(c, 'ticker', 'app')?.state?.running !== undefined)
    const chunks: LogChunk[] = []
    const follower = followLogs(['ticker', '-f'], { cluster: c }, (x) => chunks.push(x)) as LogFollower
    expect(chunks).toEqual([{ stdout: 'a\n', stderr: 'Defaulted container "app" out of: app, forever\n' }])
    for (let i = 0; i < 5; i++) {
      c.advance(1000)
      follower.poll()
    }
    expect(chunks.slice(1)).toEqual([{ stdout: 'b\n', stderr: '' }, { stdout: 'c\n', stderr: '', exitCode: 0 }])
    c.advance(1000)
    follower.poll()
    expect(chunks).toHaveLength(3)
  })

  it('stops delivering after stop()', () => {
    const c = cluster(TICKER)
    advanceUntil(c, () => statusOf(c, 'ticker', 'forever')?.state?.running !== undefined)
    const chunks: LogChunk[] = []
    const follower = followLogs(['ticker', '-c', 'app', '-f'], { cluster: c }, (x) => chunks.push(x)) as LogFollower
    follower.stop()
    c.advance(10_000)
    follower.poll()
    expect(chunks).toEqual([{ stdout: 'a\n', stderr: '' }])
  })
})

import { describe, expect, it } from 'vitest'
import type { Pod } from './api/types'
import { Cluster } from './cluster'
import type { ExecResult } from './podExec'
import type { Process } from './runtime/process'

const sharedVolumePod = (): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web' },
  spec: {
    initContainers: [{ name: 'init-write', image: 'busybox:1.36', command: ['sh', '-c', 'echo from-init > /data/seed; mkdir /data/public; echo shop > /data/public/index.html'], volumeMounts: [{ name: 'data', mountPath: '/data' }] }],
    containers: [
      { name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 3600'], env: [{ name: 'GREETING', value: 'hello' }], volumeMounts: [{ name: 'data', mountPath: '/data' }] },
      { name: 'shop', image: 'initlab/app:1.0', volumeMounts: [{ name: 'data', mountPath: '/data', readOnly: true }] },
    ],
    volumes: [{ name: 'data', emptyDir: {} }],
  },
})

function runningCluster(): Cluster {
  const cluster = new Cluster()
  expect(cluster.createPod(sharedVolumePod()).ok).toBe(true)
  cluster.advance(60_000)
  expect(cluster.store.get<Pod>('Pod', 'default', 'web')?.status?.phase).toBe('Running')
  return cluster
}

/** Runs a process to its end on the cluster's clock, as kubectl exec does. */
function finish(cluster: Cluster, process: Process): { code: number; step: string } {
  let step = process.resume(cluster.now())
  while (step.type === 'sleep') {
    cluster.advance(step.ms)
    step = process.resume(cluster.now())
  }
  return step.type === 'exit' ? { code: step.code, step: 'exit' } : { code: -1, step: step.type }
}

function exec(cluster: Cluster, container: string, argv: string[], stdin?: string): { r: ExecResult; stdout: string; stderr: string; code?: number; step?: string } {
  let stdout = ''
  let stderr = ''
  const r = cluster.execInContainer('default', 'web', container, argv, { stdin, out: { write: (s, t) => (s === 'stdout' ? (stdout += t) : (stderr += t)) } })
  if (!r.ok) return { r, stdout, stderr }
  const end = finish(cluster, r.process)
  return { r, stdout, stderr, ...end }
}

describe('Cluster.execInContainer', () => {
  it('runs in the container world: its env, its files, and the volume the init container filled', () => {
    const cluster = runningCluster()
    expect(exec(cluster, 'app', ['sh', '-c', 'echo $GREETING; cat /data/seed'])).toMatchObject({ stdout: 'hello\nfrom-init\n', stderr: '', code: 0 })
    expect(exec(cluster, 'app', ['ls', '/nope'])).toMatchObject({ stdout: '', stderr: "ls: /nope: No such file or directory\n", code: 1 })
  })

  it('writes land in the shared volume, seen by later execs and by the other container', () => {
    const cluster = runningCluster()
    expect(exec(cluster, 'app', ['sh', '-c', 'echo hi > /data/x']).code).toBe(0)
    expect(exec(cluster, 'app', ['cat', '/data/x']).stdout).toBe('hi\n')
    expect(cluster.readContainerFile('default', 'web', 'shop', '/data/x')).toBe('hi\n')
    expect(cluster.readContainerFile('default', 'web', 'shop', '/data/./sub/../x')).toBe('hi\n')
    expect(cluster.readContainerFile('default', 'web', 'shop', '/data')).toBeUndefined()
    expect(cluster.readContainerFile('default', 'web', 'shop', '/data/missing')).toBeUndefined()
    // The exited init container's last instance still sees the volume.
    expect(cluster.readContainerFile('default', 'web', 'init-write', '/data/x')).toBe('hi\n')
    expect(cluster.readContainerFile('default', 'nope', 'app', '/data/x')).toBeUndefined()
  })

  it('feeds stdin and lets sleeps pass on the cluster clock', () => {
    const cluster = runningCluster()
    expect(exec(cluster, 'app', ['cat'], 'piped\n').stdout).toBe('piped\n')
    const before = cluster.now()
    expect(exec(cluster, 'app', ['sleep', '5']).code).toBe(0)
    expect(cluster.now() - before).toBe(5000)
  })

  it('answers as the API server does before any stream opens', () => {
    const cluster = runningCluster()
    const out = { write: () => {} }
    expect(cluster.execInContainer('default', 'nope', 'app', ['ls'], { out })).toEqual({ ok: false, stage: 'request', reason: 'NotFound', message: 'pods "nope" not found' })
    expect(cluster.execInContainer('default', 'web', 'bogus', ['ls'], { out })).toEqual({ ok: false, stage: 'request', reason: 'BadRequest', message: 'container bogus is not valid for pod web' })
  })

  it('says container not found for a container that is not running (an exited init container)', () => {
    const cluster = runningCluster()
    expect(exec(cluster, 'init-write', ['ls']).r).toEqual({ ok: false, stage: 'stream', message: 'Internal error occurred: unable to upgrade connection: container not found ("init-write")' })
  })

  it('relays runc for a command the image does not have (distroless), with a seeded exec id', () => {
    const cluster = runningCluster()
    const r = exec(cluster, 'shop', ['sh']).r
    expect(r.ok).toBe(false)
    const message = (r as { message: string }).message
    expect(message).toMatch(
      /^Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in \$PATH: unknown$/,
    )
    const again = runningCluster()
    expect((exec(again, 'shop', ['sh']).r as { message: string }).message).toBe(message)
    expect((exec(cluster, 'shop', ['/bin/sh']).r as { message: string }).message).toMatch(/exec: "\/bin\/sh": stat \/bin\/sh: no such file or directory: unknown$/)
  })

  it('does not let an exec of the app program take over the port the app serves on', () => {
    const cluster = runningCluster()
    const r = exec(cluster, 'shop', ['/app'])
    expect(r.step).toBe('serve')
    // Ctrl+C ends the exec'd server; the app's own listener must still answer.
    if (r.r.ok) r.r.process.signal('SIGKILL', cluster.now())
    expect(exec(cluster, 'app', ['wget', '-qO-', 'http://localhost:8080/index.html'])).toMatchObject({ stdout: 'shop\n', code: 0 })
  })

  it('does not change what the cluster does: the same seed gives the same pods with or without execs', () => {
    const a = runningCluster()
    const b = runningCluster()
    exec(a, 'shop', ['sh'])
    exec(a, 'app', ['true'])
    a.advance(30_000)
    b.advance(30_000)
    expect(a.pods()).toEqual(b.pods())
  })
})

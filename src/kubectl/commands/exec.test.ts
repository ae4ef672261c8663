import { describe, expect, it } from 'vitest'
import { Cluster } from '../../engine/cluster'
import type { Pod } from '../../engine/api/types'
import { readsStdin, runKubectl, type KubectlEnv } from '../kubectl'

// kubectl's own texts (usage errors, the Defaulted notice, how a Status or a stream error is
// printed, "command terminated with exit code N") were checked against kubectl v1.35.2 with a stub
// API server; the server-side texts come from streamLocation, the kubelet's GetExec, containerd's
// execInContainer, the CRI streaming server and the API server's stream translator.

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations: {ANNOTATION}
spec:
  initContainers:
  - name: setup
    image: busybox:1.36
    command: ['sh', '-c', 'echo ready > /work/state']
    volumeMounts: [{name: work, mountPath: /work}]
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 40']
    volumeMounts: [{name: work, mountPath: /work}]
  - name: side
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 86400']
    volumeMounts: [{name: work, mountPath: /work}]
  volumes:
  - {name: work, emptyDir: {}}
`

function setup(annotations = '{}'): KubectlEnv {
  const cluster = new Cluster()
  const yaml = POD.replace('{ANNOTATION}', annotations)
  expect(runKubectl(['apply', '-f', '-'], { cluster, stdin: yaml }).stderr).toBe('')
  cluster.advance(10_000)
  expect(cluster.store.get<Pod>('Pod', 'default', 'web')?.status?.phase).toBe('Running')
  return { cluster }
}

const kubectl = (env: KubectlEnv, line: string, stdin?: string) => runKubectl(line.split(' '), { ...env, stdin })
const DEFAULTED = 'Defaulted container "app" out of: app, side, setup (init)\n'

describe('kubectl exec', () => {
  it('prints the Defaulted notice as logs does, and -q drops it', () => {
    const env = setup()
    expect(kubectl(env, 'exec web -- cat /work/state')).toEqual({ stdout: 'ready\n', stderr: DEFAULTED, exitCode: 0 })
    expect(kubectl(env, 'exec -q web -- cat /work/state')).toEqual({ stdout: 'ready\n', stderr: '', exitCode: 0 })
    expect(kubectl(env, 'exec pod/web -c side -- cat /work/state')).toEqual({ stdout: 'ready\n', stderr: '', exitCode: 0 })
  })

  it('follows the default-container annotation, and says nothing when it names no container', () => {
    expect(kubectl(setup('{kubectl.kubernetes.io/default-container: side}'), 'exec web -- hostname')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 })
    expect(kubectl(setup('{kubectl.kubernetes.io/default-container: gone}'), 'exec web -- hostname')).toEqual({ stdout: 'web\n', stderr: DEFAULTED, exitCode: 0 })
  })

  it('passes standard input only with -i', () => {
    const env = setup()
    expect(kubectl(env, 'exec -i web -c side -- cat', 'typed\n').stdout).toBe('typed\n')
    expect(kubectl(env, 'exec web -c side -- cat', 'typed\n').stdout).toBe('')
  })

  it('with -i and -t sends stderr over the one TTY stream; -t alone is ignored', () => {
    const env = setup()
    const line = ['exec', 'web', '-c', 'side', '--', 'sh', '-c', 'echo out; echo err >&2']
    expect(runKubectl(['exec', '-it', ...line.slice(1)], env)).toEqual({ stdout: 'out\nerr\n', stderr: '', exitCode: 0 })
    expect(runKubectl(['exec', '-t', ...line.slice(1)], env)).toEqual({ stdout: 'out\n', stderr: 'err\n', exitCode: 0 })
  })

  it('ends with the exit code of the command, as kubectl reports it', () => {
    const env = setup()
    expect(runKubectl(['exec', 'web', '-c', 'side', '--', 'sh', '-c', 'exit 7'], env)).toEqual({ stdout: '', stderr: 'command terminated with exit code 7\n', exitCode: 7 })
  })

  it('kills the command with its container when the main process exits meanwhile', () => {
    const env = setup()
    const start = env.cluster.now()
    // The app's `sleep 40` ends first; everything in the container dies with it.
    expect(kubectl(env, 'exec web -c app -- sleep 100')).toEqual({ stdout: '', stderr: 'command terminated with exit code 137\n', exitCode: 137 })
    expect(env.cluster.now() - start).toBeLessThan(40_000)
  })

  it('ends a loop that outlives the headless limit as Ctrl+C would', () => {
    const env = setup()
    const start = env.cluster.now()
    expect(runKubectl(['exec', 'web', '-c', 'side', '--', 'sh', '-c', 'while true; do sleep 60; done'], env)).toEqual({ stdout: '', stderr: '', exitCode: 130 })
    expect(env.cluster.now() - start).toBe(3600_000)
  })

  it('refuses to attach the terminal to an interactive shell, but runs shell commands', () => {
    const env = setup()
    expect(kubectl(env, 'exec -it web -c side -- sh').stderr).toBe(
      'error: initlab cannot attach your terminal to a shell in the container; run one command at a time instead, e.g. kubectl exec web -c side -- ls /\n',
    )
    expect(kubectl(env, 'exec -i web -c side -- sh', 'echo from stdin\n').stdout).toBe('from stdin\n')
    // No bash in busybox: the runtime's error comes first.
    expect(kubectl(env, 'exec -it web -c side -- bash -il').stderr).toMatch(/exec: "bash": executable file not found in \$PATH: unknown\n$/)
  })

  it('reads the pod from -f', () => {
    const env = setup()
    const files = (path: string) => (path === 'pod.yaml' ? 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\n' : undefined)
    expect(runKubectl(['exec', '-f', 'pod.yaml', '-c', 'side', '--', 'hostname'], { ...env, files })).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 })
    expect(runKubectl(['exec', '-f', 'x.yaml', '--', 'hostname'], { ...env, files })).toEqual({ stdout: '', stderr: 'error: the path "x.yaml" does not exist\n', exitCode: 1 })
    expect(runKubectl(['exec', '-f', 'pod.yaml', 'web'], { ...env, files }).stderr).toContain('exec [POD] [COMMAND] is not supported anymore')
    // kubectl takes the object as the file has it: its spec picks the container, the server finds the pod.
    const more = (path: string) => ({ 'bare.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\n', 'two.yaml': 'kind: Pod\napiVersion: v1\nmetadata: {name: a}\n---\nkind: Pod\napiVersion: v1\nmetadata: {name: b}\n', 'gone.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: gone}\nspec: {containers: [{name: a, image: busybox}]}\n' })[path]
    expect(runKubectl(['exec', '-f', 'bare.yaml', '--', 'ls'], { ...env, files: more }).stderr).toBe('error: pod default/web does not have any containers\n')
    expect(runKubectl(['exec', '-f', 'two.yaml', '--', 'ls'], { ...env, files: more }).stderr).toBe('error: cannot exec into multiple objects at a time\n')
    expect(runKubectl(['exec', '-f', 'gone.yaml', '--', 'ls'], { ...env, files: more }).stderr).toBe('Error from server (NotFound): pods "gone" not found\n')
  })

  it('names other kinds initlab cannot exec into yet', () => {
    const env = setup()
    runKubectl(['apply', '-f', '-'], { ...env, stdin: 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{port: 80}]}\n' })
    expect(kubectl(env, 'exec svc/web -- ls').stderr).toBe('error: initlab cannot exec into services yet (name a pod)\n')
  })

  it('rejects a bad --pod-running-timeout as pflag does', () => {
    const env = setup()
    expect(kubectl(env, 'exec web --pod-running-timeout=abc -- ls').stderr).toBe(
      'error: invalid argument "abc" for "--pod-running-timeout" flag: time: invalid duration "abc"\nSee \'kubectl exec --help\' for usage.\n',
    )
  })

  it('prints its help', () => {
    expect(kubectl(setup(), 'exec --help').stdout).toMatch(/^Execute a command in a container\.\n/)
  })
})

describe('readsStdin', () => {
  it('says when the terminal must hand kubectl its standard input', () => {
    const reads = (line: string) => readsStdin(line.split(' '))
    expect(reads('apply -f -')).toBe(true)
    expect(reads('exec -i web -- cat')).toBe(true)
    expect(reads('-n default exec -it web -- cat')).toBe(true)
    expect(reads('exec web --stdin -- cat')).toBe(true)
    expect(reads('exec web -- cat -i')).toBe(false)
    expect(reads('exec -t web -- cat')).toBe(false)
    expect(reads('logs -i web')).toBe(false)
    expect(reads('get pods')).toBe(false)
  })
})

describe('kubectl exec that never ends', () => {
  it('stops a busy loop as Ctrl+C would, without running millions of steps', () => {
    const env = setup()
    const before = env.cluster.now()
    const r = runKubectl(['exec', 'web', '-c', 'side', '--', 'sh', '-c', 'while :; do sleep 0.001; done'], env)
    expect(r.exitCode).toBe(130)
    expect(env.cluster.now() - before).toBeLessThan(60_000)
  })
})

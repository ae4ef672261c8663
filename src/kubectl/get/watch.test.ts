import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../sandbox'
import { HEADLESS_WATCH_CAP_MS, runWatch, startWatch } from './watch'

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  initContainers:
  - name: init
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 2']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 5']
  restartPolicy: Never
`

function sandbox() {
  const sb = createSandbox()
  expect(sb.exec('kubectl apply -f -', POD).stdout).toBe('pod/demo created\n')
  return sb
}

describe('startWatch', () => {
  it('prints the initial list, then a row per change as the caller moves the clock', () => {
    const sb = sandbox()
    const out: string[] = []
    const start = sb.now()
    const handle = startWatch(['pods'], { cluster: sb.cluster }, (text) => out.push(text))
    if ('exitCode' in handle) throw new Error(handle.stderr)
    expect(sb.now()).toBe(start)
    expect(out).toEqual(['NAME   READY   STATUS    RESTARTS   AGE\ndemo   0/1     Pending   0          0s\n'])
    sb.advance(12_000)
    // One flush per store change; columns only ever widen.
    expect(out.slice(1)).toEqual([
      'demo   0/1     Pending   0          0s\n',
      'demo   0/1     Init:0/1   0          0s\n',
      'demo   0/1     Init:0/1   0          1s\n',
      'demo   0/1     Init:0/1   0          2s\n',
      'demo   0/1     PodInitializing   0          4s\n',
      'demo   1/1     Running           0          5s\n',
      'demo   0/1     Completed         0          10s\n',
      'demo   0/1     Completed         0          10s\n',
    ])
    handle.stop()
    const before = out.length
    sb.advance(60_000)
    expect(out.length).toBe(before)
    expect(handle.requestTimeoutMs).toBe(0)
    expect(handle.startedAt).toBe(start)
  })

  it('returns the finished result when the command fails before watching', () => {
    const sb = sandbox()
    expect(startWatch(['pods', 'nope'], { cluster: sb.cluster }, () => {})).toEqual({
      stdout: '',
      stderr: 'Error from server (NotFound): pods "nope" not found\n',
      exitCode: 1,
    })
    expect(startWatch(['pods,svc'], { cluster: sb.cluster }, () => {})).toEqual({ stdout: '', stderr: 'error: you may only specify a single resource type\n', exitCode: 1 })
  })

  it('reports the --request-timeout it was given and warnings on stderr', () => {
    const sb = sandbox()
    const err: string[] = []
    const handle = startWatch(['pods', '--request-timeout=1m', '--sort-by=.metadata.name'], { cluster: sb.cluster }, (text, stream) => {
      if (stream === 'stderr') err.push(text)
    })
    if ('exitCode' in handle) throw new Error(handle.stderr)
    expect(handle.requestTimeoutMs).toBe(60_000)
    expect(err).toEqual(['warning: --watch requested, --sort-by will be ignored for watch events received\n'])
    handle.stop()
  })
})

describe('runWatch (headless -w)', () => {
  it('stops after --request-timeout of virtual time', () => {
    const sb = sandbox()
    const start = sb.now()
    const r = runWatch(['pods', '-w', '--request-timeout=2s'], { cluster: sb.cluster })
    expect(sb.now()).toBe(start + 2000)
    expect(r).toEqual({
      stdout:
        'NAME   READY   STATUS    RESTARTS   AGE\n' +
        'demo   0/1     Pending   0          0s\n' +
        'demo   0/1     Pending   0          0s\n' +
        'demo   0/1     Init:0/1   0          0s\n' +
        'demo   0/1     Init:0/1   0          1s\n',
      stderr: '',
      exitCode: 0,
    })
  })

  it('without a timeout, stops when the cluster has nothing left to do', () => {
    const sb = sandbox()
    const r = runWatch(['pods', '-w'], { cluster: sb.cluster })
    expect(sb.nextChangeAt()).toBeUndefined()
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('demo   0/1     Completed         0          10s')
  })

  it('without a timeout, stops after an hour of virtual time when the cluster never rests', () => {
    const sb = createSandbox()
    sb.exec('kubectl apply -f -', POD.replace("'sleep 2'", "'exit 1'").replace('restartPolicy: Never', 'restartPolicy: Always'))
    const start = sb.now()
    runWatch(['pods', '-w'], { cluster: sb.cluster })
    expect(sb.now()).toBe(start + HEADLESS_WATCH_CAP_MS)
  })
})

// Each kind of condition, met and unmet, on a real sandbox: state now, recorded history, commands,
// predictions, goals and the combinators.
import { describe, expect, it } from 'vitest'
import { createSandbox } from '../sandbox'
import { globMatcher } from './evaluate'
import { LessonRun } from './run'
import { cond, HEAD, lessonFrom, podYaml } from './testkit'

const S = 1000

/** A run of a lesson with one goal (`watched`) and one prediction (`next`), on a fresh sandbox. */
function setup(goal = 'status: { pod: p, is: Running }') {
  const lesson = lessonFrom(
    `${HEAD}goals:\n  - id: watched\n    when: { ${goal} }\npredictions:\n  - id: next\n    when: { status: { pod: p, is: Init:0/1 } }\n    choices: [a, b]\n    answer: a\n`,
  )
  const run = new LessonRun(lesson, createSandbox({ seed: 3 }))
  const holds = (yaml: string) => run.holds(cond(yaml))
  return { run, holds, sb: run.sandbox }
}

const FAILING = podYaml('p', { 'init-a': 'echo boom; exit 3' })
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: mysvc\nspec:\n  ports:\n  - port: 80\n'

describe('state conditions', () => {
  it('status: the STATUS column now, any of a list, pods by glob', () => {
    const { run, holds } = setup()
    expect(holds('status: { pod: p, is: Pending }')).toBe(false)
    run.apply(podYaml('p', { 'init-a': 'sleep 5' }))
    run.advance(2 * S, { stopAtPrediction: false })
    expect(holds('status: { pod: p, is: Init:0/1 }')).toBe(true)
    expect(holds('status: { pod: "*", is: [Running, Init:0/1] }')).toBe(true)
    expect(holds('status: { pod: q, is: Init:0/1 }')).toBe(false)
    expect(holds('status: { pod: p, is: Init:0/1, namespace: kube-system }')).toBe(false)
  })

  it('phase, restarts, container state and last state', () => {
    const { run, holds } = setup()
    run.apply(FAILING)
    run.advance(30 * S, { stopAtPrediction: false })
    expect(holds('phase: { pod: p, is: Pending }')).toBe(true)
    expect(holds('phase: { pod: p, is: [Running, Failed] }')).toBe(false)
    expect(holds('restarts: { pod: p, container: init-a, atLeast: 2 }')).toBe(true)
    expect(holds('restarts: { pod: p, container: init-a, atMost: 1 }')).toBe(false)
    expect(holds('restarts: { pod: p, container: nope, atLeast: 0 }')).toBe(false)
    expect(holds('container: { pod: p, container: init-a, state: waiting, reason: CrashLoopBackOff }')).toBe(true)
    expect(holds('container: { pod: p, container: init-a, last: true, state: terminated, reason: Error, exitCode: 3 }')).toBe(true)
    expect(holds('container: { pod: p, container: init-a, last: true, exitCode: 1 }')).toBe(false)
    expect(holds('container: { pod: p, container: app, state: waiting, reason: PodInitializing }')).toBe(true)
    expect(holds('container: { pod: p, container: app, state: running }')).toBe(false)
  })

  it('podCondition, exists and absent', () => {
    const { run, holds } = setup()
    expect(holds('absent: { kind: Service, name: mysvc }')).toBe(true)
    run.apply(SERVICE)
    expect(holds('exists: { kind: Service, name: mysvc }')).toBe(true)
    expect(holds('exists: { kind: Service, name: "my*" }')).toBe(true)
    expect(holds('absent: { kind: Service }')).toBe(false)
    run.apply(podYaml('p', { 'init-a': 'sleep 5' }))
    run.advance(2 * S, { stopAtPrediction: false })
    expect(holds('podCondition: { pod: p, type: Initialized, status: "False" }')).toBe(true)
    run.advance(20 * S, { stopAtPrediction: false })
    expect(holds('podCondition: { pod: p, type: Initialized, status: True }')).toBe(true)
    expect(holds('podCondition: { pod: p, type: Initialized, status: "False" }')).toBe(false)
  })

  it('ready: the READY column now, a native sidecar counted', () => {
    const { run, holds } = setup()
    const sidecar = podYaml('p', { 'log-shipper': 'sleep 3600', 'init-a': 'sleep 5' }).replace(
      "  - name: log-shipper\n    image: busybox:1.36\n",
      '  - name: log-shipper\n    image: busybox:1.36\n    restartPolicy: Always\n',
    )
    expect(holds('ready: { pod: p, is: 0/2 }')).toBe(false)
    run.apply(sidecar)
    run.advance(3 * S, { stopAtPrediction: false })
    expect(holds('ready: { pod: p, is: 1/2 }')).toBe(true)
    expect(holds('ready: { pod: "*", is: [2/2, 1/2] }')).toBe(true)
    run.advance(20 * S, { stopAtPrediction: false })
    expect(holds('ready: { pod: p, is: 2/2 }')).toBe(true)
    expect(holds('ready: { pod: p, is: 1/2 }')).toBe(false)
    expect(holds('ready: { pod: q, is: 2/2 }')).toBe(false)
  })

  it('spec: a value in the stored pod, lists entered by name', () => {
    const { run, holds } = setup()
    const env = '    env:\n    - name: PASSWORD\n      valueFrom:\n        secretKeyRef: { name: auth, key: password }\n    - name: MODE\n      value: fast\n'
    run.apply(podYaml('p', { 'init-a': 'sleep 30' }, { app: 'sleep 3600' }, '  terminationGracePeriodSeconds: 5\n').replace(/(  - name: init-a\n.*\n.*\n)/, `$1${env}`))
    run.advance(3 * S, { stopAtPrediction: false })
    const init = 'spec.initContainers[name=init-a]'
    const spec = (rest: string) => holds(`spec: { pod: p, ${rest} }`)
    // restartPolicy was not written: the API server's default is what is stored.
    expect(spec('path: spec.restartPolicy, is: Always')).toBe(true)
    expect(spec('path: spec.restartPolicy, is: [Never, OnFailure]')).toBe(false)
    expect(spec('path: spec.terminationGracePeriodSeconds, is: 5')).toBe(true)
    expect(spec(`path: "${init}.env[name=PASSWORD].valueFrom.secretKeyRef.name", is: auth`)).toBe(true)
    expect(spec(`path: "${init}.env[name=MODE].valueFrom.secretKeyRef.name", absent: true`)).toBe(true)
    expect(spec(`path: "${init}.env[name=MODE].value", absent: true`)).toBe(false)
    expect(spec(`path: "${init}.env[name=MODE].value", absent: false`)).toBe(true)
    expect(spec(`path: "${init}.env[name=PASSWORD]", contains: '"key":"password"'`)).toBe(true)
    expect(spec(`path: "${init}.env[name=PASSWORD]", is: auth`)).toBe(false)
    expect(spec(`path: "${init}.env", contains: fast`)).toBe(true)
    expect(spec('path: "spec.containers[name=app].livenessProbe", absent: true')).toBe(true)
    expect(spec('path: "spec.containers[name=nope].image", absent: true')).toBe(true)
    expect(spec('path: "spec.containers[name=app].image", is: busybox:1.36')).toBe(true)
    expect(spec('path: "status.initContainerStatuses[name=init-a].ready", is: "false"')).toBe(true)
    expect(holds('spec: { pod: q, path: spec.restartPolicy, absent: true }')).toBe(false)
  })

  it('logs: what a container printed so far', () => {
    const { run, holds } = setup()
    run.apply(podYaml('p', { 'init-a': 'echo fetched the files' }, { app: 'echo serving; sleep 3600' }))
    run.advance(20 * S, { stopAtPrediction: false })
    expect(holds('logs: { pod: p, container: init-a, contains: fetched the files }')).toBe(true)
    expect(holds('logs: { pod: p, contains: serving }')).toBe(true)
    expect(holds('logs: { pod: p, contains: fetched }')).toBe(false)
    expect(holds('logs: { pod: nope, contains: serving }')).toBe(false)
  })

  it('file: a file as a container sees it, in a shared volume or written with kubectl exec', () => {
    const { run, holds } = setup()
    const volume = '  volumes:\n  - name: data\n    emptyDir: {}\n'
    const pod = podYaml('p', { 'init-a': 'echo fetched > /data/index.html' }, { app: 'sleep 3600' }, volume)
      .replace(/(    command: .*\n)/g, '$1    volumeMounts: [{name: data, mountPath: /data}]\n')
    expect(holds('file: { pod: p, path: /data/index.html, contains: fetched }')).toBe(false)
    run.apply(pod)
    run.advance(20 * S, { stopAtPrediction: false })
    expect(holds('file: { pod: p, path: /data/index.html, contains: fetched }')).toBe(true)
    expect(holds('file: { pod: "*", container: init-a, path: /data/../data/index.html, contains: fetched }')).toBe(true)
    expect(holds('file: { pod: p, path: /data/index.html, contains: served }')).toBe(false)
    expect(holds('file: { pod: p, path: /data/other.html, contains: fetched }')).toBe(false)
    expect(holds('file: { pod: p, path: /data/index.html, contains: fetched, namespace: kube-system }')).toBe(false)
    run.run("kubectl exec p -- sh -c 'echo served > /data/other.html'")
    expect(holds('file: { pod: p, path: /data/other.html, contains: served }')).toBe(true)
  })
})

describe('history conditions', () => {
  it('sawStatus and statusOrder look at one pod instance at a time', () => {
    const { run, holds } = setup()
    run.apply(FAILING)
    run.advance(15 * S, { stopAtPrediction: false })
    expect(holds('sawStatus: { pod: p, is: Init:Error }')).toBe(true)
    expect(holds('sawStatus: { pod: p, is: Running }')).toBe(false)
    expect(holds('statusOrder: { pod: p, statuses: [Init:0/1, Init:Error, Init:CrashLoopBackOff] }')).toBe(true)
    expect(holds('statusOrder: { pod: p, statuses: [Init:CrashLoopBackOff, Init:0/1] }')).toBe(false)
    run.run('kubectl delete pod p')
    run.apply(podYaml('p', { 'init-a': 'sleep 1' }))
    run.advance(20 * S, { stopAtPrediction: false })
    expect(holds('statusOrder: { pod: p, statuses: [Init:0/1, PodInitializing, Running] }')).toBe(true)
    // Init:Error came from the first pod, Running from the second: no single pod showed both.
    expect(holds('statusOrder: { pod: p, statuses: [Init:Error, Running] }')).toBe(false)
  })

  it('startOrder: the order containers first started in', () => {
    const { run, holds } = setup()
    run.apply(podYaml('p', { 'init-b': 'sleep 1', 'init-a': 'sleep 1' }))
    run.advance(20 * S, { stopAtPrediction: false })
    expect(holds('startOrder: { pod: p, containers: [init-b, init-a, app] }')).toBe(true)
    expect(holds('startOrder: { pod: p, containers: [init-a, init-b] }')).toBe(false)
  })

  it('restartDelay: the back-off between a crash and the next start (10 s, 20 s, 40 s)', () => {
    const { run, holds } = setup()
    run.apply(podYaml('p', { 'init-a': 'sleep 1; exit 1' }))
    run.advance(120 * S, { stopAtPrediction: false })
    expect(holds('restartDelay: { pod: p, container: init-a, restart: 1, seconds: 0 }')).toBe(true)
    expect(holds('restartDelay: { pod: p, container: init-a, restart: 2, seconds: 10 }')).toBe(true)
    expect(holds('restartDelay: { pod: p, container: init-a, restart: 3, seconds: 20 }')).toBe(true)
    expect(holds('restartDelay: { pod: p, container: init-a, restart: 4, seconds: 40 }')).toBe(true)
    expect(holds('restartDelay: { pod: p, container: init-a, restart: 3, seconds: 10 }')).toBe(false)
    expect(holds('restartDelay: { pod: p, container: init-a, restart: 3, seconds: 25, tolerance: 5 }')).toBe(true)
    expect(holds('restartDelay: { pod: p, container: init-a, restart: 9, seconds: 300 }')).toBe(false)
  })

  it('event: reasons seen, also after the cluster let them expire', () => {
    const { run, holds } = setup()
    run.apply(FAILING)
    run.advance(30 * S, { stopAtPrediction: false })
    expect(holds('event: { reason: BackOff }')).toBe(true)
    expect(holds('event: { reason: BackOff, pod: p, container: init-a, type: Warning, message: Back-off restarting }')).toBe(true)
    expect(holds('event: { reason: BackOff, container: app }')).toBe(false)
    expect(holds('event: { reason: BackOff, type: Normal }')).toBe(false)
    run.run('kubectl delete pod p')
    run.advance(3 * 3600 * S, { stopAtPrediction: false })
    expect(run.sandbox.events().some((e) => e.reason === 'BackOff')).toBe(false)
    expect(holds('event: { reason: BackOff }')).toBe(true)
  })
})

describe('commands, predictions, goals, combinators', () => {
  it('command: a pattern, words, output, exit code, failure, the last one only', () => {
    const { run, holds } = setup()
    run.apply(podYaml('p', { 'init-x': 'echo hello from init' }))
    run.advance(10 * S, { stopAtPrediction: false })
    run.run('kubectl logs p -c init-x')
    expect(holds("command: { matches: '^kubectl logs \\S+ -c init-x$' }")).toBe(true)
    expect(holds('command: { has: [kubectl logs, init-x], output: hello from init, exitCode: 0 }')).toBe(true)
    expect(holds('command: { has: [kubectl logs], failed: true }')).toBe(false)
    run.run('kubectl get pod nope')
    expect(holds('command: { has: [kubectl get], failed: true, output: NotFound }')).toBe(true)
    expect(holds('command: { has: [kubectl logs], last: true }')).toBe(false)
    expect(holds('command: { has: [kubectl get], exitCode: 1, last: true }')).toBe(true)
  })

  it('predicted: answered at all, or answered right; goal: another goal met', () => {
    const { run, holds } = setup()
    expect(holds('predicted: next')).toBe(false)
    run.answer('next', 'b')
    expect(holds('predicted: next')).toBe(true)
    expect(holds('predicted: { id: next, correct: true }')).toBe(false)
    expect(holds('goal: watched')).toBe(false)
    run.apply(podYaml('p', {}))
    run.advance(10 * S, { stopAtPrediction: false })
    expect(holds('goal: watched')).toBe(true)
  })

  it('all, any and not', () => {
    const { holds } = setup()
    expect(holds('all: [{ absent: { kind: Pod } }, { absent: { kind: Service } }]')).toBe(true)
    expect(holds('all: [{ absent: { kind: Pod } }, { exists: { kind: Service } }]')).toBe(false)
    expect(holds('any: [{ exists: { kind: Pod } }, { absent: { kind: Service } }]')).toBe(true)
    expect(holds('not: { absent: { kind: Pod } }')).toBe(false)
  })
})

describe('globMatcher', () => {
  it('matches the whole name, * standing for any run of characters', () => {
    const m = globMatcher('app-*-x')
    expect(['app--x', 'app-12-x'].map(m)).toEqual([true, true])
    expect(['app-1-xy', 'xapp-1-x', 'app.1-x'].map(m)).toEqual([false, false, false])
    expect(globMatcher('a.b')('axb')).toBe(false)
  })
})

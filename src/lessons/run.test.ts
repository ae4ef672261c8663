// LessonRun: goals that stay met, hints that wait their time, predictions that stop the clock,
// the command record, resuming from saved progress, and a lesson that applies its start itself.
import { describe, expect, it } from 'vitest'
import { createSandbox } from '../sandbox'
import { LessonRun } from './run'
import { HEAD, lessonFrom, podYaml } from './testkit'

const S = 1000
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: mysvc\nspec:\n  ports:\n  - port: 80\n'
// busybox 1.28, as the Kubernetes docs use: 1.36's nslookup fails on the search domains even once the name resolves.
const WAITS = podYaml('p', { 'init-wait': 'until nslookup mysvc; do sleep 2; done' }).replace('busybox:1.36', 'busybox:1.28')

const LESSON = `${HEAD}goals:
  - id: saw-error
    when: { status: { pod: p, is: Init:Error } }
  - id: running
    when: { status: { pod: p, is: Running } }
  - id: after-running
    when: { all: [{ goal: running }, { command: { has: [kubectl logs] } }] }
hints:
  - id: add-service
    when:
      all:
        - status: { pod: p, is: Init:0/1 }
        - absent: { kind: Service, name: mysvc }
    for: 30
  - id: generic
    when: { status: { pod: p, is: Init:0/1 } }
    for: 10
predictions:
  - id: after-init
    when: { status: { pod: p, is: Init:0/1 } }
    choices: [pod-initializing, running]
    answer: pod-initializing
  - id: after-pending
    when: { status: { pod: p, is: PodInitializing } }
    choices: [running, failed]
    answer: running
`

function fresh(lessonYaml = LESSON, options = {}) {
  return new LessonRun(lessonFrom(lessonYaml), createSandbox({ seed: 5 }), options)
}

const met = (run: LessonRun) => run.goals().filter((g) => g.met).map((g) => g.id)

describe('goals', () => {
  it('catch a state the clock jumped past, and stay met after it is gone', () => {
    const run = fresh()
    run.apply(podYaml('p', { 'init-a': 'sleep 1; exit 1' }))
    // One long jump: Init:Error lasted about a second inside it.
    run.advance(60 * S, { stopAtPrediction: false })
    expect(met(run)).toEqual(['saw-error'])
    const goal = run.goals().find((g) => g.id === 'saw-error')!
    expect(goal.metAt).toBeLessThan(run.sandbox.now() - 30 * S)
    run.run('kubectl delete pod p')
    expect(met(run)).toEqual(['saw-error'])
    expect(run.done).toBe(false)
  })

  it('may wait for another goal, and make the lesson done when all are met', () => {
    const run = fresh()
    run.apply(podYaml('p', { 'init-a': 'sleep 1; exit 1' }))
    run.advance(5 * S, { stopAtPrediction: false })
    run.run('kubectl delete pod p')
    run.apply(podYaml('p', { 'init-a': 'sleep 1' }))
    run.advance(20 * S, { stopAtPrediction: false })
    expect(met(run)).toEqual(['saw-error', 'running'])
    run.run('kubectl logs p')
    expect(met(run)).toEqual(['saw-error', 'running', 'after-running'])
    expect(run.done).toBe(true)
    expect(run.progress()).toEqual({ done: true, goals: ['saw-error', 'running', 'after-running'], predictions: {} })
  })
})

describe('hints', () => {
  it('show once their condition has held for their time, most specific first, and go when it stops', () => {
    const run = fresh()
    run.apply(WAITS)
    run.advance(1 * S, { stopAtPrediction: false })
    const stuckSince = run.statusLog.find((s) => s.status === 'Init:0/1')!.at
    expect(run.hints()).toEqual([])
    run.advance(stuckSince + 10 * S - run.sandbox.now(), { stopAtPrediction: false })
    expect(run.hints().map((h) => h.id)).toEqual(['generic'])
    run.advance(stuckSince + 30 * S - 1 - run.sandbox.now(), { stopAtPrediction: false })
    expect(run.hints().map((h) => h.id)).toEqual(['generic'])
    run.advance(1, { stopAtPrediction: false })
    expect(run.hints()).toEqual([
      { id: 'add-service', since: stuckSince },
      { id: 'generic', since: stuckSince },
    ])
    run.apply(SERVICE)
    expect(run.hints().map((h) => h.id)).toEqual(['generic'])
    run.advance(30 * S, { stopAtPrediction: false })
    expect(run.hints()).toEqual([])
  })

  it('start their time again when the condition breaks off', () => {
    const run = fresh()
    run.apply(WAITS)
    run.advance(25 * S, { stopAtPrediction: false })
    run.apply(SERVICE)
    run.run('kubectl delete service mysvc')
    run.advance(25 * S, { stopAtPrediction: false })
    expect(run.hints().map((h) => h.id)).toEqual(['generic'])
    run.advance(5 * S, { stopAtPrediction: false })
    expect(run.hints().map((h) => h.id)).toEqual(['add-service', 'generic'])
  })
})

describe('predictions', () => {
  it('stop the clock the moment they come due, and wait for an answer', () => {
    const run = fresh()
    run.apply(podYaml('p', { 'init-a': 'sleep 5' }))
    expect(run.pendingPrediction()).toBeUndefined()
    const passed = run.advance(60 * S)
    const asked = run.pendingPrediction()!
    expect(asked).toEqual({ id: 'after-init', choices: ['pod-initializing', 'running'], askedAt: run.sandbox.now() })
    expect(passed).toBeLessThan(1 * S)
    expect(run.statusLog.at(-1)?.status).toBe('Init:0/1')
    // Still asked: advancing does nothing until it is answered.
    expect(run.advance(10 * S)).toBe(0)
    expect(run.answer('after-init', 'running')).toEqual({ choice: 'running', correct: false, at: run.sandbox.now() })
    expect(run.pendingPrediction()).toBeUndefined()
    run.advance(60 * S)
    expect(run.pendingPrediction()?.id).toBe('after-pending')
    expect(run.statusLog.at(-1)?.status).toBe('PodInitializing')
    run.answer('after-pending', 'running')
    expect(run.progress().predictions).toEqual({ 'after-init': 'running', 'after-pending': 'running' })
  })

  it('keep the first answer, know the right one, and refuse unknown ids', () => {
    const run = fresh()
    expect(run.answer('after-init', 'pod-initializing').correct).toBe(true)
    expect(run.answer('after-init', 'running').choice).toBe('pod-initializing')
    expect(run.correctChoice('after-init')).toBe('pod-initializing')
    expect(() => run.answer('nope', 'running')).toThrow(/no prediction "nope"/)
    expect(() => run.answer('after-pending', 'maybe')).toThrow(/no choice "maybe"/)
  })

  it('are not asked again once answered in an earlier visit', () => {
    const run = fresh(LESSON, { resume: { done: false, goals: ['running', 'gone-goal'], predictions: { 'after-init': 'running', 'after-pending': 'bogus' } } })
    expect(met(run)).toEqual(['running'])
    run.apply(podYaml('p', { 'init-a': 'sleep 5' }))
    run.advance(60 * S)
    expect(run.pendingPrediction()?.id).toBe('after-pending')
    expect(run.answers.get('after-init')).toMatchObject({ choice: 'running', correct: false })
  })
})

describe('the record', () => {
  it('keeps each command line with its result and instant', () => {
    const run = fresh()
    run.advance(7 * S)
    const start = run.sandbox.now()
    const r = run.run('kubectl get pods')
    expect(r.stdout + r.stderr).toContain('No resources found')
    expect(run.commands).toEqual([{ line: 'kubectl get pods', result: r, at: start }])
    run.apply(podYaml('p', {}))
    expect(run.commands[1].line).toBe('kubectl apply -f -')
    run.recordingSandbox().exec('kubectl get pods')
    run.record('kubectl get pods -w', { stdout: '', stderr: '', exitCode: 130 })
    expect(run.commands.map((c) => c.line).slice(2)).toEqual(['kubectl get pods', 'kubectl get pods -w'])
  })

  it('records the STATUS log and events, and stops at dispose', () => {
    const run = fresh()
    run.apply(podYaml('p', { 'init-a': 'sleep 1' }))
    run.advance(30 * S, { stopAtPrediction: false })
    expect(run.statusLog.map((s) => s.status)).toEqual(['Pending', 'Init:0/1', 'PodInitializing', 'Running'])
    expect(run.events.some((e) => e.reason === 'Started' && e.container === 'init-a')).toBe(true)
    run.dispose()
    run.sandbox.exec('kubectl delete pod p')
    expect(run.statusLog.map((s) => s.status)).not.toContain('Terminating')
  })

  it('applies a start manifest the lesson applies itself, without counting it as a command', () => {
    const yaml = LESSON.replace('applied: false', 'applied: true')
    const run = fresh(yaml)
    expect(run.sandbox.pod('p')).toBeDefined()
    expect(run.commands).toEqual([])
  })

  it('checks log conditions outside store writes only, and still sees them', () => {
    const yaml = `${HEAD}goals:\n  - id: said-hi\n    when: { logs: { pod: p, container: init-a, contains: hi there } }\n`
    const run = fresh(yaml)
    run.apply(podYaml('p', { 'init-a': 'echo hi there' }))
    run.advance(20 * S)
    expect(met(run)).toEqual(['said-hi'])
  })
})

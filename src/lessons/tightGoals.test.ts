// Lessons 05, 13 and 15 refuse the loose answers their goals once let through: a pod with the right
// name but the wrong policy, a sidecar pod that is not fully ready, a password written into the manifest.
import { describe, expect, it } from 'vitest'
import { createSandbox } from '../sandbox'
import { lessonById } from './catalog'
import { LessonRun } from './run'

const S = 1000

function open(id: string) {
  const lesson = lessonById(id)!
  const run = new LessonRun(lesson, createSandbox({ seed: 1 }))
  const met = () => run.goals().filter((g) => g.met).map((g) => g.id)
  const wait = (seconds: number) => run.advance(seconds * S, { stopAtPrediction: false })
  return { lesson, run, met, wait }
}

describe('05 restart policy', () => {
  it('counts report-onfailure only when its restartPolicy is OnFailure', () => {
    const { lesson, run, met, wait } = open('restart-policy')
    run.apply(lesson.files['start.yaml'].replace('name: report-always', 'name: report-onfailure'))
    wait(60)
    expect(run.sandbox.exec('kubectl get pods').stdout).toContain('Init:CrashLoopBackOff')
    expect(met()).not.toContain('onfailure-retries')
    expect(run.hints().map((h) => h.id)).toEqual(['onfailure-policy'])
    run.run('kubectl delete pod report-onfailure')
    wait(40)
    run.apply(lesson.files['onfailure.yaml'])
    wait(60)
    expect(met()).toContain('onfailure-retries')
    expect(run.hints().map((h) => h.id)).toEqual([])
  })
})

describe('13 native sidecars', () => {
  it('wants READY 2/2, not only Running', () => {
    const { lesson, run, met, wait } = open('native-sidecars')
    const probe = "    readinessProbe:\n      exec:\n        command: ['cat', '/tmp/ready']\n      periodSeconds: 5\n"
    run.apply(lesson.files['solution.yaml'].replace(/(  - name: shop\n    image: busybox:1\.36\n)/, `$1${probe}`))
    wait(60)
    expect(run.sandbox.exec('kubectl get pod shop').stdout).toMatch(/shop\s+1\/2\s+Running/)
    expect(met()).not.toContain('sidecar-running')
  })
})

describe('15 final challenge', () => {
  const REF = '        - name: REDISCLI_AUTH\n          valueFrom:\n            secretKeyRef:\n              name: redis-auth\n              key: password\n'
  const written = (solution: string) => solution.replace(REF, '        - name: REDISCLI_AUTH\n          value: s3cr3t-for-redis\n')

  it('does not count a password written into the manifest, even while the old pod still refers to the Secret', () => {
    const { lesson, run, met, wait } = open('final-challenge')
    wait(60)
    const cheat = written(lesson.files['solution.yaml'])
    expect(cheat).not.toBe(lesson.files['solution.yaml'])
    run.apply(cheat)
    wait(120)
    expect(met()).toEqual(['services-found', 'database-reached', 'app-running'])
    // Put back as a secretKeyRef, it counts once the pod with the written password is gone.
    run.apply(lesson.files['solution.yaml'])
    wait(120)
    expect(met()).toContain('secret-used')
  })
})

// Workload controllers through the sandbox: Jobs (and their init containers) run to completion.

import { describe, expect, it } from 'vitest'
import { createSandbox } from './sandbox'

const MIN = 60_000

describe('Jobs', () => {
  const job = (script: string, extra = '') => `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
${extra}  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: wait-db
        image: busybox:1.36
        command: ['sh', '-c', 'sleep 2']
      containers:
      - name: migrate
        image: busybox:1.36
        command: ['sh', '-c', '${script}']
`

  it('creates a pod, runs its init container first, and completes', () => {
    const sandbox = createSandbox()
    expect(sandbox.exec('kubectl apply -f -', job('echo migrated')).stdout).toBe('job.batch/migrate created\n')
    sandbox.advance(MIN)
    const pods = sandbox.pods()
    expect(pods).toHaveLength(1)
    expect(pods[0].metadata.name).toMatch(/^migrate-[bcdfghjklmnpqrstvwxz2456789]{5}$/)
    expect(pods[0].metadata.labels).toMatchObject({ 'job-name': 'migrate', 'batch.kubernetes.io/job-name': 'migrate' })
    expect(pods[0].metadata.ownerReferences).toMatchObject([{ kind: 'Job', name: 'migrate', controller: true }])
    expect(pods[0].status!.phase).toBe('Succeeded')
    expect(sandbox.exec('kubectl get jobs').stdout).toMatch(/^NAME      STATUS     COMPLETIONS   DURATION   AGE\nmigrate   Complete   1\/1           \d+s\s+60s\n$/)
    const reasons = sandbox.events().filter((e) => e.involvedObject.kind === 'Job').map((e) => `${e.reason}: ${e.message}`)
    expect(reasons).toEqual([`SuccessfulCreate: Created pod: ${pods[0].metadata.name}`, 'Completed: Job completed'])
    expect(sandbox.exec(`kubectl logs ${pods[0].metadata.name}`).stdout).toBe('migrated\n')
  })

  it('retries failed pods with back-off and fails after backoffLimit', () => {
    const sandbox = createSandbox()
    sandbox.exec('kubectl apply -f -', job('exit 1', '  backoffLimit: 2\n'))
    sandbox.advance(10 * MIN)
    expect(sandbox.pods()).toHaveLength(3)
    const j = sandbox.cluster.store.get('Job', 'default', 'migrate') as unknown as { status: { failed: number; conditions: { type: string; reason: string }[] } }
    expect(j.status.failed).toBe(3)
    expect(j.status.conditions.map((c) => `${c.type}/${c.reason}`)).toEqual(['FailureTarget/BackoffLimitExceeded', 'Failed/BackoffLimitExceeded'])
    expect(sandbox.exec('kubectl get jobs --no-headers').stdout).toMatch(/^migrate   Failed   0\/1/)
  })

  it('rejects a pod template that would restart forever', () => {
    const sandbox = createSandbox()
    const r = sandbox.exec('kubectl apply -f -', job('true').replace('      restartPolicy: Never\n', ''))
    expect(r).toMatchObject({
      exitCode: 1,
      stderr: 'The Job "migrate" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"\n',
    })
  })
})

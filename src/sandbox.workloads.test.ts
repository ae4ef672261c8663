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

describe('Deployments', () => {
  const deployment = (image: string, replicas = 2) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      initContainers:
      - name: init-fetch-files
        image: busybox:1.36
        command: ['sh', '-c', 'sleep 2']
      containers:
      - name: nginx
        image: ${image}
`

  it('creates a ReplicaSet and pods named after the pod-template-hash, which run their init containers', () => {
    const sandbox = createSandbox()
    expect(sandbox.exec('kubectl apply -f -', deployment('nginx:1.27')).stdout).toBe('deployment.apps/web created\n')
    sandbox.advance(MIN)
    const rs = sandbox.cluster.store.list('ReplicaSet', 'default')
    expect(rs).toHaveLength(1)
    const hash = rs[0].metadata.labels!['pod-template-hash']
    expect(rs[0].metadata.name).toBe(`web-${hash}`)
    expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/)
    const pods = sandbox.pods()
    expect(pods).toHaveLength(2)
    for (const p of pods) {
      expect(p.metadata.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`))
      expect(p.status!.phase).toBe('Running')
      expect(p.status!.initContainerStatuses![0].state!.terminated!.reason).toBe('Completed')
    }
    const d = sandbox.cluster.store.get('Deployment', 'default', 'web') as unknown as { status: { readyReplicas: number; availableReplicas: number; updatedReplicas: number } }
    expect(d.status).toMatchObject({ readyReplicas: 2, availableReplicas: 2, updatedReplicas: 2 })
  })

  it('replaces a deleted pod, and rolls out a new template with new pods that run init again', () => {
    const sandbox = createSandbox()
    sandbox.exec('kubectl apply -f -', deployment('nginx:1.27'))
    sandbox.advance(MIN)
    const first = sandbox.pods()[0].metadata.name!
    sandbox.exec(`kubectl delete pod ${first}`)
    sandbox.advance(MIN)
    expect(sandbox.pods()).toHaveLength(2)
    expect(sandbox.pods().map((p) => p.metadata.name)).not.toContain(first)
    expect(sandbox.exec('kubectl apply -f -', deployment('nginx:1.25')).stdout).toBe('deployment.apps/web configured\n')
    sandbox.advance(3 * MIN)
    const sets = sandbox.cluster.store.list('ReplicaSet', 'default') as unknown as { metadata: { name: string }; spec: { replicas: number } }[]
    expect(sets).toHaveLength(2)
    expect(sets.map((r) => r.spec.replicas).sort()).toEqual([0, 2])
    const pods = sandbox.pods()
    expect(pods).toHaveLength(2)
    for (const p of pods) {
      expect(p.spec.containers[0].image).toBe('nginx:1.25')
      expect(p.status!.initContainerStatuses![0].state!.terminated!.reason).toBe('Completed')
    }
    const scaling = sandbox.events().filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message)
    expect(scaling[0]).toMatch(/^Scaled up replica set web-\w+ from 0 to 2$/)
  })

  it('rejects a selector that does not match the template labels', () => {
    const sandbox = createSandbox()
    const r = sandbox.exec('kubectl apply -f -', deployment('nginx:1.27').replace('      app: web\n  template', '      app: other\n  template'))
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toBe('The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`\n')
  })
})

describe('a Deployment whose pods crash-loop in init', () => {
  it('is fixed by a rollout: new pods finish init, the broken ones go', () => {
    const yaml = (script: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  replicas: 2
  selector:
    matchLabels:
      app: app
  template:
    metadata:
      labels:
        app: app
    spec:
      initContainers:
      - name: init-check-services
        image: busybox:1.36
        command: ['sh', '-c', '${script}']
      containers:
      - name: app
        image: nginx:1.27
`
    const sandbox = createSandbox()
    sandbox.exec('kubectl apply -f -', yaml('exit 1'))
    sandbox.advance(2 * MIN)
    expect(sandbox.exec('kubectl get pods --no-headers').stdout.trim().split('\n').map((l) => l.split(/\s+/)[2])).toEqual(['Init:CrashLoopBackOff', 'Init:CrashLoopBackOff'])
    sandbox.exec('kubectl apply -f -', yaml('echo services are up'))
    const status = sandbox.exec('kubectl rollout status deployment/app --timeout=5m')
    expect(status.stdout.trim().split('\n').at(-1)).toBe('deployment "app" successfully rolled out')
    sandbox.advance(MIN)
    const pods = sandbox.pods()
    expect(pods).toHaveLength(2)
    for (const p of pods) expect(p.status!.phase).toBe('Running')
  })
})

// Ownership as the workloads strip and the cards show it, from a Deployment (and a rollout) and a
// Job run in a sandbox.
import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../sandbox'
import { hasWorkloads, ownerChain, shortRef, workloads } from './owners'

const MIN = 60_000
const deployment = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      initContainers:
      - name: init-fetch
        image: busybox:1.36
        command: ['sh', '-c', 'sleep 2']
      containers:
      - name: nginx
        image: ${image}
`

function view(sb: ReturnType<typeof createSandbox>) {
  return workloads(sb.pods(), sb.objects('Deployment'), sb.objects('ReplicaSet'))
}

describe('workloads', () => {
  it('groups pods under their ReplicaSet and Deployment with kubectl get deploy,rs counts', () => {
    const sb = createSandbox({ seed: 3 })
    sb.exec('kubectl apply -f -', deployment('nginx:1.27'))
    sb.advance(MIN)
    const w = view(sb)
    const rs = sb.objects('ReplicaSet')[0]
    const hash = rs.metadata.labels!['pod-template-hash']
    expect(w.deployments).toEqual([
      {
        name: 'web',
        namespace: 'default',
        ready: '2/2',
        upToDate: 2,
        available: 2,
        replicaSets: [{ name: `web-${hash}`, namespace: 'default', hash, desired: 2, current: 2, ready: 2, pods: sb.pods().map((p) => p.metadata.name).sort() }],
      },
    ])
    expect(w.replicaSets).toEqual([])
    expect(w.others).toEqual([])
    expect(hasWorkloads(w)).toBe(true)
    // The kubectl tables agree.
    expect(sb.exec('kubectl get deploy --no-headers').stdout).toMatch(/^web\s+2\/2\s+2\s+2\s/)
    expect(sb.exec('kubectl get rs --no-headers').stdout).toMatch(new RegExp(`^web-${hash}\\s+2\\s+2\\s+2\\s`))
  })

  it('lists the new ReplicaSet first during and after a rollout', () => {
    const sb = createSandbox({ seed: 3 })
    sb.exec('kubectl apply -f -', deployment('nginx:1.27'))
    sb.advance(MIN)
    const old = sb.objects('ReplicaSet')[0].metadata.name
    sb.exec('kubectl apply -f -', deployment('nginx:1.25'))
    sb.advance(3 * MIN)
    const sets = view(sb).deployments[0].replicaSets
    expect(sets).toHaveLength(2)
    expect(sets[1]).toMatchObject({ name: old, desired: 0, pods: [] })
    expect(sets[0]).toMatchObject({ desired: 2, ready: 2 })
    expect(sets[0].pods).toHaveLength(2)
  })

  it('shows a Job with its pods, and leaves plain pods out', () => {
    const sb = createSandbox({ seed: 3 })
    sb.exec(
      'kubectl apply -f -',
      `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: migrate
        image: busybox:1.36
        command: ['sh', '-c', 'true']
---
apiVersion: v1
kind: Pod
metadata:
  name: plain
spec:
  containers:
  - name: app
    image: busybox:1.36
`,
    )
    sb.advance(MIN)
    const w = view(sb)
    const jobPod = sb.pods().find((p) => p.metadata.name !== 'plain')!.metadata.name
    expect(w.others).toEqual([{ kind: 'Job', name: 'migrate', namespace: 'default', pods: [jobPod] }])
    expect(w.deployments).toEqual([])
    expect(hasWorkloads(workloads(sb.pods().filter((p) => p.metadata.name === 'plain'), [], []))).toBe(false)
  })
})

describe('ownerChain', () => {
  it('climbs from a pod to its ReplicaSet and Deployment', () => {
    const sb = createSandbox({ seed: 3 })
    sb.exec('kubectl apply -f -', deployment('nginx:1.27'))
    sb.advance(MIN)
    const rs = sb.objects('ReplicaSet')[0].metadata.name!
    const chain = ownerChain(sb.pods()[0], sb.objects('ReplicaSet'))
    expect(chain).toEqual([
      { kind: 'ReplicaSet', name: rs },
      { kind: 'Deployment', name: 'web' },
    ])
    expect(chain.map(shortRef)).toEqual([`rs/${rs}`, 'deploy/web'])
  })
})

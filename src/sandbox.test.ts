// The public headless surface: the pure helpers take plain Kubernetes JSON.

import { describe, expect, it } from 'vitest'
import { createSandbox, humanDuration, podLimits, podRequests, printPodRow, validatePod } from './sandbox'

describe('validatePod', () => {
  it('defaults, then validates, and answers in the API server order', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: {
        initContainers: [{ name: 'init', image: 'busybox', livenessProbe: { exec: { command: ['true'] } }, lifecycle: { postStart: { exec: { command: ['true'] } } } }],
        containers: [{ name: 'init', image: 'busybox' }],
      },
    }
    expect(validatePod(pod)).toEqual([
      { field: 'spec.initContainers[0].name', type: 'FieldValueDuplicate', detail: '' },
      { field: 'spec.initContainers[0].lifecycle', type: 'FieldValueForbidden', detail: 'may not be set for init containers without restartPolicy=Always' },
      { field: 'spec.initContainers[0].livenessProbe', type: 'FieldValueForbidden', detail: 'may not be set for init containers without restartPolicy=Always' },
    ])
  })

  it('accepts a sidecar with probes', () => {
    const pod = { metadata: { name: 'p' }, spec: { initContainers: [{ name: 's', image: 'busybox', restartPolicy: 'Always', readinessProbe: { exec: { command: ['true'] } } }], containers: [{ name: 'a', image: 'busybox' }] } }
    expect(validatePod(pod)).toEqual([])
  })
})

describe('effective resources', () => {
  const pod = {
    spec: {
      initContainers: [{ name: 'big-init', image: 'busybox', resources: { requests: { cpu: '2', memory: '1Gi' } } }],
      containers: [
        { name: 'a', image: 'busybox', resources: { requests: { cpu: '500m', memory: '256Mi' }, limits: { cpu: '1' } } },
        { name: 'b', image: 'busybox', resources: { requests: { cpu: '500m', memory: '256Mi' } } },
      ],
    },
  }

  it('takes the larger of the biggest init request and the sum of the app containers', () => {
    expect(podRequests(pod)).toEqual({ cpu: '2', memory: '1Gi' })
    expect(podLimits(pod)).toEqual({ cpu: '1' })
  })
})

describe('printers', () => {
  it('formats ages as kubectl does', () => {
    expect([0, 119_000, 120_000, 9 * 60_000 + 59_000, 3 * 3600_000 + 60_000, 49 * 3600_000].map(humanDuration)).toEqual(['0s', '119s', '2m', '9m59s', '3h1m', '2d1h'])
  })

  it('prints the cells of any pod, whatever its shape', () => {
    const now = Date.UTC(2026, 0, 1, 9, 0, 30)
    const row = printPodRow({ metadata: { name: 'x', creationTimestamp: '2026-01-01T09:00:00Z' }, spec: { containers: [{}] }, status: { phase: 'Pending' } }, now)
    expect(row).toMatchObject({ name: 'x', ready: '0/1', status: 'Pending', restarts: '0', age: '30s' })
    expect(() => printPodRow({ status: 'nonsense' }, now)).not.toThrow()
  })
})

describe('exec', () => {
  it('runs the shell words a learner types', () => {
    const sandbox = createSandbox()
    expect(sandbox.exec('echo "hello   world"')).toEqual({ stdout: 'hello   world\n', stderr: '', exitCode: 0 })
    expect(sandbox.exec('kubectl get pods  # nothing yet')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 })
    expect(sandbox.exec('kubectl bogus')).toMatchObject({ exitCode: 1, stderr: 'error: unknown command "bogus" for "kubectl"\n\nDid you mean this?\n\tlogs\n' })
    expect(sandbox.exec('docker ps')).toEqual({ stdout: '', stderr: 'sh: docker: not found\n', exitCode: 127 })
    expect(sandbox.exec("echo 'unterminated")).toMatchObject({ exitCode: 2 })
  })

  it('pipes kubectl into grep, head and wc, and keeps the files a session writes', () => {
    const sandbox = createSandbox()
    const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n`
    expect(sandbox.exec(`cat > web.yaml <<'EOF'\n${pod('web')}EOF`)).toEqual({ stdout: '', stderr: '', exitCode: 0 })
    expect(sandbox.exec('kubectl apply -f web.yaml && kubectl apply -f -', pod('db')).stdout).toBe('pod/web created\npod/db created\n')
    expect(sandbox.exec('sleep 20; kubectl get pods | grep web')).toEqual({ stdout: 'web    1/1     Running   0          20s\n', stderr: '', exitCode: 0 })
    expect(sandbox.exec('kubectl get pods --no-headers | wc -l').stdout.trim()).toBe('2')
    expect(sandbox.exec('kubectl get pods | head -1').stdout).toBe('NAME   READY   STATUS    RESTARTS   AGE\n')
    expect(sandbox.exec('kubectl get pods | grep nothing')).toMatchObject({ stdout: '', exitCode: 1 })
    expect(sandbox.exec('cat web.yaml | kubectl delete pod web --wait=false; echo done').stdout).toBe('pod "web" deleted\ndone\n')
  })

  it('applies and lists pods', () => {
    const sandbox = createSandbox()
    const yaml = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n'
    expect(sandbox.exec('kubectl apply -f -', yaml).stdout).toBe('pod/a created\n')
    expect(sandbox.exec('kubectl apply -f -', yaml).stdout).toBe('pod/a unchanged\n')
    sandbox.advance(30_000)
    expect(sandbox.exec('kubectl get pods').stdout).toBe('NAME   READY   STATUS    RESTARTS   AGE\na      1/1     Running   0          30s\n')
    expect(sandbox.exec('kubectl get po a -o wide').stdout).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE   IP           NODE             NOMINATED NODE   READINESS GATES\na      1/1     Running   0          30s   10.244.1.5   initlab-worker   <none>           <none>\n',
    )
    expect(sandbox.exec('kubectl apply -f -', yaml.replace('nginx:1.27', 'nginx:1.25')).stdout).toBe('pod/a configured\n')
    expect(sandbox.pod('a')!.metadata.generation).toBe(2)
  })

  it('rejects an update that changes more than images, with the API server message', () => {
    const sandbox = createSandbox()
    const yaml = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n'
    sandbox.exec('kubectl apply -f -', yaml)
    const r = sandbox.exec('kubectl apply -f -', yaml.replace('name: c', 'name: d'))
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toMatch(/^The Pod "a" is invalid: spec.containers\[0\].name: Forbidden|^The Pod "a" is invalid: spec: Forbidden: pod updates may not change fields other than/)
  })
})

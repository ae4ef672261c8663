import { describe, expect, it } from 'vitest'
import { lintManifests } from './lint'

describe('lintManifests', () => {
  it('puts a forbidden init-container probe on its own line', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      'spec:',
      '  initContainers:',
      '  - name: init',
      '    image: busybox:1.36',
      '    livenessProbe:',
      '      exec:',
      "        command: ['true']",
      '  containers:',
      '  - name: app',
      '    image: busybox:1.36',
      '',
    ].join('\n')
    const lints = lintManifests(text)
    expect(lints).toHaveLength(1)
    expect(lints[0]).toMatchObject({ line: 9, severity: 'error', message: 'spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always' })
  })

  it('reports YAML syntax, unknown fields and unknown kinds where they are', () => {
    expect(lintManifests('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n spec: {}\n')[0]).toMatchObject({ line: 5, message: expect.stringContaining('did not find expected key') })
    const typo = lintManifests('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n    image: busybox\n    comand: [sleep]\n')
    expect(typo[0]).toMatchObject({ line: 9, message: expect.stringContaining('unknown field "spec.containers[0].comand"') })
    expect(lintManifests('apiVersion: v1\nkind: Podd\nmetadata:\n  name: x\n')[0]).toMatchObject({ line: 2, message: expect.stringContaining('no matches for kind "Podd" in version "v1"') })
  })

  it('is quiet for a valid pod, and checks Deployments and Jobs too', () => {
    expect(lintManifests('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n    image: busybox\n')).toEqual([])
    const job = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: busybox\n'
    expect(lintManifests(job)[0].message).toBe('spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"')
  })
})

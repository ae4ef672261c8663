// Hostile and huge input: the sandbox answers with kubectl-style errors and never throws.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSandbox } from './sandbox'

const isResult = (r: { stdout: string; stderr: string; exitCode: number }) =>
  typeof r.stdout === 'string' && typeof r.stderr === 'string' && Number.isInteger(r.exitCode)

describe('robustness', () => {
  it('never throws on arbitrary command lines', () => {
    const sandbox = createSandbox()
    const words = fc.constantFrom('kubectl', 'get', 'pods', 'apply', '-f', '-', 'describe', 'logs', '-o', 'yaml', 'json', 'jsonpath={..}', '|', 'grep', 'x', '"', "'", '\\', ';', '&&', '$(', ')', '-w', '--request-timeout=1s', 'sleep', '1', 'echo', '<<', 'EOF', '\n')
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(words, { maxLength: 12 }).map((w) => w.join(' '))), fc.option(fc.string()), (line, stdin) => {
        expect(isResult(sandbox.exec(line, stdin ?? undefined))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary manifests', () => {
    const sandbox = createSandbox()
    const yamlish = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ name: fc.string(), image: fc.string(), cmd: fc.string() }).map(
        ({ name, image, cmd }) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${JSON.stringify(name)}\nspec:\n  containers:\n  - name: c\n    image: ${JSON.stringify(image)}\n    command: ['sh', '-c', ${JSON.stringify(cmd)}]\n`,
      ),
    )
    fc.assert(
      fc.property(yamlish, (text) => {
        expect(isResult(sandbox.exec('kubectl apply -f -', text))).toBe(true)
        sandbox.advance(5_000)
        expect(isResult(sandbox.exec('kubectl get pods -o wide'))).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('answers a megabyte of YAML with an error, quickly enough to stay interactive', () => {
    const sandbox = createSandbox()
    const huge = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\n  annotations:\n' + Array.from({ length: 20_000 }, (_, i) => `    note-${i}: ${'x'.repeat(40)}\n`).join('') + 'spec:\n  containers: oops\n'
    expect(huge.length).toBeGreaterThan(1_000_000)
    const r = sandbox.exec('kubectl apply -f -', huge)
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toMatch(/^Error from server \(BadRequest\)|^The Pod "big" is invalid/)
  })

  it('keeps hostile names and strings out of trouble', () => {
    const sandbox = createSandbox()
    const r = sandbox.exec('kubectl apply -f -', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "<script>alert(1)</script>"\nspec:\n  containers:\n  - name: c\n    image: busybox\n')
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toContain('metadata.name: Invalid value: "<script>alert(1)</script>"')
    expect(isResult(sandbox.exec('kubectl get pod "$(rm -rf /)" ; kubectl logs ../../etc/passwd'))).toBe(true)
  })
})

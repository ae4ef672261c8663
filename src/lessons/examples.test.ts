// Every example in the editor's menu is replayed on a sandbox: it applies cleanly, lints clean,
// and reaches the state its title promises.
import { describe, expect, it } from 'vitest'
import { createSandbox, lintManifests } from '../sandbox'
import { EXAMPLES, parseExample } from './examples'

const MINUTE = 60_000

/** Applies an example, lets `ms` pass, and returns `kubectl get pods --no-headers` lines. */
function run(id: string, ms: number, then?: (sb: ReturnType<typeof createSandbox>) => void) {
  const ex = EXAMPLES.find((e) => e.id === id)
  if (!ex) throw new Error(`no example ${id}`)
  const sb = createSandbox({ seed: 7 })
  const applied = sb.exec('kubectl apply -f -', ex.yaml)
  expect(applied.stderr).toBe('')
  sb.advance(ms)
  then?.(sb)
  return { sb, rows: sb.exec('kubectl get pods --no-headers').stdout }
}

describe('examples', () => {
  it('are all there, titled in both languages, and lint clean', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual([
      '01-two-init-containers',
      '02-wait-for-services',
      '03-shared-volume',
      '04-init-fails-always',
      '05-init-fails-never',
      '06-sidecar',
    ])
    for (const e of EXAMPLES) {
      expect(e.title.en).not.toBe(e.id)
      expect(e.title['zh-CN']).not.toBe(e.title.en)
      expect(lintManifests(e.yaml)).toEqual([])
    }
  })

  it('takes the title header off the manifest, up to the first line that is not a header', () => {
    expect(parseExample('x', '# title: A\napiVersion: v1\n# title.zh-CN: B\n')).toEqual({ id: 'x', title: { en: 'A', 'zh-CN': 'A' }, yaml: 'apiVersion: v1\n# title.zh-CN: B\n' })
  })

  it('two init containers: Running once both have finished', () => {
    expect(run('01-two-init-containers', MINUTE).rows).toMatch(/^myapp-pod\s+1\/1\s+Running\s+0\s/)
  })

  it('wait for services: stuck at Init:0/2 until the Services exist, then Running', () => {
    const { sb, rows } = run('02-wait-for-services', 2 * MINUTE)
    expect(rows).toMatch(/^myapp-pod\s+0\/1\s+Init:0\/2\s+0\s/)
    const services = EXAMPLES.find((e) => e.id === '02-wait-for-services')!.yaml.split('\n# ---\n').slice(1)
    const uncommented = services.map((s) => s.replace(/^# ?/gm, '')).join('\n---\n')
    expect(sb.exec('kubectl apply -f -', uncommented).stdout).toBe('service/myservice created\nservice/mydb created\n')
    sb.advance(MINUTE)
    expect(sb.exec('kubectl get pods --no-headers').stdout).toMatch(/^myapp-pod\s+1\/1\s+Running\s+0\s/)
  })

  it('shared volume: the app prints what the init container wrote', () => {
    const { sb } = run('03-shared-volume', MINUTE)
    expect(sb.exec('kubectl logs web').stdout).toBe('<h1>built by an init container</h1>\n')
  })

  it('init fails with restartPolicy Always: Init:CrashLoopBackOff with restarts', () => {
    expect(run('04-init-fails-always', 2 * MINUTE).rows).toMatch(/^failing-init\s+0\/1\s+Init:CrashLoopBackOff\s+[3-9] \(\d+s ago\)\s/)
  })

  it('init fails with restartPolicy Never: the pod stops at Init:Error', () => {
    expect(run('05-init-fails-never', 2 * MINUTE).rows).toMatch(/^failing-init-never\s+0\/1\s+Init:Error\s+0\s/)
  })

  it('sidecar: running beside the app, shipping its log lines', () => {
    const { sb, rows } = run('06-sidecar', MINUTE)
    expect(rows).toMatch(/^with-sidecar\s+2\/2\s+Running\s+0\s/)
    expect(sb.exec('kubectl logs with-sidecar -c log-shipper').stdout.split('\n').length).toBeGreaterThan(5)
  })
})

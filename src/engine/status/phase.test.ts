import { describe, expect, it } from 'vitest'
import type { Container, ContainerStatus, PodSpec } from '../api/types'
import { containerShouldRestart, getPodPhase } from './phase'

// Tiny builders: a status per container state, a spec from names and policies.
const base = (name: string): ContainerStatus => ({ name, ready: false, restartCount: 0, image: 'busybox:1.28', imageID: '' })
const running = (name: string, started = true): ContainerStatus => ({ ...base(name), started, state: { running: { startedAt: 't' } } })
const exited = (name: string, exitCode: number): ContainerStatus => ({ ...base(name), started: false, state: { terminated: { exitCode } } })
const waiting = (name: string, reason = 'PodInitializing', lastExit?: number): ContainerStatus => ({
  ...base(name),
  state: { waiting: { reason } },
  ...(lastExit === undefined ? {} : { lastState: { terminated: { exitCode: lastExit } } }),
})
const c = (name: string, restartPolicy?: string, extra: Partial<Container> = {}): Container => ({ name, image: 'busybox', ...(restartPolicy ? { restartPolicy } : {}), ...extra })

function pod(opts: { policy?: string; init?: Container[]; app?: Container[] }): PodSpec {
  return { restartPolicy: opts.policy ?? 'Always', initContainers: opts.init ?? [], containers: opts.app ?? [c('app')] }
}

function phase(spec: PodSpec, init: ContainerStatus[], app: ContainerStatus[], initialized = false, terminal = false) {
  return getPodPhase({ spec, initContainerStatuses: init, containerStatuses: app, podIsTerminal: terminal, podHasInitialized: initialized })
}

describe('getPodPhase: regular init containers', () => {
  const two = (policy: string, i1?: string) => pod({ policy, init: [c('init-myservice', i1), c('init-mydb')], app: [c('myapp-container')] })
  const app = [waiting('myapp-container')]

  it.each([
    ['no statuses yet', 'Always', [], [], 'Pending'],
    ['all waiting PodInitializing', 'Always', [waiting('init-myservice'), waiting('init-mydb')], app, 'Pending'],
    ['first init running', 'Always', [running('init-myservice', false), waiting('init-mydb')], app, 'Pending'],
    ['first done, second running', 'Always', [exited('init-myservice', 0), running('init-mydb', false)], app, 'Pending'],
    ['Always: init exited 1 (Init:Error)', 'Always', [exited('init-myservice', 1), waiting('init-mydb')], app, 'Pending'],
    ['Always: init in CrashLoopBackOff', 'Always', [waiting('init-myservice', 'CrashLoopBackOff', 1), waiting('init-mydb')], app, 'Pending'],
    ['OnFailure: init exited 1', 'OnFailure', [exited('init-myservice', 1), waiting('init-mydb')], app, 'Pending'],
    ['Never: init exited 1', 'Never', [exited('init-myservice', 1), waiting('init-mydb')], app, 'Failed'],
    ['Never: init exited 0, next running', 'Never', [exited('init-myservice', 0), running('init-mydb', false)], app, 'Pending'],
    ['inits done, app not started', 'Always', [exited('init-myservice', 0), exited('init-mydb', 0)], app, 'Pending'],
    ['inits done, app running', 'Always', [exited('init-myservice', 0), exited('init-mydb', 0)], [running('myapp-container')], 'Running'],
  ] as const)('%s -> %s', (_name, policy, init, appStatuses, expected) => {
    expect(phase(two(policy), [...init], [...appStatuses])).toBe(expected)
  })

  it('a container-level restartPolicy overrides the pod policy for init failures', () => {
    // Never on the init container in an Always pod: the failure is final.
    expect(phase(two('Always', 'Never'), [exited('init-myservice', 1), waiting('init-mydb')], app)).toBe('Failed')
    expect(phase(two('Always', 'Never'), [waiting('init-myservice', 'CrashLoopBackOff', 2), waiting('init-mydb')], app)).toBe('Failed')
    // OnFailure on the init container in a Never pod: it will be retried.
    expect(phase(two('Never', 'OnFailure'), [exited('init-myservice', 1), waiting('init-mydb')], app)).toBe('Pending')
  })
})

describe('getPodPhase: app containers under each restartPolicy', () => {
  it.each([
    ['Always', 0, 'Running'],
    ['Always', 1, 'Running'],
    ['OnFailure', 0, 'Succeeded'],
    ['OnFailure', 1, 'Running'],
    ['Never', 0, 'Succeeded'],
    ['Never', 1, 'Failed'],
  ] as const)('pod %s, app exited %i -> %s', (policy, code, expected) => {
    expect(phase(pod({ policy }), [], [exited('app', code)])).toBe(expected)
  })

  it('counts a container waiting after a crash as stopped, not waiting', () => {
    expect(phase(pod({ policy: 'Always' }), [], [waiting('app', 'CrashLoopBackOff', 1)])).toBe('Running')
    expect(phase(pod({ policy: 'Always' }), [], [waiting('app', 'ContainerCreating')])).toBe('Pending')
  })

  it('a container-level restartPolicy overrides the pod policy', () => {
    expect(phase(pod({ policy: 'Never', app: [c('app', 'OnFailure')] }), [], [exited('app', 1)])).toBe('Running')
    expect(phase(pod({ policy: 'Always', app: [c('app', 'Never')] }), [], [exited('app', 0)])).toBe('Succeeded')
    expect(phase(pod({ policy: 'Always', app: [c('app', 'Never')] }), [], [exited('app', 3)])).toBe('Failed')
    // One container still restarting keeps the pod Running.
    const mixed = pod({ policy: 'Never', app: [c('a'), c('b', 'Always')] })
    expect(phase(mixed, [], [exited('a', 0), exited('b', 0)])).toBe('Running')
  })

  it('restartPolicyRules decide before the container restartPolicy', () => {
    const rules = [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }]
    const spec = pod({ policy: 'Always', app: [c('app', 'Never', { restartPolicyRules: rules })] })
    expect(phase(spec, [], [exited('app', 42)])).toBe('Running')
    expect(phase(spec, [], [exited('app', 1)])).toBe('Failed')
    const notIn = pod({ app: [c('app', 'Never', { restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'NotIn', values: [0] } }] })] })
    expect(phase(notIn, [], [exited('app', 7)])).toBe('Running')
    expect(phase(notIn, [], [exited('app', 0)])).toBe('Succeeded')
  })

  it('a terminal pod is Succeeded or Failed whatever the policy', () => {
    expect(phase(pod({ policy: 'Always' }), [], [exited('app', 0)], true, true)).toBe('Succeeded')
    expect(phase(pod({ policy: 'Always' }), [], [exited('app', 137)], true, true)).toBe('Failed')
  })

  it('an app container without a status keeps the pod Pending', () => {
    const two = pod({ app: [c('a'), c('b')] })
    expect(phase(two, [], [running('a')])).toBe('Pending')
  })
})

describe('getPodPhase: sidecars (init containers with restartPolicy Always)', () => {
  const spec = (policy = 'Always') => pod({ policy, init: [c('proxy', 'Always'), c('setup')], app: [c('app')] })

  it('is Pending until the sidecar has started and the regular init has run', () => {
    expect(phase(spec(), [running('proxy', false), waiting('setup')], [waiting('app')])).toBe('Pending')
    expect(phase(spec(), [running('proxy', true), running('setup', false)], [waiting('app')])).toBe('Pending')
    expect(phase(spec(), [running('proxy', true), exited('setup', 0)], [running('app')], true)).toBe('Running')
  })

  it('a restarting sidecar does not send an initialized pod back to Pending', () => {
    const inits = (proxy: ContainerStatus) => [proxy, exited('setup', 0)]
    expect(phase(spec(), inits(waiting('proxy', 'CrashLoopBackOff', 1)), [running('app')], true)).toBe('Running')
    expect(phase(spec(), inits(exited('proxy', 1)), [running('app')], true)).toBe('Running')
    expect(phase(spec(), inits(running('proxy', false)), [running('app')], true)).toBe('Running')
    // Without podHasInitialized (new sandbox) the unstarted sidecar holds the pod in Pending.
    expect(phase(spec(), inits(running('proxy', false)), [running('app')], false)).toBe('Pending')
    // Waiting with no earlier termination counts as waiting: Pending even when initialized.
    expect(phase(spec(), inits(waiting('proxy', 'PodInitializing')), [running('app')], true)).toBe('Pending')
  })

  it('a sidecar failure never fails the pod, even under Never', () => {
    expect(phase(spec('Never'), [exited('proxy', 1), exited('setup', 0)], [running('app')], true)).toBe('Running')
  })

  it('ends on the app containers only once they finish in a non-Always pod', () => {
    // The sidecar still runs: Running. Once it is stopped, the app's exit code decides.
    expect(phase(spec('Never'), [running('proxy'), exited('setup', 0)], [exited('app', 0)], true)).toBe('Running')
    expect(phase(spec('Never'), [exited('proxy', 137), exited('setup', 0)], [exited('app', 0)], true)).toBe('Succeeded')
    expect(phase(spec('OnFailure'), [exited('proxy', 137), exited('setup', 0)], [exited('app', 2)], true, true)).toBe('Failed')
  })

  it('a sidecar without a status is unknown', () => {
    expect(phase(spec(), [exited('setup', 0)], [running('app')], true)).toBe('Pending')
  })
})

describe('containerShouldRestart', () => {
  const spec = (restartPolicy?: string): PodSpec => ({ containers: [], ...(restartPolicy ? { restartPolicy } : {}) })
  it('falls back to the pod policy, Always when unset', () => {
    expect(containerShouldRestart(c('x'), spec(), 0)).toBe(true)
    expect(containerShouldRestart(c('x'), spec('OnFailure'), 0)).toBe(false)
    expect(containerShouldRestart(c('x'), spec('OnFailure'), 1)).toBe(true)
    expect(containerShouldRestart(c('x'), spec('Never'), 1)).toBe(false)
  })
  it('ignores rules unless the container sets a restartPolicy', () => {
    const rules = [{ action: 'Restart', exitCodes: { operator: 'In', values: [1] } }]
    expect(containerShouldRestart(c('x', undefined, { restartPolicyRules: rules }), spec('Never'), 1)).toBe(false)
    expect(containerShouldRestart(c('x', 'Never', { restartPolicyRules: rules }), spec('Never'), 1)).toBe(true)
  })
})

// The statechart view's pure helpers: lit paths, transition lines, the summary line, pod and tab choice.
import { describe, expect, it } from 'vitest'
import { machineDefinitions, type Pod, type TransitionSummary } from '../../sandbox'
import { activeChain, litPaths, pathText, pickKey, podKey, splitPodKey, summaryLine, transitionLine } from './layout'

const t = (over: Partial<TransitionSummary>): TransitionSummary => ({ trigger: 'event', event: 'go', targets: [], actions: [], reenter: false, ...over })

describe('litPaths', () => {
  it('lights the root, every ancestor and the leaves', () => {
    expect([...litPaths(['running.sleeping'])].sort()).toEqual(['', 'running', 'running.sleeping'])
    expect([...litPaths(['a.x', 'b'])].sort()).toEqual(['', 'a', 'a.x', 'b'])
    expect([...litPaths([])]).toEqual([''])
  })
})

describe('activeChain', () => {
  it('walks from the root to the active leaf, in order', () => {
    const { container, podWorker } = machineDefinitions()
    expect(activeChain(container, ['running.sleeping']).map((n) => n.id)).toEqual(['container.running', 'container.running.sleeping'])
    expect(activeChain(podWorker, ['active']).map((n) => n.path)).toEqual(['active'])
    expect(activeChain(podWorker, [])).toEqual([])
  })
})

describe('transitionLine', () => {
  it('reads events, timers and eventless transitions', () => {
    expect(transitionLine(t({ event: 'container.start', targets: ['starting'] }), 'idle')).toEqual({ trigger: 'container.start', target: 'starting', self: false, actions: [] })
    expect(transitionLine(t({ trigger: 'after', event: '300000', targets: ['scheduling'] }), 'unschedulable').trigger).toBe('after 5m')
    expect(transitionLine(t({ trigger: 'after', event: 'wait', targets: ['starting.creating'], guard: 'g', actions: ['pulled'] }), 'starting.pulling'))
      .toEqual({ trigger: 'after wait', target: 'starting › creating', self: false, guard: 'g', actions: ['pulled'] })
    expect(transitionLine(t({ trigger: 'always', event: 'always' }), 'x')).toMatchObject({ trigger: 'always', target: undefined })
  })
  it('marks a state that re-enters itself', () => {
    expect(transitionLine(t({ trigger: 'after', event: 'wait', targets: ['mounting'], reenter: true }), 'mounting')).toMatchObject({ self: true, target: 'mounting' })
  })
})

describe('summaryLine', () => {
  it('names each machine and its active path', () => {
    expect(pathText('running.sleeping')).toBe('running › sleeping')
    expect(summaryLine([{ label: 'Pod worker', active: ['active'] }, { label: 'init-myservice', active: ['backingOff'] }, { label: 'app', active: ['running.sleeping'] }]))
      .toBe('Pod worker: active; init-myservice: backingOff; app: running › sleeping')
    expect(summaryLine([{ label: 'Pod worker', active: ['active'] }, { label: 'app', active: ['idle'] }], { colon: '：', separator: '；' })).toBe('Pod worker：active；app：idle')
  })
})

describe('pod and tab choice', () => {
  it('keys pods by namespace and name', () => {
    const pod = { metadata: { name: 'web', namespace: 'kube-system' } } as Pod
    expect(podKey(pod)).toBe('kube-system/web')
    expect(podKey({ metadata: { name: 'a' } } as Pod)).toBe('default/a')
    expect(splitPodKey('kube-system/web')).toEqual({ namespace: 'kube-system', name: 'web' })
  })
  it('keeps the chosen key while it exists, else takes the first', () => {
    expect(pickKey(['a', 'b'], 'b')).toBe('b')
    expect(pickKey(['a', 'b'], 'gone')).toBe('a')
    expect(pickKey(['a'], undefined)).toBe('a')
    expect(pickKey([], 'a')).toBeUndefined()
  })
})

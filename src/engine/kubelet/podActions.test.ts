import { describe, expect, it } from 'vitest'
import type { Container } from '../api/types'
import type { ContainerFacts, ContainerPhase, Instance } from './containerFacts'
import { computePodSync } from './podActions'

function c(name: string, kind: 'init' | 'app', phase: ContainerPhase, exitCode?: number, spec: Partial<Container> = {}): ContainerFacts {
  const instances: Instance[] = exitCode === undefined ? (phase === 'running' ? [{ containerID: 'x', startedAt: 1 }] : []) : [{ containerID: 'x', startedAt: 1, finishedAt: 2, exitCode }]
  return { name, kind, spec: { name, image: 'busybox', ...spec }, phase, instances, restartCount: 0 }
}

describe('computePodSync', () => {
  it('starts the first init container, and nothing else', () => {
    expect(computePodSync([c('a', 'init', 'idle'), c('b', 'init', 'idle'), c('app', 'app', 'idle')])).toEqual({ start: ['a'], initialized: false, terminal: false })
  })

  it('waits while an init container runs or restarts', () => {
    for (const phase of ['starting', 'running', 'restarting', 'imageFailed'] as const) {
      expect(computePodSync([c('a', 'init', phase), c('b', 'init', 'idle'), c('app', 'app', 'idle')]).start).toEqual([])
    }
  })

  it('starts the next init container once the previous one completed', () => {
    expect(computePodSync([c('a', 'init', 'done', 0), c('b', 'init', 'idle'), c('app', 'app', 'idle')]).start).toEqual(['b'])
  })

  it('starts every app container together after the last init container', () => {
    expect(computePodSync([c('a', 'init', 'done', 0), c('x', 'app', 'idle'), c('y', 'app', 'idle')])).toEqual({ start: ['x', 'y'], initialized: true, terminal: false })
  })

  it('ends the pod when an init container failed for good (restartPolicy Never)', () => {
    expect(computePodSync([c('a', 'init', 'done', 1), c('app', 'app', 'idle')])).toEqual({ start: [], initialized: false, terminal: true })
  })

  it('ends the pod when every app container is done', () => {
    expect(computePodSync([c('x', 'app', 'done', 0), c('y', 'app', 'done', 1)]).terminal).toBe(true)
    expect(computePodSync([c('x', 'app', 'done', 0), c('y', 'app', 'running')]).terminal).toBe(false)
  })

  it('lets the next init container go once a sidecar has started', () => {
    const sidecar = { restartPolicy: 'Always' }
    expect(computePodSync([c('s', 'init', 'starting', undefined, sidecar), c('b', 'init', 'idle'), c('app', 'app', 'idle')]).start).toEqual([])
    expect(computePodSync([c('s', 'init', 'running', undefined, sidecar), c('b', 'init', 'idle'), c('app', 'app', 'idle')]).start).toEqual(['b'])
  })
})

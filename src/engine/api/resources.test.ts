import { describe, expect, it } from 'vitest'
import type { Container, Pod } from './types'
import { aggregateContainerRequests, podLimits, podRequests } from './resources'

type R = Record<string, string>
const c = (requests?: R, limits?: R, restartPolicy?: string): Container =>
  ({ name: 'c', resources: { ...(requests && { requests }), ...(limits && { limits }) }, ...(restartPolicy && { restartPolicy }) })
const pod = (containers: Container[], initContainers: Container[] = [], extra: Partial<Pod['spec']> = {}): Pod =>
  ({ metadata: { name: 'p' }, spec: { containers, initContainers, ...extra } })

describe('PodRequests / PodLimits (component-helpers helpers_test.go cases)', () => {
  it('just-limit-no-overhead', () => {
    const p = pod([c(undefined, { cpu: '9' })])
    expect(podRequests(p)).toEqual({})
    expect(podLimits(p)).toEqual({ cpu: '9' })
  })
  it('just-overhead: overhead alone becomes the request, never a limit', () => {
    const p = pod([c()], [], { overhead: { cpu: '5', memory: '5' } })
    expect(podRequests(p)).toEqual({ cpu: '5', memory: '5' })
    expect(podLimits(p)).toEqual({})
  })
  it('req-and-overhead', () => {
    expect(podRequests(pod([c({ cpu: '1', memory: '10' })], [], { overhead: { cpu: '5', memory: '5' } }))).toEqual({ cpu: '6', memory: '15' })
  })
  it('all-req-lim-and-overhead', () => {
    const p = pod([c({ cpu: '1', memory: '10' }, { cpu: '2', memory: '12' })], [], { overhead: { cpu: '5', memory: '5' } })
    expect(podRequests(p)).toEqual({ cpu: '6', memory: '15' })
    expect(podLimits(p)).toEqual({ cpu: '7', memory: '17' })
  })
  it('req-some-lim-and-overhead: overhead only on resources that have a limit', () => {
    const p = pod([c({ cpu: '1', memory: '10' }, { cpu: '2' })], [], { overhead: { cpu: '5', memory: '5' } })
    expect(podLimits(p)).toEqual({ cpu: '7' })
  })
  it('two containers: sum of both', () => {
    const p = pod([c({ cpu: '1', memory: '5' }, { cpu: '2', memory: '10' }), c({ cpu: '4', memory: '12' }, { cpu: '8', memory: '24' })])
    expect(podRequests(p)).toEqual({ cpu: '5', memory: '17' })
    expect(podLimits(p)).toEqual({ cpu: '10', memory: '34' })
  })
  it('massive init container: the largest init wins', () => {
    const p = pod([c({ cpu: '1', memory: '5' }, { cpu: '2', memory: '10' }), c({ cpu: '4', memory: '12' }, { cpu: '8', memory: '24' })],
      [c({ cpu: '1', memory: '5' }, { cpu: '1', memory: '5' }), c({ cpu: '40', memory: '120' }, { cpu: '80', memory: '240' })])
    expect(podRequests(p)).toEqual({ cpu: '40', memory: '120' })
    expect(podLimits(p)).toEqual({ cpu: '80', memory: '240' })
  })
  it('nil options, larger init container / larger containers', () => {
    expect(podRequests(pod([c({ cpu: '1' })], [c({ cpu: '4' })]))).toEqual({ cpu: '4' })
    expect(podRequests(pod([c({ cpu: '2' }), c({ cpu: '3' })], [c({ cpu: '2' })]))).toEqual({ cpu: '5' })
  })
  it('pod overhead included', () => {
    const p = pod([c({ cpu: '2' }), c({ cpu: '3' })], [c({ cpu: '2' }, { cpu: '2' })], { overhead: { cpu: '1', memory: '1Gi' } })
    expect(podRequests(p)).toEqual({ cpu: '6', memory: '1Gi' })
  })
  it('a container without a limit adds nothing: one limited 2 CPU plus one unlimited gives 2', () => {
    expect(podLimits(pod([c(undefined, { cpu: '2' }), c()]))).toEqual({ cpu: '2' })
  })
})

describe('sidecars (restartPolicy Always init containers)', () => {
  it('restartable init container joins the app sum', () => {
    expect(podRequests(pod([c({ cpu: '1' })], [c({ cpu: '1' }, undefined, 'Always')]))).toEqual({ cpu: '2' })
  })
  it('sidecars stack up for the init containers that start after them', () => {
    const p = pod([c({ cpu: '1' })], [
      c({ cpu: '1' }, undefined, 'Always'),
      c({ cpu: '5' }),
      c({ cpu: '2' }, undefined, 'Always'),
      c({ cpu: '3' }),
    ])
    // stages: 1, 1+5=6, 1+2=3, 1+2+3=6; steady state: 1 app + 3 sidecars = 4
    expect(podRequests(p)).toEqual({ cpu: '6' })
  })
  it('a regular init container before any sidecar does not see it', () => {
    const p = pod([c({ cpu: '1' })], [c({ cpu: '5' }), c({ cpu: '1' }, undefined, 'Always')])
    expect(podRequests(p)).toEqual({ cpu: '5' })
  })
  it('keeps quantity formats as Go does (first operand wins)', () => {
    const p = pod([c({ memory: '1Gi' }), c({ memory: '512Mi' })], [c({ memory: '500M' })])
    expect(podRequests(p)).toEqual({ memory: '1536Mi' })
    expect(aggregateContainerRequests(pod([c({ cpu: '500m' }), c({ cpu: '0.5' })]))).toEqual({ cpu: '1' })
  })
})

describe('pod-level resources', () => {
  it('pod-level requests replace cpu and memory; other names keep the container sum', () => {
    const p = pod([c({ cpu: '1', 'ephemeral-storage': '1Gi' })], [], { resources: { requests: { cpu: '3' } } })
    expect(podRequests(p)).toEqual({ cpu: '3', 'ephemeral-storage': '1Gi' })
  })
  it('pod-level limits apply when any pod-level value is set', () => {
    const p = pod([c({ cpu: '1' }, { cpu: '1' })], [], { resources: { requests: { memory: '1Gi' }, limits: { cpu: '4' } } })
    expect(podLimits(p)).toEqual({ cpu: '4' })
    expect(podRequests(p)).toEqual({ cpu: '1', memory: '1Gi' })
  })
})

describe('robustness', () => {
  it('ignores junk instead of throwing', () => {
    expect(podRequests({ metadata: {}, spec: { containers: [null, { resources: { requests: { cpu: 'abc', memory: 5 } } }] } } as unknown as Pod)).toEqual({ memory: '5' })
    expect(podLimits({} as Pod)).toEqual({})
  })
})

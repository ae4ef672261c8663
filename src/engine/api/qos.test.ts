import { describe, expect, it } from 'vitest'
import type { Container, Pod } from './types'
import { podQOSClass } from './qos'

type R = Record<string, string>
const c = (requests?: R, limits?: R): Container => ({ name: 'c', resources: { ...(requests && { requests }), ...(limits && { limits }) } })
const pod = (containers: Container[], initContainers: Container[] = [], resources?: Pod['spec']['resources']): Pod =>
  ({ metadata: {}, spec: { containers, initContainers, ...(resources && { resources }) } })

describe('podQOSClass', () => {
  it('BestEffort without any cpu/memory request or limit', () => {
    expect(podQOSClass(pod([c()]))).toBe('BestEffort')
    expect(podQOSClass(pod([c({ 'ephemeral-storage': '1Gi' })]))).toBe('BestEffort')
    expect(podQOSClass(pod([c({ cpu: '0' })]))).toBe('BestEffort')
  })
  it('Guaranteed when every container has equal cpu and memory requests and limits', () => {
    expect(podQOSClass(pod([c({ cpu: '1', memory: '1Gi' }, { cpu: '1', memory: '1Gi' })]))).toBe('Guaranteed')
    expect(podQOSClass(pod([c({ cpu: '1000m', memory: '1Gi' }, { cpu: '1', memory: '1024Mi' })]))).toBe('Guaranteed')
  })
  it('Burstable when requests differ from limits or a resource lacks a limit', () => {
    expect(podQOSClass(pod([c({ cpu: '500m', memory: '1Gi' }, { cpu: '1', memory: '1Gi' })]))).toBe('Burstable')
    expect(podQOSClass(pod([c({ cpu: '1' }, { cpu: '1' })]))).toBe('Burstable')
  })
  it('looks at init containers one by one, ignoring their order', () => {
    const g = c({ cpu: '1', memory: '1Gi' }, { cpu: '1', memory: '1Gi' })
    expect(podQOSClass(pod([g], [g]))).toBe('Guaranteed')
    expect(podQOSClass(pod([g], [c()]))).toBe('Burstable')
  })
  it('uses pod-level resources when they are set', () => {
    expect(podQOSClass(pod([c()], [], { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }))).toBe('Guaranteed')
    expect(podQOSClass(pod([c()], [], { requests: { cpu: '1' } }))).toBe('Burstable')
  })
})

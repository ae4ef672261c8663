import { describe, expect, it } from 'vitest'
import type { KubeObject } from '../../engine/api/types'
import { matchesFields, parseFieldSelector, selectableFields } from './fieldSelector'

const pod: KubeObject = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web-1', namespace: 'default' },
  spec: { nodeName: 'initlab-worker', restartPolicy: 'Always', schedulerName: 'default-scheduler', serviceAccountName: 'default' },
  status: { phase: 'Running', podIPs: [{ ip: '10.244.1.5' }, { ip: 'fd00::5' }] },
}

function matches(selector: string, obj: KubeObject, kind = 'Pod'): boolean {
  const parsed = parseFieldSelector(selector, kind)
  if (!parsed.ok) throw new Error(parsed.error)
  return matchesFields(parsed.terms, obj, kind)
}

describe('field selectors', () => {
  it.each([
    ['status.phase=Running', true],
    ['status.phase==Running', true],
    ['status.phase!=Running', false],
    ['metadata.name=web-1,status.phase=Running', true],
    ['metadata.namespace=kube-system', false],
    ['spec.nodeName=initlab-worker', true],
    ['spec.nodeName=', false],
    ['spec.host=initlab-worker', true],
    ['status.podIP=10.244.1.5', true],
    ['spec.hostNetwork=false', true],
    ['status.nominatedNodeName=', true],
    ['', true],
    [',', true],
  ])('%j on a running pod is %s', (selector, want) => {
    expect(matches(selector, pod)).toBe(want)
  })

  it('reads escaped commas and equals signs in values', () => {
    const odd = { ...pod, metadata: { name: 'a,b=c', namespace: 'default' } }
    expect(matches('metadata.name=a\\,b\\=c', odd)).toBe(true)
  })

  it('gives the server messages for what it cannot parse or does not support', () => {
    const err = (s: string, kind = 'Pod') => {
      const r = parseFieldSelector(s, kind)
      return r.ok ? '(parsed)' : r.error
    }
    expect(err('status.phase')).toBe("invalid selector: 'status.phase'; can't understand 'status.phase'")
    expect(err('b=1,status.phase')).toBe("invalid selector: 'b=1,status.phase'; can't understand 'status.phase'")
    expect(err('status.phase=a=b')).toBe('invalid field selector: unescaped character in value: 61')
    expect(err('status.phase=a\\x')).toBe('invalid field selector: invalid escape sequence: \\x')
    expect(err('status.phase=a\\')).toBe('invalid field selector: invalid escape sequence: \\')
    expect(err('foo=bar')).toBe('field label not supported: foo')
    expect(err('zeta=1,alpha=2')).toBe('field label not supported: alpha')
    expect(err('involvedObject.name=x,foo=1', 'Event')).toBe('field label not supported: foo')
    expect(err('metadata.namespace=x', 'Node')).toBe('field label not supported: metadata.namespace')
    expect(err('data=1', 'ConfigMap')).toBe('"data" is not a known field selector: only "metadata.name", "metadata.namespace"')
    expect(err('metadata.name=x', 'ConfigMap')).toBe('(parsed)')
  })

  it('exposes the selectable fields of events, secrets, services, nodes and namespaces', () => {
    const event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'e', namespace: 'default' },
      involvedObject: { kind: 'Pod', name: 'web-1', namespace: 'default', fieldPath: 'spec.containers{app}' },
      reason: 'Started',
      type: 'Normal',
      source: {},
      reportingComponent: 'default-scheduler',
    } as KubeObject
    expect(selectableFields(event, 'Event')).toMatchObject({ 'involvedObject.name': 'web-1', reason: 'Started', type: 'Normal', source: 'default-scheduler', 'involvedObject.fieldPath': 'spec.containers{app}' })
    expect(selectableFields({ metadata: { name: 's', namespace: 'd' } }, 'Secret')).toEqual({ 'metadata.name': 's', 'metadata.namespace': 'd', type: 'Opaque' })
    expect(selectableFields({ metadata: { name: 'n' }, spec: {} }, 'Node')).toEqual({ 'metadata.name': 'n', 'spec.unschedulable': 'false' })
    expect(matches('spec.type=ClusterIP', { metadata: { name: 'x', namespace: 'd' }, spec: {} }, 'Service')).toBe(true)
    expect(matches('status.phase=Active', { metadata: { name: 'default' }, status: { phase: 'Active' } }, 'Namespace')).toBe(true)
  })
})

// Tests for the kind registry and kubectl's client-side type-meta checks. Expected error texts
// come from a real kubectl v1.35.2 run against a stub API server serving these kinds.

import { describe, expect, it } from 'vitest'
import { goJson, kindFor, KINDS, resolveKind, resourceFor, typeMetaProblems, unknownResourceError, validationError } from './kinds'

describe('kind registry', () => {
  it('serves the ten kinds at their API versions', () => {
    expect(KINDS.map(k => `${k.apiVersion}/${k.kind}`)).toEqual([
      'v1/ConfigMap', 'v1/Event', 'v1/Namespace', 'v1/Node', 'v1/Pod', 'v1/Secret', 'v1/Service',
      'apps/v1/Deployment', 'apps/v1/ReplicaSet', 'batch/v1/Job',
    ])
    expect(KINDS.filter(k => !k.namespaced).map(k => k.kind)).toEqual(['Namespace', 'Node'])
  })

  it('looks kinds up by exact apiVersion and kind', () => {
    expect(kindFor('v1', 'Pod')?.resource).toBe('pods')
    expect(kindFor('apps/v1', 'Deployment')).toMatchObject({ group: 'apps', version: 'v1', resource: 'deployments' })
    expect(kindFor('apps/v1', 'Pod')).toBeUndefined()
    expect(kindFor('v1', 'pod')).toBeUndefined()
  })

  it('resolves kubectl resource arguments', () => {
    for (const arg of ['pod', 'pods', 'po', 'Pod', 'PODS']) expect(resourceFor(arg)?.kind).toBe('Pod')
    expect(resourceFor('svc')?.kind).toBe('Service')
    expect(resourceFor('cm')?.kind).toBe('ConfigMap')
    expect(resourceFor('no')?.kind).toBe('Node')
    expect(resourceFor('ns')?.kind).toBe('Namespace')
    expect(resourceFor('ev')?.kind).toBe('Event')
    expect(resourceFor('deploy')?.kind).toBe('Deployment')
    expect(resourceFor('deployments.apps')?.kind).toBe('Deployment')
    expect(resourceFor('deployments.v1.apps')?.kind).toBe('Deployment')
    expect(resourceFor('rs')?.kind).toBe('ReplicaSet')
    expect(resourceFor('jobs.batch')?.kind).toBe('Job')
    expect(resourceFor('deployments.batch')).toBeUndefined()
    expect(resourceFor('foo')).toBeUndefined()
    expect(unknownResourceError('foo')).toBe('error: the server doesn\'t have a resource type "foo"')
  })
})

describe('type-meta validation (kubectl client side)', () => {
  const check = (obj: Record<string, unknown>) => {
    const p = typeMetaProblems(obj)
    return p.length ? validationError('STDIN', p) : undefined
  }
  const tail = '; if you choose to ignore these errors, turn validation off with --validate=false'

  it('matches kubectl for missing or mistyped apiVersion and kind', () => {
    expect(check({ apiVersion: 'v1', metadata: { name: 'x' } })).toBe(`error: error validating "STDIN": error validating data: kind not set${tail}`)
    expect(check({ kind: 'Pod' })).toBe(`error: error validating "STDIN": error validating data: apiVersion not set${tail}`)
    expect(check({ metadata: {} })).toBe(`error: error validating "STDIN": error validating data: [apiVersion not set, kind not set]${tail}`)
    expect(check({ apiVersion: 1, kind: 'Pod' })).toBe(`error: error validating "STDIN": error validating data: apiVersion isn't string type${tail}`)
    expect(check({ apiVersion: 'v1', kind: 5 })).toBe(`error: error validating "STDIN": error validating data: kind isn't string type${tail}`)
    expect(check({ apiVersion: 'a/b/c', kind: 'Pod' })).toBe(`error: error validating "STDIN": error validating data: unexpected GroupVersion string: a/b/c${tail}`)
    expect(check({ apiVersion: 'v1', kind: 'Pod' })).toBeUndefined()
    expect(check({ apiVersion: null, kind: null })).toBe(`error: error validating "STDIN": error validating data: [apiVersion not set, kind not set]${tail}`)
  })
})

describe('resolveKind (REST mapping)', () => {
  it('maps served kinds', () => {
    const r = resolveKind({ apiVersion: 'batch/v1', kind: 'Job' })
    expect(r.ok && r.kind.resource).toBe('jobs')
  })

  it('reports unknown kinds and versions as kubectl does', () => {
    expect(resolveKind({ apiVersion: 'v1', kind: 'Foo', metadata: { name: 'x' } })).toEqual({
      ok: false,
      field: 'kind',
      message: 'error: resource mapping not found for name: "x" namespace: "" from "STDIN": no matches for kind "Foo" in version "v1"\nensure CRDs are installed first',
    })
    expect(resolveKind({ apiVersion: 'apps/v1', kind: 'Pod', metadata: { name: 'x' } })).toMatchObject({
      message: 'error: resource mapping not found for name: "x" namespace: "" from "STDIN": no matches for kind "Pod" in version "apps/v1"\nensure CRDs are installed first',
    })
    expect(resolveKind({ apiVersion: 'v2', kind: 'Pod', metadata: { name: 'x', namespace: 'team' } }, 'pod.yaml')).toMatchObject({
      message: 'error: resource mapping not found for name: "x" namespace: "team" from "pod.yaml": no matches for kind "Pod" in version "v2"\nensure CRDs are installed first',
    })
    expect(resolveKind({ apiVersion: 'v1', kind: 'Foo' })).toMatchObject({
      message: 'error: resource mapping not found for name: "" namespace: "" from "STDIN": no matches for kind "Foo" in version "v1"\nensure CRDs are installed first',
    })
  })

  it('reports an empty kind with the decoded JSON, keys sorted', () => {
    expect(resolveKind({ metadata: { name: 'x' }, kind: '', apiVersion: 'v1' })).toMatchObject({
      message: `error: unable to decode "STDIN": Object 'Kind' is missing in '{"apiVersion":"v1","kind":"","metadata":{"name":"x"}}'`,
    })
  })

  it('lets an empty apiVersion pick the core group, as the REST mapper does', () => {
    const r = resolveKind({ apiVersion: '', kind: 'Pod' })
    expect(r.ok && r.kind.apiVersion).toBe('v1')
  })

  it('renders JSON as encoding/json does', () => {
    expect(goJson({ b: [1, 'x<y'], a: null })).toBe('{"a":null,"b":[1,"x\\u003cy"]}')
  })
})

import { describe, expect, it } from 'vitest'
import { mapResource, planGet, type GetPlan } from './resources'

const opts = { selector: false, allNamespaces: false, singleResourceType: false }

function plan(args: string[], o: Partial<typeof opts> = {}): string {
  const r = planGet(args, { ...opts, ...o })
  if (!r.ok) return `error: ${r.error}`
  return describe_(r.plan)
}

function describe_(p: GetPlan): string {
  if (p.mode === 'list') return `list ${p.kinds.map((k) => k.resource).join(',')}`
  return `names ${p.items.map((i) => `${i.kind.resource}/${i.name}`).join(' ')}${p.singleItemImplied ? ' (single)' : ''}`
}

describe('reading `kubectl get` arguments', () => {
  it.each([
    [['pods'], 'list pods'],
    [['po'], 'list pods'],
    [['PODS'], 'list pods'],
    [['Pod'], 'list pods'],
    [['pods,svc,cm'], 'list pods,services,configmaps'],
    [['pods,po'], 'list pods'],
    [['all'], 'list pods,services,deployments,replicasets,jobs'],
    [['all,cm'], 'list pods,services,deployments,replicasets,jobs,configmaps'],
    [['deployments.apps'], 'list deployments'],
    [['deployments.v1.apps'], 'list deployments'],
    [['pods', 'a'], 'names pods/a (single)'],
    [['pods', 'a', 'b'], 'names pods/a pods/b'],
    [['pod/a'], 'names pods/a (single)'],
    [['pod/a', 'svc/b'], 'names pods/a services/b'],
    [['pods,svc', 'a'], 'names pods/a services/a'],
    [['po,pods', 'a'], 'names pods/a pods/a'],
    [['nodes', 'n1'], 'names nodes/n1 (single)'],
  ])('%j -> %s', (args, want) => {
    expect(plan(args)).toBe(want)
  })

  it('gives the Builder errors', () => {
    expect(plan(['foo'])).toBe('error: the server doesn\'t have a resource type "foo"')
    expect(plan(['pods,foo'])).toBe('error: the server doesn\'t have a resource type "foo"')
    expect(plan(['foo.bar'])).toBe('error: the server doesn\'t have a resource type "foo"')
    expect(plan(['pods.v1'])).toBe('error: the server doesn\'t have a resource type "pods"')
    expect(plan(['all/x'])).toBe('error: the server doesn\'t have a resource type "all"')
    expect(plan(['pod', 'pod/x'])).toBe(
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
    )
    expect(plan(['pod/x/y'])).toBe('error: arguments in resource/name form may not have more than one slash')
    expect(plan(['pod/'])).toBe('error: arguments in resource/name form must have a single resource and name')
    expect(plan(['all', 'x'])).toBe('error: you must specify only one resource')
    expect(plan(['pods', 'x'], { selector: true })).toBe('error: name cannot be provided when a selector is specified')
    expect(plan(['pod/x'], { selector: true })).toBe('error: selectors and the all flag cannot be used when passing resource/name arguments')
    expect(plan(['pods', 'x'], { allNamespaces: true })).toBe('error: a resource cannot be retrieved by name across all namespaces')
    expect(plan(['nodes', 'x'], { allNamespaces: true })).toBe('names nodes/x (single)')
    expect(plan(['pods,svc'], { singleResourceType: true })).toBe('error: you may only specify a single resource type')
    expect(plan(['pod/a', 'svc/b'], { singleResourceType: true })).toBe('error: you may only specify a single resource type')
    expect(plan([], { singleResourceType: true })).toMatch(/^error: You must provide one or more resources by argument or filename\.\n/)
  })

  it('maps kinds by plural, singular, short name and group', () => {
    expect(mapResource('ev')?.kind).toBe('Event')
    expect(mapResource('namespace')?.kind).toBe('Namespace')
    expect(mapResource('deploy')?.apiVersion).toBe('apps/v1')
    expect(mapResource('pods.apps')).toBeUndefined()
  })
})

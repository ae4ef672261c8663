// The loader's messages for the ready and spec conditions name the file and the path to the mistake.
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseCondition } from './parseCondition'

const FILE = 'lessons/05-x/lesson.yaml'

/** The condition parsed at goals[0].when, and every message the loader gave. */
function load(yaml: string) {
  const errors: string[] = []
  const condition = parseCondition({ file: FILE, path: 'goals[0].when', errors }, parse(yaml))
  return { condition, errors }
}

describe('ready', () => {
  it('takes a READY text or a list of them', () => {
    expect(load('ready: { pod: shop, is: 2/2 }')).toEqual({ condition: { kind: 'ready', ref: { pod: 'shop', namespace: 'default' }, is: ['2/2'] }, errors: [] })
    expect(load('ready: { pod: shop, is: [1/2, 2/2], namespace: x }').condition).toMatchObject({ is: ['1/2', '2/2'], ref: { namespace: 'x' } })
  })

  it('refuses what kubectl never prints in READY', () => {
    expect(load('ready: { pod: shop, is: Ready }').errors).toEqual([`${FILE}: goals[0].when.ready.is: want the READY column as kubectl prints it (e.g. "2/2"), got "Ready"`])
    expect(load('ready: { pod: shop, is: [2/2, 2 / 2] }').errors).toEqual([`${FILE}: goals[0].when.ready.is[1]: want the READY column as kubectl prints it (e.g. "2/2"), got "2 / 2"`])
    expect(load('ready: { pod: shop }').errors).toEqual([`${FILE}: goals[0].when.ready: ready needs "is"`])
  })
})

describe('spec', () => {
  it('keeps the path as written and as steps, with its one test', () => {
    const { condition, errors } = load('spec: { pod: "web-*", path: "spec.containers[name=app].livenessProbe", absent: true }')
    expect(errors).toEqual([])
    expect(condition).toEqual({
      kind: 'spec',
      ref: { pod: 'web-*', namespace: 'default' },
      path: 'spec.containers[name=app].livenessProbe',
      steps: [{ field: 'spec' }, { field: 'containers', name: 'app' }, { field: 'livenessProbe' }],
      absent: true,
    })
    expect(load('spec: { pod: p, path: spec.terminationGracePeriodSeconds, is: 30 }').condition).toMatchObject({ is: ['30'] })
    expect(load('spec: { pod: p, path: spec.restartPolicy, is: [Always, OnFailure] }').condition).toMatchObject({ is: ['Always', 'OnFailure'] })
    expect(load("spec: { pod: p, path: spec.containers, contains: 'image' }").condition).toMatchObject({ contains: 'image' })
  })

  it('refuses a malformed path when the lesson loads', () => {
    expect(load('spec: { pod: p, path: "spec.containers[0].image", is: x }').errors).toEqual([
      `${FILE}: goals[0].when.spec.path: "spec.containers[0].image" is not a path (e.g. spec.containers[name=app].image): a list item is picked by its name, as [name=VALUE] at "[0].image"`,
    ])
    expect(load('spec: { pod: p, path: restartPolicy, is: Never }').errors).toEqual([
      `${FILE}: goals[0].when.spec.path: "restartPolicy" must start at the object's root: metadata, spec, status (e.g. spec.restartPolicy)`,
    ])
  })

  it('wants exactly one of is, contains, absent', () => {
    expect(load('spec: { pod: p, path: spec.restartPolicy }').errors).toEqual([`${FILE}: goals[0].when.spec: spec needs exactly one of is, contains, absent`])
    expect(load('spec: { pod: p, path: spec.restartPolicy, is: Never, absent: false }').errors).toEqual([
      `${FILE}: goals[0].when.spec: spec needs exactly one of is, contains, absent, got is and absent`,
    ])
    expect(load('spec: { pod: p, path: spec.restartPolicy, absent: yes }').errors).toEqual([`${FILE}: goals[0].when.spec.absent: want true or false, got "yes"`])
    expect(load('spec: { pod: p, path: spec.restartPolicy, equals: Never }').errors).toEqual([
      `${FILE}: goals[0].when.spec.equals: unknown key "equals" for spec (it takes pod, path, namespace, is, contains, absent)`,
      `${FILE}: goals[0].when.spec: spec needs exactly one of is, contains, absent`,
    ])
    expect(load('spec: { pod: p }').errors).toEqual([`${FILE}: goals[0].when.spec: spec needs "path"`, `${FILE}: goals[0].when.spec: spec needs exactly one of is, contains, absent`])
  })
})

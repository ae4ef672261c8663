import { describe, expect, it } from 'vitest'
import { executeJsonPath, jsonpath, kubectlList, NO_TEMPLATE_ERROR, parseJsonPath } from './index'

const pod = (name: string, initialized: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels: { app: name } },
  status: {
    phase: 'Running',
    conditions: [
      { type: 'Initialized', status: initialized },
      { type: 'Ready', status: 'False' },
    ],
  },
})
const list = kubectlList([pod('name1', 'True'), pod('name2', 'False')])

describe('the course template', () => {
  it('prints the header line and one line per pod', () => {
    const template =
      '{"Pod Name, Condition Initialized"}{"\\n"}{range .items[*]}{.metadata.name},{@.status.conditions[?(@.type=="Initialized")].status}{"\\n"}{end}'
    expect(jsonpath(template, list)).toBe('Pod Name, Condition Initialized\nname1,True\nname2,False\n')
  })
})

describe('parseJsonPath', () => {
  it('returns the parsed template', () => {
    const result = parseJsonPath('{.kind}')
    expect(result.ok && result.template.source).toBe('{.kind}')
    expect(result.ok && result.template.root.nodes).toEqual([{ type: 'list', nodes: [{ type: 'field', name: 'kind' }] }])
  })
  it('words a syntax error as kubectl does', () => {
    expect(parseJsonPath('{.items[?(@.x==}')).toEqual({ ok: false, error: 'error parsing jsonpath {.items[?(@.x==}, unterminated filter', cause: 'unterminated filter' })
  })
  it('rejects an empty template', () => {
    expect(parseJsonPath('')).toEqual({ ok: false, error: NO_TEMPLATE_ERROR, cause: NO_TEMPLATE_ERROR })
    expect(NO_TEMPLATE_ERROR).toBe('template format specified but no template given')
  })
})

describe('executeJsonPath', () => {
  it('accepts a parsed template', () => {
    const parsed = parseJsonPath('{.items[*].metadata.name}')
    if (!parsed.ok) throw new Error(parsed.error)
    expect(executeJsonPath(parsed.template, list)).toEqual({ ok: true, output: 'name1 name2' })
  })
  it('allows missing keys by default, as kubectl get does', () => {
    expect(executeJsonPath('a{.nope}b', list)).toEqual({ ok: true, output: 'ab' })
  })
  it('reports a missing key with the debugging dump when keys must exist', () => {
    expect(executeJsonPath('{.nope}', { kind: 'Pod', n: 1 }, { allowMissingKeys: false })).toEqual({
      ok: false,
      cause: 'nope is not found',
      error:
        'error executing jsonpath "{.nope}": Error executing template: nope is not found. Printing more information for debugging the template:\n' +
        '\ttemplate was:\n\t\t{.nope}\n' +
        '\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{"kind":"Pod", "n":1}\n\n\n',
    })
  })
  it('prints each group as an indented JSON array for jsonpath-as-json', () => {
    expect(executeJsonPath('{.items[*].metadata.labels}', list, { asJson: true })).toEqual({
      ok: true,
      output: '[\n    {\n        "app": "name1"\n    },\n    {\n        "app": "name2"\n    }\n]\n',
    })
  })
  it('treats undefined fields as absent, as the JSON from a server would', () => {
    expect(executeJsonPath('[{.a}][{.b}]', { a: undefined, b: null })).toEqual({ ok: true, output: '[][null]' })
  })
  it('visits map members in insertion order (Go picks a random order)', () => {
    expect(jsonpath('{.m.*}', { m: { z: 1, a: 2 } })).toBe('1 2')
  })
})

describe('jsonpath', () => {
  it('throws kubectl’s message on failure', () => {
    expect(() => jsonpath('{.items[', list)).toThrow('error parsing jsonpath {.items[, unterminated array')
  })
})

describe('kubectlList', () => {
  it('wraps items as kubectl get does for -o jsonpath', () => {
    expect(jsonpath('{@}', kubectlList([]))).toBe('{"apiVersion":"v1","items":[],"kind":"List","metadata":{"resourceVersion":""}}')
  })
})

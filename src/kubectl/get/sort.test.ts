import { describe, expect, it } from 'vitest'
import { isLess, sortObjects, sortTableRows } from './sort'

const objs = (...names: (string | undefined)[]) => names.map((n) => ({ metadata: n === undefined ? {} : { name: n } }))
const names = (input: { metadata: { name?: string } }[], order: number[]) => order.map((i) => input[i].metadata.name ?? '-')

describe('isLess', () => {
  it('compares plain strings byte by byte, as kubectl v1.35 does', () => {
    expect(isLess('pod-10', 'pod-9')).toBe(true)
    expect(isLess('a01', 'a1')).toBe(true)
    expect(isLess('B', 'a')).toBe(true)
    expect(isLess('x-a', 'x1a')).toBe(true)
  })

  it('compares strings that both parse as quantities by size', () => {
    expect(isLess('9', '10')).toBe(true)
    expect(isLess('100m', '9')).toBe(true)
    expect(isLess('2Ki', '2000')).toBe(false)
  })

  it('puts nil first and compares numbers of one type', () => {
    expect(isLess(null, 'a')).toBe(true)
    expect(isLess('a', null)).toBe(false)
    expect(isLess(null, null)).toBe(false)
    expect(isLess(2, 10)).toBe(true)
    expect(isLess(2.5, 10.5)).toBe(true)
  })

  it('refuses values Go cannot compare', () => {
    expect(() => isLess(2, 2.5)).toThrow('unsortable interface: interface')
    expect(() => isLess({ a: 'b' }, { a: 'c' })).toThrow('unsortable type: map[string]interface {}')
    expect(() => isLess(true, false)).toThrow('unsortable type: bool')
  })
})

describe('sortObjects (-o name, yaml, json, ...)', () => {
  it('sorts by the first value found, objects without one first', () => {
    const input = objs('pod-9', undefined, 'pod-10', 'pod-1')
    const r = sortObjects(input, '.metadata.name')
    expect(r.ok && names(input, r.order)).toEqual(['-', 'pod-1', 'pod-10', 'pod-9'])
  })

  it('accepts the relaxed path forms', () => {
    for (const f of ['metadata.name', '.metadata.name', '{metadata.name}', '{.metadata.name}']) {
      const input = objs('b', 'a')
      const r = sortObjects(input, f)
      expect(r.ok && names(input, r.order)).toEqual(['a', 'b'])
    }
  })

  it('gives kubectl errors for a bad path, a missing field, and an unsortable value', () => {
    expect(sortObjects(objs('a'), '{{')).toEqual({ ok: false, error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" })
    expect(sortObjects(objs('a', 'b'), '.foo')).toEqual({ ok: false, error: 'couldn\'t find any field with path "{.foo}" in the list of objects' })
    expect(sortObjects([{ n: 1 }, { n: 1.5 }], '.n')).toEqual({
      ok: false,
      error: 'Field {.n} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable interface: interface',
      fatal: 'sorter.go:329',
    })
  })
})

describe('sortTableRows (tables)', () => {
  it('reports a missing field and an unsortable value the way TableSorter does', () => {
    expect(sortTableRows(objs('a', 'b'), '.foo')).toEqual({ ok: false, error: 'couldn\'t find any field with path "{.foo}" in the list of objects' })
    expect(sortTableRows([{ m: { a: 1 } }, { m: { a: 2 } }], '.m')).toEqual({
      ok: false,
      error: 'Field {.m} in [][][]reflect.Value is an unsortable type: interface, err: unsortable type: map[string]interface {}',
      fatal: 'sorter.go:375',
    })
  })

  it('sorts timestamps as strings, which RFC 3339 keeps in time order', () => {
    const input = [{ t: '2026-01-01T09:00:10Z' }, { t: null }, { t: '2026-01-01T09:00:02Z' }]
    const r = sortTableRows(input, '.t')
    expect(r.ok && r.order).toEqual([1, 2, 0])
  })
})

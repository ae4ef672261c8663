// Cases ported from client-go util/jsonpath jsonpath_test.go and empty_array_test.go. The Go tests
// feed some Go structs; here every input is decoded JSON (what kubectl feeds), so objects print
// with sorted keys where Go would use struct field order, and `map[string]int` reads as JSON.

import { describe, expect, it } from 'vitest'
import { executeJsonPath, type JsonPathOptions } from './index'

function run(template: string, data: unknown, opts: JsonPathOptions = {}): string {
  const result = executeJsonPath(template, data, { allowMissingKeys: false, ...opts })
  if (!result.ok) throw new Error(result.cause)
  return result.output
}

function cause(template: string, data: unknown, opts: JsonPathOptions = {}): string {
  const result = executeJsonPath(template, data, { allowMissingKeys: false, ...opts })
  return result.ok ? `no error: ${result.output}` : result.cause
}

describe('TestTypesInput', () => {
  const types = {
    bools: [true, false, true, false],
    integers: [1, 2, 3, 4],
    floats: [1.0, 2.2, 3.3, 4.0],
    strings: ['one', 'two', 'three', 'four'],
    interfaces: [true, 'one', 1, 1.1],
    maps: [
      { name: 'one', value: 1 },
      { name: 'two', value: 2.02 },
      { name: 'three', value: 3.03 },
      { name: 'four', value: 4.04 },
    ],
  }
  it.each([
    ['{ .bools }', '[true,false,true,false]'],
    ['{ .bools[0] }', 'true'],
    ['{ .bools[-1] }', 'false'],
    ['{ .bools[0:2] }', 'true false'],
    ['{ .bools[:2] }', 'true false'],
    ['{ .bools[:4:2] }', 'true true'],
    ['{ .integers }', '[1,2,3,4]'],
    ['{ .integers[0] }', '1'],
    ['{ .integers[-2] }', '3'],
    ['{ .integers[0:2] }', '1 2'],
    ['{ .integers[:2] }', '1 2'],
    ['{ .integers[:4:2] }', '1 3'],
    ['{ .floats }', '[1,2.2,3.3,4]'],
    ['{ .floats[0] }', '1'],
    ['{ .floats[-2] }', '3.3'],
    ['{ .floats[0:2] }', '1 2.2'],
    ['{ .floats[:2] }', '1 2.2'],
    ['{ .floats[:4:2] }', '1 3.3'],
    ['{ .strings }', '["one","two","three","four"]'],
    ['{ .strings[0] }', 'one'],
    ['{ .strings[-2] }', 'three'],
    ['{ .strings[0:2] }', 'one two'],
    ['{ .strings[:2] }', 'one two'],
    ['{ .strings[:4:2] }', 'one three'],
    ['{ .interfaces }', '[true,"one",1,1.1]'],
    ['{ .interfaces[0] }', 'true'],
    ['{ .interfaces[-2] }', '1'],
    ['{ .interfaces[0:2] }', 'true one'],
    ['{ .interfaces[:2] }', 'true one'],
    ['{ .interfaces[:4:2] }', 'true 1'],
    ['{ .maps }', '[{"name":"one","value":1},{"name":"two","value":2.02},{"name":"three","value":3.03},{"name":"four","value":4.04}]'],
    ['{ .maps[0] }', '{"name":"one","value":1}'],
    ['{ .maps[-2] }', '{"name":"three","value":3.03}'],
    ['{ .maps[0:2] }', '{"name":"one","value":1} {"name":"two","value":2.02}'],
    ['{ .maps[:2] }', '{"name":"one","value":1} {"name":"two","value":2.02}'],
    ['{ .maps[::2] }', '{"name":"one","value":1} {"name":"three","value":3.03}'],
    ['{ .maps[1::2] }', '{"name":"two","value":2.02} {"name":"four","value":4.04}'],
  ])('%s', (template, expected) => {
    expect(run(template, types)).toBe(expected)
  })
})

describe('TestStructInput (as JSON)', () => {
  const store = {
    Book: [
      { Category: 'reference', Author: 'Nigel Rees', Title: 'Sayings of the Centurey', Price: 8.95 },
      { Category: 'fiction', Author: 'Evelyn Waugh', Title: 'Sword of Honour', Price: 12.99 },
      { Category: 'fiction', Author: 'Herman Melville', Title: 'Moby Dick', Price: 8.99 },
    ],
    Bicycle: [
      { Color: 'red', Price: 19.95, IsNew: true },
      { Color: 'green', Price: 20.01, IsNew: false },
    ],
    Name: 'jsonpath',
    Labels: { engieer: 10, 'web/html': 15, 'k8s-app': 20 },
    Employees: { jason: 'manager', dan: 'clerk' },
  }
  const moby = '{"Author":"Herman Melville","Category":"fiction","Price":8.99,"Title":"Moby Dick"}'
  it.each<[string, string, unknown, string]>([
    ['plain', 'hello jsonpath', null, 'hello jsonpath'],
    ['recursive', '{..}', [1, 2, 3], '[1,2,3]'],
    ['filter', '{[?(@<5)]}', [2, 6, 3, 7], '2 3'],
    ['quote', '{"{"}', null, '{'],
    ['union', '{[1,3,4]}', [0, 1, 2, 3, 4], '1 3 4'],
    ['array', '{[0:2]}', ['Monday', 'Tudesday'], 'Monday Tudesday'],
    ['variable', 'hello {.Name}', store, 'hello jsonpath'],
    ['dict/', '{$.Labels.web/html}', store, '15'],
    ['dict/ jason', '{$.Employees.jason}', store, 'manager'],
    ['dict/ dan', '{$.Employees.dan}', store, 'clerk'],
    ['dict-', '{.Labels.k8s-app}', store, '20'],
    ['nest', '{.Bicycle[*].Color}', store, 'red green'],
    ['allarray', '{.Book[*].Author}', store, 'Nigel Rees Evelyn Waugh Herman Melville'],
    ['allfields', '{range .Bicycle[*]}{ "{" }{ @.* }{ "} " }{end}', store, '{red 19.95 true} {green 20.01 false} '],
    ['recurfields', '{..Price}', store, '8.95 12.99 8.99 19.95 20.01'],
    ['recurdotfields', '{...Price}', store, '8.95 12.99 8.99 19.95 20.01'],
    ['allstructsSlice', '{.Bicycle}', store, '[{"Color":"red","IsNew":true,"Price":19.95},{"Color":"green","IsNew":false,"Price":20.01}]'],
    ['allstructs', '{range .Bicycle[*]}{ @ }{ " " }{end}', store, '{"Color":"red","IsNew":true,"Price":19.95} {"Color":"green","IsNew":false,"Price":20.01} '],
    ['lastarray', '{.Book[-1:]}', store, moby],
    ['recurarray', '{..Book[2]}', store, moby],
    ['bool', '{.Bicycle[?(@.IsNew==true)]}', store, '{"Color":"red","IsNew":true,"Price":19.95}'],
  ])('%s', (_name, template, data, expected) => {
    expect(run(template, data)).toBe(expected)
  })

  it('superrecurfields is a parse error', () => {
    expect(executeJsonPath('{............................................................Price}', store)).toEqual({
      ok: false,
      error: 'error parsing jsonpath {............................................................Price}, invalid multiple recursive descent',
      cause: 'invalid multiple recursive descent',
    })
  })

  it.each([
    ['{.hello}', ''],
    ['before-{.hello}after', 'before-after'],
  ])('missing key %s allowed', (template, expected) => {
    expect(run(template, store, { allowMissingKeys: true })).toBe(expected)
  })

  it.each([
    ['invalid identifier', '{hello}', 'unrecognized identifier hello'],
    ['nonexistent field', '{.hello}', 'hello is not found'],
    ['invalid array', '{.Labels[0]}', 'map[string]interface {} is not array or slice'],
    ['invalid filter operator', '{.Book[?(@.Price<>10)]}', 'unrecognized filter operator <>'],
    ['redundant end', '{range .Labels.*}{@}{end}{end}', 'not in range, nothing to end'],
  ])('%s', (_name, template, message) => {
    expect(cause(template, store)).toBe(message)
  })
})

describe('TestJSONInput', () => {
  const points = [
    { id: 'i1', x: 4, y: -5 },
    { id: 'i2', x: -2, y: -5, z: 1 },
    { id: 'i3', x: 8, y: 3 },
    { id: 'i4', x: -6, y: -1 },
    { id: 'i5', x: 0, y: 2, z: 1 },
    { id: 'i6', x: 1, y: 4 },
  ]
  it('exists filter', () => expect(run('{[?(@.z)].id}', points)).toBe('i2 i5'))
  it('bracket key', () => expect(run("{[0]['id']}", points)).toBe('i1'))
})

describe('TestKubernetes', () => {
  const nodes = {
    kind: 'List',
    items: [
      {
        kind: 'None',
        metadata: { name: '127.0.0.1', labels: { 'kubernetes.io/hostname': '127.0.0.1' } },
        status: { capacity: { cpu: '4' }, ready: true, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.1' }] },
      },
      {
        kind: 'None',
        metadata: { name: '127.0.0.2', labels: { 'kubernetes.io/hostname': '127.0.0.2' } },
        status: {
          capacity: { cpu: '8' },
          ready: false,
          addresses: [
            { type: 'LegacyHostIP', address: '127.0.0.2' },
            { type: 'another', address: '127.0.0.3' },
          ],
        },
      },
    ],
    users: [
      { name: 'myself', user: {} },
      { name: 'e2e', user: { username: 'admin', password: 'secret' } },
    ],
  }
  it.each([
    ['range item', '{range .items[*]}{.metadata.name}, {end}{.kind}', '127.0.0.1, 127.0.0.2, List'],
    ['range item with quote', '{range .items[*]}{.metadata.name}{"\\t"}{end}', '127.0.0.1\t127.0.0.2\t'],
    ['range addresss', '{.items[*].status.addresses[*].address}', '127.0.0.1 127.0.0.2 127.0.0.3'],
    ['double range', '{range .items[*]}{range .status.addresses[*]}{.address}, {end}{end}', '127.0.0.1, 127.0.0.2, 127.0.0.3, '],
    ['item name', '{.items[*].metadata.name}', '127.0.0.1 127.0.0.2'],
    ['union nodes capacity', "{.items[*]['metadata.name', 'status.capacity']}", '127.0.0.1 127.0.0.2 {"cpu":"4"} {"cpu":"8"}'],
    ['range nodes capacity', '{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}', '[127.0.0.1, {"cpu":"4"}] [127.0.0.2, {"cpu":"8"}] '],
    ['user password', '{.users[?(@.name=="e2e")].user.password}', 'secret'],
    ['hostname', '{.items[0].metadata.labels.kubernetes\\.io/hostname}', '127.0.0.1'],
    ['hostname filter', '{.items[?(@.metadata.labels.kubernetes\\.io/hostname=="127.0.0.1")].kind}', 'None'],
    ['bool item', '{.items[?(@..ready==true)].metadata.name}', '127.0.0.1'],
  ])('%s', (_name, template, expected) => {
    expect(run(template, nodes)).toBe(expected)
  })
  it('recursive name (Go prints maps in random order; compared sorted)', () => {
    expect(run('{..name}', nodes).split(' ').sort()).toEqual(['127.0.0.1', '127.0.0.2', 'e2e', 'myself'])
  })
})

describe('ranges', () => {
  it.each([
    ['empty range', '{range .items[*]}{.metadata.name}{end}'],
    ['empty nested range', '{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}'],
  ])('TestEmptyRange: %s', (_name, template) => {
    expect(run(template, { items: [] }, { allowMissingKeys: true })).toBe('')
  })

  const pods = {
    items: [
      {
        metadata: { name: 'pod1' },
        spec: {
          containers: [
            { name: 'foo', another: [{ name: 'value1' }, { name: 'value2' }] },
            { name: 'bar', another: [{ name: 'value1' }, { name: 'value2' }] },
          ],
        },
      },
      { metadata: { name: 'pod2' }, spec: { containers: [{ name: 'baz', another: [{ name: 'value1' }, { name: 'value2' }] }] } },
    ],
  }
  it.each([
    ['nested range with a trailing newline', '{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}', 'pod1:foo,bar,+pod2:baz,+'],
    [
      'nested range with a trailing character within another nested range',
      '{range .items[*]}{.metadata.name}{"~"}{range @.spec.containers[*]}{.name}{":"}{range @.another[*]}{.name}{","}{end}{"+"}{end}{"#"}{end}',
      'pod1~foo:value1,value2,+bar:value1,value2,+#pod2~baz:value1,value2,+#',
    ],
    [
      'two nested ranges at the same level',
      '{range .items[*]}{.metadata.name}{"\\t"}{range @.spec.containers[*]}{.name}{" "}{end}{"\\t"}{range @.spec.containers[*]}{.name}{" "}{end}{"\\n"}{end}',
      'pod1\tfoo bar \tfoo bar \npod2\tbaz \tbaz \n',
    ],
  ])('TestNestedRanges: %s', (_name, template, expected) => {
    expect(run(template, pods)).toBe(expected)
  })

  it('an empty range body fails on a missing key when keys must exist', () => {
    expect(cause('{range .items[*]}{.metadata.name}{end}', { items: [] })).toBe('metadata is not found')
  })
  it('a range without end runs the rest of the template per item, then again on the root', () => {
    expect(run('{range .items[*]}{.metadata.name}|', pods, { allowMissingKeys: true })).toBe('pod1|pod2||')
  })
  it('an empty range body is walked on no value (kubectl v1.35.2 prints this error)', () => {
    expect(cause('{range .items[*]}{[?(@.x)]}{end}', { items: [] })).toBe('<invalid reflect.Value> is not array or slice and cannot be filtered')
  })
  it('a nil range item is no value', () => {
    expect(run('{range [*]}<{@}>{end}', [null, 1])).toBe('<<no value>><1>')
  })
})

describe('filters', () => {
  const annotated = {
    kind: 'List',
    items: [
      { kind: 'Pod', metadata: { name: 'pod1', annotations: { color: 'blue' } } },
      { kind: 'Pod', metadata: { name: 'pod2' } },
      { kind: 'Pod', metadata: { name: 'pod3', annotations: { color: 'green' } } },
      { kind: 'Pod', metadata: { name: 'pod4', annotations: { color: 'blue' } } },
    ],
  }
  const blue = '{.items[?(@.metadata.annotations.color=="blue")].metadata.name}'
  it('TestFilterPartialMatchesSometimesMissingAnnotations: tolerated', () => {
    expect(run(blue, annotated, { allowMissingKeys: true })).toBe('pod1 pod4')
  })
  it('TestFilterPartialMatchesSometimesMissingAnnotations: an error when keys must exist', () => {
    expect(cause(blue, annotated)).toBe('annotations is not found')
  })
  it('TestRunningPodsJSONPathOutput', () => {
    const data = {
      kind: 'List',
      items: [
        { kind: 'Pod', metadata: { name: 'pod1' }, status: { phase: 'Running' } },
        { kind: 'Pod', metadata: { name: 'pod2' }, status: { phase: 'Running' } },
        { kind: 'Pod', metadata: { name: 'pod3' }, status: { phase: 'Running' } },
        { resourceVersion: '', selfLink: '' },
      ],
    }
    const template = '{range .items[?(.status.phase=="Running")]}{.metadata.name}{" is Running\\n"}{end}'
    expect(run(template, data, { allowMissingKeys: true })).toBe('pod1 is Running\npod2 is Running\npod3 is Running\n')
  })
  it('an existence filter ignores its operand errors and counts what Go returned with them', () => {
    expect(run('{[?(@[0])]}', [[1], 'ab', { a: 1 }])).toBe('[1] ab {"a":1}')
  })
  it.each([
    ['{[?(@=="1")]}', [1], 'incompatible types for comparison'],
    ['{[?(@<1.5)]}', [1], 'incompatible types for comparison'],
    ['{[?(@==1)]}', [null], 'invalid type for comparison'],
    ['{[?(@>true)]}', [true], 'invalid type for comparison'],
    ['{[?(@==x)]}', [1], 'unrecognized identifier x'],
    ['{.a[?(@.b)]}', { a: null }, '<nil> is not array or slice and cannot be filtered'],
    ['{.a[?(@.b)]}', { a: { z: [1, 'x'], b: null } }, 'map[b:<nil> z:[1 x]] is not array or slice and cannot be filtered'],
  ])('%s fails: %s', (template, data, message) => {
    expect(cause(template, data)).toBe(message)
  })
  it.each([
    ['{[?(@.n>=2)].n}', '2 3'],
    ['{[?(@.n<=2)].n}', '1 2'],
    ['{[?(@.n!=2)].n}', '1 3'],
    ['{[?(@.s>"b")].s}', 'c'],
    ['{[?(@.f==1.5)].n}', '3'],
  ])('compares: %s', (template, expected) => {
    const data = [
      { n: 1, s: 'a', f: 0.5 },
      { n: 2, s: 'b', f: 1.25 },
      { n: 3, s: 'c', f: 1.5 },
    ]
    expect(run(template, data)).toBe(expected)
  })
})

describe('TestNegativeIndex and TestStep', () => {
  const containers = (n: number) => ({ spec: { containers: Array.from({ length: n }, (_, i) => ({ image: 'radial/busyboxplus:curl', name: `fake${i}` })) } })
  it.each([
    ['[0]', 'fake0'],
    ['[0:0]', ''],
    ['[0:-1]', 'fake0 fake1 fake2'],
    ['[-1]', 'fake3'],
    ['[-1:]', 'fake3'],
    ['[-2]', 'fake2'],
    ['[-2:]', 'fake2 fake3'],
    ['[-3]', 'fake1'],
    ['[-4]', 'fake0'],
    ['[-4:]', 'fake0 fake1 fake2 fake3'],
    ['[5:5]', ''],
    ['[-5:-5]', ''],
  ])('4 containers%s', (index, expected) => {
    expect(run(`{.spec.containers${index}.name}`, containers(4))).toBe(expected)
  })
  it.each([
    ['[-1:0]', 'starting index 3 is greater than ending index 0'],
    ['[-5]', 'array index out of bounds: index -1, length 4'],
    ['[3:1]', 'starting index 3 is greater than ending index 1'],
    ['[-1:-2]', 'starting index 3 is greater than ending index 2'],
  ])('4 containers%s fails', (index, message) => {
    expect(cause(`{.spec.containers${index}.name}`, containers(4))).toBe(message)
  })
  it.each([
    ['[0:]', 'fake0 fake1 fake2 fake3 fake4 fake5'],
    ['[0:6:]', 'fake0 fake1 fake2 fake3 fake4 fake5'],
    ['[0:6:1]', 'fake0 fake1 fake2 fake3 fake4 fake5'],
    ['[1:4:2]', 'fake1 fake3'],
    ['[1:4:3]', 'fake1'],
    ['[1:4:4]', 'fake1'],
    ['[0:6:2]', 'fake0 fake2 fake4'],
    ['[0:6:3]', 'fake0 fake3'],
    ['[0:6:5]', 'fake0 fake5'],
    ['[0:6:6]', 'fake0'],
  ])('6 containers%s', (index, expected) => {
    expect(run(`{.spec.containers${index}.name}`, containers(6))).toBe(expected)
  })
  it.each(['[0:6:0]', '[0:6:-1]'])('6 containers%s: step must be > 0', (index) => {
    expect(cause(`{.spec.containers${index}.name}`, containers(6))).toBe('step must be > 0')
  })
})

describe('empty slices (empty_array_test.go, as v1.35 behaves)', () => {
  // Upstream fixed this after v1.35 (an empty input no longer ends the evaluation); the real
  // kubectl v1.35.2 prints '' for `{.items[*].spec.tags[*]}` when the first item's tags are empty.
  it.each<[string, string[][], string, string]>([
    ['empty first', [[], ['second']], '{[*][*]}', ''],
    ['empty middle', [['first'], [], ['third']], '{[*][*]}', 'first'],
    ['empty last', [['first'], []], '{[*][:]}', 'first'],
    ['all empty', [[], []], '{[*][*]}', ''],
    ['empty negative slice', [['first'], ['second', 'third']], '{[*][0:-1]}', ''],
    ['no empty slices', [['first'], ['second']], '{[*][*]}', 'first second'],
  ])('%s', (_name, data, template, expected) => {
    expect(run(template, data)).toBe(expected)
  })
})

// Tests for manifest intake. Expected error texts were produced by a real kubectl v1.35.2
// (`kubectl apply -f -` against a stub API server) for the same inputs.

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseManifests, parsePath } from './manifest'

/** [case, input, what kubectl v1.35.2 prints on stderr] */
const KUBECTL_CASES: [string, string, string][] = [
  ["anchor_undef", "apiVersion: v1\nkind: Pod\nmetadata: *foo\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: unknown anchor 'foo' referenced"],
  ["at_start", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: @x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: found character that cannot start any token"],
  ["backtick", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: `x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: found character that cannot start any token"],
  ["bad_indent", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   labels: {}\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context"],
  ["block_scalar_bad", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: |\n  x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 6: could not find expected ':'"],
  ["dedent_key", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n   image: b\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: did not find expected key"],
  ["deep_flow_map", "a: {b: [c, {d: e}}\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: did not find expected ',' or ']'"],
  ["directive", "XYZ\n%YAML 1.1\n---\na: b\n", "error: error validating \"STDIN\": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false"],
  ["docstart_bad", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n---\nfoo: bar: baz\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: mapping values are not allowed in this context"],
  ["empty_key", ": x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: did not find expected key"],
  ["json_bad", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\",\n \"metadata\": {\"name\": \"x\"}\n", "error: error parsing STDIN: unexpected EOF"],
  ["key_no_value", "apiVersion: v1\nkind: Pod\nmetadata\n  name: x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: could not find expected ':'"],
  ["map_in_ctx", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: a: b\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context"],
  ["map_key", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: n\n{a: b}: x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: invalid map key: map[interface {}]interface {}{\"a\":\"b\"}"],
  ["nul", "apiVersion: v1\nkind: Foo\u0001\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: control characters are not allowed"],
  ["null_key", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: n\n~: x\n", "error: error parsing STDIN: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: \"x\""],
  ["percent", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: %x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: found character that cannot start any token"],
  ["plain_then_map", "apiVersion: v1\nkind: Pod\nfoo\nmetadata:\n  name: x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: could not find expected ':'"],
  ["quote_in_plain", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\"y\n  labels:\n    a: \"b\"c\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: did not find expected key"],
  ["second_doc_line", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: y\n  labels: a: b\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context"],
  ["seq_bad", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n  image: b\n  - name: c\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 6: did not find expected key"],
  ["seq_in_map", "apiVersion: v1\nkind: Pod\n- a\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 2: did not find expected key"],
  ["seq_key", "apiVersion: v1\nkind: Foo\n[a]: x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: invalid map key: []interface {}{\"a\"}"],
  ["tab_indent", "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: found character that cannot start any token"],
  ["unclosed_flow", "apiVersion: v1\nkind: Pod\nmetadata: {name: x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 3: did not find expected ',' or '}'"],
  ["unclosed_flowseq", "apiVersion: v1\nkind: Pod\nspec:\n  containers: [a, b\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: did not find expected ',' or ']'"],
  ["unclosed_quote", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"x\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: found unexpected end of stream"],
  ["alias_empty", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: *\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 6: did not find expected alphabetic or numeric character"],
  ["anchor_empty", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: &\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 6: did not find expected alphabetic or numeric character"],
  ["at_key", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  @x: 1\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 6: found character that cannot start any token"],
  ["bad_escape", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: \"a\\qb\"\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 7: found unknown escape character"],
  ["block_literal_tab", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    command:\n    - sh\n    - -c\n    - |\n\techo hi\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 12: found a tab character where an indentation space is expected"],
  ["cmd_unclosed", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    command: [sleep, 10\n    image: b\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 8: did not find expected ',' or ']'"],
  ["cmd_unclosed_str", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    command: [\"sleep, 10]\n    image: b\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 10: found unexpected end of stream"],
  ["deep_nested_bad", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    livenessProbe:\n      exec:\n        command: [x]\n       periodSeconds: 3\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 10: did not find expected key"],
  ["dq_unclosed_mid", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: \"Never\n  containers: []\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 8: found unexpected end of stream"],
  ["flow_extra", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    args: [\"a\", \"b\"] extra\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 7: did not find expected key"],
  ["flow_in_block_bad", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: a, image: b}\n  restartPolicy: Never\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 6: did not find expected ',' or ']'"],
  ["gt_indent", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: >\n  Never\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 8: could not find expected ':'"],
  ["huge_line_key", `${"a".repeat(1100)}: b
`, "error: error parsing STDIN: error converting YAML to JSON: yaml: mapping values are not allowed in this context"],
  ["int_tag_bad", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: !!int abc\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: cannot decode !!str `abc` as a !!int"],
  ["lone_colon", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  :\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: did not find expected key"],
  ["nested_seq_bad", "- - a\n - b\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 1: did not find expected '-' indicator"],
  ["pipe_bad", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: |x\n    Never\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 6: did not find expected comment or line break"],
  ["quoted_key_multi", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  \"restart\n  Policy\": Never\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 7: mapping values are not allowed in this context"],
  ["sep_after_text", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n--- x\n", "error: error parsing STDIN: invalid Yaml document separator: x"],
  ["sep_dashes4", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n----\n", "error: error parsing STDIN: invalid Yaml document separator: -"],
  ["seq_deeper", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: b\n     - name: c\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 9: mapping values are not allowed in this context"],
  ["seq_entries_ctx", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: - name: a\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 6: block sequence entries are not allowed in this context"],
  ["seq_indent_expected_dash", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: b\n    image: c\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 8: did not find expected '-' indicator"],
  ["seq_misalign", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: b\n   - name: c\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 8: did not find expected key"],
  ["seq_outdent_item", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n  - name: c\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 7: did not find expected key"],
  ["single_quote_mismatch", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: 'it's'\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 6: did not find expected key"],
  ["tab_after_dash", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  -\tname: a\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 7: found character that cannot start any token"],
  ["tab_in_seq", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n\t- name: a\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 7: found character that cannot start any token"],
  ["value_then_key_sameline", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: Never containers: []\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: line 6: mapping values are not allowed in this context"],
]

describe('parseManifests: syntax errors match kubectl v1.35', () => {
  it.each(KUBECTL_CASES)('%s', (_name, input, expected) => {
    expect(parseManifests(input).error).toBe(expected)
  })
})

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\nspec:\n  initContainers:\n  - name: init\n    image: busybox:1.36\n    livenessProbe:\n      exec:\n        command: [true]\n  containers:\n  - name: app\n    image: nginx\n'

describe('parseManifests: documents', () => {
  it('reads one document', () => {
    const r = parseManifests(POD)
    expect(r.error).toBeUndefined()
    expect(r.documents).toHaveLength(1)
    expect(r.documents[0].object).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'demo' },
      spec: {
        initContainers: [{ name: 'init', image: 'busybox:1.36', livenessProbe: { exec: { command: [true] } } }],
        containers: [{ name: 'app', image: 'nginx' }],
      },
    })
  })

  it('splits on --- and skips empty, comment-only and null documents', () => {
    const text = '---\n# nothing\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n--- # second\n~\n---\n\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n'
    const r = parseManifests(text)
    expect(r.error).toBeUndefined()
    expect(r.documents.map(d => [d.index, (d.object.metadata as { name: string }).name])).toEqual([[0, 'a'], [1, 'b']])
  })

  it('accepts CRLF line endings', () => {
    const r = parseManifests(POD.replace(/\n/g, '\r\n'))
    expect(r.error).toBeUndefined()
    expect((r.documents[0].object.metadata as { name: string }).name).toBe('demo')
  })

  it('keeps the documents before a broken one, and counts lines from its own start', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  labels: a: b\n'
    const r = parseManifests(text)
    expect(r.documents).toHaveLength(1)
    expect(r.error).toBe('error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context')
    expect(r.errorRange).toEqual({ line: 9, column: 12, endLine: 9, endColumn: 13 })
  })

  it('stops at a document that is not a mapping, with the validation text', () => {
    for (const doc of ['hello\n', '- a\n- b\n', '42\n', '"str"\n', 'true\n']) {
      expect(parseManifests(doc).error).toBe('error: error validating "STDIN": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false')
    }
  })

  it('rejects a separator followed by text', () => {
    const r = parseManifests('apiVersion: v1\n--- foo\n')
    expect(r.error).toBe('error: error parsing STDIN: invalid Yaml document separator: foo')
    expect(r.errorRange).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 8 })
  })

  it('reads only the first document of a chunk, as go-yaml does after ...', () => {
    const r = parseManifests('apiVersion: v1\nkind: Pod\n...\nfoo: bar: baz\n')
    expect(r.error).toBeUndefined()
    expect(r.documents[0].object).toEqual({ apiVersion: 'v1', kind: 'Pod' })
  })

  it('names the source in errors', () => {
    expect(parseManifests('a: b: c\n', 'pod.yaml').error).toBe('error: error parsing pod.yaml: error converting YAML to JSON: yaml: mapping values are not allowed in this context')
  })
})

describe('parseManifests: go-yaml v2 values', () => {
  const value = (yaml: string) => parseManifests(`x: ${yaml}\n`).documents[0].object.x

  it('reads YAML 1.1 booleans, as kubectl does', () => {
    expect(['y', 'yes', 'On', 'TRUE', 'n', 'no', 'off'].map(value)).toEqual([true, true, true, true, false, false, false])
  })

  it('reads 1.1 numbers and keeps timestamps and base-60 as strings', () => {
    expect(value('0777')).toBe(511)
    expect(value('0o17')).toBe(15)
    expect(value('0x1F')).toBe(31)
    expect(value('1_000')).toBe(1000)
    expect(value('1e3')).toBe(1000)
    expect(value('2001-12-14')).toBe('2001-12-14')
    expect(value('1:20')).toBe('1:20')
  })

  it('keeps the last of duplicate keys and applies merge keys in order', () => {
    const r = parseManifests('base: &b {p: 1, q: 2}\nm:\n  p: 0\n  <<: *b\n  q: 3\nd: 1\nd: 2\n')
    expect(r.documents[0].object).toEqual({ base: { p: 1, q: 2 }, m: { p: 1, q: 3 }, d: 2 })
  })

  it('reads a key y as the boolean true, as go-yaml v2 does', () => {
    expect(parseManifests('y: 1\nn: 2\n').documents[0].object).toEqual({ true: 1, false: 2 })
  })

  it('turns non-string keys into strings', () => {
    expect(parseManifests('1: a\ntrue: b\n1.5: c\n').documents[0].object).toEqual({ 1: 'a', true: 'b', 1.5: 'c' })
  })

  it('reports values JSON cannot hold and self-referencing anchors', () => {
    expect(parseManifests('x: .inf\n').error).toBe('error: error parsing STDIN: error converting YAML to JSON: json: unsupported value: +Inf')
    expect(parseManifests('x: &a [*a]\n').error).toBe("error: error parsing STDIN: error converting YAML to JSON: yaml: anchor 'a' value contains itself")
  })
})

describe('parseManifests: JSON input', () => {
  it('reads a stream of JSON objects', () => {
    const r = parseManifests('{"apiVersion": "v1", "kind": "Foo", "metadata": {"name": "a"}}\n{"apiVersion": "v1", "kind": "Bar", "metadata": {"name": "b"}}\n')
    expect(r.error).toBeUndefined()
    expect(r.documents.map(d => d.object.kind)).toEqual(['Foo', 'Bar'])
  })

  it('falls back to YAML when JSON fails but YAML reads it (trailing comma)', () => {
    const r = parseManifests('{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x"},}\n')
    expect(r.error).toBeUndefined()
    expect(r.documents[0].object).toEqual({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } })
  })

  it('reports the JSON error with a byte offset when YAML fails too', () => {
    expect(parseManifests('{"apiVersion": "v1", "kind": "Foo" "metadata": {}}').error)
      .toBe(`error: error parsing STDIN: json: offset 36: invalid character '"' after object key:value pair`)
    expect(parseManifests('{"a": "\u00e9", "b" 1}').error).toBe("error: error parsing STDIN: json: offset 17: invalid character '1' after object key")
    expect(parseManifests("{'a': 1, \"b\" 2}").error).toBe("error: error parsing STDIN: json: offset 2: invalid character '\\'' looking for beginning of object key string")
    expect(parseManifests('{"apiVersion": "v1", "kind": "Foo", "metadata": {"name": "a"}}\n{"x": ]}\n').error)
      .toBe("error: error parsing STDIN: json: offset 70: invalid character ']' looking for beginning of value")
    expect(parseManifests('{"apiVersion": "v1"').error).toBe('error: error parsing STDIN: unexpected EOF')
  })

  it('locates fields inside JSON documents', () => {
    const r = parseManifests('{"kind": "Pod",\n "spec": {"containers": [{"name": "a"}]}}')
    expect(r.documents[0].locate('spec.containers[0].name')).toEqual({ line: 2, column: 27, endLine: 2, endColumn: 33 })
  })
})

describe('ParsedDocument.locate', () => {
  const doc = parseManifests('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n' + POD + '  - name: side\n    image: busybox\n').documents[1]

  it('points at the key when the path ends at a key', () => {
    expect(doc.locate('spec.initContainers[0].livenessProbe')).toEqual({ line: 13, column: 5, endLine: 13, endColumn: 18 })
    expect(doc.locate('metadata.name')).toEqual({ line: 8, column: 3, endLine: 8, endColumn: 7 })
  })

  it('points at the first line of a list item', () => {
    expect(doc.locate('spec.containers[1]')).toEqual({ line: 19, column: 5, endLine: 19, endColumn: 15 })
  })

  it('falls back to the nearest ancestor that exists', () => {
    expect(doc.locate('spec.initContainers[0].startupProbe.exec')).toEqual({ line: 11, column: 5, endLine: 11, endColumn: 15 })
    expect(doc.locate('spec.containers[5].image')).toEqual({ line: 16, column: 3, endLine: 16, endColumn: 13 })
  })

  it('parses Kubernetes field paths', () => {
    expect(parsePath('spec.containers[0].env[2].name')).toEqual(['spec', 'containers', 0, 'env', 2, 'name'])
    expect(parsePath('metadata.labels[app.kubernetes.io/name]')).toEqual(['metadata', 'labels', 'app.kubernetes.io/name'])
  })
})

describe('parseManifests: hostile input', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), s => {
      const r = parseManifests(s)
      expect(Array.isArray(r.documents)).toBe(true)
    }), { numRuns: 400 })
  })

  it('never throws on YAML-shaped noise', () => {
    const token = fc.constantFrom('a', 'b: ', ':', '- ', '\n', '  ', '\t', '"', "'", '[', ']', '{', '}', ',', '#', '&x', '*x', '!!int ', '|', '>', '---\n', '...\n', '%', '? ', '<<: ', '~', '\r')
    fc.assert(fc.property(fc.array(token, { maxLength: 60 }), parts => {
      const r = parseManifests(parts.join(''))
      expect(r.error === undefined || typeof r.error === 'string').toBe(true)
    }), { numRuns: 600 })
  })

  it('survives alias bombs and deep nesting', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill('*' + String.fromCharCode(97 + i)).join(',')}]`)
    expect(parseManifests(bomb.join('\n') + '\n').error).toMatch(/^error: error parsing STDIN: /)
    expect(typeof parseManifests('['.repeat(20000)).error).toBe('string')
  })

  it('reads 1 MB of manifests quickly', () => {
    const doc = POD.replace('name: demo', 'name: demo-N')
    const text = Array.from({ length: Math.ceil(1_000_000 / doc.length) }, (_, i) => doc.replace('N', String(i))).join('---\n')
    const started = performance.now()
    const r = parseManifests(text)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(r.error).toBeUndefined()
    expect(r.documents.length).toBeGreaterThan(2000)
  })

  it('handles 1 MB of one broken document without hanging', () => {
    const text = 'a:\n' + '  - b: c\n'.repeat(110_000) + ' x: [\n'
    const started = performance.now()
    expect(typeof parseManifests(text).error).toBe('string')
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})

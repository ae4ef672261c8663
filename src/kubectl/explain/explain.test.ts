import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { resourceFor } from '../../engine/api/kinds'
import { explain } from '../commands/explain'
import { openApiFor } from './openapi'
import { renderExplain } from './render'
import { indent, wrapString } from './wordwrap'

// Each case: kubectl explain ARGS, exit code, stderr, and the file holding stdout. The layout was
// captured from kubectl v1.35.2 reading the OpenAPI document openApiFor() builds; after editing a
// description, rewrite the files with UPDATE_GOLDEN=1 and read the diff.
const dir = new URL('./testdata/', import.meta.url)
const cases = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as [string, number, string, string][]
const update = process.env.UPDATE_GOLDEN === '1'

describe('kubectl explain, against kubectl v1.35.2', () => {
  for (const [args, exitCode, stderr, file] of cases) {
    it(`explain ${args}`, () => {
      const result = explain(args.split(' '))
      if (update && file) writeFileSync(new URL(file, dir), result.stdout)
      expect(result.stderr).toBe(stderr)
      expect(result.exitCode).toBe(exitCode)
      expect(result.stdout).toBe(file ? readFileSync(new URL(file, dir), 'utf8') : '')
    })
  }

  it('wraps descriptions exactly as kubectl does (long words, spacing, paragraphs)', () => {
    const pod = resourceFor('pod')!
    const doc = openApiFor(pod, 'v1.35.0')
    const schema = doc.components.schemas['io.k8s.api.core.v1.Pod']
    schema.description = 'Short first line.\n\nThen a paragraph with https://kubernetes.io/docs/concepts/workloads/pods/init-containers/#detailed-behavior-and-a-very-long-url-that-cannot-be-broken-anywhere-at-all inside and  double  spaces   and trailing spaces   \n  indented line after newline with tabs\there and some more words to push it past the seventy-six column limit of the wrapper.\n'
    schema.properties!.kind.description = 'x'.repeat(80) + ' tail'
    schema.properties!.apiVersion.description = 'exactly seventy-six characters long line for testing the wrap limit here ok.'
    schema.properties!.spec.description = 'word '.repeat(30)
    const r = renderExplain(doc, pod, [], false)
    expect(r).toEqual({ ok: true, text: readFileSync(new URL('wrap.txt', dir), 'utf8') })
  })
})

describe('word wrapping', () => {
  it('breaks at spaces within the limit and keeps long words whole', () => {
    expect(wrapString('aaa bbb ccc', 7)).toBe('aaa bbb\nccc')
    expect(wrapString('abcdefghij kl', 5)).toBe('abcdefghij\nkl')
    expect(wrapString('a\n\nb', 5)).toBe('a\n\nb')
  })

  it('indents after every newline, the last one included', () => {
    expect(indent(4, 'a\nb\n')).toBe('    a\n    b\n    ')
  })
})

import { describe, expect, it } from 'vitest'
import { errorText, goldenCases, goldenFlags, goldenInput } from '../jsonpath/testdata/golden'
import {
  formatCustomColumns,
  formatCustomColumnsFile,
  parseCustomColumnsSpec,
  parseCustomColumnsTemplate,
  printCustomColumns,
  relaxedJsonPathExpression,
} from './customColumns'

const pod = (name: string, extra: Record<string, unknown> = {}) => ({ metadata: { name }, ...extra })

describe('relaxedJsonPathExpression (TestMassageJSONPath)', () => {
  it.each([
    ['foo.bar', '{.foo.bar}'],
    ['{foo.bar}', '{.foo.bar}'],
    ['.foo.bar', '{.foo.bar}'],
    ['{.foo.bar}', '{.foo.bar}'],
    ['', ''],
  ])('%s -> %s', (input, expression) => {
    expect(relaxedJsonPathExpression(input)).toEqual({ ok: true, expression })
  })
  it.each(['{foo.bar', 'foo.bar}', '{foo.bar}}', '{{foo.bar}'])('rejects %s', (input) => {
    expect(relaxedJsonPathExpression(input)).toEqual({
      ok: false,
      error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    })
  })
})

describe('parseCustomColumnsSpec (TestNewColumnPrinterFromSpec)', () => {
  it('splits header:path pairs', () => {
    expect(parseCustomColumnsSpec('NAME:metadata.name,API_VERSION:apiVersion')).toEqual({
      ok: true,
      columns: [
        { header: 'NAME', fieldSpec: '{.metadata.name}' },
        { header: 'API_VERSION', fieldSpec: '{.apiVersion}' },
      ],
    })
  })
  it.each([
    ['', 'custom-columns format specified but no custom columns given'],
    ['invalid', 'unexpected custom-columns spec: invalid, expected <header>:<json-path-expr>'],
    ['invalid=foobar', 'unexpected custom-columns spec: invalid=foobar, expected <header>:<json-path-expr>'],
    ['invalid,foobar:blah', 'unexpected custom-columns spec: invalid, expected <header>:<json-path-expr>'],
  ])('rejects %j', (spec, error) => {
    expect(parseCustomColumnsSpec(spec)).toEqual({ ok: false, error })
  })
  it('keeps everything after the first colon as the path', () => {
    expect(parseCustomColumnsSpec('B:x:y')).toEqual({ ok: true, columns: [{ header: 'B', fieldSpec: '{.x:y}' }] })
  })
})

describe('parseCustomColumnsTemplate (TestNewColumnPrinterFromTemplate)', () => {
  const columns = [
    { header: 'NAME', fieldSpec: '{.metadata.name}' },
    { header: 'API_VERSION', fieldSpec: '{.apiVersion}' },
  ]
  it('reads a header line and a spec line', () => {
    expect(parseCustomColumnsTemplate('NAME               API_VERSION\n{metadata.name}    {apiVersion}')).toEqual({ ok: true, columns })
    expect(parseCustomColumnsTemplate('NAME               \t\tAPI_VERSION\n\t\t\t\t\t\t\t{metadata.name}    {apiVersion}')).toEqual({ ok: true, columns })
  })
  it.each([
    ['', 'invalid template, missing header line. Expected format is one line of space separated headers, one line of space separated column specs.'],
    ['invalid', 'invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs.'],
    ['invalid=foobar', 'invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs.'],
    ['A B\n.a', "number of headers (2) and field specifications (1) don't match"],
  ])('rejects %j', (text, error) => {
    expect(parseCustomColumnsTemplate(text)).toEqual({ ok: false, error })
  })
})

describe('printCustomColumns (TestColumnPrint)', () => {
  const name = { header: 'NAME', fieldSpec: '{.metadata.name}' }
  const apiVersion = { header: 'API_VERSION', fieldSpec: '{.apiVersion}' }
  it('prints one object', () => {
    expect(printCustomColumns([name], [pod('foo')])).toEqual({ ok: true, output: 'NAME\nfoo\n' })
  })
  it('prints a list item by item', () => {
    expect(printCustomColumns([name], [pod('foo'), pod('bar')])).toEqual({ ok: true, output: 'NAME\nfoo\nbar\n' })
  })
  it('aligns columns with the kubectl get tabwriter', () => {
    expect(printCustomColumns([name, apiVersion], [pod('foo', { apiVersion: 'baz' })])).toEqual({ ok: true, output: 'NAME   API_VERSION\nfoo    baz\n' })
  })
  it('prints <none> for a missing field', () => {
    const notFound = { header: 'NOT_FOUND', fieldSpec: '{.notFound}' }
    expect(printCustomColumns([name, apiVersion, notFound], [pod('foo', { apiVersion: 'baz' })])).toEqual({
      ok: true,
      output: 'NAME   API_VERSION   NOT_FOUND\nfoo    baz           <none>\n',
    })
  })
  it('sizes headers longer than their values (TestIndividualPrintObjOnExistingTabWriter)', () => {
    const labelled = (n: string) => ({ metadata: { name: n, labels: { label1: n, label2: n } } })
    const spec = 'NAME:{.metadata.name},LONG COLUMN NAME:{.metadata.labels.label1},LABEL 2:{.metadata.labels.label2}'
    expect(formatCustomColumns(spec, [labelled('foo'), labelled('bar')])).toEqual({
      ok: true,
      output: 'NAME   LONG COLUMN NAME   LABEL 2\nfoo    foo                foo\nbar    bar                bar\n',
    })
  })
  it('leaves the header out with noHeaders', () => {
    expect(formatCustomColumns('API_VERSION:apiVersion', [pod('foo', { apiVersion: 'v1' })], { noHeaders: true })).toEqual({ ok: true, output: 'v1\n' })
  })
})

describe('slices in column paths (TestSliceColumnPrint)', () => {
  const fake = { metadata: { name: 'fake-name', namespace: 'fake-namespace' }, spec: { containers: ['fake0', 'fake1', 'fake2', 'fake3'].map((n) => ({ name: n })) } }
  it.each([
    ['[0]', 'fake0'],
    ['[3]', 'fake3'],
    ['[-1]', 'fake3'],
    ['[-2]', 'fake2'],
    ['[-4]', 'fake0'],
    ['[0:0]', '<none>'],
    ['[0:3]', 'fake0,fake1,fake2'],
    ['[1:]', 'fake1,fake2,fake3'],
    ['[0:-1]', 'fake0,fake1,fake2'],
    ['[-1:]', 'fake3'],
    ['[-4:]', 'fake0,fake1,fake2,fake3'],
    ['[-3:-1]', 'fake1,fake2'],
    ['[4:4]', '<none>'],
    ['[-5:-5]', '<none>'],
  ])('containers%s', (index, cell) => {
    expect(formatCustomColumns(`CONTAINER:.spec.containers${index}.name`, [fake])).toEqual({ ok: true, output: `CONTAINER\n${cell}\n` })
  })
  it.each([
    ['[5]', 'array index out of bounds: index 5, length 4'],
    ['[-5]', 'array index out of bounds: index -1, length 4'],
    ['[3:1]', 'starting index 3 is greater than ending index 1'],
    ['[-2:-3]', 'starting index 2 is greater than ending index 1'],
  ])('containers%s fails after the header', (index, error) => {
    expect(formatCustomColumns(`CONTAINER:.spec.containers${index}.name`, [fake])).toEqual({ ok: false, error, output: 'CONTAINER\n' })
  })
})

describe('kubectl v1.35.2 -o custom-columns recordings', () => {
  const cases = goldenCases.filter((c) => goldenFlags(c.args).format.startsWith('custom-columns'))
  it('covers the recorded custom-columns runs', () => {
    expect(cases.length).toBeGreaterThan(25)
  })
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const flags = goldenFlags(c.args)
    const { items } = goldenInput(c)
    const result =
      flags.format === 'custom-columns-file'
        ? formatCustomColumnsFile(c.file ?? '', items)
        : formatCustomColumns(flags.value, items, { noHeaders: flags.noHeaders })
    expect({ stdout: result.output, stderr: result.ok ? '' : errorText(result.error), exitCode: result.ok ? 0 : 1 }).toEqual({
      stdout: c.stdout,
      stderr: c.stderr,
      exitCode: c.exitCode,
    })
  })
})

// `kubectl get -o custom-columns=<spec>` and `-o custom-columns-file=<file>` (kubectl's
// pkg/cmd/get/customcolumn.go): parse the column specs, run each column's JSONPath over every
// object, print a header and one row per object through the `kubectl get` tabwriter. Pure.

import { EvalError, findResults } from '../jsonpath/evaluate'
import { goSprint } from '../jsonpath/goFormat'
import type { ListNode } from '../jsonpath/nodes'
import { JsonPathSyntaxError, parseTemplate } from '../jsonpath/parser'
import { toJsonValue } from '../jsonpath/values'
import { GET_TABWRITER, TabWriter } from './tabwriter'

/** One column: its header and the JSONPath template of its cells. */
export interface CustomColumn {
  header: string
  /** A complete template such as `{.metadata.name}`, or '' (every cell `<none>`). */
  fieldSpec: string
}

/** A result; on failure `error` is kubectl's message (printed as `error: ${error}`). */
export type ColumnsResult<T> = ({ ok: true } & T) | { ok: false; error: string }

/** What printing produced; a failure may follow partial output (kubectl flushes what it wrote). */
export type PrintResult = { ok: true; output: string } | { ok: false; error: string; output: string }

/** Options of `-o custom-columns`. */
export interface CustomColumnsOptions {
  /** `--no-headers` (ignored by custom-columns-file, as in kubectl). */
  noHeaders?: boolean
}

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/
const TEMPLATE_FORMAT = 'Expected format is one line of space separated headers, one line of space separated column specs.'
// unicode.IsSpace, which bufio.ScanWords splits on.
const GO_SPACES = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/

/** RelaxedJSONPathExpression: `a.b`, `.a.b`, `{a.b}` and `{.a.b}` all become `{.a.b}`; '' stays ''. */
export function relaxedJsonPathExpression(path: string): ColumnsResult<{ expression: string }> {
  if (path === '') return { ok: true, expression: '' }
  const m = RELAXED.exec(path)
  if (!m) {
    return { ok: false, error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" }
  }
  return { ok: true, expression: `{.${m[1] || m[2]}}` }
}

/** Parses `HEADER:path,HEADER:path` as `-o custom-columns=` takes it. */
export function parseCustomColumnsSpec(spec: string): ColumnsResult<{ columns: CustomColumn[] }> {
  if (spec === '') return { ok: false, error: 'custom-columns format specified but no custom columns given' }
  const columns: CustomColumn[] = []
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':')
    if (colon < 0) return { ok: false, error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` }
    const path = relaxedJsonPathExpression(part.slice(colon + 1))
    if (!path.ok) return path
    columns.push({ header: part.slice(0, colon), fieldSpec: path.expression })
  }
  return { ok: true, columns }
}

/** Parses a custom-columns-file: a line of headers, then a line of paths, both whitespace separated. */
export function parseCustomColumnsTemplate(text: string): ColumnsResult<{ columns: CustomColumn[] }> {
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  const [headerLine, specLine] = lines.map((l) => l.replace(/\r$/, ''))
  if (headerLine === undefined) return { ok: false, error: `invalid template, missing header line. ${TEMPLATE_FORMAT}` }
  if (specLine === undefined) return { ok: false, error: `invalid template, missing spec line. ${TEMPLATE_FORMAT}` }
  const words = (line: string): string[] => line.split(GO_SPACES).filter((w) => w !== '')
  const headers = words(headerLine)
  const specs = words(specLine)
  if (headers.length !== specs.length) {
    return { ok: false, error: `number of headers (${headers.length}) and field specifications (${specs.length}) don't match` }
  }
  const columns: CustomColumn[] = []
  for (let i = 0; i < headers.length; i++) {
    const path = relaxedJsonPathExpression(specs[i])
    if (!path.ok) return path
    columns.push({ header: headers[i], fieldSpec: path.expression })
  }
  return { ok: true, columns }
}

/** printers.EscapeTerminal: neutralises ESC and CR in cell text. */
function escapeTerminal(text: string): string {
  return text.replaceAll('\x1b', '^[').replaceAll('\r', '\\r')
}

/** One object's cells: every value of a column joined by ',', `<none>` when there is none. */
function row(parsers: ListNode[], obj: unknown): string {
  const data = toJsonValue(obj)
  const cells = parsers.map((root) => {
    const groups = findResults(root, data, true)
    const values = groups.length === 0 || groups[0].length === 0 ? ['<none>'] : []
    for (const group of groups) for (const v of group) values.push(escapeTerminal(goSprint(v)))
    return values.join(',')
  })
  return cells.join('\t') + '\n'
}

/**
 * Prints the objects (a list's items, or the one object kubectl got) under the columns. A column
 * that fails to parse or run stops the printing after the header and rows written so far.
 */
export function printCustomColumns(columns: readonly CustomColumn[], objects: readonly unknown[], opts: CustomColumnsOptions = {}): PrintResult {
  const w = new TabWriter(GET_TABWRITER)
  if (!opts.noHeaders) w.write(columns.map((c) => c.header).join('\t') + '\n')
  try {
    const parsers = columns.map((c) => parseTemplate(c.fieldSpec))
    for (const obj of objects) w.write(row(parsers, obj))
  } catch (e) {
    if (!(e instanceof JsonPathSyntaxError || e instanceof EvalError)) throw e
    return { ok: false, error: e.message, output: w.flush() }
  }
  return { ok: true, output: w.flush() }
}

/** `-o custom-columns=<spec>`: parses the spec and prints the objects; on a bad spec nothing is printed. */
export function formatCustomColumns(spec: string, objects: readonly unknown[], opts: CustomColumnsOptions = {}): PrintResult {
  const parsed = parseCustomColumnsSpec(spec)
  if (!parsed.ok) return { ...parsed, output: '' }
  return printCustomColumns(parsed.columns, objects, opts)
}

/** `-o custom-columns-file=<file>` given the file's text; always prints the header line. */
export function formatCustomColumnsFile(templateText: string, objects: readonly unknown[]): PrintResult {
  const parsed = parseCustomColumnsTemplate(templateText)
  if (!parsed.ok) return { ...parsed, output: '' }
  return printCustomColumns(parsed.columns, objects)
}

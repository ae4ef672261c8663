// `-o` for everything but tables (kubectl's PrintFlags.ToPrinter and printGeneric): which printer a
// format names, kubectl's errors for unknown or empty formats, and the printers themselves, each
// usable for one whole answer (a single object or a List) or, in a watch, object after object.

import type { KubeObject } from '../../engine/api/types'
import { executeJsonPath, parseJsonPath, type JsonPathTemplate } from '../jsonpath'
import { findResults } from '../jsonpath/evaluate'
import { goSprint } from '../jsonpath/goFormat'
import { parseTemplate } from '../jsonpath/parser'
import { toJsonValue } from '../jsonpath/values'
import { parseCustomColumnsSpec, parseCustomColumnsTemplate, type CustomColumn } from '../printers/customColumns'
import { toJson } from '../printers/json'
import { GET_TABWRITER, TabWriter } from '../printers/tabwriter'
import { toYaml } from '../printers/yaml'

/** kubectl v1.35's list in `unable to match a printer suitable for the output format`. */
export const ALLOWED_FORMATS =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml'

/** Prints one object (or List) and reports the text and any error kubectl would add. */
export interface ObjectPrinter {
  print(obj: unknown): { out: string; error?: string }
}

const GO_TEMPLATE_FORMATS = ['go-template', 'go-template-file', 'template', 'templatefile']
const JSONPATH_FORMATS = ['jsonpath', 'jsonpath-as-json', 'jsonpath-file']

type PrinterResult = { ok: true; printer: ObjectPrinter } | { ok: false; error: string } | { ok: false; noMatch: true }

/** Splits `fmt=value` for one family of formats; the template flag wins when given. */
function templateFormat(output: string, template: string, family: readonly string[]): { format: string; value: string } | undefined {
  if (template === '' && output === '') return undefined
  let format = output
  let value = template
  if (template === '') {
    const hit = family.find((f) => output.startsWith(f + '='))
    if (hit) {
      format = hit
      value = output.slice(hit.length + 1)
    }
  }
  return family.includes(format) ? { format, value } : undefined
}

/** Options the printers take from the command line. */
export interface PrinterOptions {
  output: string
  template: string
  noHeaders: boolean
  allowMissingKeys: boolean
  /** Reads `-o *-file=PATH`; undefined when the file does not exist. */
  readFile?: (path: string) => string | undefined
}

function jsonPathPrinter(template: JsonPathTemplate, asJson: boolean, allowMissingKeys: boolean): ObjectPrinter {
  return {
    print(obj) {
      const r = executeJsonPath(template, obj, { asJson, allowMissingKeys })
      return r.ok ? { out: r.output } : { out: '', error: r.error }
    },
  }
}

/** The kind/name `-o name` prints: `pod/x`, `deployment.apps/x`. */
export function nameOf(obj: KubeObject): string {
  const apiVersion = obj.apiVersion ?? ''
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : ''
  const kind = (obj.kind ?? '').toLowerCase()
  return `${group ? `${kind}.${group}` : kind}/${obj.metadata.name ?? ''}`
}

function itemsOf(obj: unknown): KubeObject[] {
  const o = obj as { kind?: string; items?: KubeObject[] }
  return o.kind === 'List' && Array.isArray(o.items) ? o.items : [obj as KubeObject]
}

/** One custom-columns row: each column's values joined by ',', `<none>` when there are none. */
function columnCells(parsers: ReturnType<typeof parseTemplate>[], obj: unknown): string[] {
  const data = toJsonValue(obj)
  return parsers.map((root) => {
    const groups = findResults(root, data, true)
    const values = groups.length === 0 || groups[0].length === 0 ? ['<none>'] : []
    for (const group of groups) for (const v of group) values.push(goSprint(v).replaceAll('\x1b', '^[').replaceAll('\r', '\\r'))
    return values.join(',')
  })
}

/**
 * The custom-columns printer: the header once, rows through one remembering tabwriter, so a watch
 * keeps its widths as kubectl's shared writer does.
 */
function customColumnsPrinter(columns: CustomColumn[], noHeaders: boolean): ObjectPrinter {
  const writer = new TabWriter(GET_TABWRITER)
  let headerDone = noHeaders
  return {
    print(obj) {
      if (!headerDone) {
        writer.write(columns.map((c) => c.header).join('\t') + '\n')
        headerDone = true
      }
      try {
        const parsers = columns.map((c) => parseTemplate(c.fieldSpec))
        for (const item of itemsOf(obj)) writer.write(columnCells(parsers, item).join('\t') + '\n')
      } catch (e) {
        return { out: writer.flush(), error: e instanceof Error ? e.message : String(e) }
      }
      return { out: writer.flush() }
    },
  }
}

/** Builds the printer for a non-table `-o` (PrintFlags.ToPrinter order), or kubectl's error text. */
export function objectPrinter(opts: PrinterOptions): { ok: true; printer: ObjectPrinter } | { ok: false; error: string } {
  const found = [templatePrinter, jsonYamlPrinter, columnsPrinter, namePrinter].reduce<PrinterResult>(
    (acc, make) => ('noMatch' in acc ? make(opts) : acc),
    { ok: false, noMatch: true },
  )
  if ('noMatch' in found) {
    return { ok: false, error: `unable to match a printer suitable for the output format "${opts.output}", allowed formats are: ${ALLOWED_FORMATS}` }
  }
  return found
}

function templatePrinter(opts: PrinterOptions): PrinterResult {
  const output = opts.template !== '' && opts.output === '' ? 'go-template' : opts.output
  const goTemplate = templateFormat(output, opts.template, GO_TEMPLATE_FORMATS)
  if (goTemplate) {
    if (goTemplate.value === '') return { ok: false, error: 'template format specified but no template given' }
    return { ok: false, error: 'initlab does not support Go templates; use -o jsonpath=... instead' }
  }
  const jp = templateFormat(output, opts.template, JSONPATH_FORMATS)
  if (!jp) return { ok: false, noMatch: true }
  if (jp.value === '') return { ok: false, error: 'template format specified but no template given' }
  let text = jp.value
  if (jp.format === 'jsonpath-file') {
    const file = opts.readFile?.(jp.value)
    if (file === undefined) return { ok: false, error: `error reading --template ${jp.value}, open ${jp.value}: no such file or directory\n` }
    text = file
  }
  const parsed = parseJsonPath(text)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  return { ok: true, printer: jsonPathPrinter(parsed.template, jp.format === 'jsonpath-as-json', opts.allowMissingKeys) }
}

function jsonYamlPrinter(opts: PrinterOptions): PrinterResult {
  if (opts.output === 'json') return { ok: true, printer: { print: (obj) => ({ out: toJson(obj) }) } }
  if (opts.output === 'yaml') {
    // The YAML printer separates every object after the first with `---`.
    let printed = 0
    return { ok: true, printer: { print: (obj) => ({ out: (printed++ > 0 ? '---\n' : '') + toYaml(obj) }) } }
  }
  if (opts.output === 'kyaml') return { ok: false, error: 'initlab does not support -o kyaml yet; use -o yaml' }
  return { ok: false, noMatch: true }
}

function columnsPrinter(opts: PrinterOptions): PrinterResult {
  const cc = templateFormat(opts.output, opts.template, ['custom-columns', 'custom-columns-file'])
  if (!cc || opts.output === '') return { ok: false, noMatch: true }
  if (cc.value === '') return { ok: false, error: 'custom-columns format specified but no custom columns given' }
  if (cc.format === 'custom-columns-file') {
    const file = opts.readFile?.(cc.value)
    if (file === undefined) return { ok: false, error: `error reading template ${cc.value}, open ${cc.value}: no such file or directory\n` }
    const parsed = parseCustomColumnsTemplate(file)
    if (!parsed.ok) return { ok: false, error: parsed.error }
    return { ok: true, printer: customColumnsPrinter(parsed.columns, false) }
  }
  const parsed = parseCustomColumnsSpec(cc.value)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  return { ok: true, printer: customColumnsPrinter(parsed.columns, opts.noHeaders) }
}

function namePrinter(opts: PrinterOptions): PrinterResult {
  if (opts.output !== 'name') return { ok: false, noMatch: true }
  return { ok: true, printer: { print: (obj) => ({ out: itemsOf(obj).map((o) => nameOf(o) + '\n').join('') }) } }
}

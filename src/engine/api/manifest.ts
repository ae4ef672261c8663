// Manifest intake: splits `kubectl apply -f` input into documents the way kubectl's stream reader
// does, converts each with go-yaml v2 rules, and reports syntax errors in kubectl's words with a
// position for the editor. Knows nothing of kinds or schemas (see kinds.ts, decode.ts).

import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, parseDocument } from 'yaml'
import type { Document, DocumentOptions, Node, ParseOptions, SchemaOptions } from 'yaml'
import { goYamlError } from './manifest/goYamlError'
import { scanJsonValue, utf8Offset } from './manifest/goJson'
import { EMPTY_KEY, toJsonValue } from './manifest/yamlValue'
import { validationError } from './kinds'

/** A span in the editor's text, 1-based; `endColumn` is one past the last character, as Monaco expects. */
export interface SourceRange { line: number; column: number; endLine: number; endColumn: number }

/** One non-empty document of the input. */
export interface ParsedDocument {
  /** Position among the returned documents, from 0. */
  index: number
  object: Record<string, unknown>
  /** Where a field path such as `spec.initContainers[0].image` sits; falls back to the nearest ancestor. */
  locate(path: string): SourceRange | undefined
}

/**
 * The documents read before the first error, and that error as kubectl prints it when it is the
 * only one (`error: ...`; kubectl drops the `error: ` prefix when it lists several errors).
 */
export interface ManifestParse { documents: ParsedDocument[]; error?: string; errorRange?: SourceRange }

/** A piece of the input parsed on its own; `line0`/`col0` place its first character in the input. */
interface Chunk { text: string; line0: number; col0: number }

type ChunkResult =
  | { kind: 'empty' }
  | { kind: 'value'; value: unknown; doc: Document }
  | { kind: 'error'; text: string; line0: number; col0: number }

const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  uniqueKeys: false,
  merge: true,
  prettyErrors: false,
  // go-yaml v2 keeps timestamps and base-60 numbers as strings.
  customTags: tags => tags.filter(t => typeof t === 'string' || (t.format !== 'TIME' && t.tag !== 'tag:yaml.org,2002:timestamp')),
}

/**
 * Parses manifest text (YAML documents separated by `---`, or a stream of JSON objects) as
 * `kubectl apply -f` reads it from `source`. Pure; never throws, whatever the input.
 */
export function parseManifests(text: string, source = 'STDIN'): ManifestParse {
  const out: ManifestParse = { documents: [] }
  try {
    if (/^\s*\{/.test(text)) readJsonStream(text, source, out)
    else readYamlStream(splitDocuments(text, 0), text, source, out)
  } catch (e) {
    out.error = `error: error parsing ${source}: ${e instanceof Error ? e.message : String(e)}`
  }
  return out
}

/** kubectl's YAMLReader: a line starting with `---` ends a document; CRLF becomes LF. */
function splitDocuments(text: string, firstLine: number): { chunks: Chunk[]; badSeparator?: { text: string; line0: number } } {
  const chunks: Chunk[] = []
  const raw = text.split('\n')
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop()
  let buf: string[] = []
  let start = firstLine
  for (let i = 0; i < raw.length; i++) {
    const line = i < raw.length - 1 || text.endsWith('\n') ? raw[i].replace(/\r$/, '') : raw[i]
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim()
      if (rest !== '' && !rest.startsWith('#')) return { chunks, badSeparator: { text: rest, line0: firstLine + i } }
      if (buf.length) chunks.push({ text: buf.join(''), line0: start, col0: 0 })
      buf = []
      start = firstLine + i + 1
      continue
    }
    buf.push(line + '\n')
  }
  if (buf.length) chunks.push({ text: buf.join(''), line0: start, col0: 0 })
  return { chunks }
}

function readYamlStream(split: ReturnType<typeof splitDocuments>, text: string, source: string, out: ManifestParse): void {
  for (const chunk of split.chunks) {
    if (!takeChunk(chunk, source, out)) return
  }
  if (split.badSeparator) {
    const { text: rest, line0 } = split.badSeparator
    out.error = `error: error parsing ${source}: invalid Yaml document separator: ${rest}`
    out.errorRange = lineRange(text, line0)
  }
}

/** Adds one chunk's document to `out`; false once the stream must stop on an error. */
function takeChunk(chunk: Chunk, source: string, out: ManifestParse): boolean {
  const r = parseChunk(chunk.text)
  if (r.kind === 'empty') return true
  if (r.kind === 'error') {
    out.error = `error: error parsing ${source}: error converting YAML to JSON: ${r.text}`
    out.errorRange = pointRange(chunk, r.line0, r.col0)
    return false
  }
  return addDocument(r.value, r.doc, chunk, source, out)
}

function addDocument(value: unknown, doc: Document, chunk: Chunk, source: string, out: ManifestParse): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.error = validationError(source, ['invalid object to validate'])
    out.errorRange = nodeRange(chunk, doc.contents as Node | null) ?? pointRange(chunk, 0, 0)
    return false
  }
  const index = out.documents.length
  out.documents.push({ index, object: value as Record<string, unknown>, locate: path => locate(doc, chunk, path) })
  return true
}

/** The characters go-yaml v2's reader accepts (a leading byte-order mark is dropped first). */
const PRINTABLE = /^[\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u

/** Parses one document chunk with go-yaml v2's reading of YAML. */
function parseChunk(text: string): ChunkResult {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text
  if (!PRINTABLE.test(body)) {
    let bad = 0
    while (bad < body.length && PRINTABLE.test(String.fromCodePoint(body.codePointAt(bad) ?? 0))) bad += (body.codePointAt(bad) ?? 0) > 0xffff ? 2 : 1
    const at = positionOf(text, bad + text.length - body.length)
    return { kind: 'error', text: 'yaml: control characters are not allowed', line0: at[0], col0: at[1] }
  }
  // go-yaml reads only the first document of a chunk; `...` or a directive line starts the next one.
  const cut = /^(\.\.\.(\s|$)|%)/m.exec(text)
  const first = cut && cut.index > 0 ? text.slice(0, cut.index) : text
  const docs = parseAllDocuments(first.replace(/\r(?!\n)/g, '\n'), YAML_OPTIONS)
  const doc = docs[0] as Document | undefined
  if (!doc) return { kind: 'empty' }
  const err = doc.errors[0]
  if (err) {
    const g = goYamlError(first, { code: err.code, message: err.message, offset: err.pos[0] })
    return { kind: 'error', text: `yaml: ${g.text}`, line0: g.line0, col0: g.col0 }
  }
  if (doc.contents === null) return { kind: 'empty' }
  const badTag = doc.warnings.find(w => w.code === 'TAG_RESOLVE_FAILED' && /2002:(int|float|bool|null)\b/.test(w.message))
  if (badTag) {
    // go-yaml v2 refuses a core tag whose value does not resolve to that type.
    const m = /^!!(\w+)[ \t]+([^\n#]*)/.exec(first.slice(badTag.pos[0]))
    const at = positionOf(text, badTag.pos[0])
    if (m) return { kind: 'error', text: `yaml: cannot decode !!str \`${m[2].trim()}\` as a !!${m[1]}`, line0: at[0], col0: at[1] }
  }
  const conv = toJsonValue(doc)
  if (conv.ok) return conv.value === null ? { kind: 'empty' } : { kind: 'value', value: conv.value, doc }
  if (conv.text === EMPTY_KEY) {
    const line = first.split('\n').findIndex(l => /^[ \t]*(?:-[ \t]+)*:(?:[ \t]|$)/.test(l))
    const l0 = Math.max(0, line)
    return { kind: 'error', text: l0 === 0 ? EMPTY_KEY : `yaml: line ${l0}: did not find expected key`, line0: l0, col0: 0 }
  }
  const at = positionOf(text, conv.offset ?? 0)
  return { kind: 'error', text: conv.text, line0: at[0], col0: at[1] }
}

/** Go's json.Decoder over a stream of objects, falling back to YAML where kubectl does. */
function readJsonStream(text: string, source: string, out: ManifestParse): void {
  let pos = 0
  for (;;) {
    let start = pos
    while (start < text.length && ' \t\n\r'.includes(text[start])) start++
    if (start >= text.length) return
    const scan = scanJsonValue(text, start)
    if (scan.ok) {
      const raw = text.slice(start, scan.end)
      const chunk: Chunk = { text: raw, ...lineCol(text, start) }
      pos = scan.end
      const value: unknown = JSON.parse(raw)
      if (value === null) continue
      if (!addDocument(value, parseDocument(raw, YAML_OPTIONS) as Document, chunk, source, out)) return
      continue
    }
    const jsonError = scan.eof ? 'unexpected EOF' : `json: offset ${utf8Offset(text, scan.index) + 1}: ${scan.text}`
    const errorAt = lineCol(text, Math.min(scan.index, Math.max(0, text.length - 1)))
    // kubectl retries the rest as YAML (after whitespace up to the first newline) and keeps the JSON error if that fails too.
    let rest = pos
    while (rest < text.length && /\s/.test(text[rest])) { rest++; if (text[rest - 1] === '\n') break }
    const split = splitDocuments(text.slice(rest), lineCol(text, rest).line0)
    const firstChunk = split.chunks[0]
    if (!firstChunk && !split.badSeparator) return
    const r = firstChunk ? parseChunk(firstChunk.text) : undefined
    if (!r || r.kind === 'error') {
      out.error = `error: error parsing ${source}: ${jsonError}`
      out.errorRange = pointRange({ text: '', line0: errorAt.line0, col0: 0 }, 0, errorAt.col0)
      return
    }
    if (r.kind === 'value' && !addDocument(r.value, r.doc, firstChunk, source, out)) return
    readYamlStream({ chunks: split.chunks.slice(1), badSeparator: split.badSeparator }, text, source, out)
    return
  }
}

/** Finds a Kubernetes field path (`a.b[0].c`, `metadata.labels[app]`) in a document's syntax tree. */
function locate(doc: Document, chunk: Chunk, path: string): SourceRange | undefined {
  let node = doc.contents as Node | null
  let best = nodeRange(chunk, node)
  for (const seg of parsePath(path)) {
    if (isAlias(node)) node = node.resolve(doc) ?? null
    if (typeof seg === 'number' && isSeq(node)) {
      const item = node.items[seg] as Node | undefined
      if (!item) break
      best = nodeRange(chunk, item) ?? best
      node = item
    } else if (typeof seg === 'string' && isMap(node)) {
      const pair = node.items.find(p => isScalar(p.key) && String(p.key.value) === seg)
      if (!pair) break
      best = nodeRange(chunk, pair.key as Node) ?? best
      node = pair.value as Node | null
    } else break
  }
  return best
}

/** Splits `spec.containers[0].name` into keys and indexes; `[key]` with a non-number is a map key. */
export function parsePath(path: string): (string | number)[] {
  const segs: (string | number)[] = []
  const re = /([^.[\]]+)|\[([^\]]*)\]/g
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) segs.push(m[1])
    else segs.push(/^\d+$/.test(m[2]) ? Number(m[2]) : m[2])
  }
  return segs
}

function nodeRange(chunk: Chunk, node: Node | null | undefined): SourceRange | undefined {
  const r = node?.range
  if (!r) return undefined
  const [l1, c1] = positionOf(chunk.text, r[0])
  const [l2, c2] = positionOf(chunk.text, Math.max(r[0], r[1]))
  const a = absolute(chunk, l1, c1)
  const b = absolute(chunk, l2, c2)
  if (b.line > a.line) {
    // A marker on a whole block is noise: keep the collection's first line.
    const first = (chunk.text.split('\n')[l1] ?? '').trimEnd()
    return { line: a.line, column: a.column, endLine: a.line, endColumn: Math.max(a.column + 1, (l1 === 0 ? chunk.col0 : 0) + first.length + 1) }
  }
  return { line: a.line, column: a.column, endLine: b.line, endColumn: Math.max(b.column, a.column + 1) }
}

function absolute(chunk: Chunk, line0: number, col0: number): { line: number; column: number } {
  return { line: chunk.line0 + line0 + 1, column: (line0 === 0 ? chunk.col0 : 0) + col0 + 1 }
}

function pointRange(chunk: Chunk, line0: number, col0: number): SourceRange {
  const a = absolute(chunk, line0, col0)
  return { line: a.line, column: a.column, endLine: a.line, endColumn: a.column + 1 }
}

function lineRange(text: string, line0: number): SourceRange {
  const len = (text.split('\n')[line0] ?? '').replace(/\r$/, '').length
  return { line: line0 + 1, column: 1, endLine: line0 + 1, endColumn: len + 1 }
}

/** 0-based line and column of `offset` in `text`. */
function positionOf(text: string, offset: number): [number, number] {
  let line = 0
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1 }
  return [line, end - lineStart]
}

function lineCol(text: string, offset: number): { line0: number; col0: number } {
  const [line0, col0] = positionOf(text, offset)
  return { line0, col0 }
}

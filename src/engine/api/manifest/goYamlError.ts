// Turns a syntax error found by the `yaml` package into the text go-yaml v2 prints for the same
// document (kubectl reads manifests through sigs.k8s.io/yaml, which wraps go-yaml v2).
// Works on one document chunk at a time; knows nothing about kubectl's wrapping.

/** What the `yaml` package reports: its error code, message and offset in the chunk. */
export interface LibError { code: string; message: string; offset: number }

/** A go-yaml error: `text` is what follows `yaml: `; `line0`/`col0` locate the problem in the chunk. */
export interface GoYamlError { text: string; line0: number; col0: number }

type Kind = 'scanner' | 'parser'

const CANNOT_START = 'found character that cannot start any token'
const MAPPING_NOT_ALLOWED = 'mapping values are not allowed in this context'
const EXPECTED_KEY = 'did not find expected key'
const EXPECTED_DASH = "did not find expected '-' indicator"
const EXPECTED_COLON = "could not find expected ':'"

/**
 * Maps a `yaml` package error in `chunk` (one document, lines ending in `\n`) to go-yaml's message
 * and line rule: scanner errors print the 1-based line, parser errors the 0-based one, and no line
 * at all when that number is 0. Pure.
 */
export function goYamlError(chunk: string, err: LibError): GoYamlError {
  const t = new ChunkText(chunk)
  const [line, col] = t.firstTokenAt(err.offset)
  const at = (kind: Kind, msg: string, l: number, c: number): GoYamlError =>
    ({ text: withLine(kind, msg, l), line0: l, col0: c })
  const msg = err.message
  switch (err.code) {
    case 'TAB_AS_INDENT':
    case 'BAD_SCALAR_START':
      return at('scanner', CANNOT_START, ...t.lc(err.offset))
    case 'BAD_ALIAS':
      return at('scanner', 'did not find expected alphabetic or numeric character', ...t.lc(err.offset))
    case 'BAD_DQ_ESCAPE':
      return at('scanner', 'found unknown escape character', ...t.lc(err.offset))
    case 'KEY_OVER_1024_CHARS':
      return at('scanner', MAPPING_NOT_ALLOWED, ...t.nextColon(err.offset))
  }
  if (/^Missing closing .?quote/.test(msg)) return at('scanner', 'found unexpected end of stream', t.eofLine, 0)
  if (msg.startsWith('Block scalar header includes extra characters')) {
    return at('scanner', 'did not find expected comment or line break', ...t.lc(err.offset))
  }
  if (/^Block scalar/.test(msg) && /^ *\t/.test(t.lines[line] ?? '')) {
    return at('scanner', 'found a tab character where an indentation space is expected', line, col)
  }
  if (/^Flow (sequence|map)/.test(msg)) {
    const close = msg.startsWith('Flow map') ? '}' : ']'
    return at('parser', `did not find expected ',' or '${close}'`, ...t.lc(err.offset))
  }
  if (msg.startsWith('Nested mappings are not allowed')) return at('scanner', MAPPING_NOT_ALLOWED, ...t.nextColon(err.offset))
  if (msg.startsWith('Unexpected block-seq-ind on same line')) {
    return at('scanner', 'block sequence entries are not allowed in this context', ...t.lc(err.offset))
  }
  const lineText = t.lines[line] ?? ''
  if (/^-(\s|$)/.test(lineText.slice(col))) return at('parser', t.expectedIn(line, col), line, col)
  if (err.code === 'MULTILINE_IMPLICIT_KEY' || msg.startsWith('Implicit map keys need to be followed')) {
    if (t.requiredKey(line, col)) return at('scanner', EXPECTED_COLON, ...t.staleAt(line, col))
    if (err.code === 'MULTILINE_IMPLICIT_KEY') return at('scanner', MAPPING_NOT_ALLOWED, ...t.nextColon(t.offset(line, col)))
  }
  return at('parser', t.expectedIn(line, col), line, col)
}

/** Formats go-yaml's `line N: ` prefix rule for a problem on 0-based line `line0`. */
function withLine(kind: Kind, msg: string, line0: number): string {
  const shown = kind === 'scanner' ? line0 + 1 : line0
  return line0 === 0 ? msg : `line ${shown}: ${msg}`
}

const BLANK = /^\s*(#.*)?$/
const SEQ_ENTRY = /^\s*-(\s|$)/
const KEY_LINE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"][^#]*?)\s*:(\s|$)/

class ChunkText {
  readonly lines: string[]
  private readonly starts: number[] = []
  constructor(private readonly text: string) {
    this.lines = text.split('\n')
    let at = 0
    for (const l of this.lines) { this.starts.push(at); at += l.length + 1 }
  }

  /** 0-based line of the end of the stream (the chunk always ends with a newline). */
  get eofLine(): number { return this.lines.length - 1 }

  offset(line: number, col: number): number { return (this.starts[line] ?? this.text.length) + col }

  lc(offset: number): [number, number] {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return [lo, Math.max(0, offset - this.starts[lo])]
  }

  /** The first non-blank character at or after `offset` on the same line. */
  firstTokenAt(offset: number): [number, number] {
    const [line, col] = this.lc(Math.min(offset, this.text.length))
    const rest = (this.lines[line] ?? '').slice(col)
    const skip = rest.length - rest.trimStart().length
    return rest.trim() === '' ? [line, col] : [line, col + skip]
  }

  indent(line: number): number {
    const l = this.lines[line] ?? ''
    return l.length - l.trimStart().length
  }

  /** Column where a line's mapping key starts once any `- ` entry markers are skipped. */
  keyColumn(line: number): number {
    const m = /^(\s*-(?:\s+-)*\s+)/.exec(this.lines[line] ?? '')
    return m ? m[1].length : this.indent(line)
  }

  isKeyLine(line: number): boolean {
    return KEY_LINE.test((this.lines[line] ?? '').slice(this.keyColumn(line)))
  }

  /** The nearest earlier non-blank line indented at most `col`: the block that owns a token there. */
  enclosing(line: number, col: number): number | undefined {
    for (let i = line - 1; i >= 0; i--) {
      if (BLANK.test(this.lines[i])) continue
      if (this.indent(i) <= col) return i
    }
    return undefined
  }

  /** Which token go-yaml's parser wanted at (line, col): a key, or the next `-` of a sequence. */
  expectedIn(line: number, col: number): string {
    const e = this.enclosing(line, col)
    if (e === undefined || !SEQ_ENTRY.test(this.lines[e])) return EXPECTED_KEY
    if (this.isKeyLine(e) && col >= this.keyColumn(e)) return EXPECTED_KEY
    const seqCol = this.indent(e)
    for (let i = e - 1; i >= 0; i--) {
      if (BLANK.test(this.lines[i]) || (SEQ_ENTRY.test(this.lines[i]) && this.indent(i) === seqCol)) continue
      if (this.indent(i) > seqCol) continue
      // A sequence at its parent key's column adds no indentation level: the mapping owns the token.
      return this.indent(i) === seqCol && this.isKeyLine(i) ? EXPECTED_KEY : EXPECTED_DASH
    }
    return EXPECTED_DASH
  }

  /** True when a key candidate sits at the column of its mapping's keys, so go-yaml insists on `:`. */
  requiredKey(line: number, col: number): boolean {
    const e = this.enclosing(line, col)
    if (e === undefined || !this.isKeyLine(e)) return false
    return this.keyColumn(e) === col
  }

  /** Where go-yaml notices a required key candidate has no `:`: its scalar's last line or the next token. */
  staleAt(line: number, col: number): [number, number] {
    const end = this.scalarEnd(line, col)
    if (end[0] > line) return end
    let off = this.offset(end[0], end[1])
    while (off < this.text.length) {
      const ch = this.text[off]
      if (ch === '#') { const nl = this.text.indexOf('\n', off); off = nl < 0 ? this.text.length : nl; continue }
      if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') break
      off++
    }
    return off >= this.text.length ? [this.eofLine, 0] : this.lc(off)
  }

  private scalarEnd(line: number, col: number): [number, number] {
    const first = this.lines[line] ?? ''
    const q = first[col]
    if (q === '"' || q === "'") {
      const close = closingQuote(this.text, this.offset(line, col))
      return this.lc(close)
    }
    let endLine = line
    let endCol = plainEnd(first, col)
    if (endCol < first.length && first[endCol] === ':') return [endLine, endCol]
    for (let i = line + 1; i < this.lines.length; i++) {
      const l = this.lines[i]
      if (BLANK.test(l) && !/^\s*#/.test(l)) continue
      if (this.indent(i) <= col || /^\s*#/.test(l) || /^(---|\.\.\.)(\s|$)/.test(l)) break
      endLine = i
      endCol = plainEnd(l, this.indent(i))
      if (endCol < l.length && l[endCol] === ':') break
    }
    return [endLine, endCol]
  }

  /** Offset of the next `:` that go-yaml reads as a mapping value indicator, and its position. */
  nextColon(from: number): [number, number] {
    const s = this.text
    for (let i = from; i < s.length; i++) {
      const ch = s[i]
      const prev = i === 0 ? '\n' : s[i - 1]
      if ((ch === '"' || ch === "'") && /[\s[{,:]/.test(prev)) { i = closingQuote(s, i); continue }
      if (ch === '#' && /\s/.test(prev)) { const nl = s.indexOf('\n', i); i = nl < 0 ? s.length : nl; continue }
      if (ch === ':' && (i + 1 >= s.length || /\s/.test(s[i + 1]))) return this.lc(i)
    }
    return this.lc(from)
  }
}

/** Index of the quote that closes the quoted scalar opening at `open` (or the end of text). */
function closingQuote(s: string, open: number): number {
  const q = s[open]
  for (let i = open + 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') { i++; continue }
    if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") { i++; continue }
      return i
    }
  }
  return s.length
}

/** End column of the plain scalar text that starts at `col` on this line. */
function plainEnd(line: string, col: number): number {
  for (let i = col; i < line.length; i++) {
    if (line[i] === ':' && (i + 1 === line.length || /\s/.test(line[i + 1]))) return i
    if (line[i] === '#' && i > col && /\s/.test(line[i - 1])) return line.slice(0, i).trimEnd().length
  }
  return line.trimEnd().length
}

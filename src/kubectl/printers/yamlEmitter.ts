// go-yaml v2's emitter for the values kubectl prints: which style each string needs (plain, single-
// or double-quoted, literal block), and where indentation, '- ' and line folding go. Block style only,
// 2-space indent (empty collections as {} and []), width 80, Unicode allowed; a port of yaml_emitter_* in emitterc.go. Pure.

/** A value as go-yaml v2 holds it: `raw` scalars (numbers, bools, null) always print plain. */
export type Node =
  | { t: 'map'; entries: [string, Node][] }
  | { t: 'seq'; items: Node[] }
  | { t: 'str'; v: string }
  | { t: 'raw'; v: string }

const RESOLVE_MAP = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL', '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF',
  '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
])
const GO_INT = /^[+-]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/
const TS_T = /^(\d{4})-(\d\d?)-(\d\d?)[Tt](\d\d?):(\d\d?):(\d\d?)(?:[.,]\d+)?(?:Z|[+-](\d\d):(\d\d))$/
const TS_SPACE = /^(\d{4})-(\d\d?)-(\d\d?) (\d\d?):(\d\d?):(\d\d?)(?:[.,]\d+)?$/
const TS_DATE = /^(\d{4})-(\d\d?)-(\d\d?)$/

/** Whether go-yaml's parseTimestamp accepts s (time.Parse with its four layouts, ranges checked). */
function isTimestamp(s: string): boolean {
  const m = TS_T.exec(s) ?? TS_SPACE.exec(s) ?? TS_DATE.exec(s)
  if (!m) return false
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((x) => (x === undefined ? undefined : Number(x))) as number[]
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) return false
  if (hour > 23 || minute > 59 || second > 59) return false
  return m[7] === undefined || (Number(m[7]) <= 24 && Number(m[8]) <= 60)
}

/** encoder.stringv's test: would the string read back as something else (bool, null, number, time) if unquoted? */
function needsQuotes(s: string): boolean {
  const hint = s === '' ? 'N' : s[0]
  if (!/[-+0-9yYnNtTfFoO~.]/.test(hint) && s !== '') return false
  if (RESOLVE_MAP.has(s)) return true
  if (hint === '.') return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s) && Number.isFinite(Number(s))
  if (/[-+0-9]/.test(hint)) {
    if (isTimestamp(s)) return true
    const plain = s.replaceAll('_', '')
    if (GO_INT.test(plain)) return true
    if (YAML_FLOAT.test(plain) && Number.isFinite(Number(plain))) return true
    if (/[:]/.test(s) && BASE60_FLOAT.test(s)) return true
  }
  return false
}

const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\x85' || c === '\u2028' || c === '\u2029'
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t'

/** go-yaml's is_printable on one code point (astral characters count as not printable). */
function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
}

interface Analysis {
  multiline: boolean
  blockPlain: boolean
  single: boolean
  block: boolean
}

/** yaml_emitter_analyze_scalar (v2): which styles can carry the string. */
function analyze(chars: string[]): Analysis {
  if (chars.length === 0) return { multiline: false, blockPlain: true, single: true, block: false }
  const s = chars.join('')
  let indicators = s.startsWith('---') || s.startsWith('...')
  let lineBreaks = false
  let special = false
  let leadingSpace = false
  let leadingBreak = false
  let trailingSpace = false
  let trailingBreak = false
  let breakSpace = false
  let spaceBreak = false
  let precededByWhitespace = true
  let previousSpace = false
  let previousBreak = false
  chars.forEach((c, i) => {
    const next = chars[i + 1]
    const followedByWhitespace = next === undefined || isBlank(next)
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) indicators = true
      else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) indicators = true
    } else if ((c === ':' && followedByWhitespace) || (c === '#' && precededByWhitespace)) {
      indicators = true
    }
    if (!isPrintable(c)) special = true
    const last = i === chars.length - 1
    if (c === ' ') {
      if (i === 0) leadingSpace = true
      if (last) trailingSpace = true
      if (previousBreak) breakSpace = true
      previousSpace = true
      previousBreak = false
    } else if (isBreak(c)) {
      lineBreaks = true
      if (i === 0) leadingBreak = true
      if (last) trailingBreak = true
      if (previousSpace) spaceBreak = true
      previousSpace = false
      previousBreak = true
    } else {
      previousSpace = false
      previousBreak = false
    }
    precededByWhitespace = isBlank(c) || isBreak(c)
  })
  const plainOk = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || special || lineBreaks || indicators)
  return {
    multiline: lineBreaks,
    blockPlain: plainOk,
    single: !(breakSpace || spaceBreak || special),
    block: !(trailingSpace || spaceBreak || special),
  }
}

const ESCAPES: Record<string, string> = {
  '\0': '0', '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '\x1b': 'e',
  '"': '"', '\\': '\\', '\x85': 'N', '\xa0': '_', '\u2028': 'L', '\u2029': 'P',
}

/** The parts of go-yaml's yaml_emitter_t that decide where text, spaces and line breaks go. */
export class Emitter {
  private out = ''
  private column = 0
  private whitespace = true
  private indention = true
  private indent = -1
  private readonly indents: number[] = []

  /** Ends the document (its final line break) and returns everything emitted. */
  text(): string {
    this.writeIndent()
    return this.out
  }

  private put(s: string): void {
    this.out += s
    this.column += Array.from(s).length
  }

  private putBreak(): void {
    this.out += '\n'
    this.column = 0
    this.indention = true
  }

  private writeBreak(c: string): void {
    if (c === '\n') this.putBreak()
    else {
      this.out += c
      this.column = 0
      this.indention = true
    }
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0)
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak()
    while (this.column < indent) this.put(' ')
    this.whitespace = true
    this.indention = true
  }

  private indicator(s: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ')
    this.put(s)
    this.whitespace = isWhitespace
    this.indention = this.indention && isIndention
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent)
    if (this.indent < 0) this.indent = flow ? 2 : 0
    else if (!indentless) this.indent += 2
  }

  /** Emits one node; `mapping` and `simpleKey` are emit_node's context flags. */
  node(n: Node, mapping: boolean, simpleKey: boolean): void {
    if (n.t === 'str' || n.t === 'raw') return this.scalar(n, simpleKey)
    const empty = n.t === 'map' ? n.entries.length === 0 : n.items.length === 0
    if (empty) {
      this.indicator(n.t === 'map' ? '{' : '[', true, true, false)
      this.indicator(n.t === 'map' ? '}' : ']', false, false, false)
      return
    }
    if (n.t === 'seq') {
      this.increaseIndent(false, mapping && !this.indention)
      for (const item of n.items) {
        this.writeIndent()
        this.indicator('-', true, false, true)
        this.node(item, false, false)
      }
    } else {
      this.increaseIndent(false, false)
      for (const [key, value] of n.entries) {
        this.writeIndent()
        const k = Array.from(key)
        if (!analyze(k).multiline && new TextEncoder().encode(key).length <= 128) {
          this.node({ t: 'str', v: key }, true, true)
          this.indicator(':', false, false, false)
        } else {
          this.indicator('?', true, false, true)
          this.node({ t: 'str', v: key }, true, false)
          this.writeIndent()
          this.indicator(':', true, false, true)
        }
        this.node(value, true, false)
      }
    }
    this.indent = this.indents.pop() ?? -1
  }

  private scalar(n: Node & { v: string }, simpleKey: boolean): void {
    const chars = Array.from(n.v)
    const a = analyze(chars)
    let style = n.t === 'raw' ? 'plain' : n.v.includes('\n') ? 'literal' : needsQuotes(n.v) ? 'double' : 'plain'
    if (simpleKey && a.multiline) style = 'double'
    if (style === 'plain' && (!a.blockPlain || (chars.length === 0 && simpleKey))) style = 'single'
    if (style === 'single' && !a.single) style = 'double'
    if (style === 'literal' && (!a.block || simpleKey)) style = 'double'
    this.increaseIndent(true, false)
    const breaks = !simpleKey
    if (style === 'plain') this.plain(chars, breaks)
    else if (style === 'single') this.quoted(chars, breaks, "'")
    else if (style === 'double') this.quoted(chars, breaks, '"')
    else this.literal(chars)
    this.indent = this.indents.pop() ?? -1
  }

  private plain(chars: string[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ')
    let spaces = false
    chars.forEach((c, i) => {
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > 80 && chars[i + 1] !== ' ') this.writeIndent()
        else this.put(c)
        spaces = true
      } else {
        this.put(c)
        this.indention = false
        spaces = false
      }
    })
    this.whitespace = false
    this.indention = false
  }

  /** Single- and double-quoted scalars: both fold at a space past column 80, double ones escape. */
  private quoted(chars: string[], allowBreaks: boolean, quote: "'" | '"'): void {
    this.indicator(quote, true, false, false)
    let spaces = false
    let breaks = false
    // go-yaml v2's is_bom looks at the string's first bytes, not the current ones: after a leading
    // BOM every character is escaped.
    const bom = chars[0] === '\ufeff'
    chars.forEach((c, i) => {
      const inside = i > 0 && i < chars.length - 1
      if (quote === '"' && (bom || !isPrintable(c) || isBreak(c) || c === '"' || c === '\\')) {
        const cp = c.codePointAt(0) ?? 0
        const hex = cp.toString(16).toUpperCase()
        this.put('\\' + (ESCAPES[c] ?? (cp <= 0xff ? 'x' + hex.padStart(2, '0') : cp <= 0xffff ? 'u' + hex.padStart(4, '0') : 'U' + hex.padStart(8, '0'))))
        spaces = false
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > 80 && inside && (quote === '"' || chars[i + 1] !== ' ')) {
          this.writeIndent()
          if (quote === '"' && chars[i + 1] === ' ') this.put('\\')
        } else this.put(c)
        spaces = true
      } else if (isBreak(c)) {
        if (!breaks && c === '\n') this.putBreak()
        this.writeBreak(c)
        breaks = true
      } else {
        if (breaks) this.writeIndent()
        this.put(quote === "'" && c === "'" ? "''" : c)
        this.indention = false
        spaces = false
        breaks = false
      }
    })
    this.indicator(quote, false, false, false)
  }

  private literal(chars: string[]): void {
    this.indicator('|', true, false, false)
    if (chars[0] === ' ' || isBreak(chars[0])) this.indicator('2', false, false, false)
    const last = chars.length - 1
    if (!isBreak(chars[last])) this.indicator('-', false, false, false)
    else if (last === 0 || isBreak(chars[last - 1])) this.indicator('+', false, false, false)
    this.putBreak()
    this.whitespace = true
    let breaks = true
    for (const c of chars) {
      if (isBreak(c)) {
        this.writeBreak(c)
        breaks = true
      } else {
        if (breaks) this.writeIndent()
        this.put(c)
        this.indention = false
        breaks = false
      }
    }
  }
}

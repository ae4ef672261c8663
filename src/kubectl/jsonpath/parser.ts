// The JSONPath template parser of client-go util/jsonpath (parser.go), which kubectl uses for
// `-o jsonpath`, custom columns and --sort-by. Text outside `{...}` is printed as is; inside, fields,
// indexes, slices, unions, filters, `..`, `*`, literals and range/end. Errors carry Go's wording.

import { formatRune } from './goFormat'
import { newList, type ListNode, type SliceParam } from './nodes'
import { unquoteExtend } from './unquote'

/** A template that failed to parse; the message is the one client-go returns. */
export class JsonPathSyntaxError extends Error {}

const EOF = -1
const DICT_KEY = /^'([^']*)'$/
const SLICE = /^(-?[\d]*)(:-?[\d]*)?(:-?[\d]*)?$/
const FILTER = /^([^!<>=]+)([!<>=]+)(.+?)$/

/** Parses a whole template; throws JsonPathSyntaxError. */
export function parseTemplate(text: string): ListNode {
  const parser = new Parser(text)
  parser.parseText()
  return parser.root
}

/** parseAction: the nodes of `{text}`, used for union members, dict keys and filter operands. */
function parseAction(text: string): ListNode {
  return parseTemplate('{' + text + '}').nodes[0] as ListNode
}

/** strconv.Atoi: a base-10 int64, or undefined on bad syntax or overflow. */
function goAtoi(s: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined
  const n = BigInt(s)
  return n < -(2n ** 63n) || n >= 2n ** 63n ? undefined : Number(n)
}

/** strconv.ParseFloat for what parseNumber can scan (signs, digits and dots). */
function goParseFloat(s: string): number | undefined {
  if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(s)) return undefined
  const n = Number(s)
  return Number.isFinite(n) ? n : undefined
}

function isDigit(r: number): boolean {
  return r >= 0 && /\p{Nd}/u.test(String.fromCodePoint(r))
}

function isAlphaNumeric(r: number): boolean {
  return r === 0x5f || (r >= 0 && /[\p{L}\p{Nd}]/u.test(String.fromCodePoint(r)))
}

function isEndOfLine(r: number): boolean {
  return r === 0x0d || r === 0x0a
}

/** Characters that end a field name or identifier. */
function isTerminator(r: number): boolean {
  return r === EOF || r === 0x20 || r === 0x09 || isEndOfLine(r) || '.,[]$@{}'.includes(String.fromCodePoint(r))
}

const ch = (s: string): number => s.codePointAt(0) ?? EOF

class Parser {
  readonly root: ListNode = newList()
  private pos = 0
  private start = 0
  private width = 0

  constructor(private readonly input: string) {}

  private next(): number {
    if (this.pos >= this.input.length) {
      this.width = 0
      return EOF
    }
    const r = this.input.codePointAt(this.pos) ?? EOF
    this.width = r > 0xffff ? 2 : 1
    this.pos += this.width
    return r
  }

  private peek(): number {
    const r = this.next()
    this.pos -= this.width
    return r
  }

  private backup(): void {
    this.pos -= this.width
  }

  private consumeText(): string {
    const value = this.input.slice(this.start, this.pos)
    this.start = this.pos
    return value
  }

  /** Plain text up to each `{`, then the action; loops where Go recurses through parseRightDelim. */
  parseText(): void {
    for (;;) {
      if (this.input.startsWith('{', this.pos)) {
        if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consumeText() })
        this.pos += 1
        this.consumeText()
        const action = newList()
        this.root.nodes.push(action)
        this.parseInsideAction(action)
        continue
      }
      if (this.next() === EOF) break
    }
    if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consumeText() })
  }

  /** Tokens of one action until its `}` (consumed). */
  private parseInsideAction(cur: ListNode): void {
    for (;;) {
      if (this.input.startsWith('}', this.pos)) {
        this.pos += 1
        this.consumeText()
        return
      }
      if (this.input.startsWith('[?(', this.pos)) {
        this.parseFilter(cur)
        continue
      }
      if (this.input.startsWith('..', this.pos)) {
        this.parseRecursive(cur)
        continue
      }
      const r = this.next()
      if (r === EOF || isEndOfLine(r)) throw new JsonPathSyntaxError('unclosed action')
      if (r === ch(' ') || r === ch('@') || r === ch('$')) this.consumeText()
      else if (r === ch('[')) this.parseArray(cur)
      else if (r === ch('"') || r === ch("'")) this.parseQuote(cur, r)
      else if (r === ch('.')) this.parseField(cur)
      else if (r === ch('+') || r === ch('-') || isDigit(r)) {
        this.backup()
        this.parseNumber(cur)
      } else if (isAlphaNumeric(r)) {
        this.backup()
        this.parseIdentifier(cur)
      } else throw new JsonPathSyntaxError(`unrecognized character in action: ${formatRune(r)}`)
    }
  }

  /** Keywords (range, end), booleans, and any other bare word (an error only when evaluated). */
  private parseIdentifier(cur: ListNode): void {
    while (!isTerminator(this.next()));
    this.backup()
    const value = this.consumeText()
    if (value === 'true' || value === 'false') cur.nodes.push({ type: 'bool', value: value === 'true' })
    else cur.nodes.push({ type: 'identifier', name: value })
  }

  private parseRecursive(cur: ListNode): void {
    if (cur.nodes[cur.nodes.length - 1]?.type === 'recursive') throw new JsonPathSyntaxError('invalid multiple recursive descent')
    this.pos += 2
    this.consumeText()
    cur.nodes.push({ type: 'recursive' })
    if (isAlphaNumeric(this.peek())) this.parseField(cur)
  }

  private parseNumber(cur: ListNode): void {
    const sign = this.peek()
    if (sign === ch('+') || sign === ch('-')) this.next()
    for (;;) {
      const r = this.next()
      if (r !== ch('.') && !isDigit(r)) {
        this.backup()
        break
      }
    }
    const value = this.consumeText()
    const int = goAtoi(value)
    if (int !== undefined) {
      cur.nodes.push({ type: 'int', value: int })
      return
    }
    const float = goParseFloat(value)
    if (float === undefined) throw new JsonPathSyntaxError(`cannot parse number ${value}`)
    cur.nodes.push({ type: 'float', value: float })
  }

  /** `[...]`: a union (commas), a quoted dict key, or an index/slice. */
  private parseArray(cur: ListNode): void {
    for (;;) {
      const r = this.next()
      if (r === EOF || r === ch('\n')) throw new JsonPathSyntaxError('unterminated array')
      if (r === ch(']')) break
    }
    let text = this.consumeText().slice(1, -1)
    if (text === '*') text = ':'

    const members = text.split(',')
    if (members.length > 1) {
      cur.nodes.push({ type: 'union', nodes: members.map((m) => parseAction(`[${m.replace(/^ +| +$/g, '')}]`)) })
      return
    }
    const key = DICT_KEY.exec(text)
    if (key) {
      cur.nodes.push(...parseAction('.' + key[1]).nodes)
      return
    }
    const slice = SLICE.exec(text)
    if (!slice) throw new JsonPathSyntaxError(`invalid array index ${text}`)
    const params: SliceParam[] = []
    for (let i = 0; i < 3; i++) {
      let part = slice[i + 1] ?? ''
      if (part !== '') {
        if (i > 0) part = part.slice(1)
        if (i > 0 && part === '') params.push({ value: 0, known: false, derived: false })
        else {
          const value = goAtoi(part)
          if (value === undefined) throw new JsonPathSyntaxError(`array index ${part} is not a number`)
          params.push({ value, known: true, derived: false })
        }
      } else if (i === 1) params.push({ value: params[0].value + 1, known: true, derived: true })
      else params.push({ value: 0, known: false, derived: false })
    }
    cur.nodes.push({ type: 'array', params: [params[0], params[1], params[2]] })
  }

  /** `[?(left op right)]` or `[?(exists)]`; a `)` inside a quoted operand does not close it. */
  private parseFilter(cur: ListNode): void {
    this.pos += 3
    this.consumeText()
    let begin = false
    let end = false
    let pair = EOF
    for (;;) {
      const r = this.next()
      if (r === EOF || r === ch('\n')) throw new JsonPathSyntaxError('unterminated filter')
      if (r === ch('"') || r === ch("'")) {
        if (!begin) {
          begin = true
          pair = r
          continue
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true
      } else if (r === ch(')') && begin === end) break
    }
    if (this.next() !== ch(']')) throw new JsonPathSyntaxError('unclosed array expect ]')
    const text = this.consumeText().slice(0, -2)
    const m = FILTER.exec(text)
    if (!m) cur.nodes.push({ type: 'filter', left: parseAction(text), right: newList(), operator: 'exists' })
    else cur.nodes.push({ type: 'filter', left: parseAction(m[1]), right: parseAction(m[3]), operator: m[2] })
  }

  private parseQuote(cur: ListNode, quote: number): void {
    for (;;) {
      const r = this.next()
      if (r === EOF || r === ch('\n')) throw new JsonPathSyntaxError('unterminated quoted string')
      if (r === quote && this.input[this.pos - 2] !== '\\') break
    }
    const value = this.consumeText()
    const text = unquoteExtend(value)
    if (text === undefined) throw new JsonPathSyntaxError(`unquote string ${value} error invalid syntax`)
    cur.nodes.push({ type: 'text', text })
  }

  /** A field name after `.`, up to an unescaped terminator; backslashes are then dropped. */
  private parseField(cur: ListNode): void {
    this.consumeText()
    for (;;) {
      const r = this.next()
      if (r === ch('\\')) this.next()
      else if (isTerminator(r)) {
        this.backup()
        break
      }
    }
    const value = this.consumeText()
    cur.nodes.push(value === '*' ? { type: 'wildcard' } : { type: 'field', name: value.replaceAll('\\', '') })
  }
}

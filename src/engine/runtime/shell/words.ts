// Reading one shell word: quotes, backslashes, `$name`, `${...}`, `$(...)`, `$((...))` and
// backquotes, keeping which text was quoted. The tokenizer (lexer.ts) builds on it.

import type { Node, Part, Redir, VarOp } from './ast'

/** A syntax (or parse-time expansion) error; `message` is what ash prints after `sh: `. */
export class ShellSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(message)
  }
}

const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/
const SPECIAL_PARAMS = '@*#?-$!'

/** Accumulates word parts, merging adjacent literal text of the same quoting. */
export class PartBuilder {
  parts: Part[] = []
  private lit = ''
  private q = false
  private open = false

  add(s: string, q: boolean): void {
    if (this.open && this.q !== q) this.flush()
    this.lit += s
    this.q = q
    this.open = true
  }
  size(): number {
    return this.parts.length + this.lit.length
  }
  part(p: Part): void {
    this.flush()
    this.parts.push(p)
  }
  flush(): void {
    if (this.open) this.parts.push({ k: 'lit', s: this.lit, q: this.q })
    this.lit = ''
    this.open = false
  }
  done(): Part[] {
    this.flush()
    return this.parts
  }
}

/** Character input and word reading; `readWord` returns the token it produced (WORD or REDIR). */
export abstract class WordLexer {
  pos = 0
  line = 1
  quoteflag = false
  wordParts: Part[] = []
  wordRaw = ''
  redir: Redir | undefined

  constructor(readonly src: string) {}

  /** Parses the body of `$( ... )` up to and including its `)`. */
  protected abstract parseSubst(): Node | null
  /** Parses a whole string (backquote body, here-doc) as a nested script or word. */
  protected abstract parseNested(text: string, mode: 'backquote' | 'heredoc'): Node | Part[] | null
  /** Reads a redirection operator after its optional fd digits. */
  protected abstract readRedirOp(c: string, digits: string): number

  protected fail(message: string): never {
    throw new ShellSyntaxError(message, this.line)
  }

  protected pgetc(): string {
    if (this.pos >= this.src.length) {
      this.pos = this.src.length + 1
      return ''
    }
    const c = this.src[this.pos++]
    if (c === '\n') this.line++
    return c
  }

  protected unget(): void {
    this.pos--
    if (this.pos < this.src.length && this.src[this.pos] === '\n') this.line--
  }

  protected pgetcEatBnl(): string {
    for (;;) {
      const c = this.pgetc()
      if (c !== '\\') return c
      if (this.pgetc() === '\n') continue
      this.unget()
      return c
    }
  }


  protected readWord(first: string): number {
    const b = new PartBuilder()
    const start = this.pos - 1
    let quoted = false
    let c = first
    for (;;) {
      if (c === '' || ' \t\n;&|()<>'.includes(c)) break
      if (c === '\\') {
        const n = this.pgetc()
        if (n === '\n') { c = this.pgetc(); continue }
        if (n === '') b.add('\\', false)
        else b.add(n, true)
        quoted = true
      } else if (c === "'") {
        const end = this.src.indexOf("'", this.pos)
        if (end < 0) this.fail('syntax error: unterminated quoted string')
        const text = this.src.slice(this.pos, end)
        for (const ch of text) if (ch === '\n') this.line++
        this.pos = end + 1
        b.part({ k: 'lit', s: text, q: true })
        quoted = true
      } else if (c === '"') {
        this.readDouble(b)
        quoted = true
      } else if (c === '$') this.readDollar(b, false)
      else if (c === '`') this.readBackquote(b, false)
      else b.add(c, false)
      c = this.pgetc()
    }
    const raw = this.src.slice(start, c === '' ? this.src.length : this.pos - 1)
    if ((c === '<' || c === '>') && !quoted && /^\d{0,9}$/.test(raw)) return this.readRedirOp(c, raw)
    if (c !== '') this.unget()
    this.wordParts = b.done()
    this.wordRaw = raw
    this.quoteflag = quoted
    return WORD_TOKEN
  }

  private readDouble(b: PartBuilder): void {
    // An empty "" still makes a field; a "$@" with no parameters must not, so mark only empties.
    const before = b.size()
    for (;;) {
      const c = this.pgetc()
      if (c === '') this.fail('syntax error: unterminated quoted string')
      if (c === '"') {
        if (b.size() === before) b.part({ k: 'lit', s: '', q: true })
        return
      }
      if (c === '\\') {
        const n = this.pgetc()
        if (n === '\n') continue
        if (n === '') this.fail('syntax error: unterminated quoted string')
        b.add('$`"\\'.includes(n) ? n : '\\' + n, true)
      } else if (c === '$') this.readDollar(b, true)
      else if (c === '`') this.readBackquote(b, true)
      else b.add(c, true)
    }
  }

  private readDollar(b: PartBuilder, q: boolean): void {
    const c = this.pgetcEatBnl()
    if (c === '(') {
      if (this.pgetcEatBnl() === '(') return this.readArith(b, q)
      this.unget()
      b.part({ k: 'cmd', body: this.parseSubst(), q })
    } else if (c === '{') this.readBraced(b, q)
    else if (NAME_START.test(c)) {
      let name = c
      while (this.pos < this.src.length && NAME_CHAR.test(this.src[this.pos])) name += this.src[this.pos++]
      b.part({ k: 'var', name, op: '', q })
    } else if (/[0-9]/.test(c) || (c !== '' && SPECIAL_PARAMS.includes(c))) b.part({ k: 'var', name: c, op: '', q })
    else {
      if (c !== '') this.unget()
      b.add('$', q)
    }
  }

  private readBraced(b: PartBuilder, q: boolean): void {
    let op: VarOp = ''
    let c = this.pgetc()
    if (c === '#') {
      const n = this.src[this.pos] ?? ''
      if (n !== '}' && (NAME_CHAR.test(n) || SPECIAL_PARAMS.includes(n))) {
        op = 'len'
        c = this.pgetc()
      }
    }
    let name = ''
    if (NAME_START.test(c)) {
      name = c
      while (this.pos < this.src.length && NAME_CHAR.test(this.src[this.pos])) name += this.src[this.pos++]
    } else if (/[0-9]/.test(c)) {
      name = c
      while (this.pos < this.src.length && /[0-9]/.test(this.src[this.pos])) name += this.src[this.pos++]
    } else if (c !== '' && SPECIAL_PARAMS.includes(c)) name = c
    else this.badSubstitution(c)
    c = this.pgetc()
    if (c === '}') return b.part({ k: 'var', name, op, q })
    if (op === 'len') this.badSubstitution(c)
    if (c === ':') {
      const n = this.pgetc()
      if (n !== '' && '-=?+'.includes(n)) op = (':' + n) as VarOp
      else {
        if (n !== '') this.unget()
        op = ':'
      }
    } else if (c !== '' && '-=?+'.includes(c)) op = c as VarOp
    else if (c === '%' || c === '#') {
      if (this.src[this.pos] === c) {
        this.pos++
        op = (c + c) as VarOp
      } else op = c
    } else if (c === '/') {
      const n = this.src[this.pos]
      if (n === '/' || n === '#' || n === '%') {
        this.pos++
        op = ('/' + n) as VarOp
      } else op = '/'
    } else this.badSubstitution(c)
    const pattern = op === '%' || op === '%%' || op === '#' || op === '##' || op[0] === '/'
    const stops = op === ':' ? ':}' : op[0] === '/' ? '/}' : '}'
    const first = this.readVarArg(q && !pattern, q, stops)
    let arg2: Part[] | undefined
    if (first.stop !== '}') arg2 = this.readVarArg(q && op !== ':', q, '}').parts
    b.part({ k: 'var', name, op, arg: first.parts, arg2, q })
  }

  private badSubstitution(c: string): never {
    // ash reads on to the closing brace before complaining; a missing brace is reported first.
    let ch = c
    while (ch !== '}' && ch !== '') ch = this.pgetc()
    if (ch === '') this.fail("syntax error: missing '}'")
    this.fail('syntax error: bad substitution')
  }

  private readVarArg(q: boolean, inDq: boolean, stops: string): { parts: Part[]; stop: string } {
    const b = new PartBuilder()
    for (;;) {
      const c = this.pgetc()
      if (c === '') this.fail("syntax error: missing '}'")
      if (stops.includes(c)) return { parts: b.done(), stop: c }
      if (c === '\\') {
        const n = this.pgetc()
        if (n === '\n') continue
        if (inDq && !'$`"\\}'.includes(n)) b.add('\\' + n, true)
        else b.add(n, true)
      } else if (c === "'" && !inDq) {
        const end = this.src.indexOf("'", this.pos)
        if (end < 0) this.fail('syntax error: unterminated quoted string')
        b.part({ k: 'lit', s: this.src.slice(this.pos, end), q: true })
        this.pos = end + 1
      } else if (c === '"') this.readDouble(b)
      else if (c === '$') this.readDollar(b, q)
      else if (c === '`') this.readBackquote(b, q)
      else b.add(c, q)
    }
  }

  private readArith(b: PartBuilder, q: boolean): void {
    const inner = new PartBuilder()
    let depth = 0
    for (;;) {
      const c = this.pgetc()
      if (c === '') this.fail("syntax error: missing '))'")
      if (c === '(') depth++
      else if (c === ')') {
        if (depth === 0) {
          if (this.src[this.pos] === ')') {
            this.pos++
            b.part({ k: 'arith', parts: inner.done(), q })
            return
          }
        } else depth--
      }
      if (c === '$') this.readDollar(inner, true)
      else if (c === '`') this.readBackquote(inner, true)
      else if (c === '\\') {
        const n = this.pgetc()
        if (n !== '\n') inner.add(n, true)
      } else if (c === '"') continue
      else inner.add(c, true)
    }
  }

  private readBackquote(b: PartBuilder, q: boolean): void {
    let text = ''
    for (;;) {
      const c = this.pgetc()
      if (c === '') this.fail('syntax error: EOF in backquote substitution')
      if (c === '`') break
      if (c === '\\') {
        const n = this.pgetc()
        if (n === '') this.fail('syntax error: EOF in backquote substitution')
        if (n === '\n') continue
        text += n === '$' || n === '`' || n === '\\' || (q && n === '"') ? n : '\\' + n
      } else text += c
    }
    b.part({ k: 'cmd', body: this.parseNested(text, 'backquote') as Node | null, q })
  }

  /** Parses here-document text: `$`, backquotes and `\$ \` \\` are live, quotes are not. */
  protected heredocParts(): Part[] {
    const b = new PartBuilder()
    for (;;) {
      const c = this.pgetc()
      if (c === '') return b.done()
      if (c === '\\') {
        const n = this.pgetc()
        if (n === '\n') continue
        b.add('$`\\'.includes(n) && n !== '' ? n : '\\' + n, true)
      } else if (c === '$') this.readDollar(b, true)
      else if (c === '`') this.readBackquote(b, true)
      else b.add(c, true)
    }
  }
}

/** The token number of a word; equals T.WORD in lexer.ts (kept here so words.ts needs no import from it). */
export const WORD_TOKEN = 3

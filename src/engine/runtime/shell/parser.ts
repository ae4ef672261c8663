// ash's grammar (list, andor, pipeline, command, simplecmd) over the tokenizer in lexer.ts.
// Scripts are parsed one top-level line at a time, as ash does, so earlier lines run before a
// later syntax error is found.

import type { Assign, Node, Part, Redir, Word } from './ast'
import { CHKALIAS, CHKKWD, CHKNL, Lexer, T, endsList } from './lexer'

const KEYWORDS = new Map<string, number>([
  ['!', T.NOT], ['case', T.CASE], ['do', T.DO], ['done', T.DONE], ['elif', T.ELIF], ['else', T.ELSE],
  ['esac', T.ESAC], ['fi', T.FI], ['for', T.FOR], ['if', T.IF], ['in', T.IN], ['then', T.THEN],
  ['until', T.UNTIL], ['while', T.WHILE], ['{', T.BEGIN], ['}', T.END],
])

/** Builtins that a function may not shadow (ash's "special" builtins). */
export const SPECIAL_BUILTINS = new Set(['break', ':', '.', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'times', 'trap', 'unset'])

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/
const GOOD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Parses ash scripts; create one per script and call parseNext until it returns 'eof'. */
export class Parser extends Lexer {
  /** Parses the next top-level line: a command tree, null for an empty line, or 'eof'. Throws ShellSyntaxError. */
  parseNext(): Node | null | 'eof' {
    this.tokpushback = false
    this.checkkwd = 0
    const n = this.list(1)
    if (n === null && this.lasttoken === T.EOF) return 'eof'
    return n
  }

  /** Parses a whole string at once (for `eval`-free uses such as tests). */
  parseAll(): Node[] {
    const out: Node[] = []
    for (;;) {
      const n = this.parseNext()
      if (n === 'eof') return out
      if (n) out.push(n)
    }
  }

  private readtoken(): number {
    const kwd = this.checkkwd
    let t = this.xxreadtoken()
    if (kwd & CHKNL) while (t === T.NL) t = this.xxreadtoken()
    if (t === T.WORD && !this.quoteflag && kwd & CHKKWD) {
      const k = KEYWORDS.get(this.wordRaw)
      if (k !== undefined) t = this.lasttoken = k
    }
    this.checkkwd = 0
    return t
  }

  private peektoken(): number {
    const t = this.readtoken()
    this.tokpushback = true
    return t
  }

  private word(): Word {
    return { parts: this.wordParts, raw: this.wordRaw, quoted: this.quoteflag }
  }

  private list(nlflag: number): Node | null {
    let n1: Node | null = null
    for (;;) {
      const first = this.readtoken()
      if (first === T.NL && nlflag & 1) return n1
      if (first === T.EOF) {
        this.tokpushback = true
        this.lasttoken = T.EOF
        return n1
      }
      this.tokpushback = true
      this.checkkwd = CHKNL | CHKKWD | CHKALIAS
      if (nlflag === 2 && endsList(this.peektoken())) return n1
      nlflag |= 2
      const n2 = this.andor()
      const tok = this.readtoken()
      const node: Node = tok === T.BG ? { t: 'bg', n: n2 } : n2
      n1 = n1 ? { t: 'semi', a: n1, b: node } : node
      if (tok === T.NL || tok === T.EOF) this.tokpushback = true
      else if (tok !== T.BG && tok !== T.SEMI) {
        if (nlflag & 1) this.unexpected(-1)
        this.tokpushback = true
        return n1
      }
    }
  }

  private andor(): Node {
    let n = this.pipeline()
    for (;;) {
      const t = this.readtoken()
      if (t !== T.AND && t !== T.OR) {
        this.tokpushback = true
        return n
      }
      this.checkkwd = CHKNL | CHKKWD | CHKALIAS
      n = { t: t === T.AND ? 'and' : 'or', a: n, b: this.pipeline() }
    }
  }

  private pipeline(): Node {
    let negate = false
    if (this.readtoken() === T.NOT) {
      negate = true
      this.checkkwd = CHKKWD | CHKALIAS
    } else this.tokpushback = true
    let n = this.parseCommand()
    if (this.readtoken() === T.PIPE) {
      const cmds = [n]
      do {
        this.checkkwd = CHKNL | CHKKWD | CHKALIAS
        cmds.push(this.parseCommand())
      } while (this.readtoken() === T.PIPE)
      n = { t: 'pipe', cmds }
    }
    this.tokpushback = true
    return negate ? { t: 'not', n } : n
  }

  private expect(tok: number): void {
    if (this.readtoken() !== tok) this.unexpected(tok)
  }

  private parseCommand(): Node {
    let n: Node
    let close: number
    switch (this.readtoken()) {
      case T.IF: {
        const top: Node & { t: 'if' } = { t: 'if', test: this.required(this.list(0)), then: null as unknown as Node, else: null }
        this.expect(T.THEN)
        top.then = this.required(this.list(0))
        let cur = top
        while (this.readtoken() === T.ELIF) {
          const next: Node & { t: 'if' } = { t: 'if', test: this.required(this.list(0)), then: null as unknown as Node, else: null }
          this.expect(T.THEN)
          next.then = this.required(this.list(0))
          cur.else = next
          cur = next
        }
        if (this.lasttoken === T.ELSE) cur.else = this.required(this.list(0))
        else this.tokpushback = true
        n = top
        close = T.FI
        break
      }
      case T.WHILE:
      case T.UNTIL: {
        const kind = this.lasttoken === T.WHILE ? 'while' : 'until'
        const test = this.required(this.list(0))
        this.expect(T.DO)
        n = { t: kind, test, body: this.required(this.list(0)) }
        close = T.DONE
        break
      }
      case T.FOR: {
        if (this.readtoken() !== T.WORD || this.quoteflag || !GOOD_NAME.test(this.wordRaw)) this.fail('syntax error: bad for loop variable')
        const name = this.wordRaw
        let args: Word[] | null = null
        this.checkkwd = CHKNL | CHKKWD | CHKALIAS
        if (this.readtoken() === T.IN) {
          args = []
          while (this.readtoken() === T.WORD) args.push(this.word())
          if (this.lasttoken !== T.NL && this.lasttoken !== T.SEMI) this.unexpected(-1)
        } else if (this.lasttoken !== T.SEMI) this.tokpushback = true
        this.checkkwd = CHKNL | CHKKWD | CHKALIAS
        this.expect(T.DO)
        n = { t: 'for', name, args, body: this.required(this.list(0)) }
        close = T.DONE
        break
      }
      case T.CASE:
        return this.redirections(this.parseCase())
      case T.LP:
        n = { t: 'subshell', body: this.required(this.list(0)), redirs: [] }
        close = T.RP
        break
      case T.BEGIN:
        n = this.required(this.list(0))
        close = T.END
        break
      case T.WORD:
      case T.REDIR:
        this.tokpushback = true
        return this.simplecmd()
      default:
        this.unexpected(-1)
    }
    this.expect(close)
    return this.redirections(n)
  }

  // ash's list(0) never returns empty where a command is required: parseCommand already threw.
  private required(n: Node | null): Node {
    return n ?? { t: 'cmd', assigns: [], args: [], redirs: [], line: this.line }
  }

  private parseCase(): Node {
    if (this.readtoken() !== T.WORD) this.unexpected(T.WORD)
    const word = this.word()
    this.checkkwd = CHKNL | CHKKWD | CHKALIAS
    this.expect(T.IN)
    const items: { pats: Word[]; body: Node | null }[] = []
    this.checkkwd = CHKNL | CHKKWD
    let t = this.readtoken()
    while (t !== T.ESAC) {
      if (this.lasttoken === T.LP) this.readtoken()
      const pats: Word[] = []
      for (;;) {
        pats.push(this.word())
        if (this.readtoken() !== T.PIPE) break
        this.readtoken()
      }
      if (this.lasttoken !== T.RP) this.unexpected(T.RP)
      items.push({ pats, body: this.list(2) })
      this.checkkwd = CHKNL | CHKKWD
      t = this.readtoken()
      if (t !== T.ESAC) {
        if (t !== T.ENDCASE) this.unexpected(T.ENDCASE)
        this.checkkwd = CHKNL | CHKKWD
        t = this.readtoken()
      }
    }
    return { t: 'case', word, items }
  }

  private redirections(n: Node): Node {
    const redirs: Redir[] = []
    this.checkkwd = CHKKWD | CHKALIAS
    while (this.readtoken() === T.REDIR) redirs.push(this.parsefname())
    this.tokpushback = true
    if (redirs.length === 0) return n
    if (n.t === 'subshell') {
      n.redirs = redirs
      return n
    }
    return { t: 'redir', body: n, redirs }
  }

  private parsefname(): Redir {
    const redir = this.redir as Redir
    const strip = this.heredocStrip
    if (this.readtoken() !== T.WORD) this.unexpected(-1)
    redir.target = this.word()
    if (redir.op === '<<') {
      const delim = this.wordParts.map((p) => (p.k === 'lit' ? p.s : '')).join('')
      redir.here = { parts: [], expand: !this.quoteflag }
      this.addHeredoc(redir, delim, strip)
    }
    return redir
  }

  private simplecmd(): Node {
    const args: Word[] = []
    const assigns: Assign[] = []
    const redirs: Redir[] = []
    const line = this.line
    let savecheckkwd = CHKALIAS
    for (;;) {
      this.checkkwd = savecheckkwd
      const t = this.readtoken()
      if (t === T.WORD) {
        const first = this.wordParts[0]
        const m = savecheckkwd && first?.k === 'lit' && !first.q ? ASSIGNMENT.exec(first.s) : null
        if (m && first.k === 'lit') {
          const rest: Part[] = first.s.length > m[0].length ? [{ k: 'lit', s: first.s.slice(m[0].length), q: false }] : []
          assigns.push({ name: m[0].slice(0, -1), value: [...rest, ...this.wordParts.slice(1)], raw: this.wordRaw })
        } else {
          args.push(this.word())
          savecheckkwd = 0
        }
      } else if (t === T.REDIR) redirs.push(this.parsefname())
      else if (t === T.LP && args.length === 1 && assigns.length === 0 && redirs.length === 0) {
        if (this.readtoken() !== T.RP) this.unexpected(T.RP)
        const name = args[0].raw
        if (args[0].quoted || !GOOD_NAME.test(name) || SPECIAL_BUILTINS.has(name)) this.fail('syntax error: bad function name')
        this.checkkwd = CHKNL | CHKKWD | CHKALIAS
        return { t: 'defun', name, body: this.parseCommand() }
      } else {
        this.tokpushback = true
        return { t: 'cmd', assigns, args, redirs, line }
      }
    }
  }

  protected parseSubst(): Node | null {
    const saved = [this.tokpushback, this.lasttoken, this.checkkwd, this.quoteflag, this.wordParts, this.wordRaw, this.redir] as const
    this.tokpushback = false
    this.checkkwd = 0
    const n = this.list(2)
    if (this.readtoken() !== T.RP) this.unexpected(T.RP)
    ;[this.tokpushback, this.lasttoken, this.checkkwd, this.quoteflag, this.wordParts, this.wordRaw, this.redir] = saved
    return n
  }

  protected parseNested(text: string, mode: 'backquote' | 'heredoc'): Node | Part[] | null {
    const p = new Parser(text)
    p.line = this.line
    if (mode === 'heredoc') return p.heredocParts()
    const n = p.list(2)
    if (p.readtoken() !== T.EOF) p.unexpected(-1)
    return n
  }
}

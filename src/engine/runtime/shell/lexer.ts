// ash's tokenizer: operators, words (see words.ts), redirections and here-documents. It follows
// busybox ash's readtoken so that syntax errors come out with the same words. The grammar
// (parser.ts) extends it and supplies `$(...)` parsing.

import type { Part, Redir } from './ast'
import { WordLexer } from './words'

export { ShellSyntaxError } from './words'

/** Token numbers, in ash's order (keywords from NOT on). */
export const T = {
  EOF: 0, NL: 1, REDIR: 2, WORD: 3, SEMI: 4, BG: 5, AND: 6, OR: 7, PIPE: 8, LP: 9, RP: 10, ENDCASE: 11,
  ENDBQ: 12, NOT: 13, CASE: 14, DO: 15, DONE: 16, ELIF: 17, ELSE: 18, ESAC: 19, FI: 20, FOR: 21, IF: 22,
  IN: 23, THEN: 24, UNTIL: 25, WHILE: 26, BEGIN: 27, END: 28,
} as const

// Leading '1' marks tokens that may end a list, as in ash's tokname_array.
const TOKNAMES = [
  '1end of file', '0newline', '0redirection', '0word', '0;', '0&', '0&&', '0||', '0|', '0(', '1)', '1;;', '1`',
  '0!', '0case', '1do', '1done', '1elif', '1else', '1esac', '1fi', '0for', '0if', '0in', '1then', '0until',
  '0while', '0{', '1}',
]

/** Whether a token ends a list (`fi`, `done`, `)`, end of file, ...). */
export function endsList(tok: number): boolean {
  return TOKNAMES[tok][0] === '1'
}

/** How ash names a token in "unexpected X (expecting Y)". */
export function tokenName(tok: number): string {
  const name = TOKNAMES[tok].slice(1)
  return tok < T.SEMI ? name : `"${name}"`
}

export const CHKALIAS = 1
export const CHKKWD = 2
export const CHKNL = 4

interface PendingHeredoc {
  redir: Redir
  delim: string
  stripTabs: boolean
}

/** The tokenizer half of the parser; see Parser for the grammar. */
export abstract class Lexer extends WordLexer {
  tokpushback = false
  lasttoken: number = T.EOF
  checkkwd = 0
  heredocStrip = false
  protected heredocs: PendingHeredoc[] = []

  protected unexpected(expecting: number): never {
    let msg = `syntax error: unexpected ${tokenName(this.lasttoken)}`
    if (expecting >= 0) msg += ` (expecting ${tokenName(expecting)})`
    this.fail(msg)
  }

  /** Reads one token, honouring pushback; like ash's xxreadtoken. */
  protected xxreadtoken(): number {
    if (this.tokpushback) {
      this.tokpushback = false
      return this.lasttoken
    }
    for (;;) {
      const c = this.pgetc()
      if (c === ' ' || c === '\t') continue
      if (c === '#') {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++
        continue
      }
      if (c === '\\') {
        if (this.pgetc() === '\n') continue
        this.unget()
        return (this.lasttoken = this.readWord(c))
      }
      let tok: number
      switch (c) {
        case '': tok = T.EOF; break
        case '\n': tok = T.NL; this.readHeredocs(); break
        case '(': tok = T.LP; break
        case ')': tok = T.RP; break
        case '&': case '|': case ';': {
          const cc = this.pgetc()
          if (cc === c) tok = c === '&' ? T.AND : c === '|' ? T.OR : T.ENDCASE
          else if (c === '&' && cc === '>') {
            this.redir = { fd: 1, op: '&>', target: { parts: [], raw: '', quoted: false } }
            tok = T.REDIR
          } else {
            if (cc !== '') this.unget()
            tok = c === '&' ? T.BG : c === '|' ? T.PIPE : T.SEMI
          }
          break
        }
        default:
          return (this.lasttoken = this.readWord(c))
      }
      return (this.lasttoken = tok)
    }
  }

  protected readRedirOp(c: string, digits: string): number {
    let op: Redir['op']
    if (c === '>') {
      const n = this.pgetcEatBnl()
      op = n === '>' ? '>>' : n === '|' ? '>|' : n === '&' ? '>&' : '>'
      if (op === '>' && n !== '') this.unget()
    } else {
      const n = this.pgetcEatBnl()
      op = n === '<' ? '<<' : n === '&' ? '<&' : n === '>' ? '<>' : '<'
      if (op === '<' && n !== '') this.unget()
    }
    const redir: Redir = { fd: digits ? Number(digits) : c === '>' ? 1 : 0, op, target: { parts: [], raw: '', quoted: false } }
    this.heredocStrip = false
    if (op === '<<') {
      const n = this.pgetcEatBnl()
      if (n === '-') this.heredocStrip = true
      else if (n !== '') this.unget()
    }
    this.redir = redir
    return T.REDIR
  }

  /** Registers the here-document of the redirection just parsed; its body follows the next newline. */
  protected addHeredoc(redir: Redir, delim: string, stripTabs: boolean): void {
    this.heredocs.push({ redir, delim, stripTabs })
  }

  private readHeredocs(): void {
    const pending = this.heredocs
    this.heredocs = []
    for (const h of pending) {
      let body = ''
      for (;;) {
        if (this.pos >= this.src.length) break
        const nl = this.src.indexOf('\n', this.pos)
        let lineText = nl < 0 ? this.src.slice(this.pos) : this.src.slice(this.pos, nl)
        this.pos = nl < 0 ? this.src.length : nl + 1
        this.line++
        if (h.stripTabs) lineText = lineText.replace(/^\t+/, '')
        if (lineText === h.delim) break
        body += lineText + (nl < 0 ? '' : '\n')
      }
      const expand = h.redir.here?.expand ?? false
      h.redir.here = { parts: expand ? (this.parseNested(body, 'heredoc') as Part[]) : [{ k: 'lit', s: body, q: true }], expand }
    }
  }
}

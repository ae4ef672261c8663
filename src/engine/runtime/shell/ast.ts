// The syntax tree of a parsed ash script: words keep their quoting so expansion can decide what
// splits and globs; command nodes mirror ash's node types (NCMD, NPIPE, NIF, ...).

/** A piece of a word; `q` marks text that came from quotes or a backslash (no splitting, no globbing). */
export type Part =
  | { k: 'lit'; s: string; q: boolean }
  | { k: 'var'; name: string; op: VarOp; arg?: Part[]; arg2?: Part[]; q: boolean }
  | { k: 'cmd'; body: Node | null; q: boolean }
  | { k: 'arith'; parts: Part[]; q: boolean }
  /** `~` or `~user` at the start of an unquoted word. */
  | { k: 'tilde'; user: string }

/** Parameter expansion operators: `''` is plain `${x}`, `len` is `${#x}`. */
export type VarOp =
  | '' | 'len' | '-' | ':-' | '=' | ':=' | '?' | ':?' | '+' | ':+'
  | '%' | '%%' | '#' | '##' | '/' | '//' | '/#' | '/%' | ':'

/** A word as written: its parts, and its raw source text (for keywords, names and xtrace). */
export interface Word {
  parts: Part[]
  raw: string
  /** Whether any quoting appeared (a quoted word is never a keyword or a name). */
  quoted: boolean
}

/** A redirection; `fd` is the descriptor on the left. */
export interface Redir {
  fd: number
  op: '>' | '>>' | '>|' | '<' | '<>' | '>&' | '<&' | '&>' | '<<'
  target: Word
  /** Here-document body: parts to expand (unquoted delimiter) or literal text. */
  here?: { parts: Part[]; expand: boolean }
}

export interface Assign {
  name: string
  value: Part[]
  raw: string
}

/** A command tree node. */
export type Node =
  | { t: 'cmd'; assigns: Assign[]; args: Word[]; redirs: Redir[]; line: number }
  | { t: 'pipe'; cmds: Node[] }
  | { t: 'not'; n: Node }
  | { t: 'and' | 'or' | 'semi'; a: Node; b: Node }
  | { t: 'bg'; n: Node }
  | { t: 'if'; test: Node; then: Node; else: Node | null }
  | { t: 'while' | 'until'; test: Node; body: Node }
  | { t: 'for'; name: string; args: Word[] | null; body: Node }
  | { t: 'case'; word: Word; items: { pats: Word[]; body: Node | null }[] }
  | { t: 'subshell'; body: Node; redirs: Redir[] }
  | { t: 'redir'; body: Node; redirs: Redir[] }
  | { t: 'defun'; name: string; body: Node }

// Shell glob patterns (fnmatch): `case` patterns, `${x#pat}`, and pathname expansion over the
// world's filesystem. Quoted characters in a pattern match only themselves.

import type { ShellFs } from './world'
import { table } from './util'

/** A run of pattern text; `q` text is literal. */
export interface Piece {
  s: string
  q: boolean
}

const CLASSES: Record<string, string> = table({
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  xdigit: '0-9A-Fa-f', punct: '!-\\/:-@\\[-`{-~', blank: ' \\t', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f',
})

const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')

/** Whether unquoted text holds a glob metacharacter. */
export function hasGlob(pieces: Piece[]): boolean {
  return pieces.some((p) => !p.q && /[*?[]/.test(p.s))
}

/** Translates a pattern into a regular expression source (unanchored). */
export function patternSource(pieces: Piece[]): string {
  // Flatten to characters with their quoting so brackets can span pieces.
  const chars: { c: string; q: boolean }[] = []
  for (const p of pieces) for (const c of p.s) chars.push({ c, q: p.q })
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    const { c, q } = chars[i]
    if (q) out += escapeRe(c)
    else if (c === '*') out += '[\\s\\S]*'
    else if (c === '?') out += '[\\s\\S]'
    else if (c === '\\' && i + 1 < chars.length) out += escapeRe(chars[++i].c)
    else if (c === '[') {
      const bracket = readBracket(chars, i)
      if (bracket) {
        out += bracket.re
        i = bracket.end
      } else out += '\\['
    } else out += escapeRe(c)
  }
  return out
}

function readBracket(chars: { c: string; q: boolean }[], start: number): { re: string; end: number } | undefined {
  let i = start + 1
  let negate = false
  if (i < chars.length && !chars[i].q && (chars[i].c === '!' || chars[i].c === '^')) {
    negate = true
    i++
  }
  let body = ''
  let first = true
  for (; i < chars.length; i++) {
    const { c, q } = chars[i]
    if (c === ']' && !q && !first) return { re: `[${negate ? '^' : ''}${body}]`, end: i }
    first = false
    if (c === '[' && !q && chars[i + 1]?.c === ':') {
      const rest = chars.slice(i + 2).map((x) => x.c).join('')
      const m = /^([a-z]+):\]/.exec(rest)
      if (m && CLASSES[m[1]]) {
        body += CLASSES[m[1]]
        i += m[0].length + 1
        continue
      }
    }
    const dash = chars[i + 1]
    const end = chars[i + 2]
    if (dash && dash.c === '-' && !dash.q && end && !(end.c === ']' && !end.q)) {
      // A reversed range (z-a) matches nothing, as in fnmatch; JavaScript would reject it.
      if (c <= end.c) body += `${escapeRe(c)}-${escapeRe(end.c)}`
      i += 2
      continue
    }
    body += escapeRe(c)
  }
  return undefined
}

/** Whether the whole string matches the pattern. */
export function matchPattern(pieces: Piece[], s: string): boolean {
  return new RegExp(`^(?:${patternSource(pieces)})$`).test(s)
}

/** `${x#p}`, `${x##p}`, `${x%p}`, `${x%%p}`: removes the shortest/longest matching prefix or suffix. */
export function removeAffix(value: string, pieces: Piece[], op: '#' | '##' | '%' | '%%'): string {
  const re = new RegExp(`^(?:${patternSource(pieces)})$`)
  const n = value.length
  if (op === '#') for (let i = 0; i <= n; i++) if (re.test(value.slice(0, i))) return value.slice(i)
  if (op === '##') for (let i = n; i >= 0; i--) if (re.test(value.slice(0, i))) return value.slice(i)
  if (op === '%') for (let i = n; i >= 0; i--) if (re.test(value.slice(i))) return value.slice(0, i)
  if (op === '%%') for (let i = 0; i <= n; i++) if (re.test(value.slice(i))) return value.slice(0, i)
  return value
}

/** `${x/p/r}` and friends: replaces the first (or every, or anchored) longest match. */
export function replacePattern(value: string, pieces: Piece[], rep: string, op: '/' | '//' | '/#' | '/%'): string {
  const src = patternSource(pieces)
  if (src === '') return value
  const re = new RegExp(`^(?:${src})$`)
  const n = value.length
  const longestAt = (i: number) => {
    for (let j = n; j > i; j--) if (re.test(value.slice(i, j))) return j
    return -1
  }
  if (op === '/#') {
    const j = longestAt(0)
    return j > 0 ? rep + value.slice(j) : value
  }
  if (op === '/%') {
    for (let i = 0; i < n; i++) if (re.test(value.slice(i))) return value.slice(0, i) + rep
    return value
  }
  let out = ''
  let i = 0
  while (i < n) {
    const j = longestAt(i)
    if (j > i) {
      out += rep
      i = j
      if (op === '/') return out + value.slice(i)
    } else out += value[i++]
  }
  return out
}

/** Expands a pathname pattern against the filesystem; sorted matches, or [] when none. */
export function globPaths(pieces: Piece[], cwd: string, fs: ShellFs): string[] {
  // Split into path components, keeping quoting per component.
  const comps: Piece[][] = [[]]
  for (const p of pieces) {
    const segs = p.s.split('/')
    segs.forEach((seg, k) => {
      if (k > 0) comps.push([])
      if (seg) comps[comps.length - 1].push({ s: seg, q: p.q })
    })
  }
  const absolute = comps[0].length === 0 && comps.length > 1
  let found: { shown: string; path: string }[] = [{ shown: absolute ? '/' : '', path: absolute ? '/' : cwd }]
  const start = absolute ? 1 : 0
  for (let k = start; k < comps.length; k++) {
    const comp = comps[k]
    const next: { shown: string; path: string }[] = []
    const join = (base: string, name: string) => (base === '/' ? '/' + name : base + '/' + name)
    const shownJoin = (base: string, name: string) => (base === '' ? name : base.endsWith('/') ? base + name : base + '/' + name)
    if (comp.length === 0) {
      for (const f of found) next.push({ shown: f.shown + '/', path: f.path })
    } else if (!hasGlob(comp)) {
      const name = comp.map((p) => p.s).join('')
      for (const f of found) next.push({ shown: shownJoin(f.shown, name), path: join(f.path, name) })
    } else {
      const re = new RegExp(`^(?:${patternSource(comp)})$`)
      const dotOk = comp[0].s.startsWith('.')
      for (const f of found) {
        const names = fs.list(f.path)
        if (typeof names === 'string') continue
        for (const name of [...names].sort()) {
          if (name.startsWith('.') && !dotOk) continue
          if (re.test(name)) next.push({ shown: shownJoin(f.shown, name), path: join(f.path, name) })
        }
      }
    }
    found = next
  }
  return found
    .filter((f) => typeof fs.stat(f.path) !== 'string')
    .map((f) => f.shown)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

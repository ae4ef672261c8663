// Word expansion: tilde, parameters, `$(...)`, `$(( ))`, then IFS field splitting and pathname
// expansion, as POSIX and ash order them. Generators, because `$(sleep 5)` takes virtual time.

import type { Part, Word } from './ast'
import { ArithError, evalArith } from './arith'
import { runSubstitution } from './exec'
import type { Io } from './io'
import { globPaths, hasGlob, removeAffix, replacePattern, type Piece } from './pattern'
import type { Gen, Shell } from './shell'

// A run of expanded text: `glob` may hold live pattern characters, `split` is subject to IFS.
interface Seg {
  s: string
  glob: boolean
  split: boolean
}
// null separates the fields of "$@".
type Segs = (Seg | null)[]

/** Expands words into command arguments: split, globbed, quotes removed. */
export function* expandFields(sh: Shell, io: Io, words: Word[]): Gen<string[]> {
  const out: string[] = []
  for (const w of words) {
    const segs = yield* segments(sh, io, w.parts, true)
    for (const field of splitFields(segs, ifs(sh))) {
      const pieces: Piece[] = field.map((s) => ({ s: s.s, q: !s.glob }))
      if (!sh.opts.noglob && hasGlob(pieces)) {
        const found = globPaths(pieces, sh.cwd, sh.world.fs)
        if (found.length > 0) {
          out.push(...found)
          continue
        }
      }
      out.push(field.map((s) => s.s).join(''))
    }
  }
  return out
}

/** Expands without splitting or globbing (assignments, redirection targets, `case` words). */
export function* expandString(sh: Shell, io: Io, parts: Part[], tilde = false): Gen<string> {
  const segs = yield* segments(sh, io, parts, tilde)
  return segs.map((s) => (s === null ? ' ' : s.s)).join('')
}

/** Expands a pattern, keeping which characters were quoted. */
export function* expandPattern(sh: Shell, io: Io, parts: Part[]): Gen<Piece[]> {
  const segs = yield* segments(sh, io, parts, false)
  return segs.filter((s): s is Seg => s !== null).map((s) => ({ s: s.s, q: !s.glob }))
}

function ifs(sh: Shell): string {
  return sh.vars.get('IFS') ?? ' \t\n'
}

function* segments(sh: Shell, io: Io, parts: Part[], tilde: boolean): Gen<Segs> {
  const out: Segs = []
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]
    switch (p.k) {
      case 'lit': {
        if (i === 0 && tilde && !p.q && p.s.startsWith('~')) {
          const slash = p.s.indexOf('/')
          const user = p.s.slice(1, slash < 0 ? undefined : slash)
          const home = homeOf(sh, user)
          if (home !== undefined) {
            out.push({ s: home, glob: false, split: false })
            const rest = slash < 0 ? '' : p.s.slice(slash)
            if (rest) out.push({ s: rest, glob: true, split: false })
            break
          }
        }
        out.push({ s: p.s, glob: !p.q, split: false })
        break
      }
      case 'tilde':
        out.push({ s: homeOf(sh, p.user) ?? '~' + p.user, glob: false, split: false })
        break
      case 'var': {
        const segs = yield* paramSegs(sh, io, p)
        // A quoted expansion always makes a field, even when empty ("$@" with no parameters aside).
        if (p.q && segs.length === 0 && !(p.name === '@' && p.op === '')) segs.push({ s: '', glob: false, split: false })
        out.push(...segs)
        break
      }
      case 'cmd': {
        const text = yield* runSubstitution(sh, p.body, io)
        out.push({ s: text, glob: !p.q, split: !p.q })
        break
      }
      case 'arith': {
        const text = yield* expandString(sh, io, p.parts)
        out.push({ s: arith(sh, io, text), glob: !p.q, split: !p.q })
        break
      }
    }
  }
  return out
}

/** Evaluates arithmetic text; errors end the shell as in ash. */
export function arith(sh: Shell, io: Io, text: string): string {
  try {
    return String(
      evalArith(text, {
        get: (n) => sh.vars.get(n),
        set: (n, v) => {
          if (!sh.vars.set(n, v)) throw sh.fatal(io, `${n}: is read only`)
        },
      }),
    )
  } catch (e) {
    if (e instanceof ArithError) throw sh.fatal(io, e.message)
    throw e
  }
}

function homeOf(sh: Shell, user: string): string | undefined {
  if (user === '') return sh.vars.get('HOME')
  const passwd = sh.world.fs.readFile('/etc/passwd')
  if (typeof passwd === 'string') return undefined
  for (const line of passwd.data.split('\n')) {
    const f = line.split(':')
    if (f[0] === user && f.length >= 6) return f[5]
  }
  return undefined
}

/** The value of a parameter; undefined when unset. */
export function paramValue(sh: Shell, name: string): string | undefined {
  if (/^[0-9]+$/.test(name)) return name === '0' ? sh.arg0 : sh.positional[Number(name) - 1]
  switch (name) {
    case '@': case '*': return sh.positional.join(' ')
    case '#': return String(sh.positional.length)
    case '?': return String(sh.status)
    case '-': return sh.flags()
    case '$': return '1'
    case '!': return sh.lastBg === undefined ? undefined : String(sh.lastBg)
  }
  return sh.vars.get(name)
}

function* paramSegs(sh: Shell, io: Io, p: Part & { k: 'var' }): Gen<Segs> {
  const q = p.q
  const value = (s: string): Segs => [{ s, glob: !q, split: !q }]
  if ((p.name === '@' || p.name === '*') && p.op === '') {
    if (q && p.name === '*') return value(sh.positional.join(ifs(sh).slice(0, 1)))
    const out: Segs = []
    sh.positional.forEach((arg, k) => {
      if (k > 0) out.push(null)
      out.push({ s: arg, glob: !q, split: !q })
    })
    return out
  }
  const v = paramValue(sh, p.name)
  const isSet = v !== undefined
  const nonNull = isSet && v !== ''
  const checksOnly = ['-', ':-', '=', ':=', '?', ':?', '+', ':+'].includes(p.op)
  if (!isSet && sh.opts.nounset && !checksOnly && p.name !== '@' && p.name !== '*') throw sh.fatal(io, `${p.name}: parameter not set`)
  const arg = p.arg ?? []
  switch (p.op) {
    case '': return value(v ?? '')
    case 'len': return value(String(p.name === '@' || p.name === '*' ? sh.positional.length : [...(v ?? '')].length))
    case '-': case ':-':
      return (p.op === '-' ? isSet : nonNull) ? value(v as string) : yield* segments(sh, io, arg, false)
    case '+': case ':+':
      return (p.op === '+' ? isSet : nonNull) ? yield* segments(sh, io, arg, false) : []
    case '=': case ':=': {
      if (p.op === '=' ? isSet : nonNull) return value(v as string)
      const s = yield* expandString(sh, io, arg)
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.name)) throw sh.fatal(io, `${p.name}: bad variable name`)
      if (!sh.vars.set(p.name, s)) throw sh.fatal(io, `${p.name}: is read only`)
      return value(s)
    }
    case '?': case ':?': {
      if (p.op === '?' ? isSet : nonNull) return value(v as string)
      const msg = arg.length > 0 ? yield* expandString(sh, io, arg) : p.op === '?' ? 'parameter not set' : 'parameter not set or null'
      throw sh.fatal(io, `${p.name}: ${msg}`)
    }
    case '#': case '##': case '%': case '%%':
      return value(removeAffix(v ?? '', yield* expandPattern(sh, io, arg), p.op))
    case '/': case '//': case '/#': case '/%': {
      const pat = yield* expandPattern(sh, io, arg)
      const rep = yield* expandString(sh, io, p.arg2 ?? [])
      return value(replacePattern(v ?? '', pat, rep, p.op))
    }
    case ':': {
      const chars = [...(v ?? '')]
      let off = Number(arith(sh, io, yield* expandString(sh, io, arg)))
      if (off < 0) off = Math.max(0, chars.length + off)
      let len = chars.length - off
      if (p.arg2) len = Number(arith(sh, io, yield* expandString(sh, io, p.arg2)))
      if (len < 0) len = Math.max(0, chars.length - off + len)
      return value(chars.slice(off, off + len).join(''))
    }
  }
}

/** IFS field splitting over expanded segments. */
function splitFields(segs: Segs, ifsChars: string): Seg[][] {
  const fields: Seg[][] = []
  let cur: Seg[] = []
  let exists = false
  let afterWs = false
  const emit = () => {
    fields.push(cur)
    cur = []
    exists = false
  }
  for (const seg of segs) {
    if (seg === null) {
      if (exists) emit()
      cur = []
      afterWs = false
      continue
    }
    if (!seg.split || ifsChars === '') {
      cur.push(seg)
      if (seg.s !== '' || !seg.glob) exists = true
      if (seg.s !== '') afterWs = false
      continue
    }
    let text = ''
    const flush = () => {
      if (text) cur.push({ s: text, glob: seg.glob, split: false })
      text = ''
    }
    for (const ch of seg.s) {
      if (!ifsChars.includes(ch)) {
        text += ch
        exists = true
        afterWs = false
      } else if (' \t\n'.includes(ch)) {
        if (exists) {
          flush()
          emit()
          afterWs = true
        }
      } else {
        if (!exists && afterWs) {
          afterWs = false
          continue
        }
        flush()
        emit()
        afterWs = false
      }
    }
    flush()
  }
  if (exists) emit()
  return fields
}

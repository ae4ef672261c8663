// The small applets: echo, true/false, sleep, seq, basename, dirname, expr. echo, printf, test
// and true/false are also ash builtins (they then say `sh:` in errors and exist in every image).

import type { Io } from '../io'
import type { Gen, Shell } from '../shell'
import { parseDuration } from '../util'
import { out, usage, warn, type Applet, type AppletCtx } from './ctx'
import { expandEscapes, printf } from './printf'
import { compile } from './regex'
import { test } from './testCmd'

function echo(c: AppletCtx): number {
  let i = 1
  let newline = true
  let escapes = false
  for (; i < c.argv.length; i++) {
    const a = c.argv[i]
    if (!/^-[neE]+$/.test(a)) break
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false
      else escapes = f === 'e'
    }
  }
  let text = c.argv.slice(i).join(' ')
  if (escapes) {
    const r = expandEscapes(text, true)
    text = r.s
    if (r.stop) newline = false
  }
  out(c, newline ? text + '\n' : text)
  return 0
}

function* sleep(c: AppletCtx): Gen<number> {
  if (c.argv.length < 2) {
    return usage(c, 'sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays')
  }
  let total = 0
  for (const a of c.argv.slice(1)) {
    const ms = parseDuration(a)
    if (ms === undefined) {
      warn(c, `invalid number '${a}'`)
      return 1
    }
    total += ms
  }
  if (total > 0) yield { sleep: total }
  return 0
}

const SEQ_USAGE = 'seq [-w] [-s SEP] [FIRST [INC]] LAST\n\nPrint numbers from FIRST to LAST, in steps of INC.\nFIRST, INC default to 1.\n\n\t-w\tPad to last with leading zeros\n\t-s SEP\tString separator'

function seq(c: AppletCtx): number {
  let sep = '\n'
  let width = false
  const nums: string[] = []
  for (let i = 1; i < c.argv.length; i++) {
    const a = c.argv[i]
    if (a === '-s') sep = c.argv[++i] ?? ''
    else if (a.startsWith('-s') && a.length > 2) sep = a.slice(2)
    else if (a === '-w') width = true
    else nums.push(a)
  }
  if (nums.length < 1 || nums.length > 3) return usage(c, SEQ_USAGE)
  if (nums.some((n) => !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(n))) return usage(c, SEQ_USAGE)
  const [first, inc, last] = nums.length === 1 ? ['1', '1', nums[0]] : nums.length === 2 ? [nums[0], '1', nums[1]] : nums
  const prec = Math.max(...[first, inc].map((n) => (n.includes('.') ? n.length - n.indexOf('.') - 1 : 0)))
  const a = Number(first)
  const d = Number(inc)
  const z = Number(last)
  const items: string[] = []
  if (d !== 0) for (let k = 0, v = a; d > 0 ? v <= z + 1e-9 : v >= z - 1e-9; k++, v = a + k * d) items.push(v.toFixed(prec))
  if (width) {
    const w = Math.max(...items.map((s) => s.length), 0)
    for (let k = 0; k < items.length; k++) items[k] = items[k].replace(/^(-?)(.*)$/, (_m, s: string, n: string) => s + n.padStart(w - s.length, '0'))
  }
  if (items.length > 0) out(c, items.join(sep) + '\n')
  return 0
}

function basename(c: AppletCtx): number {
  if (c.argv.length < 2) return usage(c, 'basename FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...\n\nStrip directory path and SUFFIX from FILE\n\n\t-a\t\tAll arguments are FILEs\n\t-s SUFFIX\tRemove SUFFIX (implies -a)')
  const p = c.argv[1].replace(/\/+$/, '')
  let base = p === '' ? (c.argv[1] ? '/' : '') : p.slice(p.lastIndexOf('/') + 1)
  const suffix = c.argv[2]
  if (suffix && base !== suffix && base.endsWith(suffix)) base = base.slice(0, -suffix.length)
  out(c, base + '\n')
  return 0
}

function dirname(c: AppletCtx): number {
  if (c.argv.length < 2) return usage(c, 'dirname FILENAME\n\nStrip non-directory suffix from FILENAME')
  const p = c.argv[1].replace(/\/+$/, '')
  if (p === '') {
    out(c, c.argv[1].startsWith('/') ? '/\n' : '.\n')
    return 0
  }
  const slash = p.lastIndexOf('/')
  const dir = slash < 0 ? '.' : p.slice(0, slash).replace(/\/+$/, '') || '/'
  out(c, dir + '\n')
  return 0
}

class ExprError {
  constructor(readonly message: string, readonly status = 2) {}
}

// expr's grammar, lowest precedence first: | & comparisons + - * / % : and the keyword forms.
function expr(c: AppletCtx): number {
  const a = c.argv.slice(1)
  if (a.length === 0) {
    warn(c, 'too few arguments')
    return 2
  }
  let i = 0
  const isInt = (v: string) => /^[-+]?\d+$/.test(v)
  const num = (v: string) => {
    if (!isInt(v)) throw new ExprError('non-numeric argument')
    return BigInt(v)
  }
  const level = (ops: string[], next: () => string, apply: (op: string, l: string, r: string) => string) => (): string => {
    let l = next()
    while (i < a.length && ops.includes(a[i])) {
      const op = a[i++]
      l = apply(op, l, next())
    }
    return l
  }
  const truthy = (v: string) => v !== '' && v !== '0'
  const primary = (): string => {
    const t = a[i++]
    if (t === undefined) throw new ExprError('syntax error')
    if (t === '(') {
      const v = orExpr()
      if (a[i++] !== ')') throw new ExprError('syntax error')
      return v
    }
    if (t === 'length') return String([...primary()].length)
    if (t === 'match') return match(primary(), primary())
    if (t === 'substr') {
      const s = primary()
      const p = Number(num(primary()))
      const n = Number(num(primary()))
      return p < 1 || n < 1 ? '' : [...s].slice(p - 1, p - 1 + n).join('')
    }
    if (t === 'index') {
      const s = primary()
      const chars = primary()
      const k = [...s].findIndex((ch) => chars.includes(ch))
      return String(k + 1)
    }
    if (t === '+') return a[i++] ?? ''
    return t
  }
  const match = (s: string, pat: string): string => {
    const inner = compile(pat, false)
    const re = inner && new RegExp(`^(?:${inner.source})`)
    if (!re) throw new ExprError('syntax error')
    const m = re.exec(s)
    if (/\\\(/.test(pat)) return m?.[1] ?? ''
    return String(m ? m[0].length : 0)
  }
  const colon = level([':'], primary, (_op, l, r) => match(l, r))
  const mul = level(['*', '/', '%'], colon, (op, l, r) => {
    const x = num(l)
    const y = num(r)
    if (op !== '*' && y === 0n) throw new ExprError('division by zero')
    return String(op === '*' ? x * y : op === '/' ? x / y : x % y)
  })
  const add = level(['+', '-'], mul, (op, l, r) => String(op === '+' ? num(l) + num(r) : num(l) - num(r)))
  const cmp = level(['<', '<=', '=', '==', '!=', '>=', '>'], add, (op, l, r) => {
    const c2 = isInt(l) && isInt(r) ? (BigInt(l) < BigInt(r) ? -1 : BigInt(l) > BigInt(r) ? 1 : 0) : l < r ? -1 : l > r ? 1 : 0
    const ok = op === '<' ? c2 < 0 : op === '<=' ? c2 <= 0 : op === '=' || op === '==' ? c2 === 0 : op === '!=' ? c2 !== 0 : op === '>=' ? c2 >= 0 : c2 > 0
    return ok ? '1' : '0'
  })
  const andExpr = level(['&'], cmp, (_op, l, r) => (truthy(l) && truthy(r) ? l : '0'))
  const orExpr: () => string = level(['|'], andExpr, (_op, l, r) => (truthy(l) ? l : truthy(r) ? r : '0'))
  try {
    const v = orExpr()
    if (i < a.length) throw new ExprError('syntax error')
    out(c, v + '\n')
    return truthy(v) ? 0 : 1
  } catch (e) {
    if (!(e instanceof ExprError)) throw e
    warn(c, e.message)
    return e.status
  }
}

/** Applets defined here, by name. */
export const BASIC_APPLETS: Record<string, Applet> = {
  echo, printf, test, '[': test, true: () => 0, false: () => 1, sleep, seq, basename, dirname, expr,
}

type Builtin = (sh: Shell, argv: string[], io: Io) => number | Gen<number>
const asBuiltin = (applet: Applet): Builtin => (sh, argv, io) => applet({ sh, io, argv, env: [], prog: 'sh' })

/** The applets ash also has as builtins. */
export const TEXT_BUILTINS: Record<string, Builtin> = {
  echo: asBuiltin(echo), printf: asBuiltin(printf), test: asBuiltin(test), '[': asBuiltin(test), true: () => 0, false: () => 1, ':': () => 0,
}

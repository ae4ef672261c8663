// printf and the backslash escapes it shares with `echo -e` (busybox printf.c semantics:
// the format is reused while arguments remain, bad numbers warn and count as 0).

import { out, progName, warn, type AppletCtx } from './ctx'

/** Decodes one escape at text[i] (just after the backslash); returns the text and chars consumed. */
export function escapeAt(text: string, i: number, octalNeedsZero: boolean): { s: string; used: number; stop?: boolean } {
  const c = text[i]
  const simple: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' }
  if (c in simple) return { s: simple[c], used: 1 }
  if (c === 'c') return { s: '', used: 1, stop: true }
  if (c === 'x') {
    const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1))
    if (m) return { s: String.fromCharCode(parseInt(m[0], 16)), used: 1 + m[0].length }
  }
  if (/[0-7]/.test(c ?? '')) {
    if (octalNeedsZero && c !== '0') return { s: '\\', used: 0 }
    const start = octalNeedsZero ? i + 1 : i
    const m = /^[0-7]{0,3}/.exec(text.slice(start)) as RegExpExecArray
    return { s: String.fromCharCode(parseInt(m[0] || '0', 8) & 255), used: start - i + m[0].length }
  }
  return { s: '\\', used: 0 }
}

/** Expands escapes in text; `stop` reports a `\c`. */
export function expandEscapes(text: string, octalNeedsZero: boolean): { s: string; stop: boolean } {
  let s = ''
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\' || i + 1 >= text.length) {
      s += text[i]
      continue
    }
    const e = escapeAt(text, i + 1, octalNeedsZero)
    if (e.stop) return { s, stop: true }
    s += e.s
    i += e.used
  }
  return { s, stop: false }
}

function parseNumber(c: AppletCtx, arg: string, bad: { v: boolean }): number {
  if (/^['"]/.test(arg)) return arg.length > 1 ? arg.codePointAt(1) ?? 0 : 0
  const t = arg.trim()
  let v: number
  if (/^[-+]?0[xX][0-9a-fA-F]+$/.test(t)) v = parseInt(t, 16)
  else if (/^[-+]?0[0-7]+$/.test(t)) v = parseInt(t, 8)
  else if (/^[-+]?\d+$/.test(t)) v = parseInt(t, 10)
  else {
    warn(c, `invalid number '${arg}'`)
    bad.v = true
    const m = /^[-+]?\d+/.exec(t)
    return m ? parseInt(m[0], 10) : 0
  }
  return v
}

function parseFloatArg(c: AppletCtx, arg: string, bad: { v: boolean }): number {
  const v = Number(arg.trim())
  if (arg.trim() === '' || Number.isNaN(v)) {
    warn(c, `invalid number '${arg}'`)
    bad.v = true
    return 0
  }
  return v
}

/** C's %.Nf: rounds the double's exact decimal value, ties to even (JS toFixed rounds ties up). */
export function cFixed(v: number, prec: number): string {
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : v < 0 ? '-inf' : 'nan'
  const exact = Math.abs(v).toFixed(Math.min(100, prec + 40))
  const dot = exact.indexOf('.')
  const keep = exact.slice(0, dot + 1 + prec).replace(/\.$/, '')
  const rest = exact.slice(dot + 1 + prec)
  let digits = keep.replace('.', '')
  const last = Number(digits[digits.length - 1] ?? '0')
  const roundUp = rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || last % 2 === 1))
  if (roundUp) digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0')
  const intLen = digits.length - prec
  const out = prec > 0 ? `${digits.slice(0, intLen) || '0'}.${digits.slice(intLen)}` : digits
  return (v < 0 || Object.is(v, -0) ? '-' : '') + out
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  if (s.length >= width) return s
  if (left) return s.padEnd(width)
  if (zero) {
    const sign = /^[-+ ]/.test(s) ? s[0] : ''
    return sign + s.slice(sign.length).padStart(width - sign.length, '0')
  }
  return s.padStart(width)
}

function expo(v: number, prec: number, upper: boolean): string {
  const s = v.toExponential(prec).replace(/e([+-])(\d)$/, 'e$10$2')
  return upper ? s.toUpperCase() : s
}

function general(v: number, prec: number, alt: boolean, upper: boolean): string {
  const p = prec === 0 ? 1 : prec
  if (v === 0) return '0'
  const exp = Math.floor(Math.log10(Math.abs(v)))
  let s = exp < -4 || exp >= p ? expo(v, p - 1, upper) : v.toFixed(Math.max(0, p - 1 - exp))
  if (!alt) s = s.replace(/\.?0+(e|E|$)/, '$1').replace(/\.(e|E|$)/, '$1')
  return s
}

/** busybox printf: returns the exit status (1 after an invalid number). */
export function printf(c: AppletCtx): number {
  const argv = c.argv
  if (argv.length < 2) {
    if (progName(c) === 'printf') return usageShort(c)
    c.io.write(2, 'sh: usage: printf FORMAT [ARGUMENT...]\n')
    return 2
  }
  const format = argv[1]
  let args = argv.slice(2)
  const bad = { v: false }
  let text = ''
  for (;;) {
    const before = args.length
    const r = formatOnce(c, format, args, bad)
    text += r.s
    args = r.rest
    if (r.stop || args.length === 0 || args.length === before) break
  }
  out(c, text)
  return bad.v ? 1 : 0
}

function usageShort(c: AppletCtx): number {
  c.io.write(2, 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: printf FORMAT [ARG]...\n\nFormat and print ARG(s) according to FORMAT (a-la C printf)\n')
  return 1
}

function formatOnce(c: AppletCtx, f: string, args: string[], bad: { v: boolean }): { s: string; rest: string[]; stop: boolean } {
  let s = ''
  let k = 0
  const next = () => (k < args.length ? args[k++] : undefined)
  for (let i = 0; i < f.length; i++) {
    const ch = f[i]
    if (ch === '\\') {
      const e = escapeAt(f, i + 1, false)
      if (e.stop) return { s, rest: [], stop: true }
      s += e.s
      i += e.used
      continue
    }
    if (ch !== '%') {
      s += ch
      continue
    }
    const m = /^([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXcsbfeEgG%])/.exec(f.slice(i + 1))
    if (!m) {
      s += ch
      continue
    }
    i += m[0].length
    const [, fl, w, p, conv] = m
    if (conv === '%') {
      s += '%'
      continue
    }
    const width = w === '*' ? parseNumber(c, next() ?? '0', bad) : Number(w ?? 0)
    const precArg = p === '*' ? parseNumber(c, next() ?? '0', bad) : p === undefined ? undefined : Number(p || 0)
    const left = fl.includes('-') || width < 0
    const zero = fl.includes('0') && !left
    const arg = next()
    let body: string
    switch (conv) {
      case 's':
        body = arg ?? ''
        if (precArg !== undefined) body = body.slice(0, precArg)
        break
      case 'b': {
        const e = expandEscapes(arg ?? '', true)
        s += pad(e.s, Math.abs(width), left, false)
        if (e.stop) return { s, rest: [], stop: true }
        continue
      }
      case 'c':
        body = (arg ?? '').slice(0, 1)
        break
      case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': {
        let v = arg === undefined ? 0 : parseNumber(c, arg, bad)
        if (conv !== 'd' && conv !== 'i' && v < 0) v = Number(BigInt.asUintN(64, BigInt(v)))
        const digits = conv === 'o' ? v.toString(8) : conv === 'x' ? v.toString(16) : conv === 'X' ? v.toString(16).toUpperCase() : String(Math.abs(v))
        let num = conv === 'd' || conv === 'i' ? digits : digits
        if (precArg !== undefined) num = num.padStart(precArg, '0')
        if (fl.includes('#') && v !== 0) num = (conv === 'o' ? '0' : conv === 'x' ? '0x' : conv === 'X' ? '0X' : '') + num
        const sign = (conv === 'd' || conv === 'i') && v < 0 ? '-' : (conv === 'd' || conv === 'i') && fl.includes('+') ? '+' : (conv === 'd' || conv === 'i') && fl.includes(' ') ? ' ' : ''
        body = sign + num
        s += pad(body, Math.abs(width), left, zero && precArg === undefined)
        continue
      }
      default: {
        const v = arg === undefined ? 0 : parseFloatArg(c, arg, bad)
        const prec = precArg ?? 6
        body = conv === 'f' ? cFixed(v, prec) : conv === 'e' || conv === 'E' ? expo(v, prec, conv === 'E') : general(v, prec, fl.includes('#'), conv === 'G')
        if (v >= 0 && fl.includes('+')) body = '+' + body
        else if (v >= 0 && fl.includes(' ')) body = ' ' + body
        s += pad(body, Math.abs(width), left, zero)
        continue
      }
    }
    s += pad(body, Math.abs(width), left, false)
  }
  return { s, rest: args.slice(k), stop: false }
}

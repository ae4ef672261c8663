// How Go prints the values kubectl's JSONPath engine yields: fmt's %v, %#v, %q and %#U, and
// encoding/json's Marshal and MarshalIndent (sorted keys, HTML-safe escapes). Pure.

import { goKind, isMap, numberOf, NO_VALUE, type GoValue } from './values'

const HEX = '0123456789abcdef'

/** Orders strings by code point, which is Go's byte order for UTF-8 (map keys print sorted). */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0)
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i]
  return x.length - y.length
}

function sortedKeys(m: Record<string, unknown>): string[] {
  return Object.keys(m).sort(compareCodePoints)
}

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isGoPrint(cp: number): boolean {
  if (cp === 0x20) return true
  if (cp >= 0xd800 && cp <= 0xdfff) return false
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(cp))
}

/** fmt's %#U: `U+002A '*'`, or just `U+0007` for an unprintable rune. */
export function formatRune(cp: number): string {
  const code = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0')
  return isGoPrint(cp) ? `${code} '${String.fromCodePoint(cp)}'` : code
}

function hex(n: number, width: number): string {
  let s = ''
  for (let i = width - 1; i >= 0; i--) s += HEX[(n >> (4 * i)) & 0xf]
  return s
}

const SHORT_ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' }

/** strconv.Quote, as %q and %#v print strings. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    let cp = ch.codePointAt(0) ?? 0
    if (ch === '"' || ch === '\\') out += '\\' + ch
    else if (isGoPrint(cp)) out += ch
    else if (SHORT_ESCAPES[cp] !== undefined) out += SHORT_ESCAPES[cp]
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2)
    else {
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd
      out += cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8)
    }
  }
  return out + '"'
}

/** fmt's %v of a float64: strconv 'g' with the shortest digits, exponent form below 1e-4 or from 1e6. */
export function formatGoFloat(x: number): string {
  if (Object.is(x, -0)) return '-0'
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? '+Inf' : '-Inf'
  const sign = x < 0 ? '-' : ''
  const [mantissa, expText] = Math.abs(x).toExponential().split('e')
  const digits = mantissa.replace('.', '')
  const exp = Number(expText)
  if (exp < -4 || exp >= 6) {
    const frac = digits.length > 1 ? '.' + digits.slice(1) : ''
    return `${sign}${digits[0]}${frac}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  }
  const point = exp + 1
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length)
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

/** A number as fmt prints it for its Go kind. */
function formatNumber(v: GoValue): string {
  const n = numberOf(v)
  return goKind(v) === 'float' ? formatGoFloat(n) : String(n)
}

/** fmt's %v (fmt.Sprint): maps as `map[k:v]` with sorted keys, slices as `[a b]`, nil as `<nil>`. */
export function goSprint(v: GoValue): string {
  if (v === NO_VALUE) return '<invalid reflect.Value>'
  if (v === null) return '<nil>'
  if (Array.isArray(v)) return '[' + v.map(goSprint).join(' ') + ']'
  if (isMap(v)) return 'map[' + sortedKeys(v).map((k) => `${k}:${goSprint(v[k])}`).join(' ') + ']'
  if (typeof v === 'string') return v
  if (typeof v === 'boolean') return String(v)
  return formatNumber(v)
}

/** fmt's %#v of decoded JSON (the `object given to jsonpath engine` dump). */
export function goSharpV(v: GoValue): string {
  if (v === NO_VALUE || v === null) return 'interface {}(nil)'
  if (Array.isArray(v)) return '[]interface {}{' + v.map(goSharpV).join(', ') + '}'
  if (isMap(v)) return 'map[string]interface {}{' + sortedKeys(v).map((k) => `${goQuote(k)}:${goSharpV(v[k])}`).join(', ') + '}'
  if (typeof v === 'string') return goQuote(v)
  if (typeof v === 'boolean') return String(v)
  return formatNumber(v)
}

/** encoding/json's string encoding with HTML escaping on (its default). */
export function jsonString(s: string): string {
  let out = '"'
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    if (ch === '"' || ch === '\\') out += '\\' + ch
    else if (cp === 8) out += '\\b'
    else if (cp === 12) out += '\\f'
    else if (cp === 10) out += '\\n'
    else if (cp === 13) out += '\\r'
    else if (cp === 9) out += '\\t'
    else if (cp < 0x20 || ch === '<' || ch === '>' || ch === '&' || cp === 0x2028 || cp === 0x2029) out += '\\u' + hex(cp, 4)
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd'
    else out += ch
  }
  return out + '"'
}

function isList(v: GoValue | readonly GoValue[]): v is readonly GoValue[] {
  return Array.isArray(v)
}

function jsonNumber(v: GoValue): string {
  const n = numberOf(v)
  return Object.is(n, -0) && goKind(v) === 'float' ? '-0' : String(n)
}

/** json.Marshal, or json.MarshalIndent(v, "", indent) when `indent` is given. */
export function jsonMarshal(v: GoValue | readonly GoValue[], indent?: string, depth = 0): string {
  if (v === NO_VALUE || v === null) return 'null'
  if (typeof v === 'string') return jsonString(v)
  if (typeof v === 'boolean') return String(v)
  const entries: Array<[string | undefined, GoValue]> = isList(v)
    ? v.map((item): [undefined, GoValue] => [undefined, item])
    : isMap(v)
      ? sortedKeys(v).map((k) => [k, v[k]])
      : []
  if (!isList(v) && !isMap(v)) return jsonNumber(v)
  const [open, close] = isList(v) ? ['[', ']'] : ['{', '}']
  if (entries.length === 0) return open + close
  const colon = indent === undefined ? ':' : ': '
  const parts = entries.map(([k, item]) => (k === undefined ? '' : jsonString(k) + colon) + jsonMarshal(item, indent, depth + 1))
  if (indent === undefined) return open + parts.join(',') + close
  const inner = '\n' + indent.repeat(depth + 1)
  return open + inner + parts.join(',' + inner) + '\n' + indent.repeat(depth) + close
}

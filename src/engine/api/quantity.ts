// Kubernetes resource quantities (apimachinery pkg/api/resource): parsing, exact bigint arithmetic
// and the canonical String() form. Pure; values are held as whole nano-units, the finest scale a
// parsed quantity can carry, so no float ever touches the arithmetic.

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent'

/** A parsed quantity: `nanos` is the value times 10^9; `cached` is the verbatim input Go keeps when it was canonical. */
export interface ParsedQuantity {
  nanos: bigint
  format: QuantityFormat
  cached?: string
}

/** The decode error the API server returns for a malformed quantity (ErrFormatWrong). */
export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
/** The decode error for a well-formed number with an unknown suffix (ErrSuffix). */
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix"

/** Thrown by parseQuantity; `message` is the apimachinery error text. */
export class QuantityParseError extends Error {}

const NANO = 1_000_000_000n
const MAX_INT64 = 9_223_372_036_854_775_807n
const DEC_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 }
const BIN_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 }
const SUFFIX_CHARS = 'eEinumkKMGTP'
// Exponents this large only come from hostile input; clamping keeps bigint work bounded.
const EXP_LIMIT = 400

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const pow10 = (n: number): bigint => 10n ** BigInt(n)
const abs = (v: bigint): bigint => (v < 0n ? -v : v)
const ceilDiv = (a: bigint, b: bigint): bigint => (a % b === 0n ? a / b : a / b + 1n)

interface Pieces { positive: boolean; num: string; denom: string; suffix: string }

// Mirrors parseQuantityString: sign, leading zeros, integer digits, optional fraction, suffix.
function split(str: string): Pieces {
  let pos = 0
  let positive = true
  if (str[0] === '-') { positive = false; pos++ } else if (str[0] === '+') pos++
  while (str[pos] === '0') pos++
  if (pos >= str.length) return { positive, num: '0', denom: '', suffix: '' }
  const numStart = pos
  while (isDigit(str[pos])) pos++
  const num = pos > numStart ? str.slice(numStart, pos) : '0'
  let denom = ''
  if (str[pos] === '.') {
    const d = ++pos
    while (isDigit(str[pos])) pos++
    denom = str.slice(d, pos)
  }
  const suffixStart = pos
  while (pos < str.length && SUFFIX_CHARS.includes(str[pos])) pos++
  if (str[pos] === '-' || str[pos] === '+') pos++
  while (isDigit(str[pos])) pos++
  if (pos < str.length) throw new QuantityParseError(QUANTITY_FORMAT_ERROR)
  return { positive, num, denom, suffix: str.slice(suffixStart) }
}

function interpret(suffix: string): { base: 2 | 10; exponent: number; format: QuantityFormat } {
  if (suffix in DEC_SUFFIX) return { base: 10, exponent: DEC_SUFFIX[suffix], format: 'DecimalSI' }
  if (suffix in BIN_SUFFIX) return { base: 2, exponent: BIN_SUFFIX[suffix], format: 'BinarySI' }
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[+-]?\d+$/.test(suffix.slice(1))) {
    const e = Number(suffix.slice(1))
    return { base: 10, exponent: Math.max(-EXP_LIMIT, Math.min(EXP_LIMIT, e)), format: 'DecimalExponent' }
  }
  throw new QuantityParseError(QUANTITY_SUFFIX_ERROR)
}

// Go keeps the input string when its fast int64 path sees an already canonical value.
function keepsInput(p: Pieces, base: 2 | 10, exponent: number): boolean {
  const shifted = p.num + p.denom
  if (base === 10) {
    const scale = exponent - p.denom.length
    if (18 - shifted.length < 0 || scale < -9) return false
    return scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0'
  }
  if (p.denom.length > 0) return false
  const precision = 15 - p.num.length - Math.trunc((exponent * 3) / 10) - 1
  if (precision < 0) return false
  const value = BigInt(p.num)
  if (value << BigInt(exponent) > MAX_INT64) return false
  return (value & 7n) !== 0n
}

/** Parses a quantity string exactly as resource.ParseQuantity does; throws QuantityParseError. */
export function parseQuantity(str: string): ParsedQuantity {
  if (str.length === 0) throw new QuantityParseError(QUANTITY_FORMAT_ERROR)
  if (str === '0') return { nanos: 0n, format: 'DecimalSI', cached: '0' }
  const p = split(str)
  const { base, exponent, format: parsedFormat } = interpret(p.suffix)
  let format = parsedFormat
  const digits = BigInt(p.num + p.denom)
  let nanos: bigint
  if (base === 10) {
    const shift = exponent - p.denom.length + 9
    nanos = shift >= 0 ? digits * pow10(shift) : ceilDiv(digits, pow10(-shift))
  } else {
    const scaled = (digits << BigInt(exponent)) * NANO
    nanos = ceilDiv(scaled, pow10(p.denom.length))
  }
  if (format === 'BinarySI' && nanos > MAX_INT64 * NANO) nanos = MAX_INT64 * NANO
  if (format === 'BinarySI' && nanos > 0n && nanos < NANO) format = 'DecimalSI'
  const q: ParsedQuantity = { nanos: p.positive ? nanos : -nanos, format }
  if (keepsInput(p, base, exponent)) q.cached = str
  return q
}

/** Parses a JSON value (string or number) as the API decoder would, or returns null when it cannot. */
export function tryParseQuantity(value: unknown): ParsedQuantity | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null
    value = String(value)
  }
  if (typeof value !== 'string') return null
  try {
    // The JSON decoder trims surrounding spaces; ParseQuantity itself does not.
    return parseQuantity(value.trim())
  } catch {
    return null
  }
}

/** Returns the decode error text for a JSON quantity value, or null when it parses. */
export function quantityDecodeError(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : QUANTITY_FORMAT_ERROR
  if (typeof value !== 'string') return QUANTITY_FORMAT_ERROR
  try {
    parseQuantity(value.trim())
    return null
  } catch (e) {
    return e instanceof QuantityParseError ? e.message : QUANTITY_FORMAT_ERROR
  }
}

function decimalText(nanos: bigint, format: QuantityFormat): string {
  let mantissa = abs(nanos)
  let exponent = -9
  while (mantissa % 10n === 0n) { mantissa /= 10n; exponent++ }
  const r = ((exponent % 3) + 3) % 3
  if (r === 1) { mantissa *= 10n; exponent -= 1 }
  if (r === 2) { mantissa *= 100n; exponent -= 2 }
  let suffix = ''
  if (format === 'DecimalExponent') suffix = exponent === 0 ? '' : `e${exponent}`
  else {
    // An exponent outside the SI table loses its suffix in Go as well.
    const hit = Object.entries(DEC_SUFFIX).find(([, e]) => e === exponent)
    suffix = hit ? hit[0] : ''
  }
  return mantissa.toString() + suffix
}

function binaryText(nanos: bigint): string {
  let amount = abs(nanos) / NANO
  let power = 0
  while (amount % 1024n === 0n && amount !== 0n) { amount /= 1024n; power++ }
  const hit = Object.entries(BIN_SUFFIX).find(([, e]) => e === power * 10)
  return amount.toString() + (hit ? hit[0] : '')
}

/** Formats a quantity as resource.Quantity.String() does (canonical form, or the kept input). */
export function formatQuantity(q: ParsedQuantity): string {
  if (q.cached !== undefined) return q.cached
  if (q.nanos === 0n) return '0'
  const sign = q.nanos < 0n ? '-' : ''
  let format = q.format
  if (format === 'BinarySI') {
    const small = abs(q.nanos) < 1024n * NANO
    if (small || q.nanos % NANO !== 0n) format = 'DecimalSI'
    else return sign + binaryText(q.nanos)
  }
  return sign + decimalText(q.nanos, format)
}

/** Canonical text of a JSON quantity value as the API server would echo it, or null if it does not parse. */
export function canonicalQuantity(value: unknown): string | null {
  const q = tryParseQuantity(value)
  return q ? formatQuantity(q) : null
}

/** Adds two quantities like Quantity.Add: the result keeps a's format unless a is zero. */
export function addQuantities(a: ParsedQuantity, b: ParsedQuantity): ParsedQuantity {
  return { nanos: a.nanos + b.nanos, format: a.nanos === 0n ? b.format : a.format }
}

/** Compares two quantities numerically: -1, 0 or 1. */
export function compareQuantities(a: ParsedQuantity, b: ParsedQuantity): -1 | 0 | 1 {
  return a.nanos < b.nanos ? -1 : a.nanos > b.nanos ? 1 : 0
}

/** Returns the larger quantity (a on ties), unchanged, as maxResourceList keeps it. */
export function maxQuantity(a: ParsedQuantity, b: ParsedQuantity): ParsedQuantity {
  return compareQuantities(b, a) > 0 ? b : a
}

/** Rounds a quantity up to milli precision (SetDefaults_ResourceList); drops the kept input if it changed. */
export function roundUpToMilli(q: ParsedQuantity): ParsedQuantity {
  const milli = 1_000_000n
  if (q.nanos % milli === 0n) return q
  const rounded = q.nanos > 0n ? (q.nanos / milli + 1n) * milli : (q.nanos / milli) * milli
  return { nanos: rounded, format: q.format }
}

/** Value() of a quantity: whole units, rounded up. */
export function quantityValue(q: ParsedQuantity): bigint {
  return q.nanos >= 0n ? ceilDiv(q.nanos, NANO) : q.nanos / NANO
}

/** MilliValue() of a quantity: thousandths, rounded up. */
export function quantityMilliValue(q: ParsedQuantity): bigint {
  const unit = 1_000_000n
  return q.nanos >= 0n ? ceilDiv(q.nanos, unit) : q.nanos / unit
}

/** A zero quantity in DecimalSI, the Go zero value. */
export const ZERO_QUANTITY: ParsedQuantity = { nanos: 0n, format: 'DecimalSI' }

// Go's time.Duration.String(), the text Kubernetes prints for durations ("1m20s", "1.5ms", "0s").
// Pure: works on a nanosecond count held as a bigint so that int64 edge cases print exactly.

const NS_PER_SECOND = 1_000_000_000n
const INT64_MAX = (1n << 63n) - 1n
const INT64_MIN = -(1n << 63n)

/** Writes the `prec` low decimal digits of v as ".123" without trailing zeros; returns [fraction, v / 10^prec]. */
function fraction(v: bigint, prec: number): [string, bigint] {
  let digits = ''
  let printed = false
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n
    printed = printed || digit !== 0n
    if (printed) digits = digit.toString() + digits
    v /= 10n
  }
  return [printed ? '.' + digits : '', v]
}

function clampInt64(ns: bigint): bigint {
  if (ns > INT64_MAX) return INT64_MAX
  if (ns < INT64_MIN) return INT64_MIN
  return ns
}

/** Formats a duration given in nanoseconds exactly as Go's Duration.String (values outside int64 saturate). */
export function goDurationNs(ns: bigint | number): string {
  let d: bigint
  if (typeof ns === 'bigint') d = ns
  else if (Number.isNaN(ns)) d = 0n
  else if (!Number.isFinite(ns)) d = ns > 0 ? INT64_MAX : INT64_MIN
  else d = BigInt(Math.trunc(ns))
  d = clampInt64(d)
  const negative = d < 0n
  let u = negative ? -d : d
  let text: string
  if (u < NS_PER_SECOND) {
    // Below one second Go switches to the largest sub-second unit that keeps an integer part.
    if (u === 0n) return '0s'
    let prec: number
    let unit: string
    if (u < 1000n) {
      prec = 0
      unit = 'ns'
    } else if (u < 1_000_000n) {
      prec = 3
      unit = 'µs'
    } else {
      prec = 6
      unit = 'ms'
    }
    const [frac, whole] = fraction(u, prec)
    text = whole.toString() + frac + unit
  } else {
    const [frac, seconds] = fraction(u, 9)
    u = seconds
    text = (u % 60n).toString() + frac + 's'
    u /= 60n
    if (u > 0n) {
      text = (u % 60n).toString() + 'm' + text
      u /= 60n
      if (u > 0n) text = u.toString() + 'h' + text
    }
  }
  return negative ? '-' + text : text
}

/** Formats a duration given in milliseconds (fractions allowed, kept to the nanosecond) as Go's Duration.String. */
export function goDuration(ms: number): string {
  if (!Number.isFinite(ms)) return goDurationNs(ms)
  const whole = Math.trunc(ms)
  const nanos = Math.round((ms - whole) * 1e6)
  return goDurationNs(BigInt(whole) * 1_000_000n + BigInt(nanos))
}

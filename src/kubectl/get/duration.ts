// `--request-timeout` as client-go reads it (clientcmd ParseTimeout): a bare non-negative integer is
// seconds, anything else goes through Go's time.ParseDuration (`60s`, `1m30s`, `1.5h`, `300ms`).

const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 }

/** kubectl's message for a value it cannot read. */
export const INVALID_TIMEOUT =
  'Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)'

/** Go's time.ParseDuration, in milliseconds; undefined when Go would reject the text. Pure. */
export function parseGoDuration(text: string): number | undefined {
  let s = text
  let sign = 1
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1
    s = s.slice(1)
  }
  if (s === '0') return 0
  if (s === '') return undefined
  let ns = 0
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!
    const [whole, int, frac] = m
    if ((int ?? '') === '' && (frac ?? '') === '') return undefined
    s = s.slice(whole.length)
    const unit = /^[^\d.]+/.exec(s)?.[0]
    if (unit === undefined) return undefined
    const scale = UNIT_NS[unit]
    if (scale === undefined) return undefined
    s = s.slice(unit.length)
    ns += Number(`${int || '0'}.${frac || '0'}`) * scale
    if (ns > 9223372036854775807) return undefined
  }
  return (sign * ns) / 1e6
}

/** The timeout in ms (0 for none), or undefined for a value kubectl rejects. Pure. */
export function parseRequestTimeout(text: string): number | undefined {
  if (/^[+-]?\d+$/.test(text)) {
    const n = Number(text)
    if (n >= 0) return n * 1000
  }
  const ms = parseGoDuration(text)
  if (ms === undefined) return undefined
  return Math.max(0, ms)
}

// Timestamps as the API server and kubectl write and read them: metav1.Time (RFC 3339, seconds),
// metav1.MicroTime (6 fraction digits) and Go's RFC1123Z for describe. Pure and UTC only: every
// function takes epoch milliseconds; calendar math is done by hand, never with the real clock.

const MS_PER_DAY = 86_400_000
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/** The inverse: [year, month 1-12, day 1-31] of a day count since 1970-01-01. */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day]
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysIn(month: number, year: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function pad(n: number, width: number): string {
  const digits = String(Math.abs(n)).padStart(width, '0')
  return n < 0 ? '-' + digits : digits
}

interface Parts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  weekday: number
  /** Milliseconds past the second, in [0, 1000), possibly fractional. */
  subMs: number
}

function split(ms: number): Parts {
  const days = Math.floor(ms / MS_PER_DAY)
  const inDay = ms - days * MS_PER_DAY
  const [year, month, day] = civilFromDays(days)
  const secondOfDay = Math.floor(inDay / 1000)
  return {
    year,
    month,
    day,
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor(secondOfDay / 60) % 60,
    second: secondOfDay % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
    subMs: inDay - secondOfDay * 1000,
  }
}

function dateTime(p: Parts): string {
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}`
}

/** metav1.Time as JSON: `2026-01-01T00:00:00Z`; the fraction is truncated, as Go's RFC3339 layout does. */
export function rfc3339(ms: number): string {
  return dateTime(split(ms)) + 'Z'
}

/** metav1.MicroTime as JSON: `2026-01-01T00:00:00.123456Z`, always six truncated fraction digits. */
export function rfc3339Micro(ms: number): string {
  const p = split(ms)
  // Round to whole nanoseconds first so that float noise (0.1229999) cannot eat a microsecond.
  const micros = Math.min(999_999, Math.floor(Math.round(p.subMs * 1e6) / 1000))
  return `${dateTime(p)}.${pad(micros, 6)}Z`
}

/** Go's RFC1123Z layout in UTC, as kubectl describe prints times: `Thu, 01 Jan 2026 00:00:00 +0000`. */
export function rfc1123z(ms: number): string {
  const p = split(ms)
  const time = `${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}`
  return `${WEEKDAYS[p.weekday]}, ${pad(p.day, 2)} ${MONTHS[p.month - 1]} ${pad(p.year, 4)} ${time} +0000`
}

function digitsAt(s: string, start: number, count: number): number {
  let value = 0
  for (let i = start; i < start + count; i++) {
    const c = s.charCodeAt(i)
    if (!(c >= 48 && c <= 57)) return NaN
    value = value * 10 + (c - 48)
  }
  return value
}

function inRange(n: number, min: number, max: number): boolean {
  return n >= min && n <= max
}

/**
 * Parses an RFC 3339 timestamp the way Go's time.Parse(time.RFC3339, s) does (what metav1.Time
 * accepts): epoch milliseconds, fractional below the millisecond; NaN when Go would reject it.
 */
export function parseTime(s: string): number {
  if (typeof s !== 'string' || s.length < 20) return NaN
  if (s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':') return NaN
  const year = digitsAt(s, 0, 4)
  const month = digitsAt(s, 5, 2)
  const day = digitsAt(s, 8, 2)
  const hour = digitsAt(s, 11, 2)
  const minute = digitsAt(s, 14, 2)
  const second = digitsAt(s, 17, 2)
  if (!inRange(month, 1, 12) || !inRange(day, 1, daysIn(month, year))) return NaN
  if (!inRange(hour, 0, 23) || !inRange(minute, 0, 59) || !inRange(second, 0, 59)) return NaN
  let rest = s.slice(19)
  let nanos = 0
  // Go accepts a fraction after the seconds even though the layout has none; a comma works too.
  if (rest.length >= 2 && (rest[0] === '.' || rest[0] === ',') && !Number.isNaN(digitsAt(rest, 1, 1))) {
    let end = 2
    while (end < rest.length && !Number.isNaN(digitsAt(rest, end, 1))) end++
    const digits = rest.slice(1, Math.min(end, 10)).padEnd(9, '0')
    nanos = Number(digits)
    rest = rest.slice(end)
  }
  let offsetMinutes = 0
  if (rest !== 'Z') {
    if (rest.length !== 6 || (rest[0] !== '+' && rest[0] !== '-') || rest[3] !== ':') return NaN
    const oh = digitsAt(rest, 1, 2)
    const om = digitsAt(rest, 4, 2)
    if (!inRange(oh, 0, 23) || !inRange(om, 0, 59)) return NaN
    offsetMinutes = (rest[0] === '-' ? -1 : 1) * (oh * 60 + om)
  }
  const days = daysFromCivil(year, month, day)
  const seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60
  return seconds * 1000 + nanos / 1e6
}

/** Go's zero time.Time (0001-01-01T00:00:00Z) in epoch ms: metav1.Time treats it as "not set". */
export const ZERO_TIME_MS = daysFromCivil(1, 1, 1) * MS_PER_DAY

import { describe, expect, it } from 'vitest'
import { parseTime, rfc1123z, rfc3339, rfc3339Micro, ZERO_TIME_MS } from './time'

const JAN_1_2026 = 1_767_225_600_000

describe('rfc3339 (metav1.Time)', () => {
  it('prints UTC with second precision', () => {
    expect(rfc3339(JAN_1_2026)).toBe('2026-01-01T00:00:00Z')
    expect(rfc3339(JAN_1_2026 + 999)).toBe('2026-01-01T00:00:00Z')
    expect(rfc3339(0)).toBe('1970-01-01T00:00:00Z')
    expect(rfc3339(-1)).toBe('1969-12-31T23:59:59Z')
    expect(rfc3339(951_782_400_000)).toBe('2000-02-29T00:00:00Z')
    expect(rfc3339(1_136_214_245_000)).toBe('2006-01-02T15:04:05Z')
  })

  it('prints year 1 for Go zero time', () => {
    expect(rfc3339(ZERO_TIME_MS)).toBe('0001-01-01T00:00:00Z')
  })
})

describe('rfc3339Micro (metav1.MicroTime)', () => {
  it('always prints six truncated fraction digits', () => {
    expect(rfc3339Micro(JAN_1_2026)).toBe('2026-01-01T00:00:00.000000Z')
    expect(rfc3339Micro(JAN_1_2026 + 123.456)).toBe('2026-01-01T00:00:00.123456Z')
    // Near 1970 a double still holds sub-microsecond detail, so truncation (not rounding) shows.
    expect(rfc3339Micro(5_000.9999)).toBe('1970-01-01T00:00:05.000999Z')
    expect(rfc3339Micro(JAN_1_2026 + 59_999)).toBe('2026-01-01T00:00:59.999000Z')
  })
})

describe('rfc1123z (describe)', () => {
  it('prints Go RFC1123Z in UTC', () => {
    expect(rfc1123z(JAN_1_2026)).toBe('Thu, 01 Jan 2026 00:00:00 +0000')
    // Go's reference time, Mon Jan 2 15:04:05 2006, shifted to UTC.
    expect(rfc1123z(1_136_239_445_000)).toBe('Mon, 02 Jan 2006 22:04:05 +0000')
    expect(rfc1123z(0)).toBe('Thu, 01 Jan 1970 00:00:00 +0000')
    expect(rfc1123z(951_825_845_000)).toBe('Tue, 29 Feb 2000 12:04:05 +0000')
  })
})

describe('parseTime (time.Parse with time.RFC3339)', () => {
  it('reads UTC and offset timestamps', () => {
    expect(parseTime('2026-01-01T00:00:00Z')).toBe(JAN_1_2026)
    expect(parseTime('2006-01-02T15:04:05-07:00')).toBe(1_136_239_445_000)
    expect(parseTime('2006-01-02T15:04:05+07:00')).toBe(1_136_189_045_000)
    expect(parseTime('0001-01-01T00:00:00Z')).toBe(ZERO_TIME_MS)
    expect(ZERO_TIME_MS).toBe(-62_135_596_800_000)
  })

  it('accepts a fraction after the seconds, with a dot or a comma, beyond nine digits truncated', () => {
    expect(parseTime('2026-01-01T00:00:00.5Z')).toBe(JAN_1_2026 + 500)
    expect(parseTime('2026-01-01T00:00:00,25Z')).toBe(JAN_1_2026 + 250)
    expect(parseTime('2026-01-01T00:00:00.123456Z')).toBeCloseTo(JAN_1_2026 + 123.456, 6)
    expect(parseTime('1970-01-01T00:00:00.0000000019Z')).toBe(0.000001)
  })

  it('round-trips what rfc3339 prints', () => {
    for (const ms of [0, JAN_1_2026, 951_782_400_000, 4_102_444_799_000, ZERO_TIME_MS]) {
      expect(parseTime(rfc3339(ms))).toBe(ms)
    }
  })

  it('returns NaN for what Go rejects', () => {
    for (const bad of [
      '',
      '2026-01-01',
      '2026-01-01 00:00:00Z',
      '2026-01-01t00:00:00Z',
      '2026-01-01T00:00:00z',
      '2026-01-01T00:00:00',
      '2026-13-01T00:00:00Z',
      '2026-02-29T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T00:60:00Z',
      '2026-01-01T00:00:60Z',
      '2026-01-01T00:00:00+24:00',
      '2026-01-01T00:00:00+0100',
      '2026-01-01T00:00:00.Z',
      '+2026-01-01T00:00:00Z',
      '2026-01-01T00:00:00ZZ',
    ]) {
      expect(parseTime(bad), bad).toBeNaN()
    }
    expect(parseTime(42 as unknown as string)).toBeNaN()
    expect(parseTime('2024-02-29T00:00:00Z')).not.toBeNaN()
  })
})

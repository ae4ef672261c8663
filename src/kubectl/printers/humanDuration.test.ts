import { describe, expect, it } from 'vitest'
import { humanDuration, translateTimestampSince } from './humanDuration'
import { rfc3339 } from '../../engine/format/time'

const S = 1000
const M = 60 * S
const H = 60 * M
const D = 24 * H
const Y = 365 * D
const NS = 1e-6

describe('humanDuration (apimachinery TestHumanDuration)', () => {
  it.each([
    [S, '1s'],
    [70 * S, '70s'],
    [190 * S, '3m10s'],
    [70 * M, '70m'],
    [47 * H, '47h'],
    [49 * H, '2d1h'],
    [(8 * 24 + 2) * H, '8d'],
    [367 * 24 * H, '367d'],
    [(365 * 2 * 24 + 25) * H, '2y1d'],
    [(365 * 8 * 24 + 2) * H, '8y'],
  ])('%s ms -> %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text)
  })
})

describe('humanDuration (apimachinery TestHumanDurationBoundaries)', () => {
  it.each([
    [-2 * S, '<invalid>'],
    [-2 * S + NS, '0s'],
    [0, '0s'],
    [S - 1, '0s'],
    [2 * M - 1, '119s'],
    [2 * M, '2m'],
    [2 * M + S, '2m1s'],
    [10 * M - 1, '9m59s'],
    [10 * M, '10m'],
    [10 * M + S, '10m'],
    [3 * H - 1, '179m'],
    [3 * H, '3h'],
    [3 * H + M, '3h1m'],
    [8 * H - 1, '7h59m'],
    [8 * H, '8h'],
    [8 * H + 59 * M, '8h'],
    [2 * D - 1, '47h'],
    [2 * D, '2d'],
    [2 * D + H, '2d1h'],
    [8 * D - 1, '7d23h'],
    [8 * D, '8d'],
    [8 * D + 23 * H, '8d'],
    [2 * Y - 1, '729d'],
    [2 * Y, '2y'],
    [2 * Y + 23 * H, '2y'],
    [2 * Y + 23 * H + 59 * M, '2y'],
    [2 * Y + 24 * H - 1, '2y'],
    [2 * Y + 24 * H, '2y1d'],
    [3 * Y, '3y'],
    [4 * Y, '4y'],
    [5 * Y, '5y'],
    [6 * Y, '6y'],
    [7 * Y, '7y'],
    [8 * Y - 1, '7y364d'],
    [8 * Y, '8y'],
    [8 * Y + 364 * D, '8y'],
    [9 * Y, '9y'],
  ])('%s ms -> %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text)
  })

  it('saturates like time.Duration (about 292 years) and treats NaN as 0', () => {
    expect(humanDuration(1e300)).toBe('292y')
    expect(humanDuration(-1e300)).toBe('<invalid>')
    expect(humanDuration(Number.NaN)).toBe('0s')
  })
})

describe('translateTimestampSince (printers TestTranslateTimestampSince)', () => {
  const now = Date.UTC(2026, 0, 1)
  it.each([
    ['a while from now', now + 2100, '<invalid>'],
    ['almost now', now + 1900, '0s'],
    ['now', now, '0s'],
    ['30 seconds ago', now - 30 * S, '30s'],
    ['5 minutes ago', now - 5 * M, '5m'],
    ['an hour ago', now - 100 * M, '100m'],
    ['2 days ago', now - 2 * D, '2d'],
    ['months ago', now - 90 * D, '90d'],
    ['10 years ago', now - 10 * Y, '10y'],
  ])('%s', (_name, ms, text) => {
    // metav1.Time keeps whole seconds: +1.9 s is stored as +1 s, +2.1 s as +2 s.
    expect(translateTimestampSince(rfc3339(ms), now)).toBe(text)
  })

  it('keeps sub-second precision when the string has a fraction', () => {
    expect(translateTimestampSince('2026-01-01T00:00:01.9Z', now)).toBe('0s')
    expect(translateTimestampSince('2026-01-01T00:00:02.1Z', now)).toBe('<invalid>')
  })

  it('prints <unknown> for a missing, malformed or zero timestamp', () => {
    expect(translateTimestampSince(undefined, now)).toBe('<unknown>')
    expect(translateTimestampSince('', now)).toBe('<unknown>')
    expect(translateTimestampSince('yesterday', now)).toBe('<unknown>')
    expect(translateTimestampSince('0001-01-01T00:00:00Z', now)).toBe('<unknown>')
  })
})

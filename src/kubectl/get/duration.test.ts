import { describe, expect, it } from 'vitest'
import { parseGoDuration, parseRequestTimeout } from './duration'

describe('--request-timeout', () => {
  it.each([
    ['60s', 60_000],
    ['1m', 60_000],
    ['1m30s', 90_000],
    ['1.5h', 5_400_000],
    ['300ms', 300],
    ['90', 90_000],
    ['0', 0],
    ['-1s', 0],
    ['2h45m0.5s', 9_900_500],
    ['1µs', 0.001],
  ])('%s is %d ms', (text, ms) => {
    expect(parseRequestTimeout(text)).toBe(ms)
  })

  it.each(['abc', '1d', '2S', '-1', '', 's', '1.', '.s'])('rejects %j', (text) => {
    expect(text === '1.' ? parseGoDuration('1.') : parseRequestTimeout(text)).toBeUndefined()
  })
})

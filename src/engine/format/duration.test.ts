import { describe, expect, it } from 'vitest'
import { goDuration, goDurationNs } from './duration'

// Cases from Go's time package (time_test.go durationTests): [string, nanoseconds].
const GO_CASES: [string, bigint][] = [
  ['0s', 0n],
  ['1ns', 1n],
  ['1.1µs', 1100n],
  ['2.2ms', 2_200_000n],
  ['3.3s', 3_300_000_000n],
  ['4m5s', 245_000_000_000n],
  ['4m5.001s', 245_001_000_000n],
  ['5h6m7.001s', 18_367_001_000_000n],
  ['8m0.000000001s', 480_000_000_001n],
  ['2562047h47m16.854775807s', (1n << 63n) - 1n],
  ['-2562047h47m16.854775808s', -(1n << 63n)],
]

describe('goDurationNs (Go Duration.String)', () => {
  for (const [text, ns] of GO_CASES) {
    it(`prints ${ns} ns as ${text}`, () => {
      expect(goDurationNs(ns)).toBe(text)
      // Go's test also checks the negation of every positive case.
      if (ns > 0n) expect(goDurationNs(-ns)).toBe('-' + text)
    })
  }

  it('accepts plain numbers and saturates outside int64', () => {
    expect(goDurationNs(1500)).toBe('1.5µs')
    expect(goDurationNs(1n << 70n)).toBe('2562047h47m16.854775807s')
    expect(goDurationNs(Number.NEGATIVE_INFINITY)).toBe('-2562047h47m16.854775808s')
    expect(goDurationNs(Number.NaN)).toBe('0s')
  })
})

describe('goDuration (milliseconds)', () => {
  it.each([
    [0, '0s'],
    [1032, '1.032s'],
    [80_000, '1m20s'],
    [300_000, '5m0s'],
    [1.5, '1.5ms'],
    [0.000_001, '1ns'],
    [0.25, '250µs'],
    [3_600_000, '1h0m0s'],
    [10_000, '10s'],
    [-1500, '-1.5s'],
    [90_061_001, '25h1m1.001s'],
  ])('%s ms -> %s', (ms, text) => {
    expect(goDuration(ms)).toBe(text)
  })
})

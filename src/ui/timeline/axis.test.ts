// The time axis: spans, positions, tick spacing and the written times.
import { describe, expect, it } from 'vitest'
import { clockLabel, durationOf, position, spanOf, ticks } from './axis'

describe('spanOf', () => {
  it('fits the whole run, at least 10 s of it', () => {
    expect(spanOf('fit', 1000, 4000)).toEqual({ from: 1000, to: 11_000 })
    expect(spanOf('fit', 1000, 3_601_000)).toEqual({ from: 1000, to: 3_601_000 })
  })
  it('shows only the last 5 minutes of a long run when zoomed in', () => {
    expect(spanOf('recent', 0, 3_600_000)).toEqual({ from: 3_300_000, to: 3_600_000 })
    expect(spanOf('recent', 0, 120_000)).toEqual({ from: 0, to: 120_000 })
  })
})

describe('position', () => {
  it('is a clamped percentage', () => {
    const span = { from: 1000, to: 11_000 }
    expect([position(1000, span), position(6000, span), position(0, span), position(20_000, span)]).toEqual([0, 50, 0, 100])
    expect(position(5, { from: 5, to: 5 })).toBe(0)
  })
})

describe('ticks', () => {
  it('picks the smallest round step that fits, counted from the start', () => {
    expect(ticks({ from: 0, to: 80_000 }, 0, 10)).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000, 80_000])
    expect(ticks({ from: 0, to: 80_000 }, 0, 4)).toEqual([0, 30_000, 60_000])
    // Two hours of back-off on a phone: 30-minute ticks.
    expect(ticks({ from: 500, to: 2 * 3_600_000 }, 0, 5).map(clockLabel)).toEqual(['30:00', '1:00:00', '1:30:00', '2:00:00'])
    // The last 5 minutes start mid-step: ticks stay on round elapsed times.
    expect(ticks({ from: 3_312_000, to: 3_612_000 }, 12_000, 6).map((t) => clockLabel(t - 12_000))).toEqual(['55:00', '56:00', '57:00', '58:00', '59:00', '1:00:00'])
  })
})

describe('clockLabel and durationOf', () => {
  it('writes elapsed time as m:ss, then h:mm:ss', () => {
    expect([clockLabel(0), clockLabel(30_500), clockLabel(605_000), clockLabel(3_600_000), clockLabel(-5)]).toEqual(['0:00', '0:30', '10:05', '1:00:00', '0:00'])
  })
  it('writes durations with the unit that reads best', () => {
    expect([450, 2540, 20_000, 80_000, 300_000, 7_500_000].map(durationOf)).toEqual([
      { key: 'timeline.dur.ms', values: { n: 450 } },
      { key: 'timeline.dur.s', values: { n: 2.5 } },
      { key: 'timeline.dur.s', values: { n: 20 } },
      { key: 'timeline.dur.min', values: { m: 1, s: 20 } },
      { key: 'timeline.dur.m', values: { m: 5 } },
      { key: 'timeline.dur.h', values: { h: 2, m: 5 } },
    ])
  })
})

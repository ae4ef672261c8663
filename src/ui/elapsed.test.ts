import { describe, expect, it } from 'vitest'
import { elapsedClock } from './elapsed'

describe('elapsedClock', () => {
  it('prints hh:mm:ss, dropping the milliseconds', () => {
    expect([0, 999, 37_000, 61_500, 3_600_000, 100 * 3_600_000 + 5_000].map(elapsedClock)).toEqual([
      '00:00:00',
      '00:00:00',
      '00:00:37',
      '00:01:01',
      '01:00:00',
      '100:00:05',
    ])
  })
})

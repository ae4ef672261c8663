import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { goSortSlice } from './goSort'

// The exact (unstable) order Go leaves ties in past 12 elements is pinned by the
// describe-crafted-events golden: 30 events on three timestamps, sorted by the real kubectl.
describe('goSortSlice', () => {
  it('sorts and keeps every element', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (xs) => {
        const sorted = goSortSlice(xs, (a, b) => a < b)
        expect(sorted).toEqual([...xs].sort((a, b) => a - b))
      }),
    )
  })

  it('is an insertion sort, hence stable, up to 12 elements', () => {
    const items = [3, 1, 3, 2, 1, 3, 2, 1, 3, 2, 1, 3].map((k, i) => ({ k, i }))
    const sorted = goSortSlice(items, (a, b) => a.k < b.k)
    expect(sorted.map((x) => x.i)).toEqual([1, 4, 7, 10, 3, 6, 9, 0, 2, 5, 8, 11])
  })

  it('does not touch its input', () => {
    const xs = [2, 1]
    goSortSlice(xs, (a, b) => a < b)
    expect(xs).toEqual([2, 1])
  })
})

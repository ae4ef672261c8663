import { describe, expect, it } from 'vitest'
import { nextTab } from './tabs'

describe('nextTab', () => {
  it('moves between tabs with arrows, wrapping, and jumps with Home and End', () => {
    expect(nextTab('ArrowRight', 2, 3)).toBe(0)
    expect(nextTab('ArrowRight', 0, 3)).toBe(1)
    expect(nextTab('ArrowLeft', 0, 3)).toBe(2)
    expect(nextTab('Home', 2, 3)).toBe(0)
    expect(nextTab('End', 0, 3)).toBe(2)
    expect(nextTab('a', 0, 3)).toBeUndefined()
    expect(nextTab('ArrowRight', 0, 0)).toBeUndefined()
  })
  it('takes Up and Down only when asked', () => {
    expect(nextTab('ArrowDown', 0, 3)).toBeUndefined()
    expect(nextTab('ArrowDown', 0, 3, true)).toBe(1)
    expect(nextTab('ArrowUp', 0, 3, true)).toBe(2)
  })
})

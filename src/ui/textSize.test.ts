import { describe, expect, it } from 'vitest'
import { codePx, parseTextSize } from './textSize.svelte'

describe('text size', () => {
  it('scales the code font in whole pixels', () => {
    expect([100, 125, 150, 175].map((s) => codePx(s as 100))).toEqual([14, 18, 21, 25])
  })
  it('accepts only the offered sizes from storage', () => {
    expect(parseTextSize('150')).toBe(150)
    expect(parseTextSize('140')).toBeUndefined()
    expect(parseTextSize(null)).toBeUndefined()
    expect(parseTextSize('x')).toBeUndefined()
  })
})

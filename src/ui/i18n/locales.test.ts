import { describe, expect, it } from 'vitest'
import { isLocale, pickLocale } from './locales'

describe('pickLocale', () => {
  it('keeps a saved choice over the browser', () => {
    expect(pickLocale('zh-CN', ['en-US'])).toBe('zh-CN')
    expect(pickLocale('en', ['zh-CN'])).toBe('en')
  })
  it('ignores a saved value it does not know', () => {
    expect(pickLocale('fr', ['zh-CN'])).toBe('zh-CN')
  })
  it('takes the first browser language it has', () => {
    expect(pickLocale(null, ['fr-FR', 'zh-CN', 'en'])).toBe('zh-CN')
    expect(pickLocale(null, ['zh'])).toBe('zh-CN')
    expect(pickLocale(null, ['zh-Hans-CN'])).toBe('zh-CN')
    expect(pickLocale(null, ['en-GB', 'zh-CN'])).toBe('en')
  })
  it('gives English to traditional-script Chinese and to everyone else', () => {
    expect(pickLocale(null, ['zh-TW'])).toBe('en')
    expect(pickLocale(null, ['zh-Hant-HK'])).toBe('en')
    expect(pickLocale(undefined, [])).toBe('en')
  })
  it('narrows strings', () => {
    expect(isLocale('zh-CN')).toBe(true)
    expect(isLocale('zh-cn')).toBe(false)
    expect(isLocale(3)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { fnv32a, podTemplateHash, safeEncodeString } from './podTemplateHash'

describe('podTemplateHash', () => {
  it('is FNV-32a (standard test vectors)', () => {
    expect(fnv32a('')).toBe(0x811c9dc5)
    expect(fnv32a('a')).toBe(0xe40c292c)
    expect(fnv32a('foobar')).toBe(0xbf9cf968)
  })
  it('safe-encodes decimal digits onto 4-9 and b-f, as rand.SafeEncodeString does', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf')
  })
  it('gives the shape of a real hash and changes with the template or collision count', () => {
    const t = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } }
    const h = podTemplateHash(t)
    expect(h).toMatch(/^[4-9b-df]{1,10}$/)
    expect(podTemplateHash(t)).toBe(h)
    expect(podTemplateHash({ ...t, spec: { containers: [{ name: 'web', image: 'nginx:2' }] } })).not.toBe(h)
    expect(podTemplateHash(t, 1)).not.toBe(h)
  })
})

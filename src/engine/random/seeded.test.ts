import { describe, expect, it } from 'vitest'
import { SeededRandom } from './seeded'

describe('SeededRandom', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = new SeededRandom(42)
    const b = new SeededRandom(42)
    const c = new SeededRandom(43)
    const xs = [a.next(), a.next(), a.next()]
    expect([b.next(), b.next(), b.next()]).toEqual(xs)
    expect(c.next()).not.toBe(xs[0])
  })

  it('makes Kubernetes-shaped ids', () => {
    const r = new SeededRandom(1)
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(r.hex(64)).toMatch(/^[0-9a-f]{64}$/)
    expect(r.alnum(5)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/)
  })

  it('keeps ints within bounds', () => {
    const r = new SeededRandom(7)
    for (let i = 0; i < 1000; i++) {
      const v = r.int(3, 9)
      expect(v).toBeGreaterThanOrEqual(3)
      expect(v).toBeLessThanOrEqual(9)
    }
  })

  it('forks independent streams', () => {
    const r = new SeededRandom(5)
    expect(r.fork('pulls').next()).toBe(new SeededRandom(5).fork('pulls').next())
    expect(r.fork('pulls').next()).not.toBe(r.fork('ids').next())
  })
})

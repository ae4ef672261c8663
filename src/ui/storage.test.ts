import { describe, expect, it } from 'vitest'
import { recall, remember, type KeyValueStore } from './storage'

const fake = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}
const broken: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError')
  },
  setItem: () => {
    throw new Error('QuotaExceededError')
  },
}

describe('storage', () => {
  it('remembers and recalls', () => {
    const store = fake()
    expect(recall('k', store)).toBeNull()
    expect(remember('k', 'v', store)).toBe(true)
    expect(recall('k', store)).toBe('v')
  })
  it('fails quietly where storage is missing or refuses', () => {
    expect(recall('k', undefined)).toBeNull()
    expect(remember('k', 'v', undefined)).toBe(false)
    expect(recall('k', broken)).toBeNull()
    expect(remember('k', 'v', broken)).toBe(false)
  })
})

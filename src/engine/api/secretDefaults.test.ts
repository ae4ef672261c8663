import { describe, expect, it } from 'vitest'
import { defaultSecret, encodeBase64 } from './secretDefaults'

describe('defaultSecret', () => {
  it('merges stringData into data as base64 and drops it, stringData winning', () => {
    const s = defaultSecret({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: 'eA==', b: 'eQ==' }, stringData: { b: 'token-123', c: 'é' } })
    expect(s).toEqual({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'Opaque', data: { a: 'eA==', b: 'dG9rZW4tMTIz', c: 'w6k=' } })
  })
  it('keeps a given type and leaves data alone without stringData', () => {
    expect(defaultSecret({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'kubernetes.io/basic-auth', data: { username: 'YQ==' } })).toEqual({
      apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'kubernetes.io/basic-auth', data: { username: 'YQ==' },
    })
  })
  it('encodes UTF-8', () => {
    expect(encodeBase64('')).toBe('')
    expect(encodeBase64('hello\n')).toBe('aGVsbG8K')
  })
})

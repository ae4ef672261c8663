import { describe, expect, it } from 'vitest'
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isRelaxedEnvVarName, isValidPortName, nameIsDNSSubdomain, regexError } from './names'

describe('names', () => {
  it('RegexError keeps Go\'s double space between examples', () => {
    expect(regexError('m', 'f', 'a', 'b')).toBe("m (e.g. 'a',  or 'b', regex used for validation is 'f')")
    expect(regexError('m', 'f')).toBe("m (regex used for validation is 'f')")
  })
  it('DNS-1123 label: length, dots, pattern', () => {
    expect(isDNS1123Label('ok-name')).toEqual([])
    expect(isDNS1123Label('a.b')).toEqual(['must not contain dots'])
    expect(isDNS1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters'])
    expect(isDNS1123Label('-a')).toHaveLength(1)
  })
  it('DNS-1123 subdomain and generateName prefixes', () => {
    expect(isDNS1123Subdomain('a.b-c')).toEqual([])
    expect(nameIsDNSSubdomain('web-', true)).toEqual([])
    expect(nameIsDNSSubdomain('web-', false)).toHaveLength(1)
  })
  it('qualified names report prefix and name parts', () => {
    expect(isQualifiedName('example.com/key')).toEqual([])
    expect(isQualifiedName('/key')).toEqual(['prefix part must be non-empty'])
    expect(isQualifiedName('a/b/c')[0]).toMatch(/^a valid label key must consist of/)
  })
  it('relaxed env var names and port names', () => {
    expect(isRelaxedEnvVarName('1ABC.x-y')).toEqual([])
    expect(isRelaxedEnvVarName('é')).toEqual(["a valid environment variable name must consist only of printable ASCII characters other than '='"])
    expect(isValidPortName('8080')).toEqual(['must contain at least one letter (a-z)'])
    expect(isValidPortName('http--x-')).toEqual(['must not contain consecutive hyphens', 'must not begin or end with a hyphen'])
  })
})

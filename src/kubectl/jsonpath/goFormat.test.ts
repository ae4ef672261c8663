import { describe, expect, it } from 'vitest'
import { formatGoFloat, formatRune, goQuote, goSharpV, goSprint, jsonMarshal, jsonString } from './goFormat'
import { NO_VALUE, Typed } from './values'

describe('formatGoFloat (fmt %v of a float64)', () => {
  it.each([
    [2.5, '2.5'],
    [0.1, '0.1'],
    [100.5, '100.5'],
    [123456.5, '123456.5'],
    [1234567.5, '1.2345675e+06'],
    [1e6, '1e+06'],
    [1e21, '1e+21'],
    [1e20, '1e+20'],
    [12345678901234567890, '1.2345678901234567e+19'],
    [0.0001, '0.0001'],
    [0.000123, '0.000123'],
    [0.00001, '1e-05'],
    [1e-6, '1e-06'],
    [1e-7, '1e-07'],
    [-2.5e-5, '-2.5e-05'],
    [1.5e300, '1.5e+300'],
    [0, '0'],
    [-0, '-0'],
    [-3, '-3'],
  ])('%s -> %s', (x, text) => {
    expect(formatGoFloat(x)).toBe(text)
  })
})

describe('goQuote (strconv.Quote)', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi" \\ there', '"say \\"hi\\" \\\\ there"'],
    ['tab\tnl\ncr\r', '"tab\\tnl\\ncr\\r"'],
    ['\x07\x08\x0c\x0b', '"\\a\\b\\f\\v"'],
    ['esc\x1b del\x7f', '"esc\\x1b del\\x7f"'],
    ['é中😀', '"é中😀"'],
    ['\u2028\u00ad', '"\\u2028\\u00ad"'],
  ])('%j', (s, quoted) => {
    expect(goQuote(s)).toBe(quoted)
  })
})

describe('formatRune (%#U)', () => {
  it.each([
    [0x2a, "U+002A '*'"],
    [0x7b, "U+007B '{'"],
    [0x07, 'U+0007'],
    [0x1f600, "U+1F600 '😀'"],
  ])('%s', (cp, text) => {
    expect(formatRune(cp)).toBe(text)
  })
})

describe('encoding/json', () => {
  it('escapes HTML, line separators and control characters', () => {
    expect(jsonString('<b>&amp;</b> é\u2028\u2029 "q" \\ \t\n\r\b\f\x1b\x7f')).toBe(
      '"\\u003cb\\u003e\\u0026amp;\\u003c/b\\u003e é\\u2028\\u2029 \\"q\\" \\\\ \\t\\n\\r\\b\\f\\u001b\x7f"',
    )
  })
  it('sorts keys and prints numbers as Go does', () => {
    expect(jsonMarshal({ b: [1, 2.5, 1e21, 1e-7, 0.000001], a: null, c: { y: true, x: 'z' } })).toBe(
      '{"a":null,"b":[1,2.5,1e+21,1e-7,0.000001],"c":{"x":"z","y":true}}',
    )
  })
  it('indents like MarshalIndent with four spaces, keeping empty containers compact', () => {
    expect(jsonMarshal(['x', { b: [], a: {} }, 3], '    ')).toBe('[\n    "x",\n    {\n        "a": {},\n        "b": []\n    },\n    3\n]')
  })
  it('prints template literals and invalid values', () => {
    expect(jsonMarshal([new Typed('float64', 1), new Typed('int', 2), NO_VALUE])).toBe('[1,2,null]')
  })
})

describe('fmt %v and %#v', () => {
  const value = { b: [1, 'two', null, 0.00001], a: { k: 'v' }, c: true }
  it('prints %v with sorted map keys', () => {
    expect(goSprint(value)).toBe('map[a:map[k:v] b:[1 two <nil> 1e-05] c:true]')
    expect(goSprint(null)).toBe('<nil>')
    expect(goSprint(new Typed('uint8', 110))).toBe('110')
  })
  it('prints %#v of decoded JSON', () => {
    expect(goSharpV(value)).toBe(
      'map[string]interface {}{"a":map[string]interface {}{"k":"v"}, "b":[]interface {}{1, "two", interface {}(nil), 1e-05}, "c":true}',
    )
    expect(goSharpV({ items: [] })).toBe('map[string]interface {}{"items":[]interface {}{}}')
  })
})

import { describe, expect, it } from 'vitest'
import { unquoteExtend } from './unquote'

describe('unquoteExtend', () => {
  it.each([
    ['"abc"', 'abc'],
    ["'abc'", 'abc'],
    ['"\\n"', '\n'],
    ['"tab\\there\\u00e9\\x41\\101"', 'tab\thereéAA'],
    ['"\\U0001F600"', '😀'],
    ['"\\a\\b\\f\\r\\v\\\\"', '\x07\b\f\r\v\\'],
    ["'\\''", "'"],
    ['"\\""', '"'],
    [`'"'`, '"'],
    [`"'"`, "'"],
  ])('%s', (quoted, text) => {
    expect(unquoteExtend(quoted)).toBe(text)
  })
  it.each(['"a\\qb"', `"a\\'b"`, `'a\\"b'`, '"\\u12"', '"\\uD800"', '"\\400"', '"\\8"', '"a', '"', '`a`'])('%s is invalid syntax', (quoted) => {
    expect(unquoteExtend(quoted)).toBeUndefined()
  })
})

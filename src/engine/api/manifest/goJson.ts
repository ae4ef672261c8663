// Finds where one JSON value ends, or the first syntax error in Go encoding/json's words, so JSON
// manifests fail the way kubectl's stream decoder fails. Validation only: values come from JSON.parse.

/** One scanned value: its end index, or Go's error text and the index of the offending character. */
export type JsonScan = { ok: true; end: number } | { ok: false; text: string; index: number; eof: boolean }

const WS = new Set([' ', '\t', '\n', '\r'])

/** Scans the JSON value starting at `start` (whitespace allowed before it). Pure, linear time. */
export function scanJsonValue(s: string, start: number): JsonScan {
  let i = start
  const stack: ('obj' | 'arr')[] = []
  const fail = (ctx: string): JsonScan => ({ ok: false, text: `invalid character ${quoteChar(s, i)} ${ctx}`, index: i, eof: false })
  const eof = (): JsonScan => ({ ok: false, text: 'unexpected EOF', index: s.length, eof: true })
  const skipWs = (): void => { while (i < s.length && WS.has(s[i])) i++ }

  for (;;) {
    // Expecting a value.
    skipWs()
    if (i >= s.length) return eof()
    const c = s[i]
    if (c === '{') {
      i++
      skipWs()
      if (i >= s.length) return eof()
      if (s[i] === '}') { i++ } else {
        if (s[i] !== '"') return fail('looking for beginning of object key string')
        const r = scanString(); if (r) return r
        const k = afterKey(); if (k) return k
        stack.push('obj')
        continue
      }
    } else if (c === '[') {
      i++
      skipWs()
      if (i >= s.length) return eof()
      if (s[i] === ']') { i++ } else { stack.push('arr'); continue }
    } else if (c === '"') {
      const r = scanString(); if (r) return r
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      const r = scanNumber(); if (r) return r
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null'
      for (let k = 0; k < word.length; k++, i++) {
        if (i >= s.length) return eof()
        if (s[i] !== word[k]) return fail(`in literal ${word} (expecting ${quoteChar(word, k)})`)
      }
    } else {
      return fail('looking for beginning of value')
    }
    // A value is complete: close containers or move to the next element.
    for (;;) {
      const top = stack[stack.length - 1]
      if (!top) return { ok: true, end: i }
      skipWs()
      if (i >= s.length) return eof()
      if (s[i] === ',') {
        i++
        if (top === 'obj') {
          skipWs()
          if (i >= s.length) return eof()
          if (s[i] !== '"') return fail('looking for beginning of object key string')
          const r = scanString(); if (r) return r
          const k = afterKey(); if (k) return k
        }
        break
      }
      if ((top === 'obj' && s[i] === '}') || (top === 'arr' && s[i] === ']')) { i++; stack.pop(); continue }
      return fail(top === 'obj' ? 'after object key:value pair' : 'after array element')
    }
  }

  function afterKey(): JsonScan | undefined {
    skipWs()
    if (i >= s.length) return eof()
    if (s[i] !== ':') return fail('after object key')
    i++
    return undefined
  }

  function scanString(): JsonScan | undefined {
    i++
    while (i < s.length) {
      const ch = s[i]
      if (ch === '"') { i++; return undefined }
      if (ch < ' ') return fail('in string literal')
      if (ch === '\\') {
        i++
        if (i >= s.length) return eof()
        if (s[i] === 'u') {
          for (let k = 0; k < 4; k++) {
            i++
            if (i >= s.length) return eof()
            if (!/[0-9a-fA-F]/.test(s[i])) return fail('in \\u hexadecimal character escape')
          }
        } else if (!'"\\/bfnrt'.includes(s[i])) {
          return fail('in string escape code')
        }
      }
      i++
    }
    return eof()
  }

  function scanNumber(): JsonScan | undefined {
    if (s[i] === '-') {
      i++
      if (i >= s.length) return eof()
      if (!(s[i] >= '0' && s[i] <= '9')) return fail('in numeric literal')
    }
    if (s[i] === '0') i++
    else while (i < s.length && s[i] >= '0' && s[i] <= '9') i++
    if (s[i] === '.') {
      i++
      if (i >= s.length) return eof()
      if (!(s[i] >= '0' && s[i] <= '9')) return fail('after decimal point in numeric literal')
      while (i < s.length && s[i] >= '0' && s[i] <= '9') i++
    }
    if (s[i] === 'e' || s[i] === 'E') {
      i++
      if (s[i] === '+' || s[i] === '-') i++
      if (i >= s.length) return eof()
      if (!(s[i] >= '0' && s[i] <= '9')) return fail('in exponent of numeric literal')
      while (i < s.length && s[i] >= '0' && s[i] <= '9') i++
    }
    return undefined
  }
}

/** Go's quoteChar: the byte at `index` (the first UTF-8 byte for non-ASCII) in single quotes. */
function quoteChar(s: string, index: number): string {
  const c = s[index] ?? ''
  if (c === "'") return `'\\''`
  if (c === '"') return `'"'`
  let code = c.charCodeAt(0)
  if (code >= 0x80) code = new TextEncoder().encode(String.fromCodePoint(s.codePointAt(index) ?? code))[0]
  const ch = String.fromCharCode(code)
  const quoted = JSON.stringify(ch).slice(1, -1)
  if (code < 0x20 || code === 0x7f) return `'${goControlEscape(code)}'`
  return `'${quoted}'`
}

function goControlEscape(code: number): string {
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' }
  return named[code] ?? `\\x${code.toString(16).padStart(2, '0')}`
}

/** Length in UTF-8 bytes of `s.slice(0, end)`: Go reports offsets in bytes. */
export function utf8Offset(s: string, end: number): number {
  let n = 0
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) { n += 4; i++ } else n += 3
  }
  return n
}

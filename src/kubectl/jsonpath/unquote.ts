// UnquoteExtend from client-go's jsonpath parser: strconv.Unquote's escape rules, for strings in
// double or single quotes (a `\'` is only valid inside single quotes, a `\"` only inside double).

/** The unquoted text, or undefined where Go returns strconv.ErrSyntax ("invalid syntax"). */
export function unquoteExtend(s: string): string | undefined {
  const quote = s[0]
  if (s.length < 2 || quote !== s[s.length - 1] || (quote !== '"' && quote !== "'")) return undefined
  const inner = s.slice(1, -1)
  if (!inner.includes('\\') && !inner.includes(quote)) return inner
  const chars = Array.from(inner)
  let out = ''
  for (let i = 0; i < chars.length; ) {
    const c = chars[i]
    if (c === quote) return undefined
    if (c !== '\\') {
      out += c
      i++
      continue
    }
    const e = chars[i + 1]
    i += 2
    if (e === undefined) return undefined
    const simple = SIMPLE[e]
    if (simple !== undefined) {
      out += simple
      continue
    }
    if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8
      const digits = chars.slice(i, i + n).join('')
      if (digits.length < n || !/^[0-9a-fA-F]+$/.test(digits)) return undefined
      const v = parseInt(digits, 16)
      i += n
      // \x is a raw byte; the others must be valid runes.
      if (e !== 'x' && (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))) return undefined
      out += e === 'x' ? String.fromCharCode(v) : String.fromCodePoint(v)
      continue
    }
    if (e >= '0' && e <= '7') {
      const digits = e + chars.slice(i, i + 2).join('')
      if (!/^[0-7]{3}$/.test(digits)) return undefined
      const v = parseInt(digits, 8)
      if (v > 255) return undefined
      i += 2
      out += String.fromCharCode(v)
      continue
    }
    if (e === '\\') out += '\\'
    else if ((e === "'" || e === '"') && e === quote) out += e
    else return undefined
  }
  return out
}

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' }

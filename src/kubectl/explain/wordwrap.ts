// Greedy word wrapping as kubectl's explain templates do it (the go-wordwrap algorithm): breaks
// only at white space, keeps over-long words whole, counts characters (runes), not bytes.

const NBSP = '\u00a0'
const SPACES = new Set([' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i))])

/** Wraps `s` so that lines stay within `limit` characters where spaces allow. Pure. */
export function wrapString(s: string, limit: number): string {
  let out = ''
  let current = 0
  let word: string[] = []
  let space: string[] = []
  const flushSpace = () => { out += space.join(''); space = [] }
  const flushWord = () => { out += word.join(''); word = [] }
  for (const ch of s) {
    if (ch === '\n') {
      if (word.length === 0) {
        if (current + space.length > limit) current = 0
        else { current += space.length; flushSpace() }
        space = []
      } else {
        current += space.length + word.length
        flushSpace()
        flushWord()
      }
      out += ch
      current = 0
    } else if (SPACES.has(ch) && ch !== NBSP) {
      if (space.length === 0 || word.length > 0) {
        current += space.length + word.length
        flushSpace()
        flushWord()
      }
      space.push(ch)
    } else {
      word.push(ch)
      if (current + space.length + word.length > limit && word.length < limit) {
        out += '\n'
        current = 0
        space = []
      }
    }
  }
  if (word.length === 0) {
    if (current + space.length <= limit) flushSpace()
  } else {
    flushSpace()
    flushWord()
  }
  return out
}

/** The explain templates' `indent`: `n` spaces before the text and after every newline in it. */
export function indent(n: number, s: string): string {
  const pad = ' '.repeat(n)
  return pad + s.replaceAll('\n', `\n${pad}`)
}

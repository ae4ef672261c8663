// Splits a command line into words the way a POSIX shell does for the simple lines learners
// paste: single and double quotes, backslash escapes, `\`-newline continuations, `#` comments.

/** The words of `line`, or an error for an unterminated quote. Pure. */
export function shellWords(line: string): { ok: true; words: string[] } | { ok: false; error: string } {
  const words: string[] = []
  let word = ''
  let inWord = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (ch === '\\') {
      const next = line[i + 1]
      i++
      if (next === undefined || next === '\n') continue
      word += next
      inWord = true
    } else if (ch === "'") {
      const close = line.indexOf("'", i + 1)
      if (close < 0) return { ok: false, error: 'unexpected EOF while looking for matching `\'\'' }
      word += line.slice(i + 1, close)
      inWord = true
      i = close
    } else if (ch === '"') {
      let j = i + 1
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\' || line[j + 1] === '$' || line[j + 1] === '`')) j++
        word += line[j]
      }
      if (j >= line.length) return { ok: false, error: 'unexpected EOF while looking for matching `"\'' }
      inWord = true
      i = j
    } else if (ch === ' ' || ch === '\t' || ch === '\n') {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else if (ch === '#' && !inWord) {
      break
    } else {
      word += ch
      inWord = true
    }
  }
  if (inWord) words.push(word)
  return { ok: true, words }
}

// POSIX basic and extended regular expressions (as grep, sed and expr take them) translated to
// JavaScript RegExp source. Covers groups, intervals, anchors, bracket classes and GNU \< \> \w.

import { table } from '../util'

const CLASSES: Record<string, string> = table({
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  xdigit: '0-9A-Fa-f', punct: '!-\\/:-@\\[-`{-~', blank: ' \\t', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f',
})

function bracket(src: string, start: number): { re: string; end: number } {
  let i = start + 1
  let out = '['
  if (src[i] === '^') {
    out += '^'
    i++
  }
  if (src[i] === ']') {
    out += '\\]'
    i++
  }
  for (; i < src.length; i++) {
    const c = src[i]
    if (c === ']') return { re: out + ']', end: i }
    if (c === '[' && src[i + 1] === ':') {
      const close = src.indexOf(':]', i + 2)
      const name = close < 0 ? '' : src.slice(i + 2, close)
      if (CLASSES[name]) {
        out += CLASSES[name]
        i = close + 1
        continue
      }
    }
    out += c === '\\' || c === '[' ? '\\' + c : c
  }
  return { re: '\\[', end: start }
}

/** Translates a POSIX regex to JavaScript source; `extended` selects ERE. */
export function posixToJs(src: string, extended: boolean): string {
  let out = ''
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (c === '[') {
      const b = bracket(src, i)
      out += b.re
      i = b.end
      continue
    }
    if (c === '\\') {
      const n = src[++i]
      if (n === undefined) {
        out += '\\\\'
        break
      }
      if (!extended && '(){}|+?'.includes(n)) out += n
      else if (n === '<') out += '\\b(?=\\w)'
      else if (n === '>') out += '\\b(?<=\\w)'
      else if ('wWsSbB'.includes(n)) out += '\\' + n
      else if (/[1-9]/.test(n)) out += '\\' + n
      else out += n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      continue
    }
    if (!extended && '(){}|+?'.includes(c)) {
      out += '\\' + c
      continue
    }
    if (c === '*' && (out === '' || out.endsWith('(') || out === '^')) {
      out += '\\*'
      continue
    }
    if (c === '/') {
      out += '\\/'
      continue
    }
    out += c
  }
  return out
}

/** Compiles a POSIX regex; undefined when JavaScript rejects the translation. */
export function compile(src: string, extended: boolean, flags = ''): RegExp | undefined {
  try {
    return new RegExp(posixToJs(src, extended), flags)
  } catch {
    return undefined
  }
}

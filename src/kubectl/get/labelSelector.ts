// Label selectors as the API server parses them (apimachinery labels.Parse): the lexer, the
// recursive-descent parser with its exact error texts, validation of keys and values, and matching.
// kubectl sends `-l` as typed; a parse error comes back as the server's BadRequest.

import { formatBadValue } from '../../engine/api/fieldErrors'
import { isQualifiedName, isValidLabelValue } from '../../engine/api/validation/names'

type Op = 'in' | 'notin' | '=' | '==' | '!=' | '>' | '<' | 'exists' | '!'

/** One requirement: `key op values`. */
export interface Requirement {
  key: string
  op: Op
  values: string[]
}

type Tok = 'end' | ')' | ',' | '!' | '==' | '=' | '>' | 'id' | 'in' | '<' | '!=' | 'notin' | '(' | 'error'

const KEYWORDS: Record<string, Tok> = { ')': ')', ',': ',', '!': '!', '==': '==', '=': '=', '>': '>', in: 'in', '<': '<', '!=': '!=', notin: 'notin', '(': '(' }
const SPECIAL = new Set(['=', '!', '(', ')', ',', '>', '<'])
const SPACE = new Set([' ', '\t', '\r', '\n'])
const BINARY_OPS = 'in, notin, =, ==, !=, gt, lt'

class ParseError extends Error {}

/** Splits a selector into tokens, working on bytes as Go does (multi-byte runes stay inside identifiers). */
function lex(s: string): { tok: Tok; lit: string }[] {
  const out: { tok: Tok; lit: string }[] = []
  let pos = 0
  for (;;) {
    while (pos < s.length && SPACE.has(s[pos])) pos++
    if (pos >= s.length) {
      out.push({ tok: 'end', lit: '' })
      return out
    }
    if (SPECIAL.has(s[pos])) {
      let buf = ''
      let last: { tok: Tok; lit: string } | undefined
      while (pos < s.length && SPECIAL.has(s[pos])) {
        buf += s[pos]
        const tok = KEYWORDS[buf]
        if (tok !== undefined) {
          last = { tok, lit: buf }
          pos++
        } else if (last) break
        else pos++
      }
      out.push(last ?? { tok: 'error', lit: `error expected: keyword found '${buf}'` })
      continue
    }
    let buf = ''
    while (pos < s.length && !SPECIAL.has(s[pos]) && !SPACE.has(s[pos])) buf += s[pos++]
    out.push({ tok: KEYWORDS[buf] ?? 'id', lit: buf })
  }
}

class Parser {
  private pos = 0
  constructor(private readonly items: { tok: Tok; lit: string }[]) {}

  // In a values context `in` and `notin` are plain identifiers.
  private look(values: boolean): { tok: Tok; lit: string } {
    const it = this.items[this.pos]
    return values && (it.tok === 'in' || it.tok === 'notin') ? { tok: 'id', lit: it.lit } : it
  }

  private take(values: boolean): { tok: Tok; lit: string } {
    const it = this.look(values)
    this.pos++
    return it
  }

  parse(): Requirement[] {
    const reqs: Requirement[] = []
    for (;;) {
      const { tok, lit } = this.look(true)
      if (tok === 'id' || tok === '!') {
        let r: Requirement
        try {
          r = this.requirement()
        } catch (e) {
          if (e instanceof ParseError) throw new ParseError(`unable to parse requirement: ${e.message}`)
          throw e
        }
        reqs.push(r)
        const next = this.take(true)
        if (next.tok === 'end') return reqs
        if (next.tok === ',') {
          const after = this.look(true)
          if (after.tok !== 'id' && after.tok !== '!') throw new ParseError(`found '${after.lit}', expected: identifier after ','`)
          continue
        }
        throw new ParseError(`found '${next.lit}', expected: ',' or 'end of string'`)
      }
      if (tok === 'end') return reqs
      throw new ParseError(`found '${lit}', expected: !, identifier, or 'end of string'`)
    }
  }

  private requirement(): Requirement {
    let { tok, lit } = this.take(true)
    let op: Op | undefined
    if (tok === '!') {
      op = '!'
      ;({ tok, lit } = this.take(true))
    }
    if (tok !== 'id') throw new ParseError(`found '${lit}', expected: identifier`)
    const keyErrs = isQualifiedName(lit)
    if (keyErrs.length > 0) throw new ParseError(`<nil>: Invalid value: ${formatBadValue(lit)}: ${keyErrs.join('; ')}`)
    const key = lit
    const next = this.look(true).tok
    if (next === 'end' || next === ',') return newRequirement(key, op ?? 'exists', [])
    if (op === '!') return newRequirement(key, '!', [])
    const o = this.take(false)
    switch (o.tok) {
      case 'in':
      case 'notin':
        return newRequirement(key, o.tok, this.setValues())
      case '=':
      case '==':
      case '!=':
      case '>':
      case '<':
        return newRequirement(key, o.tok, this.exactValue())
      default:
        throw new ParseError(`found '${o.lit}', expected: ${BINARY_OPS}`)
    }
  }

  private setValues(): string[] {
    const open = this.take(true)
    if (open.tok !== '(') throw new ParseError(`found '${open.lit}' expected: '('`)
    const { tok, lit } = this.look(true)
    if (tok === ')') {
      this.take(true)
      return ['']
    }
    if (tok !== 'id' && tok !== ',') throw new ParseError(`found '${lit}', expected: ',', ')' or identifier`)
    const set = new Set<string>()
    for (;;) {
      const it = this.take(true)
      if (it.tok === 'id') {
        set.add(it.lit)
        const n = this.look(true)
        if (n.tok === ',') continue
        if (n.tok === ')') break
        throw new ParseError(`found '${n.lit}', expected: ',' or ')'`)
      }
      if (it.tok === ',') {
        if (set.size === 0) set.add('')
        const n = this.look(true)
        if (n.tok === ')') {
          set.add('')
          break
        }
        if (n.tok === ',') {
          this.take(true)
          set.add('')
        }
        continue
      }
      throw new ParseError(`found '${it.lit}', expected: ',', or identifier`)
    }
    // The list was fine; the closing parenthesis is checked against the token that opened it.
    if (this.take(true).tok !== ')') throw new ParseError(`found '${lit}', expected: ')'`)
    return [...set].sort()
  }

  private exactValue(): string[] {
    const { tok } = this.look(true)
    if (tok === 'end' || tok === ',') return ['']
    const it = this.take(true)
    if (it.tok === 'id') return [it.lit]
    throw new ParseError(`found '${it.lit}', expected: identifier`)
  }
}

/** strconv.ParseInt(s, 10, 64) succeeds. */
function isInt64(s: string): boolean {
  if (!/^[+-]?\d+$/.test(s)) return false
  const n = BigInt(s)
  return n >= -(2n ** 63n) && n < 2n ** 63n
}

/** NewRequirement's checks on the operator's values (the key was checked by the parser). */
function newRequirement(key: string, op: Op, values: string[]): Requirement {
  const errs: string[] = []
  if (op === '>' || op === '<') {
    values.forEach((v, i) => {
      if (!isInt64(v)) errs.push(`values[${i}]: Invalid value: ${formatBadValue(v)}: for 'Gt', 'Lt' operators, the value must be an integer`)
    })
  }
  values.forEach((v, i) => {
    const bad = isValidLabelValue(v)
    if (bad.length > 0) errs.push(`values[${i}][${key}]: Invalid value: ${formatBadValue(v)}: ${bad.join('; ')}`)
  })
  if (errs.length === 1) throw new ParseError(errs[0])
  if (errs.length > 1) throw new ParseError(`[${errs.join(', ')}]`)
  return { key, op, values }
}

/** A parsed selector, or the server's message for a bad one. Pure. */
export function parseLabelSelector(selector: string): { ok: true; requirements: Requirement[] } | { ok: false; error: string } {
  try {
    return { ok: true, requirements: new Parser(lex(selector)).parse() }
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message }
    throw e
  }
}

/** True when `labels` satisfy every requirement. */
export function matchesLabels(requirements: readonly Requirement[], labels: Record<string, string> | undefined): boolean {
  const ls = labels ?? {}
  return requirements.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(ls, r.key)
    const value = ls[r.key]
    switch (r.op) {
      case 'in':
      case '=':
      case '==':
        return has && r.values.includes(value)
      case 'notin':
      case '!=':
        return !has || !r.values.includes(value)
      case 'exists':
        return has
      case '!':
        return !has
      case '>':
      case '<': {
        if (!has || !isInt64(value)) return false
        const n = BigInt(value)
        const want = BigInt(r.values[0])
        return r.op === '>' ? n > want : n < want
      }
    }
  })
}

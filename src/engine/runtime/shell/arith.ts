// `$(( ))` arithmetic as busybox ash's math.c does it: 64-bit wrapping integers, C operators,
// `**`, assignments to shell variables, and variables whose values are themselves expressions.

/** An arithmetic failure; the message is what ash prints after `sh: `. */
export class ArithError extends Error {}

/** Variable access for arithmetic. */
export interface ArithVars {
  get(name: string): string | undefined
  set(name: string, value: string): void
}

type Tok = { k: 'num'; v: bigint } | { k: 'name'; v: string } | { k: 'op'; v: string } | { k: 'end' }

const OPS = ['<<=', '>>=', '**', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=',
  '+', '-', '*', '/', '%', '<', '>', '&', '^', '|', '!', '~', '?', ':', '=', '(', ')', ',']
const BINARY: Record<string, number> = {
  '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6, '<': 7, '<=': 7, '>': 7, '>=': 7,
  '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
}
const wrap = (v: bigint) => BigInt.asIntN(64, v)
const syntax = () => new ArithError('arithmetic syntax error')

function parseNumber(text: string): bigint {
  const based = /^(\d+)#([0-9a-zA-Z@_]+)$/.exec(text)
  if (based) {
    const base = Number(based[1])
    if (base < 2 || base > 64) throw syntax()
    let v = 0n
    for (const ch of based[2]) {
      const d = /[0-9]/.test(ch) ? Number(ch) : /[a-z]/.test(ch) ? ch.charCodeAt(0) - 87 : /[A-Z]/.test(ch) ? (base <= 36 ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 29) : ch === '@' ? 62 : 63
      if (d >= base) throw syntax()
      v = v * BigInt(base) + BigInt(d)
    }
    return wrap(v)
  }
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) return wrap(BigInt(text))
  if (/^0[0-7]*$/.test(text)) return wrap(BigInt('0o' + (text.slice(1) || '0')))
  if (/^[1-9][0-9]*$/.test(text)) return wrap(BigInt(text))
  throw syntax()
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]
    if (/\s/.test(c)) { i++; continue }
    const num = /^[0-9][0-9a-zA-Z@_#]*/.exec(src.slice(i))
    if (num) { out.push({ k: 'num', v: parseNumber(num[0]) }); i += num[0].length; continue }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))
    if (name) { out.push({ k: 'name', v: name[0] }); i += name[0].length; continue }
    const op = OPS.find((o) => src.startsWith(o, i))
    if (!op) throw syntax()
    out.push({ k: 'op', v: op })
    i += op.length
  }
  out.push({ k: 'end' })
  return out
}

/** Evaluates an expression (already `$`-expanded); throws ArithError. */
export function evalArith(src: string, vars: ArithVars, depth = 0): bigint {
  if (depth > 100) throw new ArithError('expression recursion loop detected')
  const toks = tokenize(src)
  if (toks.length === 1) return 0n
  let pos = 0
  const peek = () => toks[pos]
  const isOp = (v: string) => { const t = toks[pos]; return t.k === 'op' && t.v === v }
  const take = (v: string) => { if (!isOp(v)) throw syntax(); pos++ }
  const valueOf = (name: string, run: boolean): bigint => {
    if (!run) return 0n
    const raw = vars.get(name)
    if (raw === undefined || raw.trim() === '') return 0n
    return evalArith(raw, vars, depth + 1)
  }

  // Each level returns a value; `run` false evaluates nothing with side effects (short-circuit).
  function comma(run: boolean): bigint {
    let v = assign(run)
    while (isOp(',')) { pos++; v = assign(run) }
    return v
  }
  function assign(run: boolean): bigint {
    const t = peek()
    const next = toks[pos + 1]
    if (t.k === 'name' && next.k === 'op' && /^([-+*/%&^|]|<<|>>)?=$/.test(next.v) && next.v !== '==') {
      pos += 2
      const rhs = assign(run)
      if (!run) return 0n
      const v = next.v === '=' ? rhs : binary(next.v.slice(0, -1), valueOf(t.v, run), rhs)
      vars.set(t.v, String(v))
      return v
    }
    return ternary(run)
  }
  function ternary(run: boolean): bigint {
    const c = binaryLevel(1, run)
    if (!isOp('?')) return c
    pos++
    const a = comma(run && c !== 0n)
    take(':')
    const b = assign(run && c === 0n)
    return c !== 0n ? a : b
  }
  function binaryLevel(min: number, run: boolean): bigint {
    let left = power(run)
    for (;;) {
      const t = peek()
      const prec = t.k === 'op' ? BINARY[t.v] : undefined
      if (prec === undefined || prec < min) return left
      pos++
      if (t.k !== 'op') return left
      if (t.v === '&&') { const r = binaryLevel(prec + 1, run && left !== 0n); left = left !== 0n && r !== 0n ? 1n : 0n; continue }
      if (t.v === '||') { const r = binaryLevel(prec + 1, run && left === 0n); left = left !== 0n || r !== 0n ? 1n : 0n; continue }
      const right = binaryLevel(prec + 1, run)
      left = run ? binary(t.v, left, right) : 0n
    }
  }
  function power(run: boolean): bigint {
    const base = unary(run)
    if (!isOp('**')) return base
    pos++
    const exp = power(run)
    if (!run) return 0n
    if (exp < 0n) throw new ArithError('exponent less than 0')
    return wrap(base ** exp)
  }
  function unary(run: boolean): bigint {
    const t = peek()
    if (t.k === 'op') {
      if (t.v === '++' || t.v === '--') {
        pos++
        const n = peek()
        if (n.k !== 'name') throw syntax()
        pos++
        const v = wrap(valueOf(n.v, run) + (t.v === '++' ? 1n : -1n))
        if (run) vars.set(n.v, String(v))
        return v
      }
      if (t.v === '-' || t.v === '+' || t.v === '!' || t.v === '~') {
        pos++
        const v = unary(run)
        return t.v === '-' ? wrap(-v) : t.v === '+' ? v : t.v === '!' ? (v === 0n ? 1n : 0n) : wrap(~v)
      }
      if (t.v === '(') {
        pos++
        const v = comma(run)
        take(')')
        return v
      }
      throw syntax()
    }
    if (t.k === 'num') { pos++; return t.v }
    if (t.k === 'name') {
      pos++
      const v = valueOf(t.v, run)
      if (isOp('++') || isOp('--')) {
        const op = (toks[pos++] as { v: string }).v
        if (run) vars.set(t.v, String(wrap(v + (op === '++' ? 1n : -1n))))
      }
      return v
    }
    throw syntax()
  }
  const result = comma(true)
  if (peek().k !== 'end') throw syntax()
  return result
}

function binary(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case '+': return wrap(a + b)
    case '-': return wrap(a - b)
    case '*': return wrap(a * b)
    case '/': case '%':
      if (b === 0n) throw new ArithError('divide by zero')
      return wrap(op === '/' ? a / b : a % b)
    case '<<': return wrap(a << (b & 63n))
    case '>>': return a >> (b & 63n)
    case '<': return a < b ? 1n : 0n
    case '<=': return a <= b ? 1n : 0n
    case '>': return a > b ? 1n : 0n
    case '>=': return a >= b ? 1n : 0n
    case '==': return a === b ? 1n : 0n
    case '!=': return a !== b ? 1n : 0n
    case '&': return a & b
    case '^': return a ^ b
    case '|': return a | b
  }
  throw syntax()
}

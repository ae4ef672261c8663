// `test` and `[`, following busybox test.c: POSIX special cases for up to three operands,
// then its recursive -o/-a/!/( ) grammar, with the same error words (`missing ]`, ...).

import { warn, type AppletCtx } from './ctx'

const UNARY = new Set(['-r', '-w', '-x', '-e', '-f', '-d', '-c', '-b', '-p', '-u', '-g', '-k', '-s', '-t', '-z', '-n', '-h', '-L', '-S', '-G', '-O'])
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-ge', '-gt', '-le', '-lt', '-nt', '-ot', '-ef'])

class TestError {
  constructor(readonly message: string) {}
}

type Kind = 'eoi' | 'not' | 'and' | 'or' | 'lparen' | 'rparen' | 'unary' | 'binary' | 'operand'

function kind(s: string | undefined): Kind {
  if (s === undefined) return 'eoi'
  if (s === '!') return 'not'
  if (s === '-a') return 'and'
  if (s === '-o') return 'or'
  if (s === '(') return 'lparen'
  if (s === ')') return 'rparen'
  if (UNARY.has(s)) return 'unary'
  if (BINARY.has(s)) return 'binary'
  return 'operand'
}

/** busybox test: 0 true, 1 false, 2 error. */
export function test(c: AppletCtx): number {
  let args = c.argv.slice(1)
  const name = c.argv[0].slice(c.argv[0].lastIndexOf('/') + 1)
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      warn(c, 'missing ]')
      return 2
    }
    args = args.slice(0, -1)
  }
  try {
    return new Evaluator(c, args).run()
  } catch (e) {
    if (e instanceof TestError) {
      warn(c, e.message)
      return 2
    }
    throw e
  }
}

class Evaluator {
  private i = 0
  constructor(private readonly c: AppletCtx, private readonly args: string[]) {}

  run(): number {
    let a = this.args
    let negate = false
    if (a[0] === '!' && a[1] !== undefined) {
      negate = true
      a = a.slice(1)
    }
    if (a.length === 0) return 1
    if (a.length === 1) return (negate ? a[0] === '' : a[0] !== '') ? 0 : 1
    if (a.length === 3 && kind(a[1]) === 'binary') {
      const r = this.binop(a[0], a[1], a[2])
      return (negate ? !r : r) ? 0 : 1
    }
    const res = this.oexpr()
    if (this.i < this.args.length - 1) throw new TestError(`${this.args[this.i + 1]}: unknown operand`)
    return res ? 0 : 1
  }

  private cur(): string | undefined {
    return this.args[this.i]
  }

  private oexpr(): boolean {
    const res = this.aexpr()
    if (kind(this.args[this.i + 1]) === 'or') {
      this.i += 2
      return this.oexpr() || res
    }
    return res
  }

  private aexpr(): boolean {
    const res = this.nexpr()
    if (kind(this.args[this.i + 1]) === 'and') {
      this.i += 2
      return this.aexpr() && res
    }
    return res
  }

  private nexpr(): boolean {
    if (kind(this.cur()) === 'not') {
      if (this.args[this.i + 1] === undefined) return true
      this.i++
      return !this.nexpr()
    }
    return this.primary()
  }

  private primary(): boolean {
    const k = kind(this.cur())
    if (k === 'eoi') throw new TestError('argument expected')
    if (k === 'lparen') {
      this.i++
      const res = this.oexpr()
      this.i++
      if (kind(this.cur()) !== 'rparen') throw new TestError('closing paren expected')
      return res
    }
    const next = this.args[this.i + 1]
    if (next !== undefined && this.args[this.i + 2] !== undefined && kind(next) === 'binary') {
      const r = this.binop(this.cur() as string, next, this.args[this.i + 2])
      this.i += 2
      return r
    }
    if (k === 'unary') {
      if (next === undefined) return (this.cur() as string) !== ''
      const op = this.cur() as string
      this.i++
      return this.unop(op, next)
    }
    if (kind(next) === 'binary') throw new TestError(`${next}: argument expected`)
    return (this.cur() as string) !== ''
  }

  private number(s: string): bigint {
    const t = s.replace(/^[ \t\n]+/, '')
    if (!/^[-+]?\d+$/.test(t)) throw new TestError(`${s}: bad number`)
    const v = BigInt(t)
    if (v > 9223372036854775807n || v < -9223372036854775808n) throw new TestError(`${s}: out of range`)
    return v
  }

  private binop(a: string, op: string, b: string): boolean {
    switch (op) {
      case '=': case '==': return a === b
      case '!=': return a !== b
      case '<': return a < b
      case '>': return a > b
      case '-nt': case '-ot': case '-ef': return false
    }
    const x = this.number(a)
    const y = this.number(b)
    switch (op) {
      case '-eq': return x === y
      case '-ne': return x !== y
      case '-ge': return x >= y
      case '-gt': return x > y
      case '-le': return x <= y
      default: return x < y
    }
  }

  private unop(op: string, arg: string): boolean {
    if (op === '-z') return arg === ''
    if (op === '-n') return arg !== ''
    if (op === '-t') return false
    const st = this.c.sh.world.fs.stat(this.c.sh.resolve(arg))
    if (arg === '' || typeof st === 'string') return op === '-c' && arg === '/dev/null'
    switch (op) {
      case '-e': case '-r': case '-w': return true
      case '-f': return st.type === 'file'
      case '-d': return st.type === 'dir'
      case '-s': return st.size > 0
      case '-x': return st.type === 'dir' || (st.mode & 0o111) !== 0
      default: return false
    }
  }
}

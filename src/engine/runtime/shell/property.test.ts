// Property: whatever script text arrives, startShell and resume never throw, and the shell never
// reports an internal error (bad input is a syntax error or a failing command, never a crash).

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createMemoryWorld } from './memoryWorld'
import { runArgv } from './testkit'

const TOKENS = [
  'echo', 'x', '$x', '${x', '${x:-y}', '${#x}', '${x#*/}', '$(', ')', '`', '"', "'", '\\', ';', ';;', '&&', '||', '|', '&', '(', '{', '}',
  'if', 'then', 'elif', 'else', 'fi', 'while', 'until', 'do', 'done', 'for', 'in', 'case', 'esac', '!', '>', '>>', '<', '2>&1', '<<EOF',
  'EOF', '\n', ' ', '$((', '))', '1+', '*', '?', '[', ']', 'f()', 'x=1', 'sleep 1', 'exit', 'return', 'break', 'continue', 'set -e',
  'trap', 'read', 'cat', 'ls', 'test', '[ -z', 'grep', 'sed', 's/a/b/', 'wget', 'nslookup', 'eval', '.', 'shift', 'local', 'export',
]

function survives(script: string): void {
  const r = runArgv(['sh', '-c', script], createMemoryWorld(), undefined, 5)
  expect(r.stderr).not.toContain('internal error')
  if (typeof r.code === 'number') expect(r.code).toBeGreaterThanOrEqual(0)
}

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), survives), { numRuns: 300 })
  })

  it('never throws on shell-like token soup', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 25 }).map((t) => t.join(' ')), survives), { numRuns: 400 })
  })

  it('treats names of Object.prototype members as ordinary unknown commands', () => {
    const r = runArgv(['sh', '-c', 'valueOf; __proto__; echo ok | constructor; [ "$(toString)" = "" ]; echo $?'], createMemoryWorld())
    expect(r).toMatchObject({ stdout: '0\n', code: 0 })
    expect(r.stderr).toBe('sh: valueOf: not found\nsh: __proto__: not found\nsh: constructor: not found\nsh: toString: not found\n')
  })

  it('never throws on token soup without separating spaces', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 25 }).map((t) => t.join('')), survives), { numRuns: 300 })
  })
})

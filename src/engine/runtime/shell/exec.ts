// Evaluates command trees (ash's evaltree): lists, and-or, pipelines, compound commands,
// subshells, `set -e`, traps between commands, and the step budget that keeps a busy loop from
// freezing the page. Simple commands live in command.ts.

import type { Node } from './ast'
import { evalSimple, withRedirections } from './command'
import { expandFields, expandPattern, expandString } from './expand'
import { Io, bufferText, type Fd } from './io'
import { ShellSyntaxError } from './lexer'
import { Parser } from './parser'
import { matchPattern } from './pattern'
import { ExitSignal, LoopSignal, ReturnSignal, STEP_LIMIT, type Gen, type Shell } from './shell'

/** Counts one unit of work; every STEP_LIMIT units it pauses 1 ms so virtual time moves. */
export function* tick(sh: Shell): Gen<void> {
  if (++sh.clock.steps >= STEP_LIMIT) {
    sh.clock.steps = 0
    yield { sleep: 1 }
  }
}

/** Evaluates a node and returns its exit status (also stored in sh.status). `tested`: a condition, exempt from `set -e`. */
export function* evalNode(sh: Shell, n: Node | null, io: Io, tested = false): Gen<number> {
  if (!n) return sh.status
  let status = 0
  let checkExit = false
  switch (n.t) {
    case 'cmd':
      yield* tick(sh)
      // A tested command (if/while condition, left of && ||, after !) runs functions with -e off.
      if (tested) sh.errexitOff++
      try {
        status = yield* evalSimple(sh, n, io)
      } finally {
        if (tested) sh.errexitOff--
      }
      checkExit = true
      break
    case 'pipe':
      status = yield* evalPipe(sh, n.cmds, io)
      checkExit = true
      break
    case 'not':
      status = (yield* evalNode(sh, n.n, io, true)) === 0 ? 1 : 0
      break
    case 'and':
    case 'or': {
      const a = yield* evalNode(sh, n.a, io, true)
      status = (a === 0) === (n.t === 'and') ? yield* evalNode(sh, n.b, io, tested) : a
      break
    }
    case 'semi':
      yield* evalNode(sh, n.a, io, tested)
      status = yield* evalNode(sh, n.b, io, tested)
      break
    case 'bg': {
      const child = sh.clone()
      sh.lastBg = sh.jobs.spawn(runSubshell(child, n.n, io.copy()))
      status = 0
      break
    }
    case 'if': {
      const c = yield* evalNode(sh, n.test, io, true)
      if (c === 0) status = yield* evalNode(sh, n.then, io, tested)
      else if (n.else) status = yield* evalNode(sh, n.else, io, tested)
      else status = 0
      break
    }
    case 'while':
    case 'until':
      status = yield* evalLoop(sh, io, tested, function* () {
        const c = yield* evalNode(sh, n.test, io, true)
        return (c === 0) === (n.t === 'while')
      }, n.body)
      break
    case 'for': {
      const items = n.args ? yield* expandFields(sh, io, n.args) : [...sh.positional]
      let k = 0
      status = yield* evalLoop(sh, io, tested, function* () {
        if (k >= items.length) return false
        if (!sh.vars.set(n.name, items[k++])) throw sh.fatal(io, `${n.name}: is read only`)
        return true
      }, n.body)
      break
    }
    case 'case': {
      const word = yield* expandString(sh, io, n.word.parts, true)
      status = 0
      outer: for (const item of n.items) {
        for (const pat of item.pats) {
          if (matchPattern(yield* expandPattern(sh, io, pat.parts), word)) {
            status = item.body ? yield* evalNode(sh, item.body, io, tested) : 0
            break outer
          }
        }
      }
      break
    }
    case 'subshell':
      status = yield* withRedirections(sh, n.redirs, io, (rio) => {
        const child = sh.clone()
        if (tested) child.errexitOff++
        return runSubshell(child, n.body, rio)
      })
      checkExit = true
      break
    case 'redir':
      status = yield* withRedirections(sh, n.redirs, io, (rio) => evalNode(sh, n.body, rio, tested))
      break
    case 'defun':
      sh.functions.set(n.name, n.body)
      status = 0
      break
  }
  sh.status = status
  if (sh.clock.pending.length > 0 && sh.clock.pid1 === sh) yield* runTraps(sh, io)
  if (checkExit && !tested && status !== 0 && sh.opts.errexit && sh.errexitOff === 0) throw new ExitSignal(status)
  return status
}

function* evalLoop(sh: Shell, io: Io, tested: boolean, next: () => Gen<boolean>, body: Node): Gen<number> {
  let status = 0
  sh.loopDepth++
  try {
    for (;;) {
      yield* tick(sh)
      if (!(yield* next())) break
      try {
        status = yield* evalNode(sh, body, io, tested)
      } catch (e) {
        if (!(e instanceof LoopSignal)) throw e
        status = 0
        if (e.n > 1) {
          e.n--
          throw e
        }
        if (e.kind === 'break') break
      }
    }
  } finally {
    sh.loopDepth--
  }
  sh.status = status
  return status
}

// ash forks every stage of a pipeline; without concurrency each stage runs to completion in
// turn and hands its whole output to the next one.
function* evalPipe(sh: Shell, cmds: Node[], io: Io): Gen<number> {
  let input: Fd | undefined = io.fds[0]
  let status = 0
  for (let k = 0; k < cmds.length; k++) {
    const last = k === cmds.length - 1
    const stageIo = io.copy()
    stageIo.fds[0] = input
    const buf: Fd = { kind: 'buf', chunks: [] }
    if (!last) stageIo.fds[1] = buf
    status = yield* runSubshell(sh.clone(), cmds[k], stageIo)
    input = { kind: 'str', data: bufferText(buf), pos: 0 }
  }
  return status
}

/** Runs a tree in a subshell clone: `exit` and fatal errors end only the clone. */
export function* runSubshell(sh: Shell, n: Node | null, io: Io): Gen<number> {
  let status: number
  try {
    status = yield* evalNode(sh, n, io)
  } catch (e) {
    if (e instanceof ExitSignal) status = e.status
    else if (e instanceof ReturnSignal) status = e.status
    else if (e instanceof LoopSignal) status = 0
    else throw e
  }
  return yield* runExitTrap(sh, io, status)
}

/** `$(...)`: runs the body in a subshell, returns its output without trailing newlines. */
export function* runSubstitution(sh: Shell, body: Node | null, io: Io): Gen<string> {
  const subIo = io.copy()
  const buf: Fd = { kind: 'buf', chunks: [] }
  subIo.fds[1] = buf
  const status = yield* runSubshell(sh.clone(), body, subIo)
  sh.substStatus = status
  return bufferText(buf).replace(/\n+$/, '')
}

/** Runs trap actions for delivered signals, between commands as ash does. */
export function* runTraps(sh: Shell, io: Io): Gen<void> {
  while (sh.clock.pending.length > 0) {
    const sig = sh.clock.pending.shift() as string
    const action = sh.traps.get(sig)
    if (!action) continue
    const saved = sh.status
    yield* evalString(sh, action, io)
    sh.status = saved
  }
}

/** Runs the EXIT trap (once) and returns the final status. */
export function* runExitTrap(sh: Shell, io: Io, status: number): Gen<number> {
  const action = sh.traps.get('EXIT')
  if (!action) return status
  sh.traps.delete('EXIT')
  sh.status = status
  try {
    yield* evalString(sh, action, io)
  } catch (e) {
    if (e instanceof ExitSignal) return e.status
    throw e
  }
  return status
}

/** Parses and runs a string line by line (eval, traps, `sh -c`); syntax errors are fatal. */
export function* evalString(sh: Shell, text: string, io: Io): Gen<number> {
  const parser = new Parser(text)
  let status = 0
  for (;;) {
    let n
    try {
      n = parser.parseNext()
    } catch (e) {
      if (e instanceof ShellSyntaxError) throw sh.fatal(io, e.message)
      throw e
    }
    if (n === 'eof') break
    if (n) status = yield* evalNode(sh, n, io)
  }
  return status
}

// Starting shells: the variables ash sets up at start, `sh [-ex] -c SCRIPT [ARG0 ARGS]`,
// `sh FILE ARGS`, executable script files, and `.` (sourcing into the current shell).

import { evalNode, runExitTrap } from './exec'
import type { Io } from './io'
import { ShellSyntaxError } from './lexer'
import { Parser } from './parser'
import { ExitSignal, LoopSignal, ReturnSignal, Shell, type Clock, type Gen, type Jobs } from './shell'
import type { ShellWorld } from './world'
import type { ProcessOutput } from '../process'

/** Creates a shell the way ash initializes: imported environment, SHLVL, PWD, IFS, PS4. */
export function createShell(world: ShellWorld, out: ProcessOutput, clock: Clock, jobs: Jobs, environ: [string, string][], cwd: string): Shell {
  const sh = new Shell(world, out, clock, jobs)
  for (const [k, v] of environ) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) sh.vars.set(k, v, { export: true })
  sh.vars.set('IFS', ' \t\n')
  sh.vars.set('OPTIND', '1')
  sh.vars.set('PS1', '\\w \\$ ')
  sh.vars.set('PS2', '> ')
  sh.vars.set('PS4', '+ ')
  sh.vars.set('PPID', '0')
  sh.vars.set('SHLVL', String((Number(sh.vars.get('SHLVL')) || 0) + 1), { export: true })
  if (sh.vars.get('HOSTNAME') === undefined) sh.vars.set('HOSTNAME', world.hostname)
  sh.cwd = cwd
  sh.vars.set('PWD', cwd, { export: true })
  return sh
}

/** Runs `sh` with its command-line options; returns the exit status. */
export function* runShellArgs(sh: Shell, args: string[], io: Io): Gen<number> {
  let i = 0
  let command = false
  for (; i < args.length; i++) {
    const a = args[i]
    if (a === '--' || a === '-') {
      i++
      break
    }
    if (!/^[-+][a-zA-Z]+$/.test(a)) break
    for (const letter of a.slice(1)) {
      const on = a[0] === '-'
      if (letter === 'c') command = true
      else if (letter === 'e') sh.opts.errexit = on
      else if (letter === 'x') sh.opts.xtrace = on
      else if (letter === 'u') sh.opts.nounset = on
      else if (letter === 'f') sh.opts.noglob = on
      else if (!'sil'.includes(letter)) {
        io.write(2, `${sh.arg0}: -${letter}: invalid option\n`)
        return 2
      }
    }
  }
  const rest = args.slice(i)
  if (command) {
    if (rest.length === 0) {
      io.write(2, `${sh.arg0}: -c requires an argument\n`)
      return 2
    }
    sh.opts.cmdString = true
    sh.lineOffset = -1
    if (rest.length > 1) {
      sh.arg0 = rest[1]
      sh.scriptName = rest[1]
    }
    sh.positional = rest.slice(2)
    return yield* runMain(sh, rest[0], io)
  }
  if (rest.length === 0) return yield* runMain(sh, io.readAll(0), io)
  const file = sh.world.fs.readFile(sh.resolve(rest[0]))
  if (typeof file === 'string' && file !== 'EISDIR') {
    io.write(2, `${sh.arg0}: can't open '${rest[0]}': No such file or directory\n`)
    return 2
  }
  sh.arg0 = rest[0]
  sh.scriptName = rest[0]
  sh.positional = rest.slice(1)
  return yield* runMain(sh, typeof file === 'string' ? '' : file.data, io)
}

// The top-level loop: parse a line, run it, repeat; `exit` and fatal errors end the shell.
function* runMain(sh: Shell, text: string, io: Io): Gen<number> {
  let status: number
  try {
    status = yield* runLines(sh, text, io)
  } catch (e) {
    if (e instanceof ExitSignal || e instanceof ReturnSignal) status = e.status
    else if (e instanceof LoopSignal) status = 0
    else throw e
  }
  return yield* runExitTrap(sh, io, status)
}

function* runLines(sh: Shell, text: string, io: Io): Gen<number> {
  const parser = new Parser(text)
  for (;;) {
    let n
    try {
      n = parser.parseNext()
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e
      sh.lineno = e.line
      throw sh.fatal(io, e.message)
    }
    if (n === 'eof') return sh.status
    if (n) yield* evalNode(sh, n, io)
  }
}

/** Runs an executable script file as a child shell (no shebang handling beyond "it is sh"). */
export function* runScriptFile(parent: Shell, path: string, name: string, args: string[], io: Io): Gen<number> {
  const file = parent.world.fs.readFile(path)
  const child = childShell(parent)
  child.arg0 = name
  child.scriptName = name
  child.positional = args
  return yield* runMain(child, typeof file === 'string' ? '' : file.data, io)
}

/** A new shell process started from this one (exported variables only). */
export function childShell(parent: Shell): Shell {
  const environ = parent.vars.environ().map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)] as [string, string])
  return createShell(parent.world, parent.out, parent.clock, parent.jobs, environ, parent.cwd)
}

/** `. FILE`: runs a file in the current shell; `return` ends just the file. */
export function* sourceFile(sh: Shell, file: string, args: string[], io: Io): Gen<number> {
  const data = sh.world.fs.readFile(sh.resolve(file))
  if (typeof data === 'string') throw sh.fatal(io, `can't open '${file}': No such file or directory`)
  const saved = sh.positional
  if (args.length > 0) sh.positional = args
  try {
    return yield* runLines(sh, data.data, io)
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status
    throw e
  } finally {
    if (args.length > 0) sh.positional = saved
  }
}

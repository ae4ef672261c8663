// Simple commands (ash's evalcommand): expansion, prefix assignments, `set -x` tracing,
// redirections, and the lookup order special builtin, function, builtin, image applet.

import type { Node, Redir } from './ast'
import { APPLETS, type AppletCtx } from './applets'
import { SPECIAL, callFunction } from './builtins'
import { BUILTINS } from './regular'
import { expandFields, expandString } from './expand'
import type { Fd, Io } from './io'
import { SPECIAL_BUILTINS } from './parser'
import { ExitSignal, type Gen, type Shell } from './shell'
import { runScriptFile } from './script'
import { errnoText } from './util'

const KEYWORDS = new Set(['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'if', 'in', 'then', 'until', 'while', '{', '}'])
const BIN_DIRS = new Set(['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin'])

/** Quotes a word for `set -x` output the way ash's maybe_single_quote does. */
export function traceQuote(s: string, always = false): string {
  if (!always && !/[\x00-\x2a;<=>?`[\\{|}~\x7f-\uffff]/.test(s)) return s
  let out = ''
  let i = 0
  do {
    const q = s.indexOf("'", i)
    const end = q < 0 ? s.length : q
    out += `'${s.slice(i, end)}'`
    i = end
    if (s[i] !== "'") break
    let j = i
    while (s[j] === "'") j++
    out += `"${s.slice(i, j)}"`
    i = j
  } while (i < s.length)
  return out
}

/** Evaluates one simple command node. */
export function* evalSimple(sh: Shell, n: Node & { t: 'cmd' }, io: Io): Gen<number> {
  sh.lineno = n.line
  sh.substStatus = undefined
  const argv = yield* expandFields(sh, io, n.args)
  const assigns: [string, string][] = []
  for (const a of n.assigns) assigns.push([a.name, yield* expandString(sh, io, a.value, true)])
  if (sh.opts.xtrace) {
    const words = [...assigns.map(([k, v]) => `${k}=${traceQuote(v)}`), ...argv.map((a) => traceQuote(a, KEYWORDS.has(a)))]
    io.write(2, `${sh.vars.get('PS4') ?? '+ '}${words.join(' ')}\n`)
  }
  if (argv.length === 0) {
    for (const [name, value] of assigns) if (!sh.vars.set(name, value)) throw sh.fatal(io, `${name}: is read only`)
    const status = yield* withRedirections(sh, n.redirs, io, function* () {
      return 0
    })
    return status !== 0 ? status : sh.substStatus ?? 0
  }
  const name = argv[0]
  if (SPECIAL_BUILTINS.has(name) && SPECIAL[name]) {
    for (const [k, v] of assigns) if (!sh.vars.set(k, v)) throw sh.fatal(io, `${k}: is read only`)
    if (name === 'exec' && argv.length === 1) return yield* applyRedirections(sh, n.redirs, io, true)
    const status = yield* withRedirections(sh, n.redirs, io, (rio) => runBuiltin(sh, name, () => SPECIAL[name](sh, argv, rio)), true)
    return status
  }
  return yield* withTempVars(sh, io, assigns, function* () {
    return yield* withRedirections(sh, n.redirs, io, (rio) => runCommand(sh, argv, rio))
  })
}

/** Runs a command by name (after special builtins): function, builtin, applet, script, or not found. */
export function* runCommand(sh: Shell, argv: string[], io: Io): Gen<number> {
  const name = argv[0]
  const fn = sh.functions.get(name)
  if (fn && !name.includes('/')) return yield* callFunction(sh, fn, argv, io)
  if (BUILTINS[name]) return yield* runBuiltin(sh, name, () => BUILTINS[name](sh, argv, io))
  if (name.includes('/')) {
    const path = sh.resolve(name)
    const st = sh.world.fs.stat(path)
    const base = path.slice(path.lastIndexOf('/') + 1)
    const dir = path.slice(0, path.lastIndexOf('/')) || '/'
    if (typeof st === 'string' && BIN_DIRS.has(dir) && sh.world.binaries.has(base) && APPLETS[base]) return yield* runApplet(sh, base, argv, io)
    if (typeof st === 'string') {
      sh.warn(io, `${name}: not found`)
      return 127
    }
    if (st.type === 'dir' || (st.mode & 0o111) === 0) {
      sh.warn(io, `${name}: Permission denied`)
      return 126
    }
    return yield* runScriptFile(sh, path, name, argv.slice(1), io)
  }
  const hosted = sh.world.commands?.[name]
  if (hosted && Object.hasOwn(sh.world.commands!, name)) {
    const r = hosted({ sh, io, argv, env: sh.vars.environ() })
    return typeof r === 'number' ? r : yield* r
  }
  if (sh.world.binaries.has(name) && APPLETS[name]) return yield* runApplet(sh, name, argv, io)
  sh.warn(io, `${name}: not found`)
  return 127
}

function* runBuiltin(sh: Shell, name: string, run: () => number | Gen<number>): Gen<number> {
  const saved = sh.builtin
  sh.builtin = name
  try {
    const r = run()
    return typeof r === 'number' ? r : yield* r
  } catch (e) {
    // ash catches errors of regular builtins: the command fails with 2 and the script goes on.
    if (e instanceof ExitSignal && e.error && !SPECIAL_BUILTINS.has(name)) return 2
    throw e
  } finally {
    sh.builtin = saved
  }
}

/** Runs an image applet with the exported environment. */
export function* runApplet(sh: Shell, name: string, argv: string[], io: Io): Gen<number> {
  const ctx: AppletCtx = { sh, io, argv, env: sh.vars.environ() }
  const r = APPLETS[name](ctx)
  return typeof r === 'number' ? r : yield* r
}

// Prefix assignments (`VAR=x cmd`) are exported for the one command, then put back.
function* withTempVars(sh: Shell, io: Io, assigns: [string, string][], run: () => Gen<number>): Gen<number> {
  if (assigns.length === 0) return yield* run()
  const saved = assigns.map(([k]) => [k, sh.vars.entry(k) ? { ...sh.vars.entry(k)! } : undefined] as const)
  for (const [k, v] of assigns) if (!sh.vars.set(k, v, { export: true })) throw sh.fatal(io, `${k}: is read only`)
  try {
    return yield* run()
  } finally {
    for (const [k, old] of saved.reverse()) {
      if (!old) sh.vars.unset(k)
      else {
        const e = sh.vars.entry(k)
        if (e) Object.assign(e, old)
      }
    }
  }
}

/** Applies redirections for the duration of `body`; a failed one prints ash's message and skips the command. */
export function* withRedirections(sh: Shell, redirs: Redir[], io: Io, body: (io: Io) => Gen<number>, special = false): Gen<number> {
  if (redirs.length === 0) return yield* body(io)
  const rio = io.copy()
  const status = yield* applyRedirections(sh, redirs, rio, false)
  if (status !== 0) {
    if (special) throw new ExitSignal(status)
    return status
  }
  return yield* body(rio)
}

/** Opens each redirection into `io` in place (for `exec` this changes the shell's own descriptors). */
export function* applyRedirections(sh: Shell, redirs: Redir[], io: Io, _exec: boolean): Gen<number> {
  for (const r of redirs) {
    const target = r.op === '<<' ? '' : yield* expandString(sh, io, r.target.parts, true)
    if (r.op === '<<') {
      const data = r.here?.expand ? yield* expandString(sh, io, r.here.parts) : (r.here?.parts[0] as { s: string } | undefined)?.s ?? ''
      io.fds[r.fd] = { kind: 'str', data, pos: 0 }
      continue
    }
    if ((r.op === '>&' || r.op === '<&') && /^(\d+|-)$/.test(target)) {
      if (target === '-') io.fds[r.fd] = undefined
      else if (io.fds[Number(target)]) io.fds[r.fd] = io.fds[Number(target)]
      else {
        sh.warn(io, `${target}: Bad file descriptor`)
        return 1
      }
      continue
    }
    const reading = r.op === '<' || r.op === '<&'
    const fd = openPath(sh, io, target, reading ? 'read' : r.op === '>>' ? 'append' : r.op === '<>' ? 'rw' : 'write')
    if (typeof fd === 'string') {
      sh.warn(io, fd)
      return 1
    }
    if (r.op === '&>' || (r.op === '>&' && r.fd === 1)) {
      io.fds[1] = fd
      io.fds[2] = fd
    } else io.fds[r.fd] = fd
  }
  return 0
}

function openPath(sh: Shell, io: Io, target: string, mode: 'read' | 'write' | 'append' | 'rw'): Fd | string {
  if (target === '/dev/null') return mode === 'read' ? { kind: 'str', data: '', pos: 0 } : { kind: 'null' }
  if (target === '/dev/stdout' && io.fds[1]) return io.fds[1]
  if (target === '/dev/stderr' && io.fds[2]) return io.fds[2]
  if (target === '/dev/stdin' && io.fds[0]) return io.fds[0]
  const path = sh.resolve(target)
  const fs = sh.world.fs
  if (mode === 'read') {
    const r = fs.readFile(path)
    if (typeof r === 'string') return r === 'EISDIR' ? { kind: 'str', data: '', pos: 0 } : `can't open ${target}: ${errnoText(r, 'no such file')}`
    return { kind: 'file', path, fs, data: r.data, pos: 0, writable: false }
  }
  const existing = fs.readFile(path)
  const keep = mode !== 'write' && typeof existing !== 'string'
  const err = fs.writeFile(path, '', keep || mode === 'append')
  if (err) return `can't create ${target}: ${errnoText(err, 'nonexistent directory')}`
  return { kind: 'file', path, fs, data: keep && typeof existing !== 'string' ? existing.data : '', pos: 0, writable: true }
}

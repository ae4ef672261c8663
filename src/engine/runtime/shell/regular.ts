// ash's regular builtins (cd, read, local, type, command, wait, ...): their errors set status 2
// and the script goes on. The special builtins live in builtins.ts.

import { TEXT_BUILTINS } from './applets/basic'
import { SPECIAL_BUILTINS } from './parser'
import { runCommand } from './command'
import type { Io } from './io'
import type { Gen, Shell } from './shell'
import { errnoText, table } from './util'

type Builtin = (sh: Shell, argv: string[], io: Io) => number | Gen<number>

function cd(sh: Shell, argv: string[], io: Io): number {
  let target = argv[1] ?? sh.vars.get('HOME') ?? '/'
  const dash = target === '-'
  if (dash) target = sh.vars.get('OLDPWD') ?? sh.cwd
  const path = sh.resolve(target)
  const st = sh.world.fs.stat(path)
  if (typeof st === 'string' || st.type !== 'dir') throw sh.fatal(io, `can't cd to ${target}: ${errnoText(typeof st === 'string' ? st : 'ENOTDIR')}`)
  sh.vars.set('OLDPWD', sh.cwd, { export: true })
  sh.cwd = path
  sh.vars.set('PWD', path, { export: true })
  if (dash) io.write(1, path + '\n')
  return 0
}

function read(sh: Shell, argv: string[], io: Io): number {
  let raw = false
  const names: string[] = []
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '-r') raw = true
    else if (argv[i] === '-p' || argv[i] === '-t' || argv[i] === '-n' || argv[i] === '-u') i++
    else names.push(argv[i])
  }
  if (names.length === 0) names.push('REPLY')
  let line = ''
  let eof = true
  for (;;) {
    const chunk = io.readLine(0)
    if (chunk === undefined) break
    const ended = chunk.endsWith('\n')
    let text = ended ? chunk.slice(0, -1) : chunk
    if (!raw && ended && /(^|[^\\])(\\\\)*\\$/.test(text)) {
      line += text.slice(0, -1)
      continue
    }
    if (!raw) text = text.replace(/\\(.)/g, '$1')
    line += text
    eof = !ended
    break
  }
  const ifs = sh.vars.get('IFS') ?? ' \t\n'
  const ws = [...ifs].filter((c) => ' \t\n'.includes(c)).join('')
  const trim = (s: string) => {
    let a = 0
    let b = s.length
    while (a < b && ws.includes(s[a])) a++
    while (b > a && ws.includes(s[b - 1])) b--
    return s.slice(a, b)
  }
  let rest = trim(line)
  names.forEach((name, k) => {
    let value = rest
    if (k < names.length - 1) {
      let j = 0
      while (j < rest.length && !ifs.includes(rest[j])) j++
      value = rest.slice(0, j)
      rest = rest.slice(j)
      let m = 0
      while (m < rest.length && ws.includes(rest[m])) m++
      if (m < rest.length && ifs.includes(rest[m]) && !ws.includes(rest[m])) m++
      rest = trim(rest.slice(m))
    }
    if (!sh.vars.set(name, value)) throw sh.fatal(io, `${name}: is read only`)
  })
  return eof ? 1 : 0
}

function local(sh: Shell, argv: string[], io: Io): number {
  const frame = sh.locals[sh.locals.length - 1]
  if (!frame) throw sh.fatal(io, 'not in a function')
  for (const a of argv.slice(1)) {
    const eq = a.indexOf('=')
    const name = eq < 0 ? a : a.slice(0, eq)
    if (!frame.has(name)) {
      const e = sh.vars.entry(name)
      frame.set(name, e ? { value: e.value, exported: e.exported } : undefined)
    }
    if (eq >= 0 && !sh.vars.set(name, a.slice(eq + 1))) throw sh.fatal(io, `${name}: is read only`)
  }
  return 0
}

const KEYWORDS = ['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'if', 'in', 'then', 'until', 'while', '{', '}']

function describe(sh: Shell, name: string): string | undefined {
  if (KEYWORDS.includes(name)) return `${name} is a shell keyword`
  if (SPECIAL_BUILTINS.has(name)) return `${name} is a special shell builtin`
  if (sh.functions.has(name)) return `${name} is a function`
  if (BUILTINS[name]) return `${name} is a shell builtin`
  if (sh.world.binaries.has(name)) return `${name} is /bin/${name}`
  return undefined
}

function* wait(sh: Shell, argv: string[]): Gen<number> {
  const pids = argv.length > 1 ? argv.slice(1).map(Number) : sh.jobs.running()
  let status = 0
  for (const pid of pids) {
    while (sh.jobs.result(pid) === undefined && sh.jobs.running().includes(pid)) {
      if (sh.clock.pid1 === sh && sh.clock.pending.some((s) => sh.traps.get(s))) return 128 + 15
      yield { sleep: Infinity, interruptible: true }
    }
    status = sh.jobs.result(pid) ?? 127
  }
  return status
}

/** Regular builtins: errors set status 2 and the script goes on. */
export const BUILTINS: Record<string, Builtin> = table({
  ...TEXT_BUILTINS,
  cd,
  pwd: (sh, _argv, io) => {
    io.write(1, sh.cwd + '\n')
    return 0
  },
  read,
  local,
  type: (sh, argv, io) => {
    let status = 0
    for (const name of argv.slice(1)) {
      const d = describe(sh, name)
      if (d) io.write(1, d + '\n')
      else {
        io.write(1, `${name}: not found\n`)
        status = 127
      }
    }
    return status
  },
  command: function* (sh, argv, io) {
    if (argv[1] === '-v' || argv[1] === '-V') {
      // busybox describes only the first name.
      const name = argv[2]
      const d = name === undefined ? undefined : describe(sh, name)
      if (!d) return 127
      io.write(1, argv[1] === '-V' ? d + '\n' : d.endsWith(`/bin/${name}`) ? `/bin/${name}\n` : name + '\n')
      return 0
    }
    if (argv.length === 1) return 0
    const fns = sh.functions
    sh.functions = new Map()
    try {
      return yield* runCommand(sh, argv.slice(1), io)
    } finally {
      sh.functions = fns
    }
  },
  wait,
  umask: (_sh, _argv, io) => {
    io.write(1, '0022\n')
    return 0
  },
})

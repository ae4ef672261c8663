// System applets: env/printenv, hostname, date, id/whoami, uname, and the nested shells
// (`sh`, `ash`, `busybox APPLET`). Time is the virtual clock; the timezone is UTC, as in a pod.

import { runShellArgs, createShell } from '../script'
import type { Gen } from '../shell'
import { isFsError } from '../util'
import { badOption, getopt, out, warn, type Applet, type AppletCtx } from './ctx'
import { busyboxHelp } from './version'

const KERNEL_RELEASE = '6.8.0-1019-gke'
const KERNEL_VERSION = '#23-Ubuntu SMP PREEMPT_DYNAMIC Mon Feb  3 17:29:49 UTC 2025'

function splitEnv(kv: string): [string, string] {
  const eq = kv.indexOf('=')
  return [kv.slice(0, eq), kv.slice(eq + 1)]
}

function* env(c: AppletCtx): Gen<number> {
  let vars = c.env.map(splitEnv)
  let i = 1
  for (; i < c.argv.length; i++) {
    const a = c.argv[i]
    if (a === '-i' || a === '-') vars = []
    else if (a === '-u') {
      const name = c.argv[++i]
      vars = vars.filter(([k]) => k !== name)
    } else if (a === '--') {
      i++
      break
    } else break
  }
  for (; i < c.argv.length && c.argv[i].includes('='); i++) {
    const [k, v] = splitEnv(c.argv[i])
    const at = vars.findIndex(([name]) => name === k)
    if (at >= 0) vars[at] = [k, v]
    else vars.push([k, v])
  }
  const environ = vars.map(([k, v]) => `${k}=${v}`)
  if (i >= c.argv.length) {
    out(c, environ.map((x) => x + '\n').join(''))
    return 0
  }
  const name = c.argv[i]
  const applet = APPLET_TABLE.get(name)
  if (!applet || !c.sh.world.binaries.has(name)) {
    warn(c, `can't execute '${name}': No such file or directory`)
    return 127
  }
  const r = applet({ sh: c.sh, io: c.io, argv: c.argv.slice(i), env: environ })
  return typeof r === 'number' ? r : yield* r
}

function printenv(c: AppletCtx): number {
  const vars = new Map(c.env.map(splitEnv))
  if (c.argv.length === 1) {
    out(c, c.env.map((x) => x + '\n').join(''))
    return 0
  }
  let status = 0
  for (const name of c.argv.slice(1)) {
    const v = vars.get(name)
    if (v === undefined) status = 1
    else out(c, v + '\n')
  }
  return status
}

function hostname(c: AppletCtx): number {
  const o = getopt(c.argv, 'sidfF:')
  if ('bad' in o) return badOption(c, o, 'hostname [-sidf] [HOSTNAME | -F FILE]')
  if (o.args.length > 0) {
    warn(c, 'sethostname: Operation not permitted')
    return 1
  }
  const h = c.sh.world.hostname
  if (o.flags.i) {
    out(c, (c.sh.world.resolve(h)?.ip ?? '') + ' \n')
    return 0
  }
  out(c, (o.flags.s ? h.split('.')[0] : h) + '\n')
  return 0
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** strftime in UTC for the specifiers busybox date users reach for. */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms)
  const p2 = (n: number) => String(n).padStart(2, '0')
  const start = Date.UTC(d.getUTCFullYear(), 0, 1)
  const yday = Math.floor((ms - start) / 86400_000) + 1
  const h = d.getUTCHours()
  return format.replace(/%([%a-zA-Z])/g, (m, f: string): string => {
    switch (f) {
      case '%': return '%'
      case 'a': return DAYS[d.getUTCDay()].slice(0, 3)
      case 'A': return DAYS[d.getUTCDay()]
      case 'b': case 'h': return MONTHS[d.getUTCMonth()].slice(0, 3)
      case 'B': return MONTHS[d.getUTCMonth()]
      case 'c': return strftime('%a %b %e %H:%M:%S %Y', ms)
      case 'C': return p2(Math.floor(d.getUTCFullYear() / 100))
      case 'd': return p2(d.getUTCDate())
      case 'D': return strftime('%m/%d/%y', ms)
      case 'e': return String(d.getUTCDate()).padStart(2)
      case 'F': return strftime('%Y-%m-%d', ms)
      case 'H': return p2(h)
      case 'I': return p2(h % 12 || 12)
      case 'j': return String(yday).padStart(3, '0')
      case 'k': return String(h).padStart(2)
      case 'l': return String(h % 12 || 12).padStart(2)
      case 'm': return p2(d.getUTCMonth() + 1)
      case 'M': return p2(d.getUTCMinutes())
      case 'n': return '\n'
      case 'N': return String(d.getUTCMilliseconds() * 1_000_000).padStart(9, '0')
      case 'p': return h < 12 ? 'AM' : 'PM'
      case 'P': return h < 12 ? 'am' : 'pm'
      case 'r': return strftime('%I:%M:%S %p', ms)
      case 'R': return strftime('%H:%M', ms)
      case 's': return String(Math.floor(ms / 1000))
      case 'S': return p2(d.getUTCSeconds())
      case 't': return '\t'
      case 'T': return strftime('%H:%M:%S', ms)
      case 'u': return String(d.getUTCDay() || 7)
      case 'w': return String(d.getUTCDay())
      case 'y': return p2(d.getUTCFullYear() % 100)
      case 'Y': return String(d.getUTCFullYear())
      case 'z': return '+0000'
      case 'Z': return 'UTC'
      default: return m
    }
  })
}

function parseDate(s: string): number | undefined {
  if (/^@-?\d+$/.test(s)) return Number(s.slice(1)) * 1000
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s)
  if (!m) return undefined
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0))
}

function date(c: AppletCtx): number {
  const o = getopt(c.argv, 'Rud:D:s:r:I')
  if ('bad' in o) return badOption(c, o, 'date [OPTIONS] [+FMT] [[-s] TIME]')
  let ms = Math.floor(c.sh.clock.now / 1000) * 1000
  if (typeof o.flags.d === 'string') {
    const parsed = parseDate(o.flags.d)
    if (parsed === undefined) {
      warn(c, `invalid date '${o.flags.d}'`)
      return 1
    }
    ms = parsed
  }
  const fmtArg = o.args.find((a) => a.startsWith('+'))
  if (o.args.some((a) => !a.startsWith('+')) || o.flags.s) {
    warn(c, "can't set date: Operation not permitted")
    return 1
  }
  const format = fmtArg ? fmtArg.slice(1) : o.flags.R ? '%a, %d %b %Y %H:%M:%S %z' : o.flags.I ? '%Y-%m-%d' : '%a %b %e %H:%M:%S %Z %Y'
  out(c, strftime(format, ms) + '\n')
  return 0
}

function table(c: AppletCtx, file: string): string[][] {
  const r = c.sh.world.fs.readFile(file)
  return isFsError(r) ? [] : r.data.split('\n').filter(Boolean).map((l) => l.split(':'))
}

function id(c: AppletCtx): number {
  const o = getopt(c.argv, 'ugGnr')
  if ('bad' in o) return badOption(c, o, 'id [-ugGnr] [USER]')
  const uid = c.sh.world.uid ?? 0
  const gid = c.sh.world.gid ?? 0
  const passwd = table(c, '/etc/passwd')
  const groupTable = table(c, '/etc/group')
  const user = passwd.find((f) => Number(f[2]) === uid)?.[0]
  const groupName = (g: number) => groupTable.find((f) => Number(f[2]) === g)?.[0]
  const groups = [gid, ...groupTable.filter((f) => user && (f[3] ?? '').split(',').includes(user)).map((f) => Number(f[2]))].filter((g, k, a) => a.indexOf(g) === k)
  const named = (n: number, name: string | undefined) => (name ? `${n}(${name})` : String(n))
  if (o.flags.u) out(c, (o.flags.n ? user ?? String(uid) : String(uid)) + '\n')
  else if (o.flags.g) out(c, (o.flags.n ? groupName(gid) ?? String(gid) : String(gid)) + '\n')
  else if (o.flags.G) out(c, groups.map((g) => (o.flags.n ? groupName(g) ?? String(g) : String(g))).join(' ') + '\n')
  else out(c, `uid=${named(uid, user)} gid=${named(gid, groupName(gid))} groups=${groups.map((g) => named(g, groupName(g))).join(',')}\n`)
  return 0
}

function whoami(c: AppletCtx): number {
  const uid = c.sh.world.uid ?? 0
  const user = table(c, '/etc/passwd').find((f) => Number(f[2]) === uid)?.[0]
  if (!user) {
    warn(c, `unknown uid ${uid}`)
    return 1
  }
  out(c, user + '\n')
  return 0
}

function uname(c: AppletCtx): number {
  const o = getopt(c.argv, 'asnrvmpio')
  if ('bad' in o) return badOption(c, o, 'uname [-amnrspvio]')
  const f = o.flags
  const all = f.a === true
  const parts: string[] = []
  if (all || f.s || Object.keys(f).length === 0) parts.push('Linux')
  if (all || f.n) parts.push(c.sh.world.hostname)
  if (all || f.r) parts.push(KERNEL_RELEASE)
  if (all || f.v) parts.push(KERNEL_VERSION)
  if (all || f.m) parts.push('x86_64')
  if (f.p) parts.push('unknown')
  if (f.i) parts.push('unknown')
  if (all || f.o) parts.push('GNU/Linux')
  out(c, parts.join(' ') + '\n')
  return 0
}

function* sh(c: AppletCtx): Gen<number> {
  const environ = c.env.map(splitEnv)
  const child = createShell(c.sh.world, c.sh.out, c.sh.clock, c.sh.jobs, environ, c.sh.cwd)
  child.arg0 = c.argv[0].slice(c.argv[0].lastIndexOf('/') + 1)
  return yield* runShellArgs(child, c.argv.slice(1), c.io)
}

function* busybox(c: AppletCtx): Gen<number> {
  const name = c.argv[1]
  // The binary's own applet list, as `--list` prints it (busybox does not list itself).
  const names = () => [...APPLET_TABLE.keys()].filter((n) => n !== 'busybox').sort()
  if (name === '--list') {
    out(c, names().map((n) => n + '\n').join(''))
    return 0
  }
  if (name === undefined || name === '--help') {
    out(c, busyboxHelp(c.sh.world.busyboxVersion, names()))
    return 0
  }
  const applet = APPLET_TABLE.get(name)
  if (!applet) {
    c.io.write(2, `${name}: applet not found\n`)
    return 127
  }
  const r = applet({ ...c, argv: c.argv.slice(1) })
  return typeof r === 'number' ? r : yield* r
}

/** Every applet, filled in by applets/index.ts (env and busybox run other applets). */
export const APPLET_TABLE = new Map<string, Applet>()

/** System applets by name. */
export const SYSTEM_APPLETS: Record<string, Applet> = { env, printenv, hostname, date, id, whoami, uname, sh, ash: sh, busybox }

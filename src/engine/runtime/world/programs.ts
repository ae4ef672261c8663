// Native programs of the catalog's images, run as processes rather than shell scripts: servers
// (nginx, redis, postgres, mysql, python's http.server, initlab's app) that register listeners on
// their pod's ports while running, and memhog, which allocates memory until its limit kills it.

import type { ProgramName } from '../catalog/types'
import type { Process, ProcessOutput, ProcessStep, Signal } from '../process'
import type { HttpRequest, HttpResponse, ShellFs } from '../shell/world'
import type { Listener, Listeners } from './network'

/** What a native program runs with. */
export interface ProgramContext {
  argv: string[]
  env: Record<string, string>
  fs: ShellFs
  cwd: string
  out: ProcessOutput
  podUid: string
  listeners: Listeners
  /** The container's memory limit in bytes (node allocatable when unset). */
  memoryLimit: number
}

/** A program either runs as a process or asks to exec another argv (entrypoint wrappers). */
export type ProgramStart = { process: Process } | { exec: string[] }

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const parts = (ms: number) => {
  const d = new Date(ms)
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth(), d: d.getUTCDate(), h: pad(d.getUTCHours()), mi: pad(d.getUTCMinutes()), s: pad(d.getUTCSeconds()), ms: pad(d.getUTCMilliseconds(), 3) }
}
const nginxTime = (ms: number) => { const t = parts(ms); return `${t.y}/${pad(t.mo + 1)}/${pad(t.d)} ${t.h}:${t.mi}:${t.s}` }
const clfTime = (ms: number) => { const t = parts(ms); return `${pad(t.d)}/${MONTHS[t.mo]}/${t.y}:${t.h}:${t.mi}:${t.s} +0000` }
const redisTime = (ms: number) => { const t = parts(ms); return `${pad(t.d)} ${MONTHS[t.mo]} ${t.y} ${t.h}:${t.mi}:${t.s}.${t.ms}` }
const pgTime = (ms: number) => { const t = parts(ms); return `${t.y}-${pad(t.mo + 1)}-${pad(t.d)} ${t.h}:${t.mi}:${t.s}.${t.ms} UTC` }

interface ServerSpec {
  port: number
  /** Lines written at start, given the start time. */
  banner(now: number): string
  /** Ms after start before connections are accepted (and `readyLine` is written). */
  startupMs?: number
  readyLine?(now: number): string
  stopLine?(now: number): string
  http?(req: HttpRequest, from: string, now: number, out: ProcessOutput): HttpResponse
}

/** A server: registers its listener on first resume, serves until signalled, exits 0 on SIGTERM. */
class ServerProcess implements Process {
  private startedAt: number | undefined
  private close: (() => void) | undefined
  private announced = false

  constructor(private readonly spec: ServerSpec, private readonly ctx: ProgramContext) {}

  resume(now: number): ProcessStep {
    if (this.startedAt === undefined) {
      this.startedAt = now
      this.ctx.out.write('stdout', this.spec.banner(now))
      const spec = this.spec
      const started = now
      const listener: Listener = {
        accepting: (t) => t >= started + (spec.startupMs ?? 0),
        http: spec.http ? (req, from, t) => spec.http!(req, from, t, this.ctx.out) : undefined,
      }
      this.close = this.ctx.listeners.listen(this.ctx.podUid, spec.port, listener)
    }
    const readyAt = this.startedAt + (this.spec.startupMs ?? 0)
    if (now < readyAt) return { type: 'sleep', ms: readyAt - now }
    if (!this.announced) {
      this.announced = true
      if (this.spec.readyLine) this.ctx.out.write('stdout', this.spec.readyLine(now))
    }
    return { type: 'serve' }
  }

  signal(sig: Signal, now: number): ProcessStep {
    this.close?.()
    if (sig === 'SIGKILL') return { type: 'exit', code: 137, signal: 9 }
    if (this.spec.stopLine) this.ctx.out.write('stdout', this.spec.stopLine(now))
    return { type: 'exit', code: 0 }
  }
}

/** A process that writes `text` and exits with `code` on its first resume. */
function failing(ctx: ProgramContext, stream: 'stdout' | 'stderr', text: string, code: number): Process {
  return {
    resume: () => {
      if (text) ctx.out.write(stream, text)
      text = ''
      return { type: 'exit', code }
    },
    signal: () => ({ type: 'exit', code: 143 }),
  }
}

function fileServer(ctx: ProgramContext, root: string, server: string, log: (req: HttpRequest, from: string, now: number, status: number, size: number) => string) {
  return (req: HttpRequest, from: string, now: number, out: ProcessOutput): HttpResponse => {
    const path = req.path.split('?')[0]
    const file = `${root}${path.endsWith('/') ? `${path}index.html` : path}`.replace(/\/+/g, '/')
    const r = ctx.fs.readFile(file)
    const ok = typeof r !== 'string'
    const body = ok ? r.data : `<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>${server}</center>\n</body>\n</html>\n`
    out.write('stdout', log(req, from, now, ok ? 200 : 404, new TextEncoder().encode(body).length))
    return { status: ok ? 200 : 404, body }
  }
}

const NGINX_VERSION = 'nginx/1.27.3'

function nginx(ctx: ProgramContext): Process {
  const accessLog = (req: HttpRequest, from: string, now: number, status: number, size: number) =>
    `${from} - - [${clfTime(now)}] "GET ${req.path} HTTP/1.1" ${status} ${size} "-" "Wget" "-"\n`
  return new ServerProcess({
    port: 80,
    banner: (now) => [
      `${nginxTime(now)} [notice] 1#1: using the "epoll" event method`,
      `${nginxTime(now)} [notice] 1#1: ${NGINX_VERSION}`,
      `${nginxTime(now)} [notice] 1#1: OS: Linux 6.8.0`,
      `${nginxTime(now)} [notice] 1#1: start worker processes`,
      `${nginxTime(now)} [notice] 1#1: start worker process 29`, '',
    ].join('\n'),
    stopLine: (now) => `${nginxTime(now)} [notice] 1#1: signal 15 (SIGTERM) received, exiting\n${nginxTime(now)} [notice] 1#1: exit\n`,
    http: fileServer(ctx, '/usr/share/nginx/html', NGINX_VERSION, accessLog),
  }, ctx)
}

const NGINX_ENTRYPOINT = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up', '',
].join('\n')

function redis(ctx: ProgramContext): Process {
  return new ServerProcess({
    port: 6379,
    banner: (now) => [
      `1:C ${redisTime(now)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
      `1:C ${redisTime(now)} * Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started`,
      `1:C ${redisTime(now)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
      `1:M ${redisTime(now)} * monotonic clock: POSIX clock_gettime`,
      `1:M ${redisTime(now)} * Running mode=standalone, port=6379.`,
      `1:M ${redisTime(now)} * Server initialized`,
      `1:M ${redisTime(now)} * Ready to accept connections tcp`, '',
    ].join('\n'),
    stopLine: (now) => `1:signal-handler (${Math.floor(now / 1000)}) Received SIGTERM scheduling shutdown...\n1:M ${redisTime(now)} # Redis is now ready to exit, bye bye...\n`,
  }, ctx)
}

const PG_NO_PASSWORD = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`

function postgres(ctx: ProgramContext): Process {
  if (!ctx.env.POSTGRES_PASSWORD && ctx.env.POSTGRES_HOST_AUTH_METHOD !== 'trust') return failing(ctx, 'stderr', PG_NO_PASSWORD, 1)
  return new ServerProcess({
    port: 5432,
    startupMs: 4000,
    banner: () => 'The files belonging to this database system will be owned by user "postgres".\nThis user must also own the server process.\n\nfixing permissions on existing directory /var/lib/postgresql/data ... ok\ncreating subdirectories ... ok\nperforming post-bootstrap initialization ... ok\nsyncing data to disk ... ok\n\nSuccess. You can now start the database server.\n\nPostgreSQL init process complete; ready for start up.\n\n',
    readyLine: (now) => `${pgTime(now)} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432\n${pgTime(now)} [1] LOG:  database system is ready to accept connections\n`,
    stopLine: (now) => `${pgTime(now)} [1] LOG:  received fast shutdown request\n${pgTime(now)} [1] LOG:  database system is shut down\n`,
  }, ctx)
}

const MYSQL_NO_PASSWORD = (now: number) => `${pgTime(now).replace(' UTC', '+00:00')} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified
    You need to specify one of the following as an environment variable:
    - MYSQL_ROOT_PASSWORD
    - MYSQL_ALLOW_EMPTY_PASSWORD
    - MYSQL_RANDOM_ROOT_PASSWORD
`

function mysqld(ctx: ProgramContext): Process {
  if (!ctx.env.MYSQL_ROOT_PASSWORD && !ctx.env.MYSQL_ALLOW_EMPTY_PASSWORD && !ctx.env.MYSQL_RANDOM_ROOT_PASSWORD) {
    return { resume: (now) => { ctx.out.write('stderr', MYSQL_NO_PASSWORD(now)); return { type: 'exit', code: 1 } }, signal: () => ({ type: 'exit', code: 143 }) }
  }
  return new ServerProcess({
    port: 3306,
    startupMs: 10_000,
    banner: (now) => `${pgTime(now).replace(' UTC', '+00:00')} [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.3-1.el9 started.\n`,
    readyLine: () => "[System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.3'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n",
  }, ctx)
}

function python(ctx: ProgramContext): Process {
  const args = ctx.argv.slice(1)
  if (args[0] === '-m' && args[1] === 'http.server') {
    const port = Number(args[2] ?? 8000) || 8000
    const log = (req: HttpRequest, from: string, now: number, status: number) => `${from} - - [${clfTime(now).replace(/^(\d+)\/(\w+)\/(\d+):/, '$1/$2/$3 ').replace(' +0000', '')}] "GET ${req.path} HTTP/1.1" ${status} -\n`
    return new ServerProcess({ port, banner: () => `Serving HTTP on 0.0.0.0 port ${port} (http://0.0.0.0:${port}/) ...\n`, http: fileServer(ctx, ctx.cwd === '/' ? '' : ctx.cwd, 'SimpleHTTP/0.6 Python/3.13.1', log) }, ctx)
  }
  if (args.length === 0) return failing(ctx, 'stdout', '', 0)
  return failing(ctx, 'stderr', `initlab: this simulated python only runs "python -m http.server [port]"\n`, 1)
}

function app(ctx: ProgramContext): Process {
  const root = ctx.env.PUBLIC_ROOT || '/data/public'
  const st = ctx.fs.stat(root)
  if (typeof st === 'string' || st.type !== 'dir') return failing(ctx, 'stderr', `app: open ${root}: no such file or directory\n`, 1)
  const log = (req: HttpRequest, from: string, _now: number, status: number) => `app: ${from} GET ${req.path} ${status}\n`
  return new ServerProcess({ port: 8080, banner: () => `app: ${ctx.env.APP_NAME ?? 'app'} serving ${root} on :8080\n`, http: fileServer(ctx, root, 'app', log) }, ctx)
}

/** Allocates $MEGABYTES (or argv[1]) MB in 10 MB steps; over the memory limit it is OOMKilled. */
function memhog(ctx: ProgramContext): Process {
  const target = Number(ctx.argv[1] ?? ctx.env.MEGABYTES ?? 100) || 0
  let allocated = -1
  return {
    resume(): ProcessStep {
      if (allocated < 0) {
        allocated = 0
        ctx.out.write('stdout', `memhog: allocating ${target} MB\n`)
      }
      if (allocated >= target) return { type: 'serve' }
      allocated = Math.min(target, allocated + 10)
      // The kernel's OOM killer ends the cgroup's process with SIGKILL; the runtime reports OOMKilled.
      if (allocated * 1024 * 1024 > ctx.memoryLimit) return { type: 'exit', code: 137, signal: 9, reason: 'OOMKilled' }
      ctx.out.write('stdout', `memhog: ${allocated} MB allocated\n`)
      if (allocated < target) return { type: 'sleep', ms: 100 }
      ctx.out.write('stdout', `memhog: holding ${target} MB\n`)
      return { type: 'serve' }
    },
    signal: (sig) => (sig === 'SIGKILL' ? { type: 'exit', code: 137, signal: 9 } : { type: 'exit', code: 143, signal: 15 }),
  }
}

// Docker library entrypoints: run the server for its own name or an option, exec anything else.
function entrypoint(server: string, alias: string[], run: (ctx: ProgramContext) => Process) {
  return (ctx: ProgramContext): ProgramStart => {
    const [, first, ...rest] = ctx.argv
    if (first === undefined) return { exec: [] }
    if (first.startsWith('-')) return { process: run({ ...ctx, argv: [server, first, ...rest] }) }
    if (first === server || alias.includes(first)) return { process: run({ ...ctx, argv: [first, ...rest] }) }
    return { exec: [first, ...rest] }
  }
}

const PROGRAMS: Record<ProgramName, (ctx: ProgramContext) => ProgramStart> = {
  'nginx-entrypoint': entrypoint('nginx', ['nginx-debug'], (ctx) => {
    // The entrypoint's lines come first, when the process starts (not when it is created).
    let banner = NGINX_ENTRYPOINT
    const server = nginx(ctx)
    return {
      resume: (now) => {
        if (banner) ctx.out.write('stdout', banner)
        banner = ''
        return server.resume(now)
      },
      signal: (sig, now) => server.signal(sig, now),
    }
  }),
  nginx: (ctx) => ({ process: nginx(ctx) }),
  'redis-entrypoint': entrypoint('redis-server', [], redis),
  'redis-server': (ctx) => ({ process: redis(ctx) }),
  'postgres-entrypoint': entrypoint('postgres', [], postgres),
  postgres: (ctx) => ({ process: postgres(ctx) }),
  'mysql-entrypoint': entrypoint('mysqld', [], mysqld),
  mysqld: (ctx) => ({ process: mysqld(ctx) }),
  python: (ctx) => ({ process: python(ctx) }),
  node: (ctx) => ({ process: ctx.argv.length > 1 ? failing(ctx, 'stderr', 'initlab: this simulated node only starts an empty REPL\n', 1) : failing(ctx, 'stdout', '', 0) }),
  curl: (ctx) => ({ process: failing(ctx, 'stderr', ctx.argv.length > 1 ? 'initlab: the simulated curl cannot make requests; use wget\n' : "curl: try 'curl --help' or 'curl --manual' for more information\n", 2) }),
  memhog: (ctx) => ({ process: memhog(ctx) }),
  app: (ctx) => ({ process: app(ctx) }),
}

/** Starts a native program. */
export function startProgram(name: ProgramName, ctx: ProgramContext): ProgramStart {
  return PROGRAMS[name](ctx)
}

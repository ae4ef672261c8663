// An in-memory ShellWorld for tests and for callers that need a quick container: a busybox-like
// file tree, read-only mounts, a DNS table and a table of listening ports. Pure data, no clock:
// callers that want time-dependent answers pass their own resolve/connect/httpGet functions.

import type { BusyboxVersion } from './applets/version'
import type { DnsAnswer, FileStat, FsError, HttpRequest, HttpResponse, ResolvConf, ShellFs, ShellWorld } from './world'

/** Options for createMemoryWorld; everything has a busybox-in-Kubernetes default. */
export interface MemoryWorldOptions {
  /** Extra files, path -> content (parents are created). */
  files?: Record<string, string>
  /** Extra empty directories. */
  dirs?: string[]
  /** Paths whose subtree refuses writes with EROFS (e.g. a read-only volume mount). */
  readOnly?: string[]
  /** Paths (files) that are not executable; all other files are 0755. */
  modes?: Record<string, number>
  env?: Record<string, string>
  hostname?: string
  binaries?: Iterable<string>
  busyboxVersion?: BusyboxVersion
  resolv?: Partial<ResolvConf>
  /** Exact name -> IP for the cluster zone (authoritative answers). */
  dns?: Record<string, string>
  /** Overrides the DNS table entirely. */
  resolve?: (fqdn: string) => DnsAnswer | undefined
  /** IP -> PTR name. */
  ptr?: Record<string, string>
  /** "ip:port" that accept connections; every other port refuses. */
  open?: string[]
  /** "ip:port" that drop packets (connect times out). */
  blackhole?: string[]
  connect?: (ip: string, port: number) => 'open' | 'refused' | 'timeout'
  /** "ip:port/path" -> response; an open port with no entry answers 404. */
  http?: Record<string, HttpResponse>
  httpGet?: (req: HttpRequest) => HttpResponse | 'refused' | 'timeout'
  /** IPs that answer ping. */
  pingable?: string[]
  /** Virtual time for modification times of files the shell writes (default 0). */
  clock?: () => number
}

/** The applets of the busybox image that the shell implements (see applets/index.ts). */
export const DEFAULT_BINARIES = [
  'sh', 'ash', 'busybox', 'echo', 'printf', 'test', '[', 'sleep', 'true', 'false', 'cat', 'ls', 'mkdir', 'rmdir', 'touch',
  'cp', 'mv', 'rm', 'env', 'printenv', 'hostname', 'date', 'id', 'whoami', 'uname', 'grep', 'egrep', 'head', 'tail', 'wc',
  'tr', 'sed', 'cut', 'sort', 'uniq', 'tee', 'seq', 'expr', 'basename', 'dirname', 'nslookup', 'wget', 'nc', 'ping', 'base64',
]

const PASSWD = 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n'
const GROUP = 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\naudio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\nstaff:x:50:\nlock:x:54:\nnetdev:x:82:\nusers:x:100:\nnobody:x:65534:\n'

interface Entry {
  type: 'file' | 'dir'
  data: string
  mode: number
  mtime: number
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i <= 0 ? '/' : path.slice(0, i)
}

/** Builds an in-memory container world. Pure apart from the returned object's own state. */
export function createMemoryWorld(options: MemoryWorldOptions = {}): ShellWorld {
  const entries = new Map<string, Entry>()
  const now = options.clock ?? (() => 0)
  const readOnly = options.readOnly ?? []
  const isReadOnly = (p: string) => readOnly.some((r) => p === r || p.startsWith(r + '/'))
  const ensureDir = (p: string) => {
    if (entries.has(p)) return
    if (p !== '/') ensureDir(parentOf(p))
    entries.set(p, { type: 'dir', data: '', mode: 0o755, mtime: 0 })
  }
  for (const d of ['/', '/bin', '/dev', '/etc', '/home', '/proc', '/root', '/sys', '/tmp', '/usr', '/usr/sbin', '/var', '/var/spool', '/var/www']) ensureDir(d)
  const hostname = options.hostname ?? 'busybox'
  const resolvConf: ResolvConf = {
    nameserver: '10.96.0.10',
    search: ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'],
    ndots: 5,
    ...options.resolv,
  }
  const baseFiles: Record<string, string> = {
    '/etc/passwd': PASSWD,
    '/etc/group': GROUP,
    '/etc/hostname': hostname + '\n',
    '/etc/resolv.conf': `search ${resolvConf.search.join(' ')}\nnameserver ${resolvConf.nameserver}\noptions ndots:${resolvConf.ndots}\n`,
  }
  for (const [path, data] of Object.entries({ ...baseFiles, ...options.files })) {
    ensureDir(parentOf(path))
    entries.set(path, { type: 'file', data, mode: options.modes?.[path] ?? 0o755, mtime: 0 })
  }
  for (const d of options.dirs ?? []) ensureDir(d)

  const fs: ShellFs = {
    readFile(path) {
      const e = entries.get(path)
      if (!e) return parentProblem(path) ?? 'ENOENT'
      return e.type === 'dir' ? 'EISDIR' : { data: e.data }
    },
    writeFile(path, data, append) {
      const e = entries.get(path)
      if (e?.type === 'dir') return 'EISDIR'
      const problem = parentProblem(path)
      if (problem) return problem
      if (isReadOnly(path)) return 'EROFS'
      if (e) {
        e.data = append ? e.data + data : data
        e.mtime = now()
        return undefined
      }
      entries.set(path, { type: 'file', data, mode: 0o644, mtime: now() })
      return undefined
    },
    mkdir(path) {
      if (entries.has(path)) return 'EEXIST'
      const problem = parentProblem(path)
      if (problem) return problem
      if (isReadOnly(path)) return 'EROFS'
      entries.set(path, { type: 'dir', data: '', mode: 0o755, mtime: now() })
      return undefined
    },
    list(path) {
      const e = entries.get(path)
      if (!e) return 'ENOENT'
      if (e.type !== 'dir') return 'ENOTDIR'
      const prefix = path === '/' ? '/' : path + '/'
      const names: string[] = []
      for (const key of entries.keys()) {
        if (key !== '/' && key.startsWith(prefix) && !key.slice(prefix.length).includes('/')) names.push(key.slice(prefix.length))
      }
      return names
    },
    stat(path) {
      const e = entries.get(path)
      if (!e) return parentProblem(path) ?? 'ENOENT'
      const st: FileStat = { type: e.type, size: e.type === 'file' ? new TextEncoder().encode(e.data).length : 4096, mode: e.mode, mtime: e.mtime }
      return st
    },
    remove(path) {
      const e = entries.get(path)
      if (!e) return 'ENOENT'
      if (isReadOnly(path)) return 'EROFS'
      if (e.type === 'dir' && (fs.list(path) as string[]).length > 0) return 'ENOTEMPTY'
      entries.delete(path)
      return undefined
    },
    rename(from, to) {
      const e = entries.get(from)
      if (!e) return 'ENOENT'
      const problem = parentProblem(to)
      if (problem) return problem
      if (isReadOnly(from) || isReadOnly(to)) return 'EROFS'
      const moved = [...entries.keys()].filter((k) => k === from || k.startsWith(from + '/'))
      for (const k of moved) {
        const v = entries.get(k) as Entry
        entries.delete(k)
        entries.set(to + k.slice(from.length), v)
      }
      return undefined
    },
  }

  function parentProblem(path: string): FsError | undefined {
    const parent = entries.get(parentOf(path))
    if (!parent) return 'ENOENT'
    return parent.type === 'dir' ? undefined : 'ENOTDIR'
  }

  const dns = options.dns ?? {}
  const open = new Set(options.open ?? [])
  const blackhole = new Set(options.blackhole ?? [])
  const connect = options.connect ?? ((ip: string, port: number) => {
    const key = `${ip}:${port}`
    return open.has(key) ? 'open' : blackhole.has(key) ? 'timeout' : 'refused'
  })
  return {
    fs,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: hostname, HOME: '/root', ...options.env },
    hostname,
    binaries: new Set(options.binaries ?? DEFAULT_BINARIES),
    busyboxVersion: options.busyboxVersion ?? '1.36',
    resolv: resolvConf,
    resolve: options.resolve ?? ((fqdn) => (dns[fqdn] !== undefined ? { ip: dns[fqdn], authoritative: true } : undefined)),
    reverse: (ip) => options.ptr?.[ip],
    connect,
    httpGet: options.httpGet ?? ((req) => {
      const state = connect(req.ip, req.port)
      if (state !== 'open') return state
      return options.http?.[`${req.ip}:${req.port}${req.path}`] ?? { status: 404, body: '' }
    }),
    ping: (ip) => (options.pingable ?? []).includes(ip),
  }
}

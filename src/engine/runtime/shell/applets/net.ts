// Network applets: nslookup (busybox 1.36's resolver-based output, or 1.28's libc-based one),
// wget, nc and ping. Name lookups follow resolv.conf (search list, ndots); waits are virtual.

import type { Gen, Shell } from '../shell'
import type { HttpResponse } from '../world'
import { isFsError, table } from '../util'
import { badOption, getopt, out, usage, warn, type Applet, type AppletCtx } from './ctx'

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/
// Linux gives up on an unanswered TCP connect after about 127 s of SYN retries.
const CONNECT_TIMEOUT_MS = 127_000

/** Resolves a host name as libc does: /etc/hosts, then DNS with the search list. */
export function resolveHost(sh: Shell, name: string): string | undefined {
  if (IPV4.test(name)) return name
  const hosts = sh.world.fs.readFile('/etc/hosts')
  if (!isFsError(hosts)) {
    for (const line of hosts.data.split('\n')) {
      const f = line.replace(/#.*/, '').trim().split(/\s+/)
      if (f.length > 1 && f.slice(1).includes(name)) return f[0]
    }
  }
  if (name === 'localhost') return '127.0.0.1'
  for (const fqdn of candidates(sh, name)) {
    const a = sh.world.resolve(fqdn)
    if (a) return a.ip
  }
  return undefined
}

function candidates(sh: Shell, name: string): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)]
  const { search, ndots } = sh.world.resolv
  const expanded = search.map((d) => `${name}.${d}`)
  const dots = name.split('.').length - 1
  return dots >= ndots ? [name, ...expanded] : [...expanded, name]
}

function ptrName(ip: string): string {
  return ip.split('.').reverse().join('.') + '.in-addr.arpa'
}

const NSLOOKUP_USAGE = 'nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,any'
const NSLOOKUP_USAGE_OLD = 'nslookup [HOST] [SERVER]\n\nQuery the nameserver for the IP address of the given HOST\noptionally using a specified DNS server'

function nslookup(c: AppletCtx): number {
  const args = c.argv.slice(1).filter((a) => !a.startsWith('-'))
  const old = c.sh.world.busyboxVersion === '1.28'
  if (args.length === 0 || args.length > 2) return usage(c, old ? NSLOOKUP_USAGE_OLD : NSLOOKUP_USAGE)
  const [host, server = c.sh.world.resolv.nameserver] = args
  return old ? nslookupOld(c, host, server) : nslookupNew(c, host, server)
}

// busybox 1.28: libc's getaddrinfo (search list applied), "Address 1:" lines with reverse names.
function nslookupOld(c: AppletCtx, host: string, server: string): number {
  const w = c.sh.world
  const addr = (ip: string) => `Address 1: ${ip}${w.reverse(ip) ? ' ' + w.reverse(ip) : ''}\n`
  let text = `${'Server:'.padEnd(10)} ${server}\n${addr(server)}\n`
  const ip = resolveHost(c.sh, host)
  if (ip === undefined) {
    out(c, text)
    warn(c, `can't resolve '${host}'`)
    return 1
  }
  text += `${'Name:'.padEnd(10)} ${host}\n${addr(ip)}`
  out(c, text)
  return 0
}

// busybox 1.36: its own resolver sends A then AAAA queries for every search-list name and
// prints each reply; any NXDOMAIN makes the exit status 1.
function nslookupNew(c: AppletCtx, host: string, server: string): number {
  const w = c.sh.world
  let text = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`
  let status = 0
  if (IPV4.test(host)) {
    const name = ptrName(host)
    const target = w.reverse(host)
    if (target) text += `${name}\tname = ${target}\n\n`
    else {
      text += `** server can't find ${name}: NXDOMAIN\n\n`
      status = 1
    }
    out(c, text)
    return status
  }
  const names = host.includes('.') || w.resolv.search.length === 0 ? [host.replace(/\.$/, '')] : w.resolv.search.map((d) => `${host}.${d}`)
  for (const type of ['A', 'AAAA']) {
    for (const name of names) {
      const a = w.resolve(name)
      if (!a) {
        text += `** server can't find ${name}: NXDOMAIN\n\n`
        status = 1
        continue
      }
      if (!a.authoritative) text += 'Non-authoritative answer:\n'
      if (type === 'A') text += `Name:\t${name}\nAddress: ${a.ip}\n`
      text += '\n'
    }
  }
  out(c, text)
  return status
}

function parseUrl(url: string): { host: string; port: number; path: string } | undefined {
  const m = /^(?:http:\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)/.exec(url)
  if (!m || /^[a-z]+:\/\//i.test(url) && !url.startsWith('http://')) return undefined
  return { host: m[1], port: m[2] ? Number(m[2]) : 80, path: m[3] || '/' }
}

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' }

function* wget(c: AppletCtx): Gen<number> {
  const longs: Record<string, string> = table({ '--spider': '-s', '--quiet': '-q', '--timeout': '-T', '--output-document': '-O' })
  const argv = c.argv.flatMap((a) => {
    const [k, v] = a.split('=', 2)
    return longs[k] ? (v !== undefined ? [longs[k], v] : [longs[k]]) : [a]
  })
  const o = getopt(argv, 'cqsST:O:o:P:Y:U:t:')
  if ('bad' in o) return badOption(c, o, 'wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...')
  if (o.args.length === 0) return usage(c, 'wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...')
  const quiet = o.flags.q === true
  const info = (s: string) => {
    if (!quiet) c.io.write(2, s)
  }
  const timeout = typeof o.flags.T === 'string' ? Number(o.flags.T) * 1000 : undefined
  for (const url of o.args) {
    const u = parseUrl(url)
    if (!u) {
      warn(c, `not an http or ftp url: ${url}`)
      return 1
    }
    const ip = resolveHost(c.sh, u.host)
    if (ip === undefined) {
      warn(c, `bad address '${u.host}'`)
      return 1
    }
    info(`Connecting to ${u.host} (${ip}:${u.port})\n`)
    const res = c.sh.world.httpGet({ ip, port: u.port, host: u.host, path: u.path })
    if (res === 'refused') {
      warn(c, `can't connect to remote host (${ip}): Connection refused`)
      return 1
    }
    if (res === 'timeout') {
      yield { sleep: timeout ?? CONNECT_TIMEOUT_MS }
      warn(c, timeout !== undefined ? 'download timed out' : `can't connect to remote host (${ip}): Connection timed out`)
      return 1
    }
    if (res.status >= 300) {
      warn(c, `server returned error: HTTP/1.1 ${res.status} ${statusText(res)}`)
      return 1
    }
    if (o.flags.s) {
      info('remote file exists\n')
      continue
    }
    const target = typeof o.flags.O === 'string' ? o.flags.O : u.path.replace(/[?#].*$/, '').split('/').pop() || 'index.html'
    const toStdout = target === '-'
    info(toStdout ? 'writing to stdout\n' : `saving to '${target}'\n`)
    if (toStdout) out(c, res.body)
    else {
      const err = target === '/dev/null' ? undefined : c.sh.world.fs.writeFile(c.sh.resolve(target), res.body, false)
      if (err) {
        warn(c, `can't open '${target}': ${err === 'EROFS' ? 'Read-only file system' : 'No such file or directory'}`)
        return 1
      }
    }
    const size = new TextEncoder().encode(res.body).length
    info(`${(toStdout ? '-' : target).slice(0, 20).padEnd(20)} 100% |${'*'.repeat(32)}| ${String(size).padStart(5)}  0:00:00 ETA\n`)
    info(toStdout ? 'written to stdout\n' : `'${target}' saved\n`)
  }
  return 0
}

function statusText(res: HttpResponse): string {
  return res.statusText ?? REASONS[res.status] ?? ''
}

function* nc(c: AppletCtx): Gen<number> {
  const o = getopt(c.argv, 'zvw:nlp:q:i:')
  if ('bad' in o) return badOption(c, o, 'nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen')
  if (o.flags.l) return yield* forever()
  if (o.args.length < 2) return usage(c, 'nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen')
  const [host, portText] = o.args
  const ip = resolveHost(c.sh, host)
  if (ip === undefined) {
    warn(c, `bad address '${host}'`)
    return 1
  }
  const port = Number(portText)
  const state = c.sh.world.connect(ip, port)
  if (state === 'timeout') {
    const w = typeof o.flags.w === 'string' ? Number(o.flags.w) * 1000 : CONNECT_TIMEOUT_MS
    yield { sleep: w }
    if (o.flags.w !== undefined) warn(c, 'timeout')
    else warn(c, `can't connect to remote host (${ip}): Connection timed out`)
    return 1
  }
  if (state === 'refused') {
    if (o.flags.v) warn(c, `${host} (${ip}:${port}): Connection refused`)
    else warn(c, `can't connect to remote host (${ip}): Connection refused`)
    return 1
  }
  if (o.flags.v) c.io.write(2, `${host} (${ip}:${port}) open\n`)
  c.io.readAll(0)
  return 0
}

function* forever(): Gen<number> {
  for (;;) yield { sleep: Infinity }
}

function* ping(c: AppletCtx): Gen<number> {
  const o = getopt(c.argv, 'c:w:W:qs:i:4')
  if ('bad' in o) return badOption(c, o, 'ping [OPTIONS] HOST')
  if (o.args.length === 0) return usage(c, 'ping [OPTIONS] HOST')
  const host = o.args[0]
  const ip = resolveHost(c.sh, host)
  if (ip === undefined) {
    warn(c, `bad address '${host}'`)
    return 1
  }
  const count = typeof o.flags.c === 'string' ? Number(o.flags.c) : Infinity
  const deadline = typeof o.flags.w === 'string' ? Number(o.flags.w) * 1000 : Infinity
  const answers = c.sh.world.ping(ip)
  out(c, `PING ${host} (${ip}): 56 data bytes\n`)
  let sent = 0
  let received = 0
  let elapsed = 0
  while (sent < count && elapsed < deadline) {
    if (answers) {
      if (!o.flags.q) out(c, `64 bytes from ${ip}: seq=${sent} ttl=64 time=0.100 ms\n`)
      received++
    }
    sent++
    if (sent < count) {
      yield { sleep: 1000 }
      elapsed += 1000
    }
  }
  if (!answers) yield { sleep: 1000 }
  const loss = Math.round(((sent - received) * 100) / Math.max(sent, 1))
  out(c, `\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${received} packets received, ${loss}% packet loss\n`)
  if (received > 0) out(c, 'round-trip min/avg/max = 0.100/0.100/0.100 ms\n')
  return received > 0 ? 0 : 1
}

/** Network applets by name. */
export const NET_APPLETS: Record<string, Applet> = { nslookup, wget, nc, ping }

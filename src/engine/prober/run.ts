// Runs one probe against the simulated container world, the way the kubelet's prober.go and
// pkg/probe/{exec,http,tcp} do, and words the result as they word it. Pure over its target:
// the target answers at once; waiting for timeouts is the caller's business.

import type { ContainerPort, EnvVar, Probe } from '../api/types'
import { expandVars } from '../runtime/world/expand'
import { probeErroredMessage, probeWarningMessage, unhealthyMessage } from './events'
import type { ProbeKind, ProbeResult } from './worker'

/** What an exec probe's command did: exit code and combined output, a timeout, or a runtime error. */
export type ExecOutcome = { exitCode: number; output: string } | 'timeout' | { error: string }

/** The GET the kubelet sends; `ip`/`port`/`host`/`path` line up with the shell world's HttpRequest. */
export interface ProbeHttpRequest {
  ip: string
  port: number
  /** Host header: httpHeaders' Host if given, else `ip:port` as in the URL. */
  host: string
  /** Request target: path and query, `/` when the probe's path is empty. */
  path: string
  scheme: 'http' | 'https'
  /** Headers as sent, including the kubelet's User-Agent and Accept defaults. */
  headers: Record<string, string>
  timeoutSeconds: number
}

/**
 * The simulated world a probe reaches. `exec` runs to completion (or gives up after the timeout);
 * `httpGet`'s 'timeout' is "no response within the timeout", whether the connection hung or the
 * server did; `tcpConnect`'s 'timeout' is a dropped connection attempt.
 */
export interface ProbeTarget {
  podIP: string
  exec(argv: string[], timeoutSeconds: number): ExecOutcome
  httpGet(req: ProbeHttpRequest): { status: number; body?: string } | 'refused' | 'timeout'
  tcpConnect(ip: string, port: number, timeoutSeconds: number): 'open' | 'refused' | 'timeout'
}

/** The parts of the container spec a probe needs: named ports and static env for `$(VAR)`. */
export interface ProbeContainer {
  name: string
  ports?: ContainerPort[]
  env?: EnvVar[]
}

/** A Warning event the prober records for this run (Unhealthy, or ProbeWarning for redirects). */
export interface ProbeEvent {
  type: 'Warning'
  reason: 'Unhealthy' | 'ProbeWarning'
  message: string
}

/** One probe run: the verdict for the worker, the handler's output, and the event, if any. */
export interface ProbeOutcome {
  result: ProbeResult
  output: string
  event?: ProbeEvent
}

/** The kubelet's User-Agent for probes, `kube-probe/<major>.<minor>`. */
export const PROBE_USER_AGENT = 'kube-probe/1.35'
/** exec and HTTP probes keep at most 10 KiB of output (maxReadLength, maxRespBodyLength). */
export const MAX_PROBE_OUTPUT_BYTES = 10 * 1024
// runProbeWithRetries: a run that errors is tried again, three runs in all.
const MAX_RETRIES = 3

type Handled = { result: 'success' | 'failure' | 'warning'; output: string } | { error: string }

/**
 * probe.ResolveContainerPort: a number, else a named port of the container, else a number written
 * as a string; returns the port or the Go error text. Pure.
 */
export function resolveContainerPort(port: number | string, container: ProbeContainer): number | { error: string } {
  let n: number
  if (typeof port === 'number') n = port
  else {
    const named = container.ports?.find((p) => p.name === port)
    if (named) n = named.containerPort
    else if (/^[+-]?\d+$/.test(port)) n = Number(port)
    else return { error: `strconv.Atoi: parsing ${JSON.stringify(port)}: invalid syntax` }
  }
  return n > 0 && n < 65536 ? n : { error: `invalid port number: ${n}` }
}

/** net.JoinHostPort: IPv6 literals get brackets. Pure. */
export function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`
}

// url.Parse's split of the probe's path into path, ?query and #fragment (spaces escaped).
function splitPath(path: string): { path: string; query: string; fragment: string } {
  let rest = path
  let fragment = ''
  const hash = rest.indexOf('#')
  if (hash >= 0) [rest, fragment] = [rest.slice(0, hash), rest.slice(hash + 1)]
  let query = ''
  const q = rest.indexOf('?')
  if (q >= 0) [rest, query] = [rest.slice(0, q), rest.slice(q + 1)]
  rest = rest.replace(/ /g, '%20')
  // With a host, url.URL.String() puts a slash before a relative path.
  if (rest !== '' && !rest.startsWith('/')) rest = '/' + rest
  return { path: rest, query, fragment }
}

/** The probe URL as the kubelet prints it in errors: `http://10.244.1.5:8080/healthz`. Pure. */
export function probeURL(scheme: string, host: string, port: number, path: string): string {
  const p = splitPath(path)
  let out = `${scheme}://${joinHostPort(host, port)}${p.path}`
  if (p.query !== '') out += '?' + p.query
  if (p.fragment !== '') out += '#' + p.fragment
  return out
}

// The request target on the wire: an empty path is `/`, the fragment is not sent.
function requestTarget(path: string): string {
  const p = splitPath(path)
  return (p.path || '/') + (p.query !== '' ? '?' + p.query : '')
}

// LimitWriter: output beyond 10 KiB (in UTF-8 bytes) is dropped.
function limitOutput(s: string): string {
  const bytes = new TextEncoder().encode(s)
  if (bytes.length <= MAX_PROBE_OUTPUT_BYTES) return s
  return new TextDecoder().decode(bytes.slice(0, MAX_PROBE_OUTPUT_BYTES))
}

// The request's headers: httpHeaders in order, then the kubelet's defaults where unset.
function requestHeaders(list: { name: string; value: string }[] | undefined): Record<string, string> {
  const headers: Record<string, string> = {}
  const canonical = (name: string) => name.toLowerCase().replace(/(^|-)([a-z])/g, (_, d: string, c: string) => d + c.toUpperCase())
  for (const h of list ?? []) {
    const key = canonical(h.name)
    headers[key] = headers[key] === undefined ? h.value : `${headers[key]},${h.value}`
  }
  if (headers['User-Agent'] === undefined) headers['User-Agent'] = PROBE_USER_AGENT
  if (headers['Accept'] === undefined) headers['Accept'] = '*/*'
  else if (headers['Accept'] === '') delete headers['Accept']
  return headers
}

function execProbe(command: string[], container: ProbeContainer, timeout: number, target: ProbeTarget): Handled {
  // ExpandContainerCommandOnlyStatic: only literal env values, later entries winning.
  const env = new Map<string, string>()
  for (const e of container.env ?? []) if (e.valueFrom === undefined) env.set(e.name, e.value ?? '')
  const argv = command.map((a) => expandVars(a, (n) => env.get(n)))
  const r = target.exec(argv, timeout)
  // The CRI turns a deadline into a TimeoutError, which the exec prober reports as a failure.
  if (r === 'timeout') return { result: 'failure', output: `command ${JSON.stringify(argv.join(' '))} timed out` }
  if ('error' in r) return { error: r.error }
  return { result: r.exitCode === 0 ? 'success' : 'failure', output: limitOutput(r.output) }
}

function httpProbe(probe: Probe, container: ProbeContainer, timeout: number, target: ProbeTarget): Handled {
  const get = probe.httpGet!
  const port = resolveContainerPort(get.port, container)
  if (typeof port !== 'number') return port
  const scheme = (get.scheme ?? '').toLowerCase() === 'https' ? 'https' : 'http'
  const ip = get.host || target.podIP
  const path = get.path ?? ''
  const url = probeURL(scheme, ip, port, path)
  const headers = requestHeaders(get.httpHeaders)
  const hostHeader = headers['Host'] ?? joinHostPort(ip, port)
  delete headers['Host']
  const res = target.httpGet({ ip, port, host: hostHeader, path: requestTarget(path), scheme, headers, timeoutSeconds: timeout })
  if (res === 'refused') return { result: 'failure', output: `Get ${JSON.stringify(url)}: dial tcp ${joinHostPort(ip, port)}: connect: connection refused` }
  if (res === 'timeout') {
    return { result: 'failure', output: `Get ${JSON.stringify(url)}: context deadline exceeded (Client.Timeout exceeded while awaiting headers)` }
  }
  const body = limitOutput(res.body ?? '')
  if (res.status >= 200 && res.status < 400) {
    // A redirect the client did not follow (another host, or more than 10) still counts as success.
    if (res.status >= 300) return { result: 'warning', output: `Probe terminated redirects, Response body: ${body}` }
    return { result: 'success', output: body }
  }
  return { result: 'failure', output: `HTTP probe failed with statuscode: ${res.status}` }
}

function tcpProbe(probe: Probe, container: ProbeContainer, timeout: number, target: ProbeTarget): Handled {
  const sock = probe.tcpSocket!
  const port = resolveContainerPort(sock.port, container)
  if (typeof port !== 'number') return port
  const addr = joinHostPort(sock.host || target.podIP, port)
  const r = target.tcpConnect(sock.host || target.podIP, port, timeout)
  if (r === 'open') return { result: 'success', output: '' }
  return { result: 'failure', output: r === 'refused' ? `dial tcp ${addr}: connect: connection refused` : `dial tcp ${addr}: i/o timeout` }
}

function runOnce(probe: Probe, container: ProbeContainer, target: ProbeTarget): Handled | null {
  const timeout = probe.timeoutSeconds || 1
  if (probe.exec) return execProbe(probe.exec.command ?? [], container, timeout, target)
  if (probe.httpGet) return httpProbe(probe, container, timeout, target)
  if (probe.tcpSocket) return tcpProbe(probe, container, timeout, target)
  return null
}

/**
 * Runs `probe` of kind `kind` once against `target` (up to three times while it errors, as
 * runProbeWithRetries does) and returns the verdict with the Unhealthy / ProbeWarning event the
 * prober records for it. Every failed run records Unhealthy, below the threshold too. gRPC probes
 * are not simulated: they come back `unknown` without an event. Pure except for the target's calls.
 */
export function runProbe(probe: Probe, kind: ProbeKind, container: ProbeContainer, target: ProbeTarget): ProbeOutcome {
  let handled: Handled | null = null
  for (let i = 0; i < MAX_RETRIES; i++) {
    handled = runOnce(probe, container, target)
    if (handled === null) return { result: 'unknown', output: '' }
    if (!('error' in handled)) break
  }
  const h = handled!
  if ('error' in h) {
    return { result: 'unknown', output: '', event: { type: 'Warning', reason: 'Unhealthy', message: probeErroredMessage(kind, 'unknown', h.error) } }
  }
  if (h.result === 'success') return { result: 'success', output: h.output }
  if (h.result === 'warning') {
    return { result: 'success', output: h.output, event: { type: 'Warning', reason: 'ProbeWarning', message: probeWarningMessage(kind, h.output) } }
  }
  return { result: 'failure', output: h.output, event: { type: 'Warning', reason: 'Unhealthy', message: unhealthyMessage(kind, h.output) } }
}

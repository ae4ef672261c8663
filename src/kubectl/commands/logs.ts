// `kubectl logs` (kubectl v1.35 logs.go + logsforobject.go), the API server's pods/log checks and
// the kubelet's side (validateContainerLogStatus, tail/since/limit-bytes/timestamps) over the
// cluster's container logs. `logs` runs headless; `followLogs` streams `-f` for the page.

import type { ContainerStatus, Pod } from '../../engine/api/types'
import { resourceFor, unknownResourceError } from '../../engine/api/kinds'
import { parseTime, rfc3339 } from '../../engine/format/time'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import { parseGoDuration, parseRequestTimeout } from '../get/duration'
import { matchesLabels, parseLabelSelector } from '../get/labelSelector'
import type { KubectlEnv } from '../kubectl'
import { fail, type CommandResult } from '../result'
import { listError, namespaceExists } from './describe'
import { defaultContainer, specNames } from './podContainers'

const FLAGS: FlagSpec[] = [
  { name: 'container', shorthand: 'c', type: 'string', default: '' },
  { name: 'previous', shorthand: 'p', type: 'bool', default: false },
  { name: 'follow', shorthand: 'f', type: 'bool', default: false },
  { name: 'all-containers', type: 'bool', default: false },
  { name: 'timestamps', type: 'bool', default: false },
  { name: 'tail', type: 'int', default: -1 },
  { name: 'prefix', type: 'bool', default: false },
  { name: 'selector', shorthand: 'l', type: 'string', default: '' },
  { name: 'since', type: 'duration', default: '0s' },
  { name: 'since-time', type: 'string', default: '' },
  { name: 'limit-bytes', type: 'int', default: 0 },
  { name: 'ignore-errors', type: 'bool', default: false },
  { name: 'max-log-requests', type: 'int', default: 5 },
  { name: 'pod-running-timeout', type: 'string', default: '20s' },
  { name: 'insecure-skip-tls-verify-backend', type: 'bool', default: false },
]

const USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command"
const SEE_HELP = "\nSee 'kubectl logs -h' for help and examples"
/** How long a headless `-f` follows a container that keeps running (virtual time). */
export const HEADLESS_FOLLOW_LIMIT_MS = 3600_000
/**
 * The most times a headless command may wake from a sleep before it is ended as Ctrl+C would end
 * it: a busy loop sleeps 1 ms at a time, so the time limit alone would run millions of steps.
 */
export const HEADLESS_WAKE_UP_LIMIT = 20_000

interface Options { previous: boolean; timestamps: boolean; tail: number; since?: number; limitBytes: number; prefix: boolean }

/** One log request: a container of a pod, and how far its log has been read. */
interface Stream { pod: Pod; container: string; error?: string; containerID?: string; read: number; bytesLeft: number; partial: boolean }

interface Prepared { streams: Stream[]; notices: string; follow: boolean; parallel: boolean; ignoreErrors: boolean; opts: Options; timeoutMs: number }

const utf8 = new TextEncoder()

/** The kubelet's RFC3339NanoFixed: nine fraction digits, UTC. */
function nanoTime(ms: number): string {
  const nanos = Math.round((ms - Math.floor(ms / 1000) * 1000) * 1e6)
  return `${rfc3339(Math.floor(ms / 1000) * 1000).slice(0, -1)}.${String(nanos).padStart(9, '0')}Z`
}

function statuses(pod: Pod): ContainerStatus[] {
  const s = pod.status ?? {}
  return [...(s.containerStatuses ?? []), ...(s.initContainerStatuses ?? []), ...(s.ephemeralContainerStatuses ?? [])]
}

/** validateContainerLogStatus: which container instance's log to read, or the kubelet's error text. */
function containerLogID(pod: Pod, container: string, previous: boolean): { id: string } | { error: string } {
  const pn = pod.metadata?.name ?? ''
  const st = statuses(pod).find((s) => s.name === container)
  if (!st) return { error: `container "${container}" in pod "${pn}" is not available` }
  const last = st.lastState?.terminated
  const { waiting, running, terminated } = st.state ?? {}
  const gone = { error: `container "${container}" in pod "${pn}" is terminated` }
  if (previous) return last?.containerID ? { id: last.containerID } : { error: `previous terminated container "${container}" in pod "${pn}" not found` }
  if (running) return { id: st.containerID ?? '' }
  if (terminated) return terminated.containerID ? { id: terminated.containerID } : last?.containerID ? { id: last.containerID } : gone
  if (last) return last.containerID ? { id: last.containerID } : gone
  if (waiting) {
    const why = waiting.reason === 'ErrImagePull' ? "image can't be pulled" : waiting.reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : waiting.reason ?? ''
    return { error: `container "${container}" in pod "${pn}" is waiting to start: ${why}` }
  }
  return { error: `container "${container}" in pod "${pn}" is waiting to start - no logs yet` }
}

/** The log records of one instance: each line (or trailing partial line) with the time it was written. */
function records(env: KubectlEnv, id: string): { at: number; text: string }[] {
  return env.cluster.containerLog(id).flatMap((l) => l.text.split(/(?<=\n)/).filter((t) => t !== '').map((text) => ({ at: l.at, text })))
}

/** Reads the records of `s` not yet read (all of them, after tail/since, on the first read) as kubectl prints them. */
function readStream(env: KubectlEnv, s: Stream, opts: Options): string {
  if (s.error !== undefined || s.containerID === undefined) return ''
  const all = records(env, s.containerID)
  let fresh = all.slice(s.read)
  if (s.read === 0 && opts.tail >= 0) fresh = opts.tail === 0 ? [] : fresh.slice(-opts.tail)
  s.read = all.length
  if (opts.since !== undefined) fresh = fresh.filter((r) => r.at >= opts.since!)
  let body = fresh.map((r) => (opts.timestamps ? `${nanoTime(r.at)} ${r.text}` : r.text)).join('')
  if (opts.limitBytes > 0) {
    const bytes = utf8.encode(body)
    if (bytes.length > s.bytesLeft) body = new TextDecoder().decode(bytes.slice(0, s.bytesLeft))
    s.bytesLeft -= Math.min(bytes.length, s.bytesLeft)
  }
  if (!opts.prefix || body === '') return body
  const tag = `[pod/${s.pod.metadata?.name ?? ''}/${s.container}] `
  const lines = body.split(/(?<=\n)/)
  const out = lines.map((l, i) => (i === 0 && s.partial ? l : tag + l)).join('')
  s.partial = !body.endsWith('\n')
  return out
}

/** Whether the followed instance still runs (its log may still grow). */
function stillRunning(env: KubectlEnv, s: Stream): boolean {
  if (s.containerID === undefined || s.bytesLeft <= 0) return false
  const pod = env.cluster.store.get<Pod>('Pod', s.pod.metadata?.namespace, s.pod.metadata?.name ?? '')
  const st = pod && statuses(pod).find((c) => c.name === s.container)
  return st?.containerID === s.containerID && st.state?.running !== undefined
}

/** Complete + Validate + LogsForObject: the streams to read, the notices printed on stderr, or the error. */
function prepare(argv: string[], env: KubectlEnv): Prepared | CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('logs', parsed.error))
  const { flags, args, set } = parsed
  const selector = flags.selector as string
  if (args.length === 0 && selector === '') return fail(`error: ${USAGE}${SEE_HELP}`)
  if (args.length === 1 && selector !== '') return fail(`error: only a selector (-l) or a POD name is allowed${SEE_HELP}`)
  if (args.length > 2) return fail(`error: ${USAGE}${SEE_HELP}`)
  const since = parseGoDuration(flags.since as string)
  if (since === undefined) return fail(flagError('logs', `invalid argument "${flags.since}" for "--since" flag: time: invalid duration "${flags.since}"`))
  const sinceTime = flags['since-time'] as string
  if (sinceTime !== '' && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(sinceTime)) {
    return fail(`error: parsing time "${sinceTime}" as "2006-01-02T15:04:05Z07:00": cannot parse "${sinceTime}" as "2006"`)
  }
  const namespace = (flags.namespace as string) || 'default'
  const cluster = env.cluster
  let pods: Pod[]
  if (args.length > 0) {
    const slash = args[0].indexOf('/')
    const kind = slash < 0 ? resourceFor('pods') : resourceFor(args[0].slice(0, slash))
    if (!kind) return fail(unknownResourceError(args[0].slice(0, slash)))
    const name = args[0].slice(slash + 1)
    const found = cluster.store.get(kind.kind, kind.namespaced ? namespace : undefined, name)
    const resource = kind.group ? `${kind.resource}.${kind.group}` : kind.resource
    if (!found) {
      // kubectl v1.35 looks the namespace up after a NotFound outside default, and names it when it is missing.
      const missing = kind.namespaced && namespace !== 'default' && !namespaceExists(env, namespace)
      return fail(`error: error from server (NotFound): ${missing ? `namespaces "${namespace}"` : `${resource} "${name}"`} not found in namespace "${namespace}"`)
    }
    if (kind.kind !== 'Pod') return fail(`error: initlab cannot get logs from ${resource} yet (name a pod)`)
    pods = [found as Pod]
  } else {
    const sel = parseLabelSelector(selector)
    if (!sel.ok) return fail(listError(resourceFor('pods')!, selector, sel.error))
    pods = cluster.pods(namespace).filter((p) => matchesLabels(sel.requirements, p.metadata?.labels))
    if (pods.length === 0) return { stdout: '', stderr: `No resources found in ${namespace} namespace.\n`, exitCode: 0 }
  }
  const all = flags['all-containers'] as boolean
  const inline = args[1] ?? ''
  const container = inline || (flags.container as string)
  const limitBytes = flags['limit-bytes'] as number
  const tail = flags.tail as number
  if (sinceTime !== '' && since !== 0) return fail('error: at most one of `sinceTime` or `sinceSeconds` may be specified')
  if (all && container !== '') return fail(`error: --all-containers=true should not be specified with container name ${container}`)
  if (set.has('container') && inline !== '') return fail('error: only one of -c or an inline [CONTAINER] arg is allowed')
  if (limitBytes < 0) return fail('error: --limit-bytes must be greater than 0')
  if (since < 0) return fail('error: --since must be greater than 0')
  if (tail < -1) return fail('error: --tail must be greater than or equal to -1')
  const now = cluster.now()
  const opts: Options = {
    previous: flags.previous as boolean,
    timestamps: flags.timestamps as boolean,
    tail: selector !== '' && !set.has('tail') ? 10 : tail,
    since: since > 0 ? now - Math.round(since / 1000) * 1000 : sinceTime !== '' ? parseTime(sinceTime) : undefined,
    limitBytes,
    prefix: flags.prefix as boolean,
  }
  let notices = ''
  const streams: Stream[] = []
  for (const pod of pods) {
    const names = specNames(pod)
    const podName = pod.metadata?.name ?? ''
    let chosen = [container]
    if (all) chosen = [...names.init, ...names.app, ...names.ephemeral]
    else if (container === '') {
      const picked = defaultContainer(pod, { reportMissingAnnotation: true })
      chosen = [picked.name]
      notices += picked.notice
    }
    for (const name of chosen) {
      if (![...names.app, ...names.init, ...names.ephemeral].includes(name)) return fail(`error: container ${name} is not valid for pod ${podName}`, 1, '')
      const s: Stream = { pod, container: name, read: 0, bytesLeft: limitBytes > 0 ? limitBytes : Infinity, partial: false }
      // A pod no node has taken yet has no kubelet to ask: the API server answers with an empty body.
      if (pod.spec?.nodeName) {
        const target = containerLogID(pod, name, opts.previous)
        if ('error' in target) s.error = target.error
        else s.containerID = target.id
      }
      streams.push(s)
    }
  }
  const follow = flags.follow as boolean
  const max = flags['max-log-requests'] as number
  if (follow && streams.length > 1 && streams.length > max) {
    return fail(`error: you are attempting to follow ${streams.length} log streams, but maximum allowed concurrency is ${max}, use --max-log-requests to increase the limit`, 1, '')
  }
  const timeoutMs = parseRequestTimeout(flags['request-timeout'] as string) ?? 0
  return { streams, notices, follow, parallel: follow && streams.length > 1, ignoreErrors: flags['ignore-errors'] as boolean, opts, timeoutMs }
}

/** Output written so far: the first chunk carries the notices and existing lines; `exitCode` marks the end. */
export interface LogChunk { stdout: string; stderr: string; exitCode?: number }

/** Reads what every open stream has now; errors end the command as kubectl's sequential or parallel reader would. */
function readAll(env: KubectlEnv, p: Prepared, first: boolean): LogChunk {
  let stdout = ''
  for (const s of p.streams) {
    if (s.error !== undefined) {
      if (!first) continue
      if (p.parallel && p.ignoreErrors) {
        stdout += `error: ${s.error}\n`
        continue
      }
      // A failed request ends the command; the parallel reader loses the other streams' output with it.
      return { stdout: p.parallel ? '' : stdout, stderr: `Error from server (BadRequest): ${s.error}\n`, exitCode: 1 }
    }
    stdout += readStream(env, s, p.opts)
  }
  return { stdout, stderr: '' }
}

/** Runs `kubectl logs`; with `-f` the virtual clock runs until the followed containers exit (see HEADLESS_FOLLOW_LIMIT_MS). */
export function logs(argv: string[], env: KubectlEnv): CommandResult {
  const p = prepare(argv, env)
  if (!('streams' in p)) return p
  const first = readAll(env, p, true)
  const result: CommandResult = { stdout: first.stdout, stderr: p.notices + first.stderr, exitCode: first.exitCode ?? 0 }
  if (!p.follow || first.exitCode !== undefined) return result
  const cluster = env.cluster
  const deadline = cluster.now() + (p.timeoutMs > 0 ? p.timeoutMs : HEADLESS_FOLLOW_LIMIT_MS)
  while (p.streams.some((s) => stillRunning(env, s)) && cluster.now() < deadline) {
    const next = cluster.nextChangeAt()
    if (next === undefined) break
    cluster.advance(Math.max(0, Math.min(next, deadline) - cluster.now()))
    result.stdout += readAll(env, p, false).stdout
  }
  result.stdout += readAll(env, p, false).stdout
  return result
}

/** A running `kubectl logs -f` in the page. */
export interface LogFollower {
  /** Stops following (Ctrl-C). */
  stop(): void
  /** Delivers lines written since the last delivery; call it after the clock moves (store changes call it too). */
  poll(): void
}

/**
 * `kubectl logs` for the page: without `-f`, or when it fails at once, the finished CommandResult;
 * with `-f`, `onOutput` gets the notices and existing lines now, then new lines as they are written,
 * and a last chunk with `exitCode` when every followed container has exited.
 */
export function followLogs(argv: string[], env: KubectlEnv, onOutput: (chunk: LogChunk) => void): LogFollower | CommandResult {
  const p = prepare(argv, env)
  if (!('streams' in p)) return p
  if (!p.follow) return logs(argv, env)
  const first = readAll(env, p, true)
  if (first.exitCode !== undefined) return { stdout: first.stdout, stderr: p.notices + first.stderr, exitCode: first.exitCode }
  let stopped = false
  let unsubscribe = () => {}
  const poll = () => {
    if (stopped) return
    const chunk = readAll(env, p, false)
    const open = p.streams.some((s) => stillRunning(env, s))
    if (chunk.stdout !== '' || !open) onOutput(open ? chunk : { ...chunk, exitCode: 0 })
    if (!open) {
      stopped = true
      unsubscribe()
    }
  }
  onOutput({ stdout: first.stdout, stderr: p.notices })
  unsubscribe = env.cluster.store.watch(() => poll())
  poll()
  return {
    stop: () => {
      stopped = true
      unsubscribe()
    },
    poll,
  }
}

// The container blocks of `kubectl describe pod` (describeContainers, kubectl v1.35): image and
// ports, command, state, resources, probes, environment and mounts. Pure; writes into a DescribeWriter.

import type { Container, ContainerState, ContainerStatus, EnvVar, Pod, Probe, ResourceList } from '../../../engine/api/types'
import { canonicalQuantity, quantityMilliValue, quantityValue, tryParseQuantity, type ParsedQuantity } from '../../../engine/api/quantity'
import { rfc1123z } from '../../../engine/format/time'
import { timestampMs } from '../humanDuration'
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type DescribeWriter } from './prefixWriter'

/** Go's time.Time.Format(RFC1123Z) of a metav1.Time; a missing time is Go's zero time. */
export function formatTime(ts: unknown): string {
  return timestampMs(ts) === undefined ? 'Mon, 01 Jan 0001 00:00:00 +0000' : rfc1123z(timestampMs(ts) as number)
}

function intOrString(v: unknown): string {
  return v === undefined || v === null ? '0' : String(v)
}

function portList(ports: Container['ports'], host: boolean): string {
  return (ports ?? [])
    .map((p) => `${(host ? p.hostPort : p.containerPort) ?? 0}/${p.protocol ?? ''}${p.name ? ` (${p.name})` : ''}`)
    .join(', ')
}

/** Go's url escaping of a path (encodePath): only unreserved characters and $&+,/:;=@ stay as they are. */
function escapePath(path: string): string {
  let out = ''
  for (const byte of new TextEncoder().encode(path)) {
    const c = String.fromCharCode(byte)
    out += /[A-Za-z0-9\-_.~$&+,/:;=@]/.test(c) ? c : '%' + byte.toString(16).toUpperCase().padStart(2, '0')
  }
  return out
}

/** describe.DescribeProbe: `exec [cat /tmp/ok] delay=5s timeout=1s period=5s #success=1 #failure=3`. */
export function describeProbe(probe: Probe): string {
  const attrs =
    `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 0}s period=${probe.periodSeconds ?? 0}s ` +
    `#success=${probe.successThreshold ?? 0} #failure=${probe.failureThreshold ?? 0}`
  if (probe.exec) return `exec [${(probe.exec.command ?? []).join(' ')}] ${attrs}`
  if (probe.httpGet) {
    const g = probe.httpGet
    const port = g.port === undefined || g.port === null ? '' : String(g.port)
    const host = g.host ?? ''
    const hostPort = port === '' ? host : `${host.includes(':') ? `[${host}]` : host}:${port}`
    const scheme = (g.scheme ?? '').toLowerCase()
    let path = escapePath(g.path ?? '')
    if (path !== '' && !path.startsWith('/') && hostPort !== '') path = '/' + path
    const authority = (scheme !== '' || hostPort !== '') && (hostPort !== '' || path !== '') ? '//' + hostPort : ''
    return `http-get ${scheme === '' ? '' : scheme + ':'}${authority}${path} ${attrs}`
  }
  if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ''}:${intOrString(probe.tcpSocket.port)} ${attrs}`
  if (probe.grpc) return `grpc <pod>:${probe.grpc.port} ${probe.grpc.service ?? ''} ${attrs}`
  return `unknown ${attrs}`
}

/** Writes `Limits:` and `Requests:` with one sorted `name:  quantity` line each, at `level`. */
export function writeResources(w: DescribeWriter, resources: { limits?: ResourceList; requests?: ResourceList } | undefined, level: number): void {
  for (const [title, list] of [['Limits', resources?.limits], ['Requests', resources?.requests]] as const) {
    const names = Object.keys(list ?? {}).sort()
    if (names.length > 0) w.write(level, `${title}:\n`)
    for (const name of names) w.write(level + 1, `${name}:\t${canonicalQuantity(list?.[name]) ?? String(list?.[name])}\n`)
  }
}

function writeState(w: DescribeWriter, title: string, state: ContainerState | undefined): void {
  if (state?.running) {
    w.write(LEVEL_2, `${title}:\tRunning\n`)
    w.write(LEVEL_3, `Started:\t${formatTime(state.running.startedAt)}\n`)
  } else if (state?.waiting) {
    w.write(LEVEL_2, `${title}:\tWaiting\n`)
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`)
  } else if (state?.terminated) {
    const t = state.terminated
    w.write(LEVEL_2, `${title}:\tTerminated\n`)
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`)
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`)
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode ?? 0}\n`)
    if ((t.signal ?? 0) > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`)
    w.write(LEVEL_3, `Started:\t${formatTime(t.startedAt)}\n`)
    w.write(LEVEL_3, `Finished:\t${formatTime(t.finishedAt)}\n`)
  } else {
    w.write(LEVEL_2, `${title}:\tWaiting\n`)
  }
}

/** kubectl's EnvValueRetriever: its scheme converts only these two field labels; any other path reads as empty. */
function fieldRefValue(pod: Pod, fieldPath: string): string {
  if (fieldPath === 'metadata.name') return pod.metadata?.name ?? ''
  if (fieldPath === 'metadata.namespace') return pod.metadata?.namespace ?? ''
  return ''
}

function quantityOrZero(v: unknown): ParsedQuantity {
  return tryParseQuantity(v) ?? { nanos: 0n, format: 'DecimalSI' }
}

function ceilDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) return 0n
  const q = a / b
  return a % b !== 0n && (a < 0n) === (b < 0n) ? q + 1n : q
}

/** resourcehelper.ExtractContainerResourceValue, or undefined for the resources it rejects. */
function resourceFieldValue(container: Container, resource: string, divisorRaw: unknown): string | undefined {
  let divisor = quantityOrZero(divisorRaw)
  if (divisor.nanos === 0n) divisor = { nanos: 1_000_000_000n, format: 'DecimalSI' }
  const dot = resource.indexOf('.')
  const kind = resource.slice(0, dot)
  const name = resource.slice(dot + 1)
  if (kind !== 'limits' && kind !== 'requests') return undefined
  const q = quantityOrZero(container.resources?.[kind]?.[name])
  if (name === 'cpu') return String(ceilDiv(quantityMilliValue(q), quantityMilliValue(divisor)))
  if (name === 'memory' || name === 'ephemeral-storage' || name.startsWith('hugepages-')) {
    return String(ceilDiv(quantityValue(q), quantityValue(divisor)))
  }
  return undefined
}

function writeEnv(w: DescribeWriter, pod: Pod, container: Container): void {
  const env: EnvVar[] = container.env ?? []
  w.write(LEVEL_2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`)
  for (const e of env) {
    const from = e.valueFrom
    if (!from) {
      ;(e.value ?? '').split('\n').forEach((line, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${line}\n` : `\t${line}\n`))
    } else if (from.fieldRef) {
      const ref = from.fieldRef
      w.write(LEVEL_3, `${e.name}:\t${fieldRefValue(pod, ref.fieldPath)} (${ref.apiVersion ?? ''}:${ref.fieldPath})\n`)
    } else if (from.resourceFieldRef) {
      const resource = from.resourceFieldRef.resource
      let value = resourceFieldValue(container, resource, from.resourceFieldRef.divisor) ?? ''
      if (value === '0' && (resource === 'limits.cpu' || resource === 'limits.memory')) value = 'node allocatable'
      w.write(LEVEL_3, `${e.name}:\t${value} (${resource})\n`)
    } else if (from.secretKeyRef) {
      const r = from.secretKeyRef
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${r.key}' in secret '${r.name ?? ''}'>\tOptional: ${r.optional === true}\n`)
    } else if (from.configMapKeyRef) {
      const r = from.configMapKeyRef
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${r.key}' of config map '${r.name ?? ''}'>\tOptional: ${r.optional === true}\n`)
    }
  }
}

function writeEnvFrom(w: DescribeWriter, container: Container): void {
  w.write(LEVEL_2, 'Environment Variables from:\n')
  for (const e of container.envFrom ?? []) {
    const ref = e.configMapRef ?? e.secretRef
    const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : ''
    const optional = ref?.optional === true
    const prefix = e.prefix ? ` with prefix '${e.prefix}'` : ''
    w.write(LEVEL_3, `${ref?.name ?? ''}\t${from}${prefix}\tOptional: ${optional}\n`)
  }
}

function writeMounts(w: DescribeWriter, container: Container): void {
  const mounts = container.volumeMounts ?? []
  w.write(LEVEL_2, `Mounts:${mounts.length === 0 ? '\t<none>' : ''}\n`)
  // Mount paths are unique within a container, so this sort has no ties for Go's sort to break.
  const sorted = [...mounts].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0))
  for (const m of sorted) {
    const flags = [m.readOnly ? 'ro' : 'rw']
    if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`)
    w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`)
  }
}

function writeContainer(w: DescribeWriter, pod: Pod, c: Container, status: ContainerStatus | undefined): void {
  w.write(LEVEL_1, `${c.name}:\n`)
  if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ''}\n`)
  w.write(LEVEL_2, `Image:\t${c.image ?? ''}\n`)
  if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID ?? ''}\n`)
  const ports = portList(c.ports, false)
  w.write(LEVEL_2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`)
  const hostPorts = portList(c.ports, true)
  w.write(LEVEL_2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || '<none>'}\n`)
  const seccomp = c.securityContext?.seccompProfile as { type?: string; localhostProfile?: string } | undefined
  if (seccomp) {
    w.write(LEVEL_2, `SeccompProfile:\t${seccomp.type ?? ''}\n`)
    if (seccomp.type === 'Localhost') w.write(LEVEL_3, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`)
  }
  for (const [title, list] of [['Command', c.command], ['Args', c.args]] as const) {
    if (!list || list.length === 0) continue
    w.write(LEVEL_2, `${title}:\n`)
    for (const item of list) for (const line of item.split('\n')) w.write(LEVEL_3, `${line}\n`)
  }
  if (status) {
    writeState(w, 'State', status.state)
    if (status.lastState?.terminated) writeState(w, 'Last State', status.lastState)
    w.write(LEVEL_2, `Ready:\t${status.ready ? 'True' : 'False'}\n`)
    w.write(LEVEL_2, `Restart Count:\t${status.restartCount ?? 0}\n`)
  }
  writeResources(w, c.resources, LEVEL_2)
  if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`)
  if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`)
  if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${describeProbe(c.startupProbe)}\n`)
  if ((c.envFrom ?? []).length > 0) writeEnvFrom(w, c)
  writeEnv(w, pod, c)
  writeMounts(w, c)
}

/** Writes `Init Containers:` / `Containers:` and one block per container, matched to its status by name. */
export function writeContainers(w: DescribeWriter, label: string, pod: Pod, containers: readonly Container[], statuses: readonly ContainerStatus[] | undefined): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]))
  w.write(LEVEL_0, `${label}:${containers.length === 0 ? ' <none>' : ''}\n`)
  for (const c of containers) writeContainer(w, pod, c, byName.get(c.name))
}

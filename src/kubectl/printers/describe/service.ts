// `kubectl describe service` (describe.describeService, kubectl v1.35) as a pure function, and the
// EndpointSlices the endpointslice controller would keep for a Service (initlab runs no such controller).

import type { KubeEvent, KubeObject, Pod } from '../../../engine/api/types'
import { formatLabels } from '../table'
import { writeEvents } from './events'
import { writeAnnotations, writeLabels } from './meta'
import { LEVEL_0, PrefixWriter } from './prefixWriter'

type Obj = Record<string, unknown>

const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {})
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v))
const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0)

/** The parts of a discovery.k8s.io/v1 EndpointSlice that describe reads. */
export interface EndpointSliceView {
  ports: { name: string; port: number; protocol: string }[]
  endpoints: { addresses: string[]; ready?: boolean }[]
}

const MAX_LISTED = 3

/** net.JoinHostPort: IPv6 addresses go in brackets. */
function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`
}

/**
 * formatEndpointSlices for one service port name: up to three ready `ip:port` (or bare ip for
 * slices without ports), then `+ N more...`; `<none>` when there is no slice at all.
 */
export function formatEndpointSlices(slices: readonly EndpointSliceView[], portName: string): string {
  if (slices.length === 0) return '<none>'
  const list: string[] = []
  let more = false
  let count = 0
  const add = (text: string, ready: boolean | undefined) => {
    if (list.length === MAX_LISTED) more = true
    if (ready === false) return
    if (!more) list.push(text)
    count++
  }
  for (const slice of slices) {
    if (slice.ports.length === 0) {
      for (const e of slice.endpoints) add(e.addresses[0] ?? '', e.ready)
      continue
    }
    for (const port of slice.ports) {
      if (port.name !== portName) continue
      for (const e of slice.endpoints) add(joinHostPort(e.addresses[0] ?? '', port.port), e.ready)
    }
  }
  const text = list.join(',')
  return more ? `${text} + ${count - MAX_LISTED} more...` : text
}

function podIP(pod: Pod): string {
  return pod.status?.podIPs?.[0]?.ip ?? pod.status?.podIP ?? ''
}

function podReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false
}

/** podutil.FindPort: a numeric targetPort as is, a named one looked up among the app containers' ports. */
function findPort(pod: Pod, servicePort: Obj): number | undefined {
  const target = servicePort.targetPort
  if (typeof target !== 'string') return int(target ?? servicePort.port)
  const protocol = str(servicePort.protocol) || 'TCP'
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort
  }
  return undefined
}

/**
 * The EndpointSlices the endpointslice controller keeps for `service` over `pods` (all pods of the
 * namespace, list order): none without a selector, one placeholder without endpoints when no pod
 * qualifies, else one slice per distinct set of resolved ports. Terminating pods are listed not ready.
 */
export function serviceEndpointSlices(service: KubeObject, pods: readonly Pod[]): EndpointSliceView[] {
  const spec = obj(service.spec)
  const selector = Object.entries(obj(spec.selector))
  if (selector.length === 0 || spec.type === 'ExternalName') return []
  const publishNotReady = spec.publishNotReadyAddresses === true
  const bySignature = new Map<string, EndpointSliceView>()
  for (const pod of pods) {
    if (pod.metadata?.namespace !== service.metadata?.namespace) continue
    const labels = pod.metadata?.labels ?? {}
    if (!selector.every(([k, v]) => labels[k] === v)) continue
    const phase = pod.status?.phase
    if (phase === 'Succeeded' || phase === 'Failed' || podIP(pod) === '') continue
    const ports: EndpointSliceView['ports'] = []
    for (const sp of arr(spec.ports).map(obj)) {
      const port = findPort(pod, sp)
      if (port !== undefined) ports.push({ name: str(sp.name), port, protocol: str(sp.protocol) || 'TCP' })
    }
    const signature = JSON.stringify(ports)
    const slice = bySignature.get(signature) ?? { ports, endpoints: [] }
    bySignature.set(signature, slice)
    const terminating = pod.metadata?.deletionTimestamp !== undefined
    slice.endpoints.push({ addresses: [podIP(pod)], ready: publishNotReady || (podReady(pod) && !terminating) })
  }
  return bySignature.size > 0 ? [...bySignature.values()] : [{ ports: [], endpoints: [] }]
}

/** buildIngressString: each load-balancer ingress as `ip (ipMode)` or its hostname, comma-separated. */
function ingressText(ingress: unknown[]): string {
  return ingress
    .map(obj)
    .map((i) => (str(i.ip) !== '' ? str(i.ip) + (i.ipMode !== undefined ? ` (${str(i.ipMode)})` : '') : str(i.hostname)))
    .join(', ')
}

/**
 * The stdout of `kubectl describe service`: `slices` are the service's EndpointSlices, `events` those
 * to show (undefined: no Events section, as for several objects), `now` (epoch ms) for event ages. Pure.
 */
export function describeService(service: KubeObject, slices: readonly EndpointSliceView[], events: readonly KubeEvent[] | undefined, now: number): string {
  const w = new PrefixWriter()
  const meta = service.metadata ?? {}
  const spec = obj(service.spec)
  const lb = arr(obj(obj(service.status).loadBalancer).ingress)
  w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`)
  w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`)
  writeLabels(w, 'Labels', meta.labels)
  writeAnnotations(w, 'Annotations', meta.annotations)
  w.write(LEVEL_0, `Selector:\t${formatLabels(spec.selector)}\n`)
  w.write(LEVEL_0, `Type:\t${str(spec.type)}\n`)
  if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) w.write(LEVEL_0, `IP Family Policy:\t${str(spec.ipFamilyPolicy)}\n`)
  const families = arr(spec.ipFamilies).map(str)
  w.write(LEVEL_0, `IP Families:\t${families.length > 0 ? families.join(',') : '<none>'}\n`)
  w.write(LEVEL_0, `IP:\t${str(spec.clusterIP)}\n`)
  const ips = arr(spec.clusterIPs).map(str)
  w.write(LEVEL_0, `IPs:\t${ips.length > 0 ? ips.join(',') : '<none>'}\n`)
  const externalIPs = arr(spec.externalIPs).map(str)
  if (externalIPs.length > 0) w.write(LEVEL_0, `External IPs:\t${externalIPs.join(',')}\n`)
  if (str(spec.loadBalancerIP) !== '') w.write(LEVEL_0, `Desired LoadBalancer IP:\t${str(spec.loadBalancerIP)}\n`)
  if (str(spec.externalName) !== '') w.write(LEVEL_0, `External Name:\t${str(spec.externalName)}\n`)
  if (lb.length > 0) w.write(LEVEL_0, `LoadBalancer Ingress:\t${ingressText(lb)}\n`)
  for (const sp of arr(spec.ports).map(obj)) {
    const name = str(sp.name) || '<unset>'
    const protocol = str(sp.protocol)
    w.write(LEVEL_0, `Port:\t${name}\t${int(sp.port)}/${protocol}\n`)
    const target = typeof sp.targetPort === 'string' ? sp.targetPort : String(int(sp.targetPort))
    w.write(LEVEL_0, `TargetPort:\t${target}/${protocol}\n`)
    if (int(sp.nodePort) !== 0) w.write(LEVEL_0, `NodePort:\t${name}\t${int(sp.nodePort)}/${protocol}\n`)
    w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(slices, str(sp.name))}\n`)
  }
  w.write(LEVEL_0, `Session Affinity:\t${str(spec.sessionAffinity)}\n`)
  if (str(spec.externalTrafficPolicy) !== '') w.write(LEVEL_0, `External Traffic Policy:\t${str(spec.externalTrafficPolicy)}\n`)
  if (spec.internalTrafficPolicy !== undefined && spec.internalTrafficPolicy !== null) w.write(LEVEL_0, `Internal Traffic Policy:\t${str(spec.internalTrafficPolicy)}\n`)
  if (int(spec.healthCheckNodePort) !== 0) w.write(LEVEL_0, `HealthCheck NodePort:\t${int(spec.healthCheckNodePort)}\n`)
  const ranges = arr(spec.loadBalancerSourceRanges).map(str)
  if (ranges.length > 0) w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${ranges.join(',')}\n`)
  if (str(spec.trafficDistribution) !== '') w.write(LEVEL_0, `Traffic Distribution:\t${str(spec.trafficDistribution)}\n`)
  if (events) writeEvents(w, events, now)
  return w.text()
}

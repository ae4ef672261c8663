// The cluster network as a container sees it: CoreDNS answers for Services and pods, kube-proxy
// sending ClusterIP traffic to ready endpoints (or rejecting it), and the listeners that running
// server processes register on their pod's ports.

import type { Pod, Service, ServicePort } from '../../api/types'
import { KUBE_DNS_IP, KUBERNETES_SERVICE_IP } from '../../api/serviceDefaults'
import type { DnsAnswer, HttpRequest, HttpResponse } from '../shell/world'
import { isHeadless, readyEndpoints, type ClusterView } from './clusterView'

/** Something listening on a pod's port while its process runs. */
export interface Listener {
  /** Whether it accepts connections at `now` (postgres only after its startup). */
  accepting(now: number): boolean
  /** Answers an HTTP request; undefined for servers that do not speak HTTP. */
  http?(req: HttpRequest, from: string, now: number): HttpResponse
}

/** Listeners by pod uid and port. */
export class Listeners {
  private readonly byPod = new Map<string, Map<number, Listener>>()

  /** Registers a listener; returns the function that closes it. */
  listen(podUid: string, port: number, listener: Listener): () => void {
    const ports = this.byPod.get(podUid) ?? new Map<number, Listener>()
    ports.set(port, listener)
    this.byPod.set(podUid, ports)
    return () => {
      if (ports.get(port) === listener) ports.delete(port)
    }
  }

  /** The listener on a pod's port, if any. */
  get(podUid: string, port: number): Listener | undefined {
    return this.byPod.get(podUid)?.get(port)
  }

  /** Drops every listener of a pod. */
  forget(podUid: string): void {
    this.byPod.delete(podUid)
  }
}

const ZONE = 'cluster.local'

const pods = (view: ClusterView) => view.list('Pod') as Pod[]
const services = (view: ClusterView) => view.list('Service') as Service[]

function podByIP(view: ClusterView, ip: string): Pod | undefined {
  return pods(view).find((p) => p.status?.podIP === ip && !['Succeeded', 'Failed'].includes(p.status?.phase ?? ''))
}

function serviceIP(view: ClusterView, name: string, namespace: string): string | undefined {
  const svc = view.get('Service', namespace, name) as Service | undefined
  if (svc) {
    if (svc.spec.type === 'ExternalName') return undefined
    return isHeadless(svc) ? readyEndpoints(view, svc)[0]?.status?.podIP : svc.spec.clusterIP
  }
  if (namespace === 'default' && name === 'kubernetes') return KUBERNETES_SERVICE_IP
  if (namespace === 'kube-system' && name === 'kube-dns') return KUBE_DNS_IP
  return undefined
}

/** CoreDNS's answer for an exact name in the cluster zone; undefined is NXDOMAIN. */
export function resolveName(view: ClusterView, fqdn: string): DnsAnswer | undefined {
  const name = fqdn.replace(/\.$/, '').toLowerCase()
  if (!name.endsWith(`.${ZONE}`)) return undefined
  const labels = name.slice(0, -ZONE.length - 1).split('.')
  // <a-b-c-d>.<ns>.pod.cluster.local answers with the address itself.
  if (labels.length === 3 && labels[2] === 'pod' && /^\d+-\d+-\d+-\d+$/.test(labels[0])) return { ip: labels[0].replace(/-/g, '.'), authoritative: true }
  if (labels.length === 3 && labels[2] === 'svc') {
    const ip = serviceIP(view, labels[0], labels[1])
    return ip ? { ip, authoritative: true } : undefined
  }
  // <hostname>.<subdomain>.<ns>.svc: a pod behind a headless Service of that name.
  if (labels.length === 4 && labels[3] === 'svc') {
    const [host, sub, ns] = labels
    const svc = view.get('Service', ns, sub) as Service | undefined
    if (!svc || !isHeadless(svc)) return undefined
    const pod = readyEndpoints(view, svc).find((p) => p.spec.hostname === host && p.spec.subdomain === sub)
    return pod?.status?.podIP ? { ip: pod.status.podIP, authoritative: true } : undefined
  }
  return undefined
}

/** The PTR name of a Service IP. */
export function reverseName(view: ClusterView, ip: string): string | undefined {
  if (ip === KUBE_DNS_IP) return `kube-dns.kube-system.svc.${ZONE}`
  const svc = services(view).find((s) => s.spec.clusterIP === ip)
  if (svc) return `${svc.metadata.name}.${svc.metadata.namespace ?? 'default'}.svc.${ZONE}`
  if (ip === KUBERNETES_SERVICE_IP) return `kubernetes.default.svc.${ZONE}`
  return undefined
}

function targetPort(pod: Pod, sp: ServicePort): number | undefined {
  const t = sp.targetPort ?? sp.port
  if (typeof t === 'number') return t
  if (/^\d+$/.test(t)) return Number(t)
  for (const c of pod.spec.containers) for (const p of c.ports ?? []) if (p.name === t) return p.containerPort
  return undefined
}

/** Where a connection ends up: a pod's port, or refused/timeout before reaching one. */
type Route = { pod: Pod; port: number } | 'refused' | 'timeout'

function route(view: ClusterView, ip: string, port: number, self: Pod, pick: number): Route {
  if (ip === '127.0.0.1' || ip === self.status?.podIP) return { pod: self, port }
  const svc = services(view).find((s) => s.spec.clusterIP === ip && !isHeadless(s))
  if (svc) {
    const sp = (svc.spec.ports ?? []).find((p) => p.port === port && (p.protocol ?? 'TCP') === 'TCP')
    // No rule for the port: packets go nowhere.
    if (!sp) return 'timeout'
    const backends = readyEndpoints(view, svc).map((p) => ({ pod: p, port: targetPort(p, sp) })).filter((b) => b.port !== undefined)
    // kube-proxy rejects connections to a Service without endpoints.
    if (backends.length === 0) return 'refused'
    const b = backends[pick % backends.length]
    return { pod: b.pod, port: b.port! }
  }
  const pod = podByIP(view, ip)
  return pod ? { pod, port } : 'timeout'
}

/** The network functions of a ShellWorld for a container of `self`. */
export function containerNetwork(view: ClusterView, listeners: Listeners, self: () => Pod) {
  let connections = 0
  const reach = (ip: string, port: number): { listener: Listener } | 'refused' | 'timeout' => {
    const r = route(view, ip, port, self(), connections++)
    if (typeof r === 'string') return r
    const l = listeners.get(r.pod.metadata.uid ?? '', r.port)
    return l && l.accepting(view.now()) ? { listener: l } : 'refused'
  }
  return {
    resolve: (fqdn: string) => resolveName(view, fqdn),
    reverse: (ip: string) => reverseName(view, ip),
    connect(ip: string, port: number): 'open' | 'refused' | 'timeout' {
      const r = reach(ip, port)
      return typeof r === 'string' ? r : 'open'
    },
    httpGet(req: HttpRequest): HttpResponse | 'refused' | 'timeout' {
      const r = reach(req.ip, req.port)
      if (typeof r === 'string') return r
      // Servers that do not speak HTTP answer garbage; the closest a response can say is 400.
      return r.listener.http?.(req, self().status?.podIP ?? '', view.now()) ?? { status: 400, body: '' }
    },
    ping: (ip: string) => ip === '127.0.0.1' || !!podByIP(view, ip),
  }
}

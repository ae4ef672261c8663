// What ties a pod's containers to other things: the volumes they share (who writes, who reads) and
// the Services its init containers wait for, read off the spec and the stored objects. Pure.
import type { KubeObject, Pod } from '../../sandbox'

type Container = Pod['spec']['containers'][number]

/** How a container uses a volume it mounts. */
export type VolumeRole = 'writes' | 'reads' | 'readsWrites'

/** Which group a container belongs to: ordinary init, sidecar (init with restartPolicy Always), app. */
export type ContainerGroup = 'init' | 'sidecar' | 'app'

/** One container's mount of a volume, and what it does there. */
export interface VolumeUse {
  container: string
  group: ContainerGroup
  role: VolumeRole
  mountPath: string
  readOnly: boolean
}

/** A pod volume with where it comes from and every container that mounts it. */
export interface VolumeLink {
  name: string
  /** The volume source's field name: emptyDir, configMap, secret, hostPath, persistentVolumeClaim... */
  type: string
  /** The object or path it comes from (a ConfigMap's or Secret's name, a claim, a host path). */
  source?: string
  /** False when the ConfigMap or Secret it needs does not exist (and the volume is not optional). */
  sourceExists?: boolean
  uses: VolumeUse[]
}

// Volumes the API server adds to every pod (the service-account token) would only be noise here.
const API_ACCESS_PREFIX = 'kube-api-access-'
const READ_ONLY_SOURCES = new Set(['configMap', 'secret', 'downwardAPI', 'projected'])

/** Whether an init container is a sidecar (restartPolicy: Always). */
export const isSidecar = (c: Container): boolean => c.restartPolicy === 'Always'

function volumeSource(v: Record<string, unknown>): { type: string; source?: string; optional?: boolean } {
  const type = Object.keys(v).find((k) => k !== 'name') ?? 'emptyDir'
  const src = (v[type] ?? {}) as Record<string, unknown>
  const source = (src.name ?? src.secretName ?? src.claimName ?? src.path) as string | undefined
  return { type, source, optional: src.optional === true }
}

/**
 * The pod's volumes with the containers that mount them: ordinary init containers mounting
 * read-write write, read-only mounts read, and app containers and sidecars read (or read and write
 * when no init container fills the volume). `objects` names the ConfigMaps and Secrets that exist.
 */
export function podVolumes(pod: Pod, objects?: { configMaps: ReadonlySet<string>; secrets: ReadonlySet<string> }): VolumeLink[] {
  const containers: { c: Container; group: ContainerGroup }[] = [
    ...(pod.spec.initContainers ?? []).map((c) => ({ c, group: isSidecar(c) ? ('sidecar' as const) : ('init' as const) })),
    ...pod.spec.containers.map((c) => ({ c, group: 'app' as const })),
  ]
  return (pod.spec.volumes ?? [])
    .filter((v) => !(v.name.startsWith(API_ACCESS_PREFIX) && v.projected))
    .map((v) => {
      const { type, source, optional } = volumeSource(v)
      const mounts = containers.flatMap(({ c, group }) =>
        (c.volumeMounts ?? []).filter((m) => m.name === v.name).map((m) => ({ container: c.name, group, mountPath: m.mountPath, readOnly: m.readOnly === true })),
      )
      // The kubelet mounts API-object volumes read-only whatever the mount says: only reads there.
      const readOnly = READ_ONLY_SOURCES.has(type)
      const filled = mounts.some((m) => m.group === 'init' && !m.readOnly)
      const uses = mounts.map((m): VolumeUse => ({ ...m, role: m.readOnly || readOnly ? 'reads' : m.group === 'init' ? 'writes' : filled ? 'reads' : 'readsWrites' }))
      const link: VolumeLink = { name: v.name, type, uses }
      if (source !== undefined) link.source = source
      const known = type === 'configMap' ? objects?.configMaps : type === 'secret' ? objects?.secrets : undefined
      if (known && source !== undefined && !optional) link.sourceExists = known.has(`${pod.metadata.namespace ?? 'default'}/${source}`)
      return link
    })
}

/** How an init container checks for a Service: a DNS lookup needs it to exist, a connection needs a ready endpoint. */
export type ServiceCheck = 'dns' | 'connect'

/** A Service a script names, resolved to a namespace, with how the script checks for it. */
export interface ServiceRef {
  name: string
  namespace: string
  check: ServiceCheck
}

const LABEL = '[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?'
// A host as scripts write it: a DNS label, optionally with namespace, `svc` and the cluster zone.
const HOST = `(${LABEL}(?:\\.${LABEL})*\\.?)`
const FLAGS = '(?:\\s+-{1,2}[A-Za-z][-\\w]*(?:[= ]\\d+)?)*'
const PATTERNS: { re: RegExp; check: ServiceCheck }[] = [
  { re: new RegExp(`\\bnslookup${FLAGS}\\s+${HOST}`, 'g'), check: 'dns' },
  { re: new RegExp(`\\bgetent\\s+(?:hosts|ahosts|ahostsv4)\\s+${HOST}`, 'g'), check: 'dns' },
  { re: new RegExp(`\\b(?:host|dig|ping)${FLAGS}\\s+${HOST}`, 'g'), check: 'dns' },
  { re: new RegExp(`\\b(?:nc|netcat|telnet)${FLAGS}\\s+${HOST}\\s+\\d+`, 'g'), check: 'connect' },
  { re: new RegExp(`\\bhttps?://${HOST}(?=[:/'"\\s;]|$)`, 'g'), check: 'connect' },
]
const NOT_SERVICES = new Set(['localhost', 'google', 'example'])

/**
 * The Service a host name in a script means, seen from `namespace`: `name`, `name.ns` (when ns is
 * a namespace in `namespaces`), `name.ns.svc` or `name.ns.svc.cluster.local`; else undefined.
 */
export function serviceFromHost(host: string, namespace: string, namespaces: ReadonlySet<string>): { name: string; namespace: string } | undefined {
  const labels = host.replace(/\.$/, '').toLowerCase().split('.')
  const [name, ns] = labels
  if (/^\d+$/.test(name) || NOT_SERVICES.has(name)) return undefined
  if (labels.length === 1) return { name, namespace }
  const zone = labels.slice(2).join('.')
  if (labels.length === 2) return namespaces.has(ns) ? { name, namespace: ns } : undefined
  return zone === 'svc' || zone === 'svc.cluster.local' ? { name, namespace: ns } : undefined
}

/** The Services one container's command and args name as something to look up or connect to. */
export function servicesIn(container: Container, namespace: string, namespaces: ReadonlySet<string>): ServiceRef[] {
  const script = [...(container.command ?? []), ...(container.args ?? [])].join(' ')
  const found = new Map<string, ServiceRef>()
  for (const { re, check } of PATTERNS) {
    for (const m of script.matchAll(re)) {
      const svc = serviceFromHost(m[1], namespace, namespaces)
      if (!svc) continue
      const key = `${svc.namespace}/${svc.name}`
      // A connection needs more than a lookup; when a script does both, the stronger check shows.
      if (found.get(key)?.check !== 'connect') found.set(key, { ...svc, check })
    }
  }
  return [...found.values()]
}

/** What the view knows of one Service: it exists, how many ready endpoints back it, headless or not. */
export interface ServiceState {
  endpoints: number
  headless: boolean
}

interface ServiceObject extends KubeObject {
  spec?: { selector?: Record<string, string>; clusterIP?: string; publishNotReadyAddresses?: boolean; type?: string }
}

// Mirrors the engine's endpoint rule: a selector (non-empty) matching a running pod that is Ready
// and not being deleted, or any pod with an IP when the Service publishes not-ready addresses.
function backs(svc: ServiceObject, pod: Pod): boolean {
  const selector = svc.spec?.selector
  if (!selector || Object.keys(selector).length === 0) return false
  if ((pod.metadata.namespace ?? 'default') !== (svc.metadata.namespace ?? 'default')) return false
  if (!Object.entries(selector).every(([k, v]) => pod.metadata.labels?.[k] === v)) return false
  if (svc.spec?.publishNotReadyAddresses === true && pod.status?.podIP) return true
  if (pod.metadata.deletionTimestamp || pod.status?.phase !== 'Running' || !pod.status.podIP) return false
  return pod.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false
}

// Services every cluster has, though the sandbox does not store them: their endpoints are the
// API server and CoreDNS, not pods.
const BUILT_IN = ['default/kubernetes', 'kube-system/kube-dns']

/** Every stored Service by `namespace/name`, with its ready endpoint count. */
export function serviceStates(services: readonly KubeObject[], pods: readonly Pod[]): Map<string, ServiceState> {
  const states = new Map<string, ServiceState>(BUILT_IN.map((key) => [key, { endpoints: 1, headless: false }]))
  for (const s of services as ServiceObject[]) {
    states.set(`${s.metadata.namespace ?? 'default'}/${s.metadata.name}`, {
      endpoints: pods.filter((p) => backs(s, p)).length,
      headless: s.spec?.clusterIP === 'None',
    })
  }
  return states
}

/** A Service the init containers wait for, with what the cluster has of it now. */
export interface ServiceWait extends ServiceRef {
  /** The init containers whose scripts name it, in spec order. */
  waiters: string[]
  exists: boolean
  endpoints: number
  /** Whether what the waiters check for is there now (DNS: it exists and has an address; connect: an endpoint). */
  satisfied: boolean
}

/** The Services a pod's init containers wait for, each with what the cluster has of it now. */
export function awaitedServices(pod: Pod, states: ReadonlyMap<string, ServiceState>, namespaces: ReadonlySet<string>): ServiceWait[] {
  const namespace = pod.metadata.namespace ?? 'default'
  const waits = new Map<string, ServiceWait>()
  for (const c of pod.spec.initContainers ?? []) {
    for (const ref of servicesIn(c, namespace, namespaces)) {
      const key = `${ref.namespace}/${ref.name}`
      const prev = waits.get(key)
      if (prev) {
        prev.waiters.push(c.name)
        if (ref.check === 'connect') prev.check = 'connect'
        continue
      }
      const state = states.get(key)
      waits.set(key, { ...ref, waiters: [c.name], exists: state !== undefined, endpoints: state?.endpoints ?? 0, satisfied: false })
    }
  }
  return [...waits.values()].map((w) => {
    const state = states.get(`${w.namespace}/${w.name}`)
    // A headless Service has no ClusterIP: its DNS name answers only with endpoint addresses.
    const needsEndpoint = w.check === 'connect' || state?.headless === true
    return { ...w, satisfied: w.exists && (!needsEndpoint || w.endpoints > 0) }
  })
}

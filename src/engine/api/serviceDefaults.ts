// API-server defaulting and IP allocation for Services (SetDefaults_Service plus the ClusterIP and
// NodePort allocators' effect on the stored object). Pure: addresses come from the caller's allocator.

import type { Service, ServicePort } from './types'

/** The cluster's Service CIDR (kind and kubeadm default). */
export const SERVICE_CIDR = '10.96.0.0/12'
/** The `kubernetes` Service's address: the first address of the range. */
export const KUBERNETES_SERVICE_IP = '10.96.0.1'
/** kube-dns's address: the tenth, as kubeadm reserves it. */
export const KUBE_DNS_IP = '10.96.0.10'

const RANGE_BASE = (10 << 24) | (96 << 16)
const RANGE_SIZE = 1 << 20
// The allocator keeps the lowest band (min(max(16, size/16), 256) addresses) for static IPs.
const STATIC_BAND = 256

const toIP = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.')

/**
 * A ClusterIP allocator over 10.96.0.0/12 that picks random free addresses above the static band,
 * as the API server's allocator does; `int(min, max)` is a seeded generator (inclusive bounds).
 */
export function createClusterIPAllocator(rand: { int(min: number, max: number): number }, inUse: () => Iterable<string> = () => []): () => string {
  return () => {
    const used = new Set(inUse())
    for (;;) {
      const ip = toIP(RANGE_BASE + rand.int(STATIC_BAND, RANGE_SIZE - 2))
      if (!used.has(ip)) return ip
    }
  }
}

function defaultPort(p: ServicePort, nodePort: (() => number) | undefined): ServicePort {
  const out: ServicePort = { ...p, protocol: p.protocol ?? 'TCP' }
  // targetPort defaults to the port number; an explicit 0 or empty string also counts as unset.
  if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') out.targetPort = p.port
  if (nodePort && out.nodePort === undefined) out.nodePort = nodePort()
  // Go's field order, so that JSON output matches: name, protocol, appProtocol, port, targetPort, nodePort.
  const keys = ['name', 'protocol', 'appProtocol', 'port', 'targetPort', 'nodePort'] as const
  return Object.fromEntries(keys.filter((k) => out[k] !== undefined).map((k) => [k, out[k]])) as unknown as ServicePort
}

/**
 * The Service as the API server stores it after defaulting and allocation: type ClusterIP,
 * clusterIP/clusterIPs (allocated unless given or `None`), ipFamilies [IPv4], SingleStack,
 * sessionAffinity None, internalTrafficPolicy Cluster, ports with protocol TCP and targetPort.
 * NodePort/LoadBalancer Services get node ports from `allocateNodePort` and externalTrafficPolicy.
 * Pure apart from calling the allocators; the input is not mutated.
 */
export function defaultService(svc: Service, allocateIP: () => string, allocateNodePort?: () => number): Service {
  const spec = { ...svc.spec }
  const type = spec.type ?? 'ClusterIP'
  spec.type = type
  if (type === 'ExternalName') {
    spec.sessionAffinity ??= 'None'
    return { ...svc, spec: orderSpec(spec), status: svc.status ?? { loadBalancer: {} } }
  }
  const wantsNodePorts = type === 'NodePort' || (type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false)
  spec.ports = (spec.ports ?? []).map((p) => defaultPort(p, wantsNodePorts ? allocateNodePort : undefined))
  if (!spec.clusterIP) spec.clusterIP = spec.clusterIPs?.[0] ?? allocateIP()
  spec.clusterIPs ??= [spec.clusterIP]
  spec.ipFamilies ??= ['IPv4']
  spec.ipFamilyPolicy ??= 'SingleStack'
  spec.sessionAffinity ??= 'None'
  spec.internalTrafficPolicy ??= 'Cluster'
  if (type === 'NodePort' || type === 'LoadBalancer') spec.externalTrafficPolicy ??= 'Cluster'
  if (type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true
  return { ...svc, spec: orderSpec(spec), status: svc.status ?? { loadBalancer: {} } }
}

const SPEC_ORDER = ['ports', 'selector', 'clusterIP', 'clusterIPs', 'type', 'externalIPs', 'sessionAffinity', 'loadBalancerIP',
  'loadBalancerSourceRanges', 'externalName', 'externalTrafficPolicy', 'healthCheckNodePort', 'publishNotReadyAddresses',
  'sessionAffinityConfig', 'ipFamilies', 'ipFamilyPolicy', 'allocateLoadBalancerNodePorts', 'loadBalancerClass',
  'internalTrafficPolicy', 'trafficDistribution']

function orderSpec(spec: Service['spec']): Service['spec'] {
  const out: Service['spec'] = {}
  for (const k of SPEC_ORDER) if (spec[k] !== undefined) out[k] = spec[k]
  for (const [k, v] of Object.entries(spec)) if (!(k in out) && v !== undefined) out[k] = v
  return out
}

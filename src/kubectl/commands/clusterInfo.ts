// `kubectl cluster-info`: the API server address and the cluster services (those labelled
// kubernetes.io/cluster-service=true) with their proxy URLs. `cluster-info dump` is not simulated.

import type { KubeObject } from '../../engine/api/types'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import { helpFor } from '../help/index'
import { CLUSTER_INFO_DUMP } from '../help/clusterInfo'
import type { KubectlEnv } from '../kubectl'
import { fail, ok, type CommandResult } from '../result'

/** Where the simulated API server listens, as a kubeadm cluster's kubeconfig names it. */
export const API_SERVER_URL = 'https://127.0.0.1:6443'

const CLUSTER_SERVICE_LABEL = 'kubernetes.io/cluster-service'

/** The cluster's DNS service: every kubeadm or kind cluster runs CoreDNS behind it. */
const KUBE_DNS = {
  metadata: {
    name: 'kube-dns',
    namespace: 'kube-system',
    labels: { 'k8s-app': 'kube-dns', [CLUSTER_SERVICE_LABEL]: 'true', 'kubernetes.io/name': 'CoreDNS' },
  },
  spec: { ports: [{ name: 'dns', port: 53 }, { name: 'dns-tcp', port: 53 }, { name: 'metrics', port: 9153 }] },
}

interface ServiceLike {
  metadata: { name?: string; namespace?: string; labels?: Record<string, string> }
  spec?: { ports?: { name?: string; port?: number }[] }
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } }
}

/** The URL kubectl prints for a cluster service: its load balancer ports, else the API server proxy. */
function serviceLink(svc: ServiceLike): string {
  const ingress = svc.status?.loadBalancer?.ingress?.[0]
  const ports = svc.spec?.ports ?? []
  if (ingress) {
    const host = ingress.ip || ingress.hostname || ''
    return ports.map(p => `http://${host}:${p.port ?? 0} `).join('')
  }
  let name = svc.metadata.name ?? ''
  if (ports.length > 0) {
    // kubectl guesses https from the first port, then joins scheme, name and port name as
    // utilnet.JoinSchemeNamePort does: three parts with a scheme, two with a port name.
    const scheme = ports[0].name === 'https' || ports[0].port === 443 ? 'https' : ''
    const portName = ports[0].name ?? ''
    if (scheme) name = `${scheme}:${name}:${portName}`
    else if (portName) name = `${name}:${portName}`
  }
  return `${API_SERVER_URL}/api/v1/namespaces/${svc.metadata.namespace}/services/${name}/proxy`
}

/** Flag declarations read off a stored help text, for commands initlab only recognises. */
function flagsOf(options: readonly (readonly [string, string])[]): FlagSpec[] {
  return options.map(([flag]) => {
    const m = /^(?:-(\w), )?--([\w-]+)=(.*)$/.exec(flag)!
    const def = m[3]
    const type = def === 'true' || def === 'false' ? 'bool' : def === '[]' ? 'stringArray' : 'string'
    return { name: m[2], ...(m[1] ? { shorthand: m[1] } : {}), type }
  })
}

/** Runs `kubectl cluster-info [dump]`. Pure: reads the store's services. */
export function clusterInfo(argv: string[], env: KubectlEnv): CommandResult {
  if (argv.find(a => !a.startsWith('-')) === 'dump') {
    const parsed = parseFlags(argv.filter(a => a !== 'dump'), flagsOf(CLUSTER_INFO_DUMP.options ?? []))
    if (!parsed.ok) return fail(flagError('cluster-info dump', parsed.error))
    if (parsed.flags.help === true) return ok(helpFor(['cluster-info', 'dump']))
    return fail('error: initlab does not simulate "kubectl cluster-info dump"; use kubectl get, describe and logs')
  }
  const parsed = parseFlags(argv, [])
  if (!parsed.ok) return fail(flagError('cluster-info', parsed.error))
  if (parsed.flags.help === true) return ok(helpFor(['cluster-info']))
  const namespace = (parsed.flags.namespace as string) || 'kube-system'
  const stored = env.cluster.store.list('Service', namespace) as (KubeObject & ServiceLike)[]
  const services: ServiceLike[] = namespace === KUBE_DNS.metadata.namespace && !stored.some(s => s.metadata.name === KUBE_DNS.metadata.name)
    ? [...stored, KUBE_DNS].sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1))
    : stored
  let out = `Kubernetes control plane is running at ${API_SERVER_URL}\n`
  for (const svc of services) {
    if (svc.metadata.labels?.[CLUSTER_SERVICE_LABEL] !== 'true') continue
    const name = svc.metadata.labels['kubernetes.io/name'] || svc.metadata.name
    out += `${name} is running at ${serviceLink(svc)}\n`
  }
  return ok(`${out}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`)
}

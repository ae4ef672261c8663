// What `kubectl get` reads from the API server, kind by kind. The store has no Namespace objects,
// no `kubernetes` Service and no `kube-root-ca.crt` ConfigMaps yet, so they are synthesized here as
// a real cluster has them, created with the cluster (the Node's creationTimestamp). The
// container-world issue adds real Services and Namespaces; stored objects of the same name win.

import type { KindInfo } from '../../engine/api/kinds'
import type { KubeObject } from '../../engine/api/types'
import type { Cluster } from '../../engine/cluster'
import { rfc3339 } from '../../engine/format/time'
import { SeededRandom } from '../../engine/random/seeded'

/** The namespaces every cluster starts with. */
export const DEFAULT_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system']

/** A stable uid per synthesized object, drawn from its name so it never disturbs the cluster's seed. */
function stableUid(key: string): string {
  let h = 2166136261
  for (const ch of key) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0
  return new SeededRandom(h).uuid()
}

function clusterCreated(cluster: Cluster): string {
  const node = cluster.store.list('Node')[0]
  return node?.metadata.creationTimestamp ?? rfc3339(cluster.now())
}

/** The Namespace objects of a fresh cluster, as `kubectl get ns -o yaml` shows them. */
export function syntheticNamespaces(cluster: Cluster): KubeObject[] {
  const created = clusterCreated(cluster)
  return DEFAULT_NAMESPACES.map((name, i) => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      creationTimestamp: created,
      labels: { 'kubernetes.io/metadata.name': name },
      name,
      resourceVersion: String(i + 1),
      uid: stableUid(`namespace/${name}`),
    },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  }))
}

/** The `kubernetes` Service the API server keeps in `default` (ClusterIP 10.96.0.1, 443/TCP). */
export function kubernetesService(cluster: Cluster): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      creationTimestamp: clusterCreated(cluster),
      labels: { component: 'apiserver', provider: 'kubernetes' },
      name: 'kubernetes',
      namespace: 'default',
      resourceVersion: '200',
      uid: stableUid('service/default/kubernetes'),
    },
    spec: {
      clusterIP: '10.96.0.1',
      clusterIPs: ['10.96.0.1'],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  }
}

const ROOT_CA_DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. ' +
  'No other usage is guaranteed across distributions of Kubernetes clusters.'

/** A made-up cluster CA in PEM form: the same for every namespace, as the real one is. */
function clusterCA(): string {
  const rand = new SeededRandom(0x6b756265)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  let body = 'MIIDBTCCAe2gAwIBAgIIQ'
  while (body.length < 1044) body += alphabet[rand.int(0, 63)]
  body += 'M='
  const lines = body.match(/.{1,64}/g) ?? []
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`
}

/** The `kube-root-ca.crt` ConfigMap the root-CA publisher keeps in every namespace. */
export function rootCAConfigMaps(cluster: Cluster): KubeObject[] {
  const ca = clusterCA()
  return listObjects(cluster, NAMESPACE_KIND, undefined).map((ns, i) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    data: { 'ca.crt': ca },
    metadata: {
      annotations: { 'kubernetes.io/description': ROOT_CA_DESCRIPTION },
      creationTimestamp: ns.metadata.creationTimestamp,
      name: 'kube-root-ca.crt',
      namespace: ns.metadata.name,
      resourceVersion: String(300 + i),
      uid: stableUid(`configmap/${ns.metadata.name}/kube-root-ca.crt`),
    },
  }))
}

const NAMESPACE_KIND = { kind: 'Namespace', namespaced: false } as KindInfo

function sortKey(o: KubeObject): string {
  return `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`
}

/** Stored objects plus the synthesized ones not overridden by a stored object of the same name. */
function withSynthetic(stored: KubeObject[], synthetic: KubeObject[]): KubeObject[] {
  const have = new Set(stored.map(sortKey))
  const all = [...stored, ...synthetic.filter((o) => !have.has(sortKey(o)))]
  return all.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))
}

/** Every object of a kind in `namespace` (all namespaces when undefined), in API list order. */
export function listObjects(cluster: Cluster, info: KindInfo, namespace: string | undefined): KubeObject[] {
  const ns = info.namespaced ? namespace : undefined
  const stored = cluster.store.list(info.kind, ns)
  if (info.kind === 'Namespace') return withSynthetic(stored, syntheticNamespaces(cluster))
  if (info.kind === 'Service' && (ns === undefined || ns === 'default')) return withSynthetic(stored, [kubernetesService(cluster)])
  if (info.kind === 'ConfigMap') {
    return withSynthetic(stored, rootCAConfigMaps(cluster).filter((cm) => ns === undefined || cm.metadata.namespace === ns))
  }
  return stored
}

/** One object by name, or undefined. */
export function getObject(cluster: Cluster, info: KindInfo, namespace: string, name: string): KubeObject | undefined {
  return listObjects(cluster, info, info.namespaced ? namespace : undefined).find((o) => o.metadata.name === name)
}

/** True when the namespace exists (kubectl checks this before reporting a named object missing). */
export function namespaceExists(cluster: Cluster, namespace: string): boolean {
  return listObjects(cluster, NAMESPACE_KIND, undefined).some((o) => o.metadata.name === namespace)
}

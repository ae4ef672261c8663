// Who owns which pod: Deployment -> ReplicaSet -> Pod (and Jobs or other controllers -> Pod), read
// off metadata.ownerReferences, with the counts `kubectl get deploy,rs` prints. Pure.
import type { KubeObject, Pod } from '../../sandbox'

/** A short kubectl-style reference to an object: `rs/web-7759f8c8`, `deploy/web`. */
export interface ObjectRef {
  kind: string
  name: string
}

/** A ReplicaSet with its counts and the names of its pods. */
export interface ReplicaSetNode {
  name: string
  namespace: string
  /** The pod-template-hash label, the part of the name that changes with each template. */
  hash?: string
  /** DESIRED, CURRENT, READY as `kubectl get rs` prints them. */
  desired: number
  current: number
  ready: number
  pods: string[]
}

/** A Deployment with its counts and its ReplicaSets. */
export interface DeploymentNode {
  name: string
  namespace: string
  /** READY (ready/desired), UP-TO-DATE and AVAILABLE as `kubectl get deploy` prints them. */
  ready: string
  upToDate: number
  available: number
  /** Newest first: the ReplicaSet of the current template leads. */
  replicaSets: ReplicaSetNode[]
}

/** A controller other than a ReplicaSet (a Job, say) with the pods it owns. */
export interface OtherOwnerNode {
  kind: string
  name: string
  namespace: string
  pods: string[]
}

/** Every owner of pods the view shows, top-level first. */
export interface Workloads {
  deployments: DeploymentNode[]
  /** ReplicaSets no Deployment owns. */
  replicaSets: ReplicaSetNode[]
  others: OtherOwnerNode[]
}

interface Counted extends KubeObject {
  spec?: { replicas?: number }
  status?: { replicas?: number; readyReplicas?: number; updatedReplicas?: number; availableReplicas?: number }
}

const ns = (o: KubeObject) => o.metadata.namespace ?? 'default'
const key = (namespace: string, name: string | undefined) => `${namespace}/${name ?? ''}`
const num = (n: unknown) => (typeof n === 'number' ? n : 0)

/** The controller that owns an object (the ownerReference marked controller, else the first). */
export function controllerOf(obj: KubeObject): ObjectRef | undefined {
  const refs = obj.metadata.ownerReferences ?? []
  const ref = refs.find((r) => r.controller) ?? refs[0]
  return ref ? { kind: ref.kind, name: ref.name } : undefined
}

/** The chain of owners above a pod, nearest first: [ReplicaSet, Deployment], [Job], or []. */
export function ownerChain(pod: Pod, replicaSets: readonly KubeObject[]): ObjectRef[] {
  const chain: ObjectRef[] = []
  let current: KubeObject | undefined = pod
  // Owners only ever point up a short chain; the bound guards against a hand-made cycle.
  for (let depth = 0; current && depth < 4; depth++) {
    const owner = controllerOf(current)
    if (!owner) break
    chain.push(owner)
    current = owner.kind === 'ReplicaSet' ? replicaSets.find((r) => r.metadata.name === owner.name && ns(r) === ns(pod)) : undefined
  }
  return chain
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
// Newest first; creation times tie within a second, so names break ties for a stable order.
const newestFirst = (a: KubeObject, b: KubeObject) =>
  (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '') || (a.metadata.name ?? '').localeCompare(b.metadata.name ?? '')

/** Pods grouped under their Deployments and ReplicaSets (and other controllers), with kubectl's counts. */
export function workloads(pods: readonly Pod[], deployments: readonly KubeObject[], replicaSets: readonly KubeObject[]): Workloads {
  const podsOf = new Map<string, string[]>()
  const others = new Map<string, OtherOwnerNode>()
  for (const p of pods) {
    const owner = controllerOf(p)
    if (!owner) continue
    if (owner.kind === 'ReplicaSet') {
      const k = key(ns(p), owner.name)
      podsOf.set(k, [...(podsOf.get(k) ?? []), p.metadata.name ?? ''])
      continue
    }
    const k = `${owner.kind}/${key(ns(p), owner.name)}`
    const node = others.get(k) ?? { kind: owner.kind, name: owner.name, namespace: ns(p), pods: [] }
    node.pods.push(p.metadata.name ?? '')
    others.set(k, node)
  }
  const rsNode = (rs: Counted): ReplicaSetNode => {
    const node: ReplicaSetNode = {
      name: rs.metadata.name ?? '',
      namespace: ns(rs),
      desired: num(rs.spec?.replicas),
      current: num(rs.status?.replicas),
      ready: num(rs.status?.readyReplicas),
      pods: [...(podsOf.get(key(ns(rs), rs.metadata.name)) ?? [])].sort(),
    }
    const hash = rs.metadata.labels?.['pod-template-hash']
    if (hash) node.hash = hash
    return node
  }
  const underDeployment = new Map<string, ReplicaSetNode[]>()
  const loose: ReplicaSetNode[] = []
  for (const rs of [...replicaSets].sort(newestFirst) as Counted[]) {
    const owner = controllerOf(rs)
    if (owner?.kind !== 'Deployment') {
      loose.push(rsNode(rs))
      continue
    }
    const k = key(ns(rs), owner.name)
    underDeployment.set(k, [...(underDeployment.get(k) ?? []), rsNode(rs)])
  }
  const deploymentNodes = (deployments as Counted[]).map(
    (d): DeploymentNode => ({
      name: d.metadata.name ?? '',
      namespace: ns(d),
      ready: `${num(d.status?.readyReplicas)}/${num(d.spec?.replicas)}`,
      upToDate: num(d.status?.updatedReplicas),
      available: num(d.status?.availableReplicas),
      replicaSets: underDeployment.get(key(ns(d), d.metadata.name)) ?? [],
    }),
  )
  return {
    deployments: deploymentNodes.sort(byName),
    replicaSets: loose.sort(byName),
    others: [...others.values()].map((o) => ({ ...o, pods: o.pods.sort() })).sort(byName),
  }
}

/** Whether there is anything to show: any Deployment, ReplicaSet or owned pod. */
export function hasWorkloads(w: Workloads): boolean {
  return w.deployments.length + w.replicaSets.length + w.others.length > 0
}

const SHORT: Record<string, string> = { ReplicaSet: 'rs', Deployment: 'deploy', Job: 'job', StatefulSet: 'sts', DaemonSet: 'ds' }

/** An owner as kubectl's TYPE/NAME short form: `rs/web-7759f8c8`. */
export function shortRef(ref: ObjectRef): string {
  return `${SHORT[ref.kind] ?? ref.kind.toLowerCase()}/${ref.name}`
}

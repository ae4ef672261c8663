// The scheduler's view of a node (framework.NodeInfo): its allocatable resources, the pods bound to
// it and what they request. Integer arithmetic on milli-CPU and bytes, as the scheduler's Resource does.

import type { KubeObject, Pod } from '../api/types'
import { podRequests } from '../api/resources'
import { quantityMilliValue, quantityValue, tryParseQuantity } from '../api/quantity'

/** framework.Resource: milli-CPU, bytes, the allowed pod count and scalar resources (hugepages, extended). */
export interface Resource {
  milliCPU: bigint
  memory: bigint
  ephemeralStorage: bigint
  allowedPods: number
  scalars: Map<string, bigint>
}

/** A node with the non-terminated pods bound to it and their summed requests. */
export interface NodeInfo {
  node: KubeObject
  name: string
  pods: Pod[]
  allocatable: Resource
  requested: Resource
  /** Requests with kube-scheduler's defaults (100m, 200Mi) for containers that set none; used to score. */
  nonZeroRequested: Resource
}

const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

/** kube-scheduler's DefaultMilliCPURequest and DefaultMemoryRequest. */
export const DEFAULT_MILLI_CPU_REQUEST = 100n
export const DEFAULT_MEMORY_REQUEST = 200n * 1024n * 1024n

/** An empty Resource. */
export function emptyResource(): Resource {
  return { milliCPU: 0n, memory: 0n, ephemeralStorage: 0n, allowedPods: 0, scalars: new Map() }
}

// schedutil.IsScalarResourceName: hugepages, extended (domain-qualified) and attachable volumes.
const isScalar = (name: string): boolean =>
  name.startsWith('hugepages-') || name.startsWith('attachable-volumes-') || name.includes('/')

/** Resource.Add: cpu as MilliValue, the rest as Value (both rounded up); unknown names are ignored. */
export function addResourceList(into: Resource, list: unknown): void {
  for (const [name, raw] of Object.entries(obj(list))) {
    const q = tryParseQuantity(raw)
    if (!q) continue
    if (name === 'cpu') into.milliCPU += quantityMilliValue(q)
    else if (name === 'memory') into.memory += quantityValue(q)
    else if (name === 'pods') into.allowedPods += Number(quantityValue(q))
    else if (name === 'ephemeral-storage') into.ephemeralStorage += quantityValue(q)
    else if (isScalar(name)) into.scalars.set(name, (into.scalars.get(name) ?? 0n) + quantityValue(q))
  }
}

function addResource(into: Resource, add: Resource): void {
  into.milliCPU += add.milliCPU
  into.memory += add.memory
  into.ephemeralStorage += add.ephemeralStorage
  for (const [k, v] of add.scalars) into.scalars.set(k, (into.scalars.get(k) ?? 0n) + v)
}

/** The pod's effective requests (init max vs app sum, sidecars, overhead) as a Resource. */
// A pod's requests depend on its spec only; the store keeps a spec object across status writes, so
// the scheduler's per-node sums need not re-parse every bound pod's quantities on every decision.
const resourceMemo = new WeakMap<object, Resource>()
const nonZeroMemo = new WeakMap<object, Resource>()

export function podResource(pod: Pod): Resource {
  const key = pod.spec as object | undefined
  const memo = key && resourceMemo.get(key)
  if (memo) return memo
  const r = emptyResource()
  addResourceList(r, podRequests(pod))
  if (key) resourceMemo.set(key, r)
  return r
}

const hasRequest = (c: unknown, name: string): boolean => obj(obj(obj(c).resources).requests)[name] !== undefined

/**
 * The pod's requests with the scheduler's non-zero defaults filled in for each container (init
 * containers too) that requests no cpu or memory, unless the pod sets it at pod level. Pure.
 */
export function podNonZeroResource(pod: Pod): Resource {
  const key = pod.spec as object | undefined
  const memo = key && nonZeroMemo.get(key)
  if (memo) return memo
  const r = computeNonZero(pod)
  if (key) nonZeroMemo.set(key, r)
  return r
}

function computeNonZero(pod: Pod): Resource {
  const podLevel = obj(obj(pod.spec?.resources).requests)
  const fill = (c: unknown): unknown => {
    const add: Record<string, string> = {}
    if (podLevel.cpu === undefined && !hasRequest(c, 'cpu')) add.cpu = `${DEFAULT_MILLI_CPU_REQUEST}m`
    if (podLevel.memory === undefined && !hasRequest(c, 'memory')) add.memory = `${DEFAULT_MEMORY_REQUEST}`
    if (Object.keys(add).length === 0) return c
    const resources = obj(obj(c).resources)
    return { ...obj(c), resources: { ...resources, requests: { ...obj(resources.requests), ...add } } }
  }
  const spec = pod.spec ?? { containers: [] }
  const filled: Pod = {
    ...pod,
    spec: { ...spec, containers: (spec.containers ?? []).map(fill) as Pod['spec']['containers'], initContainers: spec.initContainers?.map(fill) as Pod['spec']['initContainers'] },
  }
  return podResource(filled)
}

/** Whether the scheduler's cache counts `pod` on its node: bound, and neither Succeeded nor Failed. */
export function occupiesNode(pod: Pod): boolean {
  const phase = pod.status?.phase
  return !!pod.spec?.nodeName && phase !== 'Succeeded' && phase !== 'Failed'
}

/** NodeInfo of `node` with the pods of `pods` that occupy it (others are ignored). Pure. */
export function buildNodeInfo(node: KubeObject, pods: readonly Pod[]): NodeInfo {
  const name = node.metadata?.name ?? ''
  const allocatable = emptyResource()
  addResourceList(allocatable, obj(node.status).allocatable)
  const own = pods.filter((p) => occupiesNode(p) && p.spec.nodeName === name)
  const requested = emptyResource()
  const nonZeroRequested = emptyResource()
  for (const p of own) {
    addResource(requested, podResource(p))
    addResource(nonZeroRequested, podNonZeroResource(p))
  }
  return { node, name, pods: own, allocatable, requested, nonZeroRequested }
}

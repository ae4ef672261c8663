// A node's Allocated resources and Non-terminated Pods as `kubectl describe node` computes them
// (describeNodeResource): per-pod requests/limits with their share of allocatable, and the totals.

import type { KubeObject, Pod } from '../api/types'
import { podLimits, podRequests } from '../api/resources'
import {
  addQuantities, formatQuantity, quantityMilliValue, quantityValue, tryParseQuantity, ZERO_QUANTITY, type ParsedQuantity,
} from '../api/quantity'

type Quantities = Map<string, ParsedQuantity>

/** A quantity and its share of the node's allocatable, as describe prints it: `100m (5%)`. */
export interface ResourceShare {
  quantity: string
  percent: number
  text: string
}

/** One row of Non-terminated Pods. */
export interface PodAllocation {
  namespace: string
  name: string
  creationTimestamp?: string
  cpuRequests: ResourceShare
  cpuLimits: ResourceShare
  memoryRequests: ResourceShare
  memoryLimits: ResourceShare
}

/** One row of Allocated resources; extended resources carry no percentages (describe prints none). */
export interface AllocatedRow {
  resource: string
  requests: string
  limits: string
  requestsPercent?: number
  limitsPercent?: number
}

/** The node's pods and totals. */
export interface NodeAllocation {
  pods: PodAllocation[]
  allocated: AllocatedRow[]
}

const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

function quantities(list: unknown): Quantities {
  const out: Quantities = new Map()
  for (const [name, raw] of Object.entries(obj(list))) {
    const q = tryParseQuantity(raw)
    if (q) out.set(name, q)
  }
  return out
}

function sumInto(into: Quantities, add: Quantities): void {
  for (const [name, q] of add) {
    const cur = into.get(name)
    into.set(name, cur ? addQuantities(cur, q) : q)
  }
}

// Go's int64(float64(a)/float64(b)*100). Describe guards the totals against a zero allocatable but
// not the per-pod cells, where Go's float division gives +Inf and the int64 conversion a huge value.
function share(q: ParsedQuantity | undefined, whole: ParsedQuantity | undefined, milli: boolean, guard: boolean): ResourceShare {
  const value = q ?? ZERO_QUANTITY
  const pick = milli ? quantityMilliValue : quantityValue
  const part = pick(value)
  const of = pick(whole ?? ZERO_QUANTITY)
  const percent = guard && of === 0n ? 0 : Math.trunc((Number(part) / Number(of)) * 100)
  const quantity = formatQuantity(value)
  return { quantity, percent, text: `${quantity} (${percent}%)` }
}

/** The pods describe lists for `nodeName`: bound to it and neither Succeeded nor Failed, in order. */
export function podsOnNode(nodeName: string, pods: readonly Pod[]): Pod[] {
  return pods.filter((p) => p.spec?.nodeName === nodeName && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')
}

const STANDARD = new Set(['cpu', 'memory', 'ephemeral-storage'])

/**
 * `kubectl describe node`'s resource figures for `node`, from every pod in `pods` (those bound to
 * it and not terminated count): per-pod cpu/memory requests and limits and the totals per resource,
 * percentages of allocatable truncated toward zero. Pure.
 */
export function nodeAllocatedResources(node: KubeObject, pods: readonly Pod[]): NodeAllocation {
  const status = obj(node.status)
  const capacity = quantities(status.capacity)
  const allocatable = Object.keys(obj(status.allocatable)).length > 0 ? quantities(status.allocatable) : capacity
  const cpu = allocatable.get('cpu')
  const memory = allocatable.get('memory')
  const reqs: Quantities = new Map()
  const limits: Quantities = new Map()
  const rows: PodAllocation[] = []
  for (const pod of podsOnNode(node.metadata?.name ?? '', pods)) {
    const req = quantities(podRequests(pod))
    const lim = quantities(podLimits(pod))
    sumInto(reqs, req)
    sumInto(limits, lim)
    const row: PodAllocation = {
      namespace: pod.metadata?.namespace ?? '',
      name: pod.metadata?.name ?? '',
      cpuRequests: share(req.get('cpu'), cpu, true, false),
      cpuLimits: share(lim.get('cpu'), cpu, true, false),
      memoryRequests: share(req.get('memory'), memory, false, false),
      memoryLimits: share(lim.get('memory'), memory, false, false),
    }
    if (pod.metadata?.creationTimestamp) row.creationTimestamp = pod.metadata.creationTimestamp
    rows.push(row)
  }
  const allocated: AllocatedRow[] = []
  const percentRow = (name: string, milli: boolean) => {
    const r = share(reqs.get(name), allocatable.get(name), milli, true)
    const l = share(limits.get(name), allocatable.get(name), milli, true)
    allocated.push({ resource: name, requests: r.text, limits: l.text, requestsPercent: r.percent, limitsPercent: l.percent })
  }
  percentRow('cpu', true)
  percentRow('memory', false)
  percentRow('ephemeral-storage', false)
  const names = [...allocatable.keys()].sort()
  for (const name of names.filter((n) => n.startsWith('hugepages-'))) percentRow(name, false)
  for (const name of names.filter((n) => !n.startsWith('hugepages-') && !STANDARD.has(n) && n !== 'pods')) {
    allocated.push({ resource: name, requests: formatQuantity(reqs.get(name) ?? ZERO_QUANTITY), limits: formatQuantity(limits.get(name) ?? ZERO_QUANTITY) })
  }
  return { pods: rows, allocated }
}

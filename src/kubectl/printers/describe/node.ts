// `kubectl describe node` (describe.describeNode and describeNodeResource, kubectl v1.35) as one pure
// function: the Node, the pods bound to it, its events and lease in; the exact stdout out.

import type { KubeEvent, KubeObject, Pod } from '../../../engine/api/types'
import { podLimits, podRequests } from '../../../engine/api/resources'
import {
  addQuantities,
  formatQuantity,
  quantityMilliValue,
  quantityValue,
  tryParseQuantity,
  ZERO_QUANTITY,
  type ParsedQuantity,
} from '../../../engine/api/quantity'
import { translateTimestampSince } from '../humanDuration'
import { formatTime } from './containers'
import { writeEvents } from './events'
import { goSortSlice } from './goSort'
import { byCodePoint, writeAnnotations, writeLabels } from './meta'
import { LEVEL_0, LEVEL_1, PrefixWriter, type DescribeWriter } from './prefixWriter'

type Obj = Record<string, unknown>
type Quantities = Map<string, ParsedQuantity>

const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {})
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v))

const ROLE_PREFIX = 'node-role.kubernetes.io/'
const ROLE_LABEL = 'kubernetes.io/role'
const STANDARD_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage'])

function quantities(list: unknown): Quantities {
  const out: Quantities = new Map()
  for (const [name, raw] of Object.entries(obj(list))) {
    const q = tryParseQuantity(raw)
    if (q) out.set(name, q)
  }
  return out
}

/** findNodeRoles: `node-role.kubernetes.io/<role>` keys and a non-empty `kubernetes.io/role` value, sorted and unique. */
function nodeRoles(labels: Obj): string[] {
  const roles = new Set<string>()
  for (const [key, value] of Object.entries(labels)) {
    if (key.startsWith(ROLE_PREFIX)) {
      if (key.length > ROLE_PREFIX.length) roles.add(key.slice(ROLE_PREFIX.length))
    } else if (key === ROLE_LABEL && value !== '') roles.add(str(value))
  }
  return [...roles].sort(byCodePoint)
}

/** Taint.ToString: `key=value:Effect`, with the parts that are empty left out. */
function taintText(t: Obj): string {
  const key = str(t.key)
  const value = str(t.value)
  const effect = str(t.effect)
  if (effect === '') return value === '' ? key : `${key}=${value}:`
  return value === '' ? `${key}:${effect}` : `${key}=${value}:${effect}`
}

function writeTaints(w: DescribeWriter, taints: unknown[]): void {
  w.write(LEVEL_0, 'Taints:\t')
  if (taints.length === 0) return w.writeLine('<none>')
  const key = (t: unknown) => `${str(obj(t).effect)},${str(obj(t).key)}`
  goSortSlice(taints, (a, b) => key(a) < key(b)).forEach((t, i) => {
    if (i > 0) {
      w.write(LEVEL_0, '')
      w.write(LEVEL_0, '\t')
    }
    w.write(LEVEL_0, `${taintText(obj(t))}\n`)
  })
}

/** describeNodeLease; a missing lease prints the API error, as kubectl does when its GET fails. */
function writeLease(w: DescribeWriter, nodeName: string, lease: KubeObject | undefined): void {
  if (!lease) {
    w.write(LEVEL_0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${nodeName}" not found\n`)
    return
  }
  const spec = obj(lease.spec)
  const time = (v: unknown) => (typeof v === 'string' ? formatTime(v) : '<unset>')
  w.write(LEVEL_0, 'Lease:\n')
  w.write(LEVEL_1, `HolderIdentity:\t${typeof spec.holderIdentity === 'string' ? spec.holderIdentity : '<unset>'}\n`)
  w.write(LEVEL_1, `AcquireTime:\t${time(spec.acquireTime)}\n`)
  w.write(LEVEL_1, `RenewTime:\t${time(spec.renewTime)}\n`)
}

function writeResourceList(w: DescribeWriter, title: string, list: unknown): void {
  const entries = Object.entries(obj(list))
  if (entries.length === 0) return
  w.write(LEVEL_0, `${title}:\n`)
  for (const [name, raw] of entries.sort((a, b) => byCodePoint(a[0], b[0]))) {
    const q = tryParseQuantity(raw)
    w.write(LEVEL_0, `  ${name}:\t${q ? formatQuantity(q) : '0'}\n`)
  }
}

/** Go's int64(float64(a) / float64(b) * 100): truncated toward zero. */
function percent(part: bigint, whole: bigint): number {
  return Math.trunc((Number(part) / Number(whole)) * 100)
}

/** The quantity text and its share of `whole` (milli-units for cpu, units otherwise), e.g. `100m (2%)`. */
function share(q: ParsedQuantity | undefined, whole: ParsedQuantity | undefined, milli: boolean, guard: boolean): string {
  const value = q ?? ZERO_QUANTITY
  const of = whole ?? ZERO_QUANTITY
  const pick = milli ? quantityMilliValue : quantityValue
  const fraction = guard && pick(of) === 0n ? 0 : percent(pick(value), pick(of))
  return `${formatQuantity(value)} (${fraction}%)`
}

function sumInto(into: Quantities, add: Quantities): void {
  for (const [name, q] of add) {
    const cur = into.get(name)
    into.set(name, cur ? addQuantities(cur, q) : q)
  }
}

/** describeNodeResource: the Non-terminated Pods table and the Allocated resources summary. */
function writeNodeResources(w: DescribeWriter, pods: readonly Pod[], status: Obj, now: number): void {
  const capacity = quantities(status.capacity)
  const allocatable = Object.keys(obj(status.allocatable)).length > 0 ? quantities(status.allocatable) : capacity
  const cpu = allocatable.get('cpu')
  const memory = allocatable.get('memory')
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`)
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n')
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n')
  const reqs: Quantities = new Map()
  const limits: Quantities = new Map()
  for (const pod of pods) {
    const req = quantities(podRequests(pod))
    const lim = quantities(podLimits(pod))
    sumInto(reqs, req)
    sumInto(limits, lim)
    const cells = [
      share(req.get('cpu'), cpu, true, false),
      share(lim.get('cpu'), cpu, true, false),
      share(req.get('memory'), memory, false, false),
      share(lim.get('memory'), memory, false, false),
    ]
    const meta = pod.metadata ?? {}
    w.write(LEVEL_1, `${meta.namespace ?? ''}\t${meta.name ?? ''}\t\t${cells.join('\t')}\t${translateTimestampSince(meta.creationTimestamp, now)}\n`)
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n')
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n')
  w.write(LEVEL_1, '--------\t--------\t------\n')
  const row = (name: string, milli: boolean) =>
    w.write(LEVEL_1, `${name}\t${share(reqs.get(name), allocatable.get(name), milli, true)}\t${share(limits.get(name), allocatable.get(name), milli, true)}\n`)
  row('cpu', true)
  row('memory', false)
  row('ephemeral-storage', false)
  const names = [...allocatable.keys()].sort(byCodePoint)
  for (const name of names.filter((n) => n.startsWith('hugepages-'))) row(name, false)
  for (const name of names.filter((n) => !n.startsWith('hugepages-') && !STANDARD_RESOURCES.has(n) && n !== 'pods')) {
    w.write(LEVEL_1, `${name}\t${formatQuantity(reqs.get(name) ?? ZERO_QUANTITY)}\t${formatQuantity(limits.get(name) ?? ZERO_QUANTITY)}\n`)
  }
}

/**
 * The events `kubectl describe node` shows: involvedObject kind Node with the node's name, first
 * those recorded against its uid (controllers), then those against its name (the kubelet's), each in list order.
 */
export function nodeEvents(node: KubeObject, events: readonly KubeEvent[]): KubeEvent[] {
  const name = node.metadata?.name ?? ''
  const match = (uid: string) =>
    events.filter((e) => {
      const ref = e.involvedObject ?? {}
      return ref.kind === 'Node' && (ref.name ?? '') === name && (ref.namespace ?? '') === '' && (ref.uid ?? '') === uid
    })
  return [...match(node.metadata?.uid ?? ''), ...match(name)]
}

/**
 * The stdout of `kubectl describe node`: `pods` are the node's non-terminated pods in list order,
 * `events` those to show (undefined: no Events section, as for several objects), `lease` the node's
 * Lease in kube-node-lease if there is one, and `now` (epoch ms) the instant for ages. Pure.
 */
export function describeNode(node: KubeObject, pods: readonly Pod[], events: readonly KubeEvent[] | undefined, now: number, lease?: KubeObject): string {
  const w = new PrefixWriter()
  const meta = node.metadata ?? {}
  const spec = obj(node.spec)
  const status = obj(node.status)
  const name = meta.name ?? ''
  w.write(LEVEL_0, `Name:\t${name}\n`)
  const roles = nodeRoles(obj(meta.labels))
  w.write(LEVEL_0, `Roles:\t${roles.length > 0 ? roles.join(',') : '<none>'}\n`)
  writeLabels(w, 'Labels', meta.labels)
  writeAnnotations(w, 'Annotations', meta.annotations)
  w.write(LEVEL_0, `CreationTimestamp:\t${formatTime(meta.creationTimestamp)}\n`)
  writeTaints(w, arr(spec.taints))
  w.write(LEVEL_0, `Unschedulable:\t${spec.unschedulable === true}\n`)
  writeLease(w, name, lease)
  const conditions = arr(status.conditions).map(obj)
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n')
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n')
    for (const c of conditions) {
      const cells = [str(c.type), str(c.status), formatTime(c.lastHeartbeatTime), formatTime(c.lastTransitionTime), str(c.reason)]
      w.write(LEVEL_1, `${cells.join(' \t')} \t${str(c.message)}\n`)
    }
  }
  w.write(LEVEL_0, 'Addresses:\n')
  for (const a of arr(status.addresses).map(obj)) w.write(LEVEL_1, `${str(a.type)}:\t${str(a.address)}\n`)
  writeResourceList(w, 'Capacity', status.capacity)
  writeResourceList(w, 'Allocatable', status.allocatable)
  const info = obj(status.nodeInfo)
  w.write(LEVEL_0, 'System Info:\n')
  const infoRows: [string, string][] = [
    ['Machine ID', 'machineID'],
    ['System UUID', 'systemUUID'],
    ['Boot ID', 'bootID'],
    ['Kernel Version', 'kernelVersion'],
    ['OS Image', 'osImage'],
    ['Operating System', 'operatingSystem'],
    ['Architecture', 'architecture'],
    ['Container Runtime Version', 'containerRuntimeVersion'],
    ['Kubelet Version', 'kubeletVersion'],
    ['Kube-Proxy Version', 'kubeProxyVersion'],
  ]
  for (const [label, field] of infoRows) w.write(LEVEL_0, `  ${label}:\t${str(info[field])}\n`)
  if (str(spec.podCIDR) !== '') w.write(LEVEL_0, `PodCIDR:\t${str(spec.podCIDR)}\n`)
  const cidrs = arr(spec.podCIDRs).map(str)
  if (cidrs.length > 0) w.write(LEVEL_0, `PodCIDRs:\t${cidrs.join(',')}\n`)
  if (str(spec.providerID) !== '') w.write(LEVEL_0, `ProviderID:\t${str(spec.providerID)}\n`)
  writeNodeResources(w, pods, status, now)
  if (events) writeEvents(w, events, now)
  return w.text()
}

/** The pods `kubectl describe node` lists: bound to the node and not Succeeded or Failed, in list order. */
export function nonTerminatedPods(nodeName: string, pods: readonly Pod[]): Pod[] {
  return pods.filter((p) => p.spec?.nodeName === nodeName && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')
}

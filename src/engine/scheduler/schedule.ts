// One scheduling cycle of the default scheduler for one pod: filters on every node, then either a
// deterministic pick among the feasible ones or the FitError with DefaultPreemption's verdict.
// Pure: nodes and bound pods in, a decision out; binding and events are the caller's job.

import type { KubeObject, Pod } from '../api/types'
import { fitErrorMessage } from '../events/reasons'
import { runFilters, type FilterStatus } from './filters'
import { buildNodeInfo, podNonZeroResource, podResource, type NodeInfo, type Resource } from './nodeInfo'

/** What preemption would do: evict `victims` from `node` (the pod then fits there next cycle). */
export interface PreemptionPlan {
  node: string
  victims: Pod[]
}

/** Why no node fits: the FailedScheduling / PodScheduled message and the filter histogram behind it. */
export interface Unschedulable {
  message: string
  /** Filter reason -> number of nodes, as counted by FitError. */
  reasons: Record<string, number>
  /** Node name -> the reasons of the filter that rejected it. */
  nodeReasons: Record<string, string[]>
  /** Set when DefaultPreemption found victims; the message then carries no preemption part. */
  preemption?: PreemptionPlan
}

/** A scheduling decision: the node to bind to, or why there is none. */
export type ScheduleResult = { node: string } | { unschedulable: Unschedulable }

/** DefaultPreemption's per-node reasons when preemption cannot help. */
export const PreemptionReason = {
  notHelpful: 'Preemption is not helpful for scheduling',
  noVictims: 'No preemption victims found for incoming pod',
  never: 'not eligible due to preemptionPolicy=Never.',
} as const

const priorityOf = (pod: Pod): number => (typeof pod.spec?.priority === 'number' ? pod.spec.priority : 0)

function percentFree(requested: bigint, capacity: bigint): bigint {
  if (capacity === 0n || requested > capacity) return 0n
  return ((capacity - requested) * 100n) / capacity
}

// NodeResourcesFit (LeastAllocated, cpu and memory weight 1) on non-zero requests.
function leastAllocated(info: NodeInfo, pod: Resource): bigint {
  const cpu = percentFree(info.nonZeroRequested.milliCPU + pod.milliCPU, info.allocatable.milliCPU)
  const mem = percentFree(info.nonZeroRequested.memory + pod.memory, info.allocatable.memory)
  return (cpu + mem) / 2n
}

// NodeResourcesBalancedAllocation on plain requests: 100 * (1 - standard deviation of the fractions).
function balancedAllocation(info: NodeInfo, pod: Resource): bigint {
  const fraction = (req: bigint, cap: bigint) => (cap === 0n ? 0 : Math.min(1, Number(req) / Number(cap)))
  const cpu = fraction(info.requested.milliCPU + pod.milliCPU, info.allocatable.milliCPU)
  const mem = fraction(info.requested.memory + pod.memory, info.allocatable.memory)
  return BigInt(Math.trunc((1 - Math.abs(cpu - mem) / 2) * 100))
}

function pickNode(feasible: NodeInfo[], pod: Pod): string {
  const nonZero = podNonZeroResource(pod)
  const plain = podResource(pod)
  const scored = feasible.map((info) => ({ name: info.name, score: leastAllocated(info, nonZero) + balancedAllocation(info, plain) }))
  // The real scheduler breaks ties at random; the simulation takes the first name instead.
  scored.sort((a, b) => (a.score !== b.score ? (b.score > a.score ? 1 : -1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return scored[0].name
}

function histogram(statuses: Iterable<string[]>, into: Record<string, number> = {}): Record<string, number> {
  for (const reasons of statuses) for (const r of reasons) into[r] = (into[r] ?? 0) + 1
  return into
}

function withoutPods(info: NodeInfo, gone: readonly Pod[], allPods: readonly Pod[]): NodeInfo {
  return buildNodeInfo(info.node, allPods.filter((p) => !gone.includes(p)))
}

// More important first: higher priority, then the earlier start (MoreImportantPod).
function moreImportantFirst(a: Pod, b: Pod): number {
  if (priorityOf(a) !== priorityOf(b)) return priorityOf(b) - priorityOf(a)
  const start = (p: Pod) => p.status?.startTime ?? p.metadata?.creationTimestamp ?? ''
  return start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0
}

// SelectVictimsOnNode without PodDisruptionBudgets: remove every lower-priority pod, check the fit,
// then give back as many as still fit, most important first.
function selectVictims(pod: Pod, request: Resource, info: NodeInfo, allPods: readonly Pod[]): { victims: Pod[] } | { status: FilterStatus } {
  const candidates = info.pods.filter((p) => priorityOf(p) < priorityOf(pod)).sort(moreImportantFirst)
  if (candidates.length === 0) return { status: { plugin: 'DefaultPreemption', reasons: [PreemptionReason.noVictims], unresolvable: true } }
  const failed = runFilters(pod, request, withoutPods(info, candidates, allPods))
  if (failed) return { status: failed }
  let removed = [...candidates]
  const victims: Pod[] = []
  for (const p of candidates) {
    const trial = removed.filter((x) => x !== p)
    if (runFilters(pod, request, withoutPods(info, trial, allPods))) victims.push(p)
    else removed = trial
  }
  return { victims }
}

function preempt(pod: Pod, request: Resource, infos: NodeInfo[], statuses: Map<string, FilterStatus>, allPods: readonly Pod[]): { message: string; plan?: PreemptionPlan } {
  if (pod.spec?.preemptionPolicy === 'Never') return { message: `preemption: ${PreemptionReason.never}` }
  const dryRun = new Map<string, FilterStatus>()
  const plans: PreemptionPlan[] = []
  for (const info of infos) {
    const status = statuses.get(info.name)
    if (!status || status.unresolvable) continue
    const result = selectVictims(pod, request, info, allPods)
    if ('victims' in result) plans.push({ node: info.name, victims: result.victims })
    else dryRun.set(info.name, result.status)
  }
  if (plans.length > 0) {
    // Fewest victims, then the lowest highest-victim priority, then name: a simplified SelectCandidate.
    const top = (p: PreemptionPlan) => Math.max(...p.victims.map(priorityOf), Number.MIN_SAFE_INTEGER)
    plans.sort((a, b) => top(a) - top(b) || a.victims.length - b.victims.length || (a.node < b.node ? -1 : 1))
    return { message: '', plan: plans[0] }
  }
  const reasons = histogram([...dryRun.values()].map((s) => s.reasons))
  const absent = infos.length - dryRun.size
  if (absent > 0) reasons[PreemptionReason.notHelpful] = (reasons[PreemptionReason.notHelpful] ?? 0) + absent
  return { message: `preemption: ${fitErrorMessage(infos.length, reasons)}` }
}

/**
 * Schedules `pod` onto one of `nodes`, given every pod in the cluster (`podsOnNodes`: only bound,
 * non-terminated ones count). Feasible nodes are ranked by LeastAllocated plus BalancedAllocation,
 * ties by name. Otherwise the message is FitError.Error() with the DefaultPreemption suffix, e.g.
 * `0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.`
 * Pure. (The real scheduler never sees pods that already have spec.nodeName; see needsScheduling.)
 */
export function schedule(pod: Pod, nodes: readonly KubeObject[], podsOnNodes: readonly Pod[]): ScheduleResult {
  const others = podsOnNodes.filter((p) => p !== pod && (p.metadata?.uid === undefined || p.metadata.uid !== pod.metadata?.uid))
  const infos = nodes.map((n) => buildNodeInfo(n, others))
  const request = podResource(pod)
  const statuses = new Map<string, FilterStatus>()
  const feasible: NodeInfo[] = []
  for (const info of infos) {
    const status = runFilters(pod, request, info)
    if (status) statuses.set(info.name, status)
    else feasible.push(info)
  }
  if (feasible.length > 0) return { node: pickNode(feasible, pod) }
  const reasons = histogram([...statuses.values()].map((s) => s.reasons))
  const nodeReasons = Object.fromEntries([...statuses].map(([name, s]) => [name, [...s.reasons]]))
  if (infos.length === 0) return { unschedulable: { message: NO_NODES_MESSAGE, reasons, nodeReasons } }
  const { message: postFilter, plan } = preempt(pod, request, infos, statuses, others)
  let message = fitErrorMessage(infos.length, reasons)
  // FitError appends the post-filter message after a space, with no closing period of its own.
  if (postFilter) message += ` ${postFilter}`
  const unschedulable: Unschedulable = { message, reasons, nodeReasons }
  if (plan) unschedulable.preemption = plan
  return { unschedulable }
}

/** ErrNoNodesAvailable's text, for a cluster without nodes. */
export const NO_NODES_MESSAGE = 'no nodes available to schedule pods'

/** Whether the default scheduler picks this pod up: not yet bound, and asking for default-scheduler. */
export function needsScheduling(pod: Pod): boolean {
  const name = pod.spec?.schedulerName ?? 'default-scheduler'
  return !pod.spec?.nodeName && name === 'default-scheduler' && !pod.metadata?.deletionTimestamp && (pod.spec?.schedulingGates ?? []).length === 0
}

// kube-scheduler's default Filter plugins that initlab models, in the default profile's order:
// NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, NodeResourcesFit. Reason strings are
// the plugins' own; each filter reads a NodeInfo and the pod, nothing else.

import type { Pod, Taint, Toleration } from '../api/types'
import type { NodeInfo, Resource } from './nodeInfo'

/** A filter's verdict: `unresolvable` is UnschedulableAndUnresolvable, which preemption cannot fix. */
export interface FilterStatus {
  plugin: string
  reasons: string[]
  unresolvable: boolean
}

/** The plugins' reason strings (nodeunschedulable, nodename, tainttoleration, nodeaffinity, noderesources). */
export const FilterReason = {
  unschedulable: 'node(s) were unschedulable',
  nodeName: "node(s) didn't match the requested node name",
  affinity: "node(s) didn't match Pod's node affinity/selector",
  tooManyPods: 'Too many pods',
} as const

/** TaintToleration's reason: `{key: value}`, an empty value leaving a space before the brace. */
export function untoleratedTaintReason(taint: Taint): string {
  return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`
}

const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/** Toleration.ToleratesTaint: effect and key must match when set; Exists ignores the value. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false
  if (t.key && t.key !== taint.key) return false
  const op = t.operator ?? 'Equal'
  if (op === 'Exists') return true
  if (op === 'Equal' || op === '') return (t.value ?? '') === (taint.value ?? '')
  return false
}

const tolerated = (pod: Pod, taint: Taint): boolean => (pod.spec?.tolerations ?? []).some((t) => toleratesTaint(t, taint))

function nodeTaints(info: NodeInfo): Taint[] {
  return arr(obj(info.node.spec).taints).map((t) => {
    const o = obj(t)
    return { key: String(o.key ?? ''), value: o.value === undefined ? undefined : String(o.value), effect: String(o.effect ?? '') }
  })
}

const fail = (plugin: string, reasons: string[], unresolvable: boolean): FilterStatus => ({ plugin, reasons, unresolvable })

function nodeUnschedulable(pod: Pod, info: NodeInfo): FilterStatus | null {
  if (obj(info.node.spec).unschedulable !== true) return null
  if (tolerated(pod, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) return null
  return fail('NodeUnschedulable', [FilterReason.unschedulable], true)
}

function nodeName(pod: Pod, info: NodeInfo): FilterStatus | null {
  const wanted = pod.spec?.nodeName
  return !wanted || wanted === info.name ? null : fail('NodeName', [FilterReason.nodeName], true)
}

function taintToleration(pod: Pod, info: NodeInfo): FilterStatus | null {
  // Only the first untolerated NoSchedule/NoExecute taint, in the node's order, is reported.
  const taint = nodeTaints(info).find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerated(pod, t))
  return taint ? fail('TaintToleration', [untoleratedTaintReason(taint)], true) : null
}

function matchesExpression(expr: Record<string, unknown>, labels: Record<string, string>): boolean {
  const key = String(expr.key ?? '')
  const values = arr(expr.values).map(String)
  const has = Object.prototype.hasOwnProperty.call(labels, key)
  const value = labels[key]
  switch (expr.operator) {
    case 'In': return has && values.includes(value)
    case 'NotIn': return !has || !values.includes(value)
    case 'Exists': return has
    case 'DoesNotExist': return !has
    case 'Gt':
    case 'Lt': {
      if (!has || values.length !== 1) return false
      const [a, b] = [Number.parseInt(value, 10), Number.parseInt(values[0], 10)]
      if (Number.isNaN(a) || Number.isNaN(b)) return false
      return expr.operator === 'Gt' ? a > b : a < b
    }
    default: return false
  }
}

// A term with neither expressions nor fields matches no node; terms are ORed, their parts ANDed.
function matchesTerm(term: Record<string, unknown>, labels: Record<string, string>, name: string): boolean {
  const exprs = arr(term.matchExpressions).map(obj)
  const fields = arr(term.matchFields).map(obj)
  if (exprs.length === 0 && fields.length === 0) return false
  const fieldSet = { 'metadata.name': name }
  return exprs.every((e) => matchesExpression(e, labels)) && fields.every((f) => String(f.key) === 'metadata.name' && matchesExpression(f, fieldSet))
}

/** Whether the node's labels satisfy the pod's nodeSelector and required node affinity. */
export function matchesNodeSelectorAndAffinity(pod: Pod, info: NodeInfo): boolean {
  const labels = (info.node.metadata?.labels ?? {}) as Record<string, string>
  for (const [k, v] of Object.entries(pod.spec?.nodeSelector ?? {})) if (labels[k] !== v) return false
  const required = obj(obj(obj(pod.spec?.affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution)
  if (Object.keys(required).length === 0) return true
  return arr(required.nodeSelectorTerms).some((t) => matchesTerm(obj(t), labels, info.name))
}

function nodeAffinity(pod: Pod, info: NodeInfo): FilterStatus | null {
  return matchesNodeSelectorAndAffinity(pod, info) ? null : fail('NodeAffinity', [FilterReason.affinity], true)
}

/** fitsRequest: every shortage of the node for `request`, in the plugin's order; unresolvable when it exceeds allocatable. */
export function insufficientResources(request: Resource, info: NodeInfo): { reason: string; unresolvable: boolean }[] {
  const out: { reason: string; unresolvable: boolean }[] = []
  const { allocatable: alloc, requested: used } = info
  if (info.pods.length + 1 > alloc.allowedPods) out.push({ reason: FilterReason.tooManyPods, unresolvable: false })
  const check = (name: string, want: bigint, have: bigint, inUse: bigint) => {
    if (want > 0n && want > have - inUse) out.push({ reason: `Insufficient ${name}`, unresolvable: want > have })
  }
  check('cpu', request.milliCPU, alloc.milliCPU, used.milliCPU)
  check('memory', request.memory, alloc.memory, used.memory)
  check('ephemeral-storage', request.ephemeralStorage, alloc.ephemeralStorage, used.ephemeralStorage)
  // Go ranges over a map here; sorting keeps the simulation deterministic.
  for (const name of [...request.scalars.keys()].sort()) {
    check(name, request.scalars.get(name) ?? 0n, alloc.scalars.get(name) ?? 0n, used.scalars.get(name) ?? 0n)
  }
  return out
}

function nodeResourcesFit(request: Resource, info: NodeInfo): FilterStatus | null {
  const short = insufficientResources(request, info)
  if (short.length === 0) return null
  return fail('NodeResourcesFit', short.map((s) => s.reason), short.some((s) => s.unresolvable))
}

/**
 * RunFilterPlugins for one node: the first failing plugin's status, or null when the node is
 * feasible. `request` is the pod's effective request (podResource). Pure.
 */
export function runFilters(pod: Pod, request: Resource, info: NodeInfo): FilterStatus | null {
  return (
    nodeUnschedulable(pod, info) ??
    nodeName(pod, info) ??
    taintToleration(pod, info) ??
    nodeAffinity(pod, info) ??
    nodeResourcesFit(request, info)
  )
}

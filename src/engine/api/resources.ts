// Effective pod requests and limits (component-helpers resource/helpers.go, default options: spec only,
// overhead included). Pure; reads any pod-shaped JSON and never throws. Unparsable quantities count as
// absent, as they could never have been stored.

import type { Pod } from './types'
import { addQuantities, compareQuantities, formatQuantity, tryParseQuantity, type ParsedQuantity } from './quantity'

type List = Map<string, ParsedQuantity>

const asObj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

function parseList(v: unknown): List {
  const out: List = new Map()
  for (const [k, raw] of Object.entries(asObj(v))) {
    const q = tryParseQuantity(raw)
    if (q) out.set(k, q)
  }
  return out
}

function addList(into: List, add: List): void {
  for (const [k, q] of add) {
    const cur = into.get(k)
    into.set(k, cur ? addQuantities(cur, q) : q)
  }
}

function maxList(into: List, other: List): void {
  for (const [k, q] of other) {
    const cur = into.get(k)
    if (!cur || compareQuantities(q, cur) > 0) into.set(k, q)
  }
}

const isSidecar = (c: unknown): boolean => asObj(c).restartPolicy === 'Always'

// App containers are summed; each init container's stage needs itself plus the sidecars started before
// it; sidecars also run beside the app containers, so they join the sum.
function aggregate(pod: Pod, field: 'requests' | 'limits'): List {
  const spec = asObj(pod?.spec)
  const result: List = new Map()
  for (const c of asArr(spec.containers)) addList(result, parseList(asObj(asObj(c).resources)[field]))
  const sidecars: List = new Map()
  const initMax: List = new Map()
  for (const c of asArr(spec.initContainers)) {
    const own = parseList(asObj(asObj(c).resources)[field])
    let stage: List
    if (isSidecar(c)) {
      addList(result, own)
      addList(sidecars, own)
      stage = sidecars
    } else {
      stage = new Map(own)
      addList(stage, sidecars)
    }
    maxList(initMax, stage)
  }
  maxList(result, initMax)
  return result
}

const toRecord = (list: List): Record<string, string> =>
  Object.fromEntries([...list].map(([k, q]) => [k, formatQuantity(q)]))

const isPodLevelName = (name: string): boolean => name === 'cpu' || name === 'memory' || name.startsWith('hugepages-')

function podLevel(pod: Pod, field: 'requests' | 'limits'): List {
  return parseList(asObj(asObj(pod?.spec).resources)[field])
}

const anyPodLevel = (list: List): boolean => [...list.keys()].some(isPodLevelName)

/** AggregateContainerRequests: container-level requests only (no pod-level values, no overhead). */
export function aggregateContainerRequests(pod: Pod): Record<string, string> {
  return toRecord(aggregate(pod, 'requests'))
}

/** AggregateContainerLimits: container-level limits only. */
export function aggregateContainerLimits(pod: Pod): Record<string, string> {
  return toRecord(aggregate(pod, 'limits'))
}

/** PodRequests with default options: containers (init max vs app sum, sidecars stacked), pod-level override, plus overhead. */
export function podRequests(pod: Pod): Record<string, string> {
  const result = aggregate(pod, 'requests')
  const podReqs = podLevel(pod, 'requests')
  if (anyPodLevel(podReqs)) for (const [k, q] of podReqs) if (isPodLevelName(k)) result.set(k, q)
  addList(result, parseList(asObj(pod?.spec).overhead))
  return toRecord(result)
}

/** PodLimits with default options: as PodRequests, but overhead is added only to non-zero limits. */
export function podLimits(pod: Pod): Record<string, string> {
  const result = aggregate(pod, 'limits')
  const podLims = podLevel(pod, 'limits')
  if (anyPodLevel(podLevel(pod, 'requests')) || anyPodLevel(podLims)) {
    for (const [k, q] of podLims) if (isPodLevelName(k)) result.set(k, q)
  }
  for (const [k, q] of parseList(asObj(pod?.spec).overhead)) {
    const cur = result.get(k)
    if (cur && cur.nanos !== 0n) result.set(k, addQuantities(cur, q))
  }
  return toRecord(result)
}

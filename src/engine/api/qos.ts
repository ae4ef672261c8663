// Pod QoS class (pkg/apis/core/helper/qos ComputePodQOS, v1.35 with PodLevelResources on). Looks at each
// container on its own, app and init alike, ignoring init ordering. Pure.

import type { Pod } from './types'
import { addQuantities, compareQuantities, tryParseQuantity, type ParsedQuantity } from './quantity'

export type QOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort'

const asObj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const isQoSResource = (name: string): boolean => name === 'cpu' || name === 'memory'

function collect(into: Map<string, ParsedQuantity>, list: unknown, onlyPositive: boolean): Set<string> {
  const seen = new Set<string>()
  for (const [name, raw] of Object.entries(asObj(list))) {
    const q = tryParseQuantity(raw)
    if (!q || !isQoSResource(name)) continue
    if (onlyPositive && q.nanos <= 0n) continue
    seen.add(name)
    const cur = into.get(name)
    into.set(name, cur ? addQuantities(q, cur) : q)
  }
  return seen
}

/** Computes the QoS class the API server stores in status.qosClass. */
export function podQOSClass(pod: Pod): QOSClass {
  const spec = asObj(pod?.spec)
  const requests = new Map<string, ParsedQuantity>()
  const limits = new Map<string, ParsedQuantity>()
  let guaranteed = true
  const podRes = spec.resources
  if (podRes !== null && typeof podRes === 'object' && !Array.isArray(podRes)) {
    const r = asObj(podRes)
    // Pod-level resources take the place of the containers' when they are set.
    if (Object.keys(asObj(r.requests)).length > 0) collect(requests, r.requests, true)
    if (Object.keys(asObj(r.limits)).length > 0) {
      const found = collect(limits, r.limits, true)
      if (!(found.has('cpu') && found.has('memory'))) guaranteed = false
    } else guaranteed = false
  } else {
    for (const c of [...asArr(spec.containers), ...asArr(spec.initContainers)]) {
      const res = asObj(asObj(c).resources)
      collect(requests, res.requests, true)
      const found = collect(limits, res.limits, true)
      if (!(found.has('cpu') && found.has('memory'))) guaranteed = false
    }
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort'
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name)
      if (!lim || compareQuantities(lim, req) !== 0) { guaranteed = false; break }
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable'
}

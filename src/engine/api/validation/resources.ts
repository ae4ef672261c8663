// Resource requirement validation (validateResourceRequirements, resource names, pod-level resources)
// from core validation.go and core/helper. Quantities that do not parse never reach validation on a
// real server (decoding fails first), so they are skipped here; see podDecodeError in ./index.

import type { FieldError } from '../types'
import { forbidden, invalid, notFound, notSupported, required } from '../fieldErrors'
import { compareQuantities, formatQuantity, quantityMilliValue, quantityValue, tryParseQuantity, type ParsedQuantity } from '../quantity'
import { aggregateContainerLimits, aggregateContainerRequests } from '../resources'
import type { Pod } from '../types'
import { IS_NEGATIVE_MSG, isQualifiedName } from './names'
import { arr, child, index, isObj, key, obj } from './util'

const STANDARD_CONTAINER = new Set(['cpu', 'memory', 'ephemeral-storage'])
const STANDARD = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage',
  'limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'pods', 'services', 'replicationcontrollers',
  'resourcequotas', 'secrets', 'configmaps', 'persistentvolumeclaims', 'requests.storage',
  'services.nodeports', 'services.loadbalancers',
])
const INTEGER = new Set(['pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets', 'configmaps',
  'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers'])

/** IsHugePageResourceName. */
export const isHugePage = (name: string): boolean => name.startsWith('hugepages-')
/** IsNativeResource: unprefixed or under kubernetes.io/. */
export const isNativeResource = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/')
/** IsExtendedResourceName: a fully qualified, non-native name. */
export function isExtendedResource(name: string): boolean {
  if (isNativeResource(name) || name.startsWith('requests.')) return false
  return isQualifiedName('requests.' + name).length === 0
}
/** IsOvercommitAllowed: native resources except hugepages. */
export const isOvercommitAllowed = (name: string): boolean => isNativeResource(name) && !isHugePage(name)
const isIntegerResource = (name: string): boolean => INTEGER.has(name) || isExtendedResource(name)

function validateResourceName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((m) => invalid(path, name, m))
  if (errs.length) return errs
  if (!name.includes('/') && !(STANDARD.has(name) || name.startsWith('hugepages-') || name.startsWith('requests.hugepages-'))) {
    errs.push(invalid(path, name, 'must be a standard resource type or fully qualified'))
  }
  return errs
}

/** validateContainerResourceName. */
export function validateContainerResourceName(name: string, path: string): FieldError[] {
  const errs = validateResourceName(name, path)
  if (!name.includes('/')) {
    if (!(STANDARD_CONTAINER.has(name) || isHugePage(name))) errs.push(invalid(path, name, 'must be a standard resource for containers'))
  } else if (!isNativeResource(name) && !isExtendedResource(name)) {
    errs.push(invalid(path, name, "doesn't follow extended resource name standard"))
  }
  return errs
}

function validatePodResourceName(name: string, path: string): FieldError[] {
  const errs = validateResourceName(name, path)
  if (errs.length) return errs
  if (!(name === 'cpu' || name === 'memory' || isHugePage(name))) return [notSupported(path, name, ['cpu', 'hugepages-', 'memory'])]
  return []
}

function validateQuantityValue(name: string, q: ParsedQuantity, path: string): FieldError[] {
  const errs: FieldError[] = []
  if (q.nanos < 0n) errs.push(invalid(path, formatQuantity(q), IS_NEGATIVE_MSG))
  if (isIntegerResource(name) && quantityMilliValue(q) % 1000n !== 0n) errs.push(invalid(path, formatQuantity(q), 'must be an integer'))
  return errs
}

function hugePageValueError(name: string, q: ParsedQuantity, path: string): FieldError[] {
  const page = tryParseQuantity(name.slice('hugepages-'.length))
  const ok = page !== null && page.nanos > 0n && quantityMilliValue(page) % 1000n === 0n &&
    quantityValue(q) % quantityValue(page) === 0n
  return ok ? [] : [invalid(path, formatQuantity(q), `${formatQuantity(q)} is not positive integer multiple of ${name}`)]
}

type NameFn = (name: string, path: string) => FieldError[]

function parsedEntries(list: unknown): [string, ParsedQuantity][] {
  const out: [string, ParsedQuantity][] = []
  for (const [k, v] of Object.entries(obj(list))) {
    const q = tryParseQuantity(v)
    if (q) out.push([k, q])
  }
  return out
}

/** validateResourceRequirements: limits first, then requests (with request <= limit), then hugepage and claim checks. */
export function validateResourceRequirements(requirements: unknown, path: string, nameFn: NameFn = validateContainerResourceName): FieldError[] {
  const req = obj(requirements)
  const errs: FieldError[] = []
  const limPath = child(path, 'limits')
  const reqPath = child(path, 'requests')
  const limits = new Map(parsedEntries(req.limits))
  let limCpuMem = false, reqCpuMem = false, limHuge = false, reqHuge = false
  for (const [name, q] of limits) {
    const p = key(limPath, name)
    errs.push(...nameFn(name, p), ...validateQuantityValue(name, q, p))
    if (isHugePage(name)) { limHuge = true; errs.push(...hugePageValueError(name, q, p)) }
    if (name === 'cpu' || name === 'memory') limCpuMem = true
  }
  for (const [name, q] of parsedEntries(req.requests)) {
    const p = key(reqPath, name)
    errs.push(...nameFn(name, p), ...validateQuantityValue(name, q, p))
    const limit = limits.get(name)
    if (limit) {
      const cmp = compareQuantities(q, limit)
      if (cmp !== 0 && !isOvercommitAllowed(name)) {
        errs.push(invalid(reqPath, formatQuantity(q), `must be equal to ${name} limit of ${formatQuantity(limit)}`))
      } else if (cmp > 0) {
        errs.push(invalid(reqPath, formatQuantity(q), `must be less than or equal to ${name} limit of ${formatQuantity(limit)}`))
      }
    } else if (!isOvercommitAllowed(name)) {
      errs.push(required(limPath, 'Limit must be set for non overcommitable resources'))
    }
    if (isHugePage(name)) { reqHuge = true; errs.push(...hugePageValueError(name, q, p)) }
    if (name === 'cpu' || name === 'memory') reqCpuMem = true
  }
  if (!limCpuMem && !reqCpuMem && (reqHuge || limHuge)) errs.push(forbidden(path, 'HugePages require cpu or memory'))
  arr(req.claims).forEach((c, i) => {
    const name = typeof obj(c).name === 'string' ? (obj(c).name as string) : ''
    if (!name) errs.push(required(index(child(path, 'claims'), i)))
    else errs.push(notFound(index(child(path, 'claims'), i), name, 'must be one of the names in pod.spec.resourceClaims which is empty'))
  })
  return errs
}

/** validatePodResources (PodLevelResources is on in v1.35): names, request<=limit, then consistency with containers. */
export function validatePodResources(pod: Pod): FieldError[] {
  const spec = obj(pod.spec)
  if (!isObj(spec.resources)) return []
  const path = 'spec.resources'
  const res = obj(spec.resources)
  if (obj(spec.os).name === 'windows') return [forbidden(path, 'may not be set for a windows pod')]
  const errs: FieldError[] = []
  if (res.claims !== undefined && res.claims !== null) errs.push(forbidden(child(path, 'claims'), 'claims may not be set for Resources at pod-level'))
  errs.push(...validateResourceRequirements(res, path, validatePodResourceName))
  const podReqs = new Map(parsedEntries(res.requests))
  const podLims = new Map(parsedEntries(res.limits))
  for (const [name, agg] of Object.entries(aggregateContainerRequests(pod))) {
    const podReq = podReqs.get(name)
    const a = tryParseQuantity(agg)
    if (podReq && a && compareQuantities(a, podReq) > 0) {
      errs.push(invalid(key(child(path, 'requests'), name), formatQuantity(podReq), `must be greater than or equal to aggregate container requests of ${agg}`))
    }
  }
  for (const [name, agg] of Object.entries(aggregateContainerLimits(pod))) {
    const podLim = podLims.get(name)
    const a = tryParseQuantity(agg)
    if (isHugePage(name) && podLim && a && compareQuantities(a, podLim) > 0) {
      errs.push(invalid(key(child(path, 'limits'), name), formatQuantity(podLim), `must be greater than or equal to aggregate container limits of ${agg}`))
    }
  }
  arr(spec.containers).forEach((c, i) => {
    for (const [name, lim] of parsedEntries(obj(obj(c).resources).limits)) {
      const podLim = podLims.get(name)
      if (podLim && compareQuantities(lim, podLim) > 0) {
        errs.push(invalid(child(key(index(child(path, 'containers'), i), name), 'limits'), formatQuantity(lim), `must be less than or equal to pod limits of ${formatQuantity(podLim)}`))
      }
    }
  })
  return errs
}

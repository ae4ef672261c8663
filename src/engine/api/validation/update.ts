// ValidatePodUpdate: metadata update rules, full validation of the new pod, then the few spec fields a
// running pod may change (images, activeDeadlineSeconds, added tolerations, removed schedulingGates,
// terminationGracePeriodSeconds -x -> 1). Anything else gets the long Forbidden with a spec diff.

import type { FieldError, Pod } from '../types'
import { deepEqual } from '../../util/deepEqual'
import { forbidden, invalid, required } from '../fieldErrors'
import { tryParseQuantity } from '../quantity'
import { validateObjectMetaUpdate } from './meta'
import { validatePodMetadataAndSpec } from './podCreate'
import { inclusiveRangeError } from './names'
import { podSpecDiff } from './specDiff'
import { arr, child, index, isObj, obj, optNum, str } from './util'

const UPDATABLE = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
]
const MAP_KEYS = new Set(['labels', 'annotations', 'nodeSelector', 'limits', 'requests', 'overhead'])
const QUANTITY_MAPS = new Set(['limits', 'requests', 'overhead'])

// apiequality.Semantic: nil and empty slices/maps are equal, quantities compare by value.
function normalize(x: unknown, keyName = ''): unknown {
  if (Array.isArray(x)) return x.length ? x.map((e) => normalize(e)) : undefined
  if (!isObj(x)) return x === null ? undefined : x
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(x)) {
    const q = QUANTITY_MAPS.has(keyName) || k === 'sizeLimit' || k === 'divisor' ? tryParseQuantity(v) : null
    const n = q ? q.nanos.toString() : normalize(v, k)
    if (n !== undefined) out[k] = n
  }
  if (MAP_KEYS.has(keyName) && Object.keys(out).length === 0) return undefined
  return out
}

// Field order does not matter: the stored spec and an updated one may list fields in different orders.
const semanticEqual = (a: unknown, b: unknown, keyName = ''): boolean => deepEqual(normalize(a, keyName), normalize(b, keyName))

function validateContainerUpdates(newList: unknown, oldList: unknown, path: string): { errs: FieldError[]; stop: boolean } {
  const n = arr(newList)
  if (n.length !== arr(oldList).length) return { errs: [forbidden(path, 'pod updates may not add or remove containers')], stop: true }
  const errs: FieldError[] = []
  n.forEach((c, i) => {
    const image = str(obj(c).image)
    if (!image) errs.push(required(child(index(path, i), 'image')))
    if (image.trim().length !== image.length) errs.push(invalid(child(index(path, i), 'image'), image, 'must not have leading or trailing whitespace'))
  })
  return { errs, stop: false }
}

function validateOnlyAddedTolerations(newTols: unknown, oldTols: unknown): FieldError[] {
  for (const old of arr(oldTols)) {
    const found = arr(newTols).some((t) => semanticEqual({ ...obj(old), tolerationSeconds: obj(t).tolerationSeconds }, t))
    if (!found) return [forbidden('spec.tolerations', 'existing toleration can not be modified except its tolerationSeconds')]
  }
  return []
}

function validateOnlyDeletedGates(newGates: unknown, oldGates: unknown): FieldError[] {
  const old = new Set(arr(oldGates).map((g) => str(obj(g).name)))
  const added = new Map<string, number>()
  arr(newGates).forEach((g, i) => added.set(str(obj(g).name), i))
  for (const name of old) added.delete(name)
  return [...added].map(([name, i]) => forbidden(child(index('spec.schedulingGates', i), 'name'), `only deletion is allowed, but found new scheduling gate '${name}'`))
}

/** ValidatePodUpdate in Go's order; both pods are expected to be defaulted already. */
export function validatePodUpdate(newPod: Pod, oldPod: Pod): FieldError[] {
  const np = obj(newPod) as Pod
  const op = obj(oldPod) as Pod
  const ns = obj(np.spec), os = obj(op.spec)
  const errs = [...validateObjectMetaUpdate(np.metadata, op.metadata), ...validatePodMetadataAndSpec(np)]
  for (const [field, path] of [['containers', 'spec.containers'], ['initContainers', 'spec.initContainers']]) {
    const r = validateContainerUpdates(ns[field], os[field], path)
    errs.push(...r.errs)
    if (r.stop) return errs
  }
  const newADS = optNum(ns.activeDeadlineSeconds), oldADS = optNum(os.activeDeadlineSeconds)
  if (newADS !== undefined) {
    if (newADS < 0 || newADS > 2147483647) return [...errs, invalid('spec.activeDeadlineSeconds', newADS, inclusiveRangeError(0, 2147483647))]
    if (oldADS !== undefined && oldADS < newADS) return [...errs, invalid('spec.activeDeadlineSeconds', newADS, 'must be less than or equal to previous value')]
  } else if (oldADS !== undefined) {
    errs.push(invalid('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value'))
  }
  errs.push(...validateOnlyAddedTolerations(ns.tolerations, os.tolerations))
  if (arr(ns.schedulingGates).length) errs.push(...validateOnlyDeletedGates(ns.schedulingGates, os.schedulingGates))
  if (semanticEqual(ns, os)) return errs
  const munged: Record<string, unknown> = { ...ns }
  const keepImages = (list: unknown, old: unknown): unknown =>
    Array.isArray(list) ? list.map((c, i) => ({ ...obj(c), image: obj(arr(old)[i]).image })) : list
  munged.containers = keepImages(ns.containers, os.containers)
  munged.initContainers = keepImages(ns.initContainers, os.initContainers)
  munged.activeDeadlineSeconds = os.activeDeadlineSeconds
  munged.schedulingGates = os.schedulingGates
  munged.tolerations = os.tolerations
  const oldGrace = optNum(os.terminationGracePeriodSeconds)
  if (oldGrace !== undefined && oldGrace < 0 && munged.terminationGracePeriodSeconds === 1) munged.terminationGracePeriodSeconds = oldGrace
  if (!semanticEqual(munged, os)) {
    const diff = podSpecDiff(os, munged, (k, a, b) => semanticEqual(a, b, k))
    errs.push(forbidden('spec', `pod updates may not change fields other than ${UPDATABLE.join(',')}\n${diff}`))
  }
  return errs
}

// ObjectMeta validation for create and update (apimachinery api/validation/objectmeta.go plus the
// core finalizer and pod-annotation checks), in Go's order.

import type { FieldError } from '../types'
import { forbidden, goJson, invalid, required, tooLong } from '../fieldErrors'
import { FIELD_IMMUTABLE_MSG, IS_NEGATIVE_MSG, isQualifiedName, isValidLabelValue, nameIsDNSLabel, nameIsDNSSubdomain } from './names'
import { arr, child, isObj, key, obj, str, strMap } from './util'

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion'])
const ANNOTATION_LIMIT = 256 * 1024
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost'

/** ValidateLabels: each key as a qualified name, each value as a label value; errors carry the map path. */
export function validateLabels(labels: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  for (const [k, v] of strMap(labels)) {
    for (const m of isQualifiedName(k)) errs.push(invalid(path, k, m))
    for (const m of isValidLabelValue(v)) errs.push(invalid(path, v, m))
  }
  return errs
}

/** ValidateAnnotations: keys (lower-cased) as qualified names, then the total size. */
export function validateAnnotations(annotations: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  let size = 0
  for (const [k, v] of strMap(annotations)) {
    for (const m of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, m))
    size += k.length + v.length
  }
  if (size > ANNOTATION_LIMIT) errs.push(tooLong(path, ANNOTATION_LIMIT))
  return errs
}

function validateOwnerReferences(refs: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  let firstController = ''
  for (const raw of arr(refs)) {
    const ref = obj(raw)
    const apiVersion = str(ref.apiVersion)
    const version = apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion
    if (!version) errs.push(invalid(child(path, 'apiVersion'), apiVersion, 'version must not be empty'))
    if (!str(ref.kind)) errs.push(invalid(child(path, 'kind'), str(ref.kind), 'kind must not be empty'))
    if (!str(ref.name)) errs.push(invalid(child(path, 'name'), str(ref.name), 'name must not be empty'))
    if (!str(ref.uid)) errs.push(invalid(child(path, 'uid'), str(ref.uid), 'uid must not be empty'))
    if (ref.controller === true) {
      const name = `${str(ref.kind)}/${str(ref.name)}`
      if (firstController) {
        errs.push(invalid(path, refs, `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${name}`))
      } else firstController = name
    }
  }
  return errs
}

function validateFinalizers(finalizers: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  const list = arr(finalizers).map(str)
  for (const f of list) for (const m of isQualifiedName(f)) errs.push(invalid(path, f, m))
  if (list.includes('orphan') && list.includes('foregroundDeletion')) {
    errs.push(invalid(path, list, 'finalizer orphan and foregroundDeletion cannot be both set'))
  }
  list.forEach((f, i) => {
    if (!f.includes('/') && !STANDARD_FINALIZERS.has(f)) {
      errs.push(invalid(`${path}[${i}]`, f, 'name is neither a standard finalizer name nor is it fully qualified'))
    }
  })
  return errs
}

/** ValidateObjectMeta for a namespaced object named like a Pod (DNS subdomain). */
export function validateObjectMeta(metadata: unknown, path = 'metadata'): FieldError[] {
  const meta = obj(metadata)
  const errs: FieldError[] = []
  const generateName = str(meta.generateName)
  if (generateName) for (const m of nameIsDNSSubdomain(generateName, true)) errs.push(invalid(child(path, 'generateName'), generateName, m))
  const name = str(meta.name)
  if (!name) errs.push(required(child(path, 'name'), 'name or generateName is required'))
  else for (const m of nameIsDNSSubdomain(name, false)) errs.push(invalid(child(path, 'name'), name, m))
  const namespace = str(meta.namespace)
  if (!namespace) errs.push(required(child(path, 'namespace')))
  else for (const m of nameIsDNSLabel(namespace, false)) errs.push(invalid(child(path, 'namespace'), namespace, m))
  const generation = typeof meta.generation === 'number' ? meta.generation : 0
  if (generation < 0) errs.push(invalid(child(path, 'generation'), generation, IS_NEGATIVE_MSG))
  errs.push(...validateLabels(meta.labels, child(path, 'labels')))
  errs.push(...validateAnnotations(meta.annotations, child(path, 'annotations')))
  errs.push(...validateOwnerReferences(meta.ownerReferences, child(path, 'ownerReferences')))
  errs.push(...validateFinalizers(meta.finalizers, child(path, 'finalizers')))
  return errs
}

/** ValidatePodSpecificAnnotations, reduced to the checks a sandbox pod can hit (deletion cost). */
export function validatePodAnnotations(metadata: unknown, path = 'metadata.annotations'): FieldError[] {
  const annotations = obj(obj(metadata).annotations)
  if (!(DELETION_COST in annotations)) return []
  const value = str(annotations[DELETION_COST])
  const n = /^-?\d+$/.test(value) ? Number(value) : NaN
  if (Number.isInteger(n) && n >= -2147483648 && n <= 2147483647) return []
  return [invalid(key(path, DELETION_COST), value, 'must be a 32bit integer')]
}

function immutable(newVal: unknown, oldVal: unknown, path: string): FieldError[] {
  return goJson(newVal ?? null) === goJson(oldVal ?? null) ? [] : [invalid(path, newVal ?? null, FIELD_IMMUTABLE_MSG)]
}

/** ValidateObjectMetaUpdate: name, namespace, uid and timestamps are immutable, then labels and friends. */
export function validateObjectMetaUpdate(newMetadata: unknown, oldMetadata: unknown, path = 'metadata'): FieldError[] {
  const n = obj(newMetadata)
  const o = obj(oldMetadata)
  const errs: FieldError[] = []
  if (isObj(o) && o.deletionTimestamp) {
    const old = new Set(arr(o.finalizers).map(str))
    const extra = [...new Set(arr(n.finalizers).map(str))].filter((f) => !old.has(f)).sort()
    if (extra.length) errs.push(forbidden(child(path, 'finalizers'), `no new finalizers can be added if the object is being deleted, found new finalizers []string{${extra.map((f) => JSON.stringify(f)).join(', ')}}`))
  }
  if (!str(n.resourceVersion)) errs.push(invalid(child(path, 'resourceVersion'), str(n.resourceVersion), 'must be specified for an update'))
  const gen = (m: Record<string, unknown>): number => (typeof m.generation === 'number' ? m.generation : 0)
  if (gen(n) < gen(o)) errs.push(invalid(child(path, 'generation'), gen(n), 'must not be decremented'))
  errs.push(...immutable(str(n.name), str(o.name), child(path, 'name')))
  errs.push(...immutable(str(n.namespace), str(o.namespace), child(path, 'namespace')))
  errs.push(...immutable(str(n.uid), str(o.uid), child(path, 'uid')))
  errs.push(...immutable(n.creationTimestamp ?? null, o.creationTimestamp ?? null, child(path, 'creationTimestamp')))
  errs.push(...immutable(n.deletionTimestamp ?? null, o.deletionTimestamp ?? null, child(path, 'deletionTimestamp')))
  errs.push(...immutable(n.deletionGracePeriodSeconds ?? null, o.deletionGracePeriodSeconds ?? null, child(path, 'deletionGracePeriodSeconds')))
  errs.push(...validateLabels(n.labels, child(path, 'labels')))
  errs.push(...validateAnnotations(n.annotations, child(path, 'annotations')))
  errs.push(...validateOwnerReferences(n.ownerReferences, child(path, 'ownerReferences')))
  arr(n.finalizers).map(str).forEach((f, i) => {
    if (!f.includes('/') && !STANDARD_FINALIZERS.has(f)) {
      errs.push(invalid(`${child(path, 'finalizers')}[${i}]`, f, 'name is neither a standard finalizer name nor is it fully qualified'))
    }
  })
  return errs
}

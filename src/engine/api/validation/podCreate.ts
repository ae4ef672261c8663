// ValidatePodCreate and validatePodMetadataAndSpec: metadata, pod annotations, the spec, then the
// checks that only apply to real Pods (not templates), in the API server's order.

import type { FieldError, Pod } from '../types'
import { forbidden, invalid } from '../fieldErrors'
import { validateObjectMeta, validatePodAnnotations } from './meta'
import { validatePodSpec } from './podSpec'
import { arr, child, index, isObj, obj, str } from './util'

function imageWhitespace(list: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  arr(list).forEach((c, i) => {
    const image = str(obj(c).image)
    if (image.trim().length !== image.length) errs.push(invalid(child(index(path, i), 'image'), image, 'must not have leading or trailing whitespace'))
  })
  return errs
}

/** validatePodMetadataAndSpec: shared by create and update. */
export function validatePodMetadataAndSpec(pod: Pod): FieldError[] {
  const p = obj(pod) as Pod
  const spec = obj(p.spec)
  const errs = [...validateObjectMeta(p.metadata), ...validatePodAnnotations(p.metadata), ...validatePodSpec(p)]
  if (!str(spec.serviceAccountName)) {
    arr(spec.volumes).forEach((v, vi) => {
      const projected = obj(v).projected
      if (!isObj(projected)) return
      arr(projected.sources).forEach((src, si) => {
        if (isObj(obj(src).serviceAccountToken)) {
          errs.push(forbidden(`spec.volumes[${vi}].projected.sources[${si}].serviceAccountToken`, 'must not be specified when serviceAccountName is not set'))
        }
      })
    })
  }
  errs.push(...imageWhitespace(spec.containers, 'spec.containers'), ...imageWhitespace(spec.initContainers, 'spec.initContainers'))
  return errs
}

/** ValidatePodCreate on a defaulted, admitted pod: every error, in the API server's order. */
export function validatePodCreate(pod: Pod): FieldError[] {
  const p = obj(pod) as Pod
  const spec = obj(p.spec)
  const errs = validatePodMetadataAndSpec(p)
  if (arr(spec.ephemeralContainers).length > 0) errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'))
  if (str(spec.nodeName) && arr(spec.schedulingGates).length > 0) {
    errs.push(forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'))
  }
  return errs
}

// Public surface of Pod API validation: create, update, and the decode check that runs before both
// (a malformed quantity is a 400 BadRequest from the decoder, not a 422 field error).

import type { Pod } from '../types'
import { quantityDecodeError } from '../quantity'
import { arr, isObj, obj } from './util'

export { validatePodCreate, validatePodMetadataAndSpec } from './podCreate'
export { validatePodUpdate } from './update'

function quantityValues(pod: Pod): unknown[] {
  const spec = obj(obj(pod).spec)
  const out: unknown[] = []
  const lists = (res: unknown): void => {
    for (const f of ['limits', 'requests']) if (isObj(obj(res)[f])) out.push(...Object.values(obj(obj(res)[f])))
  }
  for (const c of [...arr(spec.initContainers), ...arr(spec.containers)]) {
    lists(obj(c).resources)
    for (const e of arr(obj(c).env)) {
      const ref = obj(obj(obj(e).valueFrom).resourceFieldRef)
      if (ref.divisor !== undefined) out.push(ref.divisor)
    }
  }
  lists(spec.resources)
  if (isObj(spec.overhead)) out.push(...Object.values(spec.overhead))
  for (const v of arr(spec.volumes)) {
    const ed = obj(obj(v).emptyDir)
    if (ed.sizeLimit !== undefined && ed.sizeLimit !== null) out.push(ed.sizeLimit)
  }
  return out
}

/**
 * The decoder error for a Pod whose quantities do not parse, as the Status message reads
 * (`Pod in version "v1" cannot be handled as a Pod: quantities must match ...`), or null.
 */
export function podDecodeError(pod: Pod): string | null {
  for (const v of quantityValues(pod)) {
    const err = quantityDecodeError(v)
    if (err) return `Pod in version "v1" cannot be handled as a Pod: ${err}`
  }
  return null
}

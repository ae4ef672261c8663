// Reading `-f FILE|-` the way kubectl's resource builder does for apply, create, replace and delete:
// each file (or standard input) is parsed, and each document goes through kubectl's client-side
// checks. A validation failure ends the whole input; other failures skip one document.

import { clientCheck } from '../engine/api/decode'
import type { KindInfo } from '../engine/api/kinds'
import { parseManifests } from '../engine/api/manifest'
import type { KubeObject } from '../engine/api/types'
import type { KubectlEnv } from './kubectl'

/** One document that passed kubectl's client checks. */
export interface ManifestObject {
  object: KubeObject
  kind: KindInfo
  /** `STDIN` or the file name, as kubectl names it in errors. */
  source: string
}

/** The objects of `files`, and the error lines kubectl prints for what it could not read, in order. */
export function readManifests(files: readonly string[], env: KubectlEnv): { objects: ManifestObject[]; errors: string[] } {
  const objects: ManifestObject[] = []
  const errors: string[] = []
  for (const file of files) {
    const source = file === '-' ? 'STDIN' : file
    const text = file === '-' ? env.stdin ?? '' : env.files?.(file)
    if (text === undefined) {
      errors.push(`error: the path "${file}" does not exist`)
      continue
    }
    const parsed = parseManifests(text, source)
    let stopped = false
    for (const doc of parsed.documents) {
      const checked = clientCheck(doc.object, source)
      if (!checked.ok) {
        errors.push(checked.message)
        if (checked.stop) {
          stopped = true
          break
        }
        continue
      }
      objects.push({ object: doc.object as unknown as KubeObject, kind: checked.kind, source })
    }
    if (parsed.error && !stopped) errors.push(parsed.error)
  }
  return { objects, errors }
}

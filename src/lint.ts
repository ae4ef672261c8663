// What the API server would say about the manifests in the editor, as markers at the offending
// line and column: YAML syntax, kubectl's client checks, strict decoding, and validation. Pure and
// headless, so the page can run it as the learner types and the tests can check it.

import { admitPod } from './engine/api/admission'
import { clientCheck, decodeObject } from './engine/api/decode'
import { defaultPod } from './engine/api/defaults'
import { defaultJob, validateJob } from './engine/api/jobDefaults'
import { parseManifests, type SourceRange } from './engine/api/manifest'
import type { FieldError, KubeObject, Pod } from './engine/api/types'
import { validatePodCreate } from './engine/api/validation'
import { defaultWorkload, validateWorkload } from './engine/api/workloadDefaults'

/** One problem at a place in the text (1-based lines and columns, end exclusive). */
export interface Lint extends SourceRange {
  message: string
  severity: 'error' | 'warning'
}

const WHOLE: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/** The errors the API server (and kubectl before it) would report for `text`, in document order. Pure. */
export function lintManifests(text: string): Lint[] {
  const parsed = parseManifests(text, 'STDIN')
  const out: Lint[] = []
  for (const doc of parsed.documents) {
    const at = (field: string | undefined) => (field && doc.locate(field)) || doc.locate('') || WHOLE
    const checked = clientCheck(doc.object, 'STDIN')
    if (!checked.ok) {
      out.push({ ...at(checked.field), message: checked.message.replace(/^error: /, ''), severity: 'error' })
      continue
    }
    const decoded = decodeObject(doc.object, checked.kind, { source: 'STDIN' })
    if (!decoded.ok) {
      const fields = decoded.fields ?? [decoded.field]
      for (const field of fields) out.push({ ...at(field), message: decoded.cause, severity: 'error' })
      continue
    }
    for (const e of validate(doc.object as unknown as KubeObject)) out.push({ ...at(e.field), message: e.message, severity: 'error' })
  }
  if (parsed.error) out.push({ ...(parsed.errorRange ?? WHOLE), message: parsed.error.replace(/^error: /, ''), severity: 'error' })
  return out
}

function validate(object: KubeObject): FieldError[] {
  const namespace = object.metadata?.namespace ?? 'default'
  switch (object.kind) {
    case 'Pod': {
      const pod = object as Pod
      return validatePodCreate(admitPod(defaultPod({ ...pod, metadata: { ...pod.metadata, namespace } }), { namespace, randomSuffix: () => 'xxxxx' }))
    }
    case 'Deployment':
    case 'ReplicaSet':
      return validateWorkload(defaultWorkload(object))
    case 'Job':
      return validateJob(defaultJob(object, 'lint'))
    default:
      return []
  }
}

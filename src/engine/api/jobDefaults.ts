// API-server defaulting and the few validation rules initlab checks for batch/v1 Jobs: the
// generated selector and labels (controller-uid, job-name), counts, and the pod template's
// restart policy (OnFailure or Never only).

import { defaultPod } from './defaults'
import { notSupported, required } from './fieldErrors'
import type { FieldError, KubeObject, Pod } from './types'

type Obj = Record<string, unknown>

/** The Job as the API server stores it on create, given its new uid. Pure. */
export function defaultJob(job: KubeObject, uid: string): KubeObject {
  const spec = { ...(job.spec as Obj) }
  const name = job.metadata.name ?? ''
  const template = { ...((spec.template as Obj) ?? {}) }
  const templateMeta = { ...((template.metadata as Obj) ?? {}) }
  const generated = {
    'batch.kubernetes.io/controller-uid': uid,
    'batch.kubernetes.io/job-name': name,
    'controller-uid': uid,
    'job-name': name,
  }
  templateMeta.labels = { ...((templateMeta.labels as Obj) ?? {}), ...generated }
  // The pod template is defaulted as a Pod would be.
  const pod = defaultPod({ metadata: {}, spec: (template.spec ?? { containers: [] }) as Pod['spec'] })
  template.metadata = templateMeta
  template.spec = pod.spec
  if (spec.parallelism === undefined) spec.parallelism = 1
  if (spec.completions === undefined && spec.parallelism === 1) spec.completions = 1
  if (spec.backoffLimit === undefined) spec.backoffLimit = 6
  if (spec.completionMode === undefined) spec.completionMode = 'NonIndexed'
  if (spec.suspend === undefined) spec.suspend = false
  if (spec.manualSelector !== true) spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } }
  if (spec.podReplacementPolicy === undefined) spec.podReplacementPolicy = 'TerminatingOrFailed'
  spec.template = template
  return { ...job, metadata: { ...job.metadata, labels: { ...generated, ...(job.metadata.labels ?? {}) } }, spec }
}

/** The validation errors of a Job the API server would reject (template restart policy). Pure. */
export function validateJob(job: KubeObject): FieldError[] {
  const template = ((job.spec as Obj | undefined)?.template as Obj | undefined) ?? {}
  const policy = ((template.spec as Obj | undefined)?.restartPolicy as string | undefined) ?? undefined
  if (policy === undefined || policy === 'Always') {
    if (policy === undefined) return [required('spec.template.spec.restartPolicy', 'valid values: "OnFailure", "Never"')]
    return [notSupported('spec.template.spec.restartPolicy', policy, ['OnFailure', 'Never'])]
  }
  return []
}

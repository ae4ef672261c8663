// API-server defaulting and the main validation rules for apps/v1 Deployments and ReplicaSets:
// replicas, the rolling-update strategy, history and progress defaults, the pod template defaulted
// like a Pod, a required selector that must match the template's labels, restartPolicy Always.

import { defaultPod } from './defaults'
import { forbidden, invalid, notSupported, required } from './fieldErrors'
import type { FieldError, KubeObject, Pod } from './types'

type Obj = Record<string, unknown>

/** The Deployment or ReplicaSet as the API server stores it on create or update. Pure. */
export function defaultWorkload(object: KubeObject): KubeObject {
  const spec = { ...((object.spec as Obj) ?? {}) }
  const template = { ...((spec.template as Obj) ?? {}) }
  template.spec = defaultPod({ metadata: {}, spec: (template.spec ?? { containers: [] }) as Pod['spec'] }).spec
  spec.template = template
  if (spec.replicas === undefined) spec.replicas = 1
  if (object.kind === 'Deployment') {
    const strategy = { ...((spec.strategy as Obj) ?? {}) }
    if (strategy.type === undefined) strategy.type = 'RollingUpdate'
    if (strategy.type === 'RollingUpdate') strategy.rollingUpdate = { maxSurge: '25%', maxUnavailable: '25%', ...((strategy.rollingUpdate as Obj) ?? {}) }
    spec.strategy = strategy
    if (spec.revisionHistoryLimit === undefined) spec.revisionHistoryLimit = 10
    if (spec.progressDeadlineSeconds === undefined) spec.progressDeadlineSeconds = 600
  }
  return { ...object, spec }
}

/** What the API server rejects in a (defaulted) Deployment or ReplicaSet, in its order. Pure. */
export function validateWorkload(object: KubeObject): FieldError[] {
  const errors: FieldError[] = []
  const spec = (object.spec as Obj) ?? {}
  const selector = spec.selector as { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined
  const template = (spec.template as Obj) ?? {}
  const labels = (((template.metadata as Obj) ?? {}).labels as Record<string, string> | undefined) ?? {}
  if (!selector) errors.push(required('spec.selector'))
  else if (Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions?.length ?? 0) === 0) {
    errors.push(invalid('spec.selector', selector, `empty selector is invalid for ${object.kind === 'Deployment' ? 'deployment' : 'replicaset'}`))
  }
  const matches = selector && Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v)
  if (!matches) errors.push(invalid('spec.template.metadata.labels', labels, '`selector` does not match template `labels`'))
  const policy = ((template.spec as Obj) ?? {}).restartPolicy
  if (policy !== 'Always') errors.push(notSupported('spec.template.spec.restartPolicy', policy, ['Always']))
  if (((template.spec as Obj) ?? {}).activeDeadlineSeconds !== undefined) {
    errors.push(forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in ReplicaSet is not Supported'))
  }
  return errors
}

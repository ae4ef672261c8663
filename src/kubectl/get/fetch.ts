// The requests `kubectl get` makes for a plan and what the API server answers: one list per type
// (filtered by the label and field selectors, which the server parses and may reject) or one GET per
// name, with the server's errors in the words kubectl prints them.

import type { KindInfo } from '../../engine/api/kinds'
import { goQuote } from '../../engine/api/fieldErrors'
import type { KubeObject } from '../../engine/api/types'
import type { Cluster } from '../../engine/cluster'
import { matchesFields, parseFieldSelector } from './fieldSelector'
import { matchesLabels, parseLabelSelector } from './labelSelector'
import type { GetPlan } from './resources'
import { getObject, listObjects, namespaceExists } from './source'

/** One answer: a list (possibly empty) or a single named object. */
export interface Info {
  kind: KindInfo
  objects: KubeObject[]
  isList: boolean
}

/** What the requests returned: answers in request order and error lines (without newlines). */
export interface FetchResult {
  infos: Info[]
  errors: string[]
}

/** Where and how to fetch. */
export interface FetchOptions {
  namespace: string
  allNamespaces: boolean
  labelSelector: string
  fieldSelector: string
  ignoreNotFound: boolean
}

/** The resource as errors name it: `pods`, `deployments.apps`. */
export function qualifiedResource(kind: KindInfo): string {
  return kind.group ? `${kind.resource}.${kind.group}` : kind.resource
}

/** The server's side of a list's selectors: a matcher, or its BadRequest message for a bad selector. */
export function parseSelectors(kind: KindInfo, labelSelector: string, fieldSelector: string): { ok: true; matches: (o: KubeObject) => boolean } | { ok: false; problem: string } {
  const labels = parseLabelSelector(labelSelector)
  if (!labels.ok) return { ok: false, problem: labels.error }
  const fields = parseFieldSelector(fieldSelector, kind.kind)
  if (!fields.ok) return { ok: false, problem: fields.error }
  return { ok: true, matches: (o) => matchesLabels(labels.requirements, o.metadata.labels) && matchesFields(fields.terms, o, kind.kind) }
}

/** A matcher for one kind's list, or the BadRequest line kubectl prints for a selector the server rejects. */
export function selectorFor(kind: KindInfo, labelSelector: string, fieldSelector: string): { ok: true; matches: (o: KubeObject) => boolean } | { ok: false; error: string } {
  const parsed = parseSelectors(kind, labelSelector, fieldSelector)
  if (parsed.ok) return parsed
  const gvr = `${kind.group}/${kind.version}, Resource=${kind.resource}`
  return {
    ok: false,
    error: `Error from server (BadRequest): Unable to find ${goQuote(gvr)} that match label selector ${goQuote(labelSelector)}, field selector ${goQuote(fieldSelector)}: ${parsed.problem}`,
  }
}

/** The NotFound line for a named object; outside `default` kubectl first checks the namespace exists. */
export function notFoundError(cluster: Cluster, kind: KindInfo, namespace: string, name: string): string {
  if (kind.namespaced && namespace !== 'default' && !namespaceExists(cluster, namespace)) {
    return `Error from server (NotFound): namespaces ${goQuote(namespace)} not found`
  }
  return `Error from server (NotFound): ${qualifiedResource(kind)} ${goQuote(name)} not found`
}

/** Runs the plan's requests against the cluster at its current state. Pure apart from reading. */
export function fetchPlan(cluster: Cluster, plan: GetPlan, opts: FetchOptions): FetchResult {
  const infos: Info[] = []
  const errors: string[] = []
  const namespace = opts.allNamespaces ? undefined : opts.namespace
  if (plan.mode === 'list') {
    for (const kind of plan.kinds) {
      const selector = selectorFor(kind, opts.labelSelector, opts.fieldSelector)
      if (!selector.ok) {
        errors.push(selector.error)
        continue
      }
      infos.push({ kind, objects: listObjects(cluster, kind, namespace).filter(selector.matches), isList: true })
    }
    return { infos, errors }
  }
  for (const { kind, name } of plan.items) {
    const obj = getObject(cluster, kind, opts.namespace, name)
    if (obj) infos.push({ kind, objects: [obj], isList: false })
    else if (!opts.ignoreNotFound) errors.push(notFoundError(cluster, kind, opts.namespace, name))
  }
  return { infos, errors }
}

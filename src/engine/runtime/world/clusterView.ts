// What the world runtime reads of the cluster: a read-only view over the API store, plus the
// queries that several parts share (is a pod a ready endpoint, which pods back a Service).

import type { KubeObject, Pod, Service } from '../../api/types'

/** A read-only view of the API store and the virtual clock. */
export interface ClusterView {
  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined
  list(kind: string, namespace?: string): KubeObject[]
  /** Virtual epoch ms. */
  now(): number
}

/** Whether a pod counts as a ready endpoint: running, Ready=True and not being deleted. Pure. */
export function isReadyEndpoint(pod: Pod): boolean {
  if (pod.metadata.deletionTimestamp || pod.status?.phase !== 'Running' || !pod.status.podIP) return false
  return pod.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false
}

/** Whether every key of `selector` matches the labels. Pure. */
export function selectorMatches(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v)
}

/** The pods a Service's selector picks in its namespace that are ready endpoints. */
export function readyEndpoints(view: ClusterView, svc: Service): Pod[] {
  const pods = view.list('Pod', svc.metadata.namespace) as Pod[]
  return pods.filter((p) => selectorMatches(svc.spec.selector, p.metadata.labels) && (isReadyEndpoint(p) || (svc.spec.publishNotReadyAddresses === true && !!p.status?.podIP)))
}

/** Whether a Service is headless (clusterIP None). Pure. */
export function isHeadless(svc: Service): boolean {
  return svc.spec.clusterIP === 'None'
}

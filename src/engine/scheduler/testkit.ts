// Tiny builders for the scheduler tests: pods with init, sidecar and app requests, bound pods, nodes.

import type { Container, KubeObject, Pod, PodSpec } from '../api/types'
import { defaultNodes } from './nodes'

/** A container asking for `cpu` (and optionally `memory`); `sidecar` makes it a restartable init container. */
export function ctr(name: string, cpu?: string, opts: { memory?: string; sidecar?: boolean; limits?: Record<string, string> } = {}): Container {
  const requests: Record<string, string> = {}
  if (cpu) requests.cpu = cpu
  if (opts.memory) requests.memory = opts.memory
  const c: Container = { name, image: 'busybox:1.36' } as Container
  if (Object.keys(requests).length > 0 || opts.limits) c.resources = { ...(Object.keys(requests).length > 0 ? { requests } : {}), ...(opts.limits ? { limits: opts.limits } : {}) }
  if (opts.sidecar) c.restartPolicy = 'Always'
  return c
}

/** A pending pod in `default`; `spec` overrides the default one-container spec. */
export function pod(name: string, spec: Partial<PodSpec> = {}, extra: { phase?: string; nodeName?: string; priority?: number } = {}): Pod {
  const p: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: '2026-01-01T09:00:00Z' },
    spec: { containers: [ctr('app')], priority: extra.priority ?? 0, ...spec },
    status: { phase: extra.phase ?? 'Pending' },
  }
  if (extra.nodeName) p.spec.nodeName = extra.nodeName
  return p
}

/** A Running pod bound to `node`, its one container asking for `cpu`. */
export function bound(name: string, node: string, cpu: string, priority = 0): Pod {
  return pod(name, { containers: [ctr('app', cpu)] }, { phase: 'Running', nodeName: node, priority })
}

/** The default cluster's nodes, created at a fixed instant. */
export function nodes(): KubeObject[] {
  return defaultNodes(Date.UTC(2026, 0, 1), (name) => `uid-${name}`)
}

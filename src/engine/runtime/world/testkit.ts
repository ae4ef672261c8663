// Test helpers for the world runtime: an in-memory ClusterView with a manual clock, tiny object
// builders, and a loop that runs a container's process until it exits or serves.

import type { Container, KubeObject, Pod, Service } from '../../api/types'
import { findImage, imageDigest } from '../images'
import type { ProcessStep } from '../process'
import type { ResolvedImage, StartResult } from '../runtime'
import type { ClusterView } from './clusterView'
import type { WorldRuntime } from './worldRuntime'

/** 2026-01-01T09:00:00Z. */
export const T0 = 1767258000000

/** A mutable fake API store with a clock the test moves. */
export class FakeCluster implements ClusterView {
  readonly objects = new Map<string, KubeObject>()
  time = T0
  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.objects.get(`${kind}/${namespace ?? ''}/${name}`)
  }
  list(kind: string, namespace?: string): KubeObject[] {
    return [...this.objects.values()].filter((o) => o.kind === kind && (namespace === undefined || o.metadata.namespace === namespace))
  }
  now(): number {
    return this.time
  }
  put<T extends KubeObject>(o: T): T {
    this.objects.set(`${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`, o)
    return o
  }
  remove(kind: string, namespace: string, name: string): void {
    this.objects.delete(`${kind}/${namespace}/${name}`)
  }
}

let uids = 0

/** A running, ready pod (status as the kubelet would have written it). */
export function pod(name: string, spec: Partial<Pod['spec']> & { containers: Container[] }, opts: { ip?: string; labels?: Record<string, string>; ready?: boolean } = {}): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}-${++uids}`, labels: opts.labels },
    spec: { enableServiceLinks: true, serviceAccountName: 'default', nodeName: 'initlab-worker', ...spec },
    status: {
      phase: 'Running', hostIP: '172.18.0.2', podIP: opts.ip ?? '10.244.1.5', podIPs: [{ ip: opts.ip ?? '10.244.1.5' }],
      conditions: [{ type: 'Ready', status: opts.ready === false ? 'False' : 'True' }],
    },
  }
}

/** A ClusterIP Service. */
export function service(name: string, ip: string, port: number, selector: Record<string, string>, extra: Partial<Service['spec']> = {}): Service {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec: { type: 'ClusterIP', clusterIP: ip, clusterIPs: [ip], selector, ports: [{ protocol: 'TCP', port, targetPort: port }], ...extra } }
}

/** The catalog entry of `ref` as the kubelet hands it to the runtime. */
export function image(ref: string): ResolvedImage {
  const info = findImage(ref)
  if (!info) throw new Error(`no image ${ref}`)
  return { info, imageRef: `${info.repository}:${info.tag}`, imageID: `${info.repository}@${imageDigest(info.repository, info.tag)}` }
}

/** What a container run produced. */
export interface Run {
  start: StartResult
  log: string
  exit?: Extract<ProcessStep, { type: 'exit' }>
  /** 'serve' when the process serves, 'running' when the time ran out. */
  state: 'exited' | 'serve' | 'running' | 'failed'
  /** Continues the same process for up to `ms` more virtual time. */
  more(ms: number): Run
}

/** Starts `container` of `p` and runs it on the fake clock for up to `ms` (default 60 s). */
export function run(rt: WorldRuntime, cluster: FakeCluster, p: Pod, container: Container, ms = 60_000, onTick?: (elapsed: number) => void): Run {
  let log = ''
  const start = rt.startContainer({
    pod: p, container, kind: 'app', image: image(container.image ?? ''), containerID: 'containerd://test',
    out: { write: (_s, text) => { log += text } },
  })
  const result: Run = { start, log: '', state: start.ok ? 'running' : 'failed', more: () => result }
  if (!start.ok) return result
  const begin = cluster.time
  const go = (limit: number) => {
    const end = cluster.time + limit
    for (;;) {
      const step = start.process.resume(cluster.time)
      if (step.type === 'exit') {
        result.exit = step
        result.state = 'exited'
        break
      }
      if (step.type === 'serve') {
        result.state = 'serve'
        break
      }
      if (cluster.time + step.ms > end) {
        cluster.time = end
        break
      }
      cluster.time += step.ms
      onTick?.(cluster.time - begin)
    }
    result.log = log
    return result
  }
  result.more = go
  return go(ms)
}

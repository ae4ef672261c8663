// Test helpers shared by scenario tests: Pod manifests from a few words, and the rows a
// `kubectl get pods -w` would print as the sandbox changes.

import type { Pod } from '../engine/api/types'
import { printPodRow } from '../kubectl/printers/podRow'
import type { Sandbox } from '../sandbox'

export interface WatchedRow {
  at: number
  type: 'ADDED' | 'MODIFIED' | 'DELETED'
  ready: string
  status: string
  restarts: string
  phase: string
  pod: Pod
}

/** Records a row for every change to the named Pod, as `kubectl get pods -w` prints one per event. */
export function watchPod(sandbox: Sandbox, name: string): { rows: WatchedRow[]; statuses(): string[]; stop(): void } {
  const rows: WatchedRow[] = []
  const stop = sandbox.subscribe((ev) => {
    if (ev.kind !== 'Pod' || ev.object.metadata.name !== name) return
    const pod = ev.object as Pod
    const row = printPodRow(pod, ev.at)
    rows.push({ at: ev.at, type: ev.type, ready: row.ready, status: row.status, restarts: row.restarts, phase: pod.status?.phase ?? '', pod })
  })
  return {
    rows,
    /** The STATUS column with consecutive repeats folded, as a reader of the watch sees it change. */
    statuses: () => rows.map((r) => r.status).filter((s, i, all) => i === 0 || s !== all[i - 1]),
    stop,
  }
}

export interface ContainerSketch {
  name: string
  image?: string
  /** A `sh -c` script, or an argv. */
  run?: string | string[]
  restartPolicy?: string
}

/** A Pod manifest (YAML) from a sketch. */
export function podYaml(p: { name: string; init?: ContainerSketch[]; apps: ContainerSketch[]; restartPolicy?: string; grace?: number }): string {
  const container = (c: ContainerSketch) => {
    const lines = [`  - name: ${c.name}`, `    image: ${c.image ?? 'busybox:1.36'}`]
    if (typeof c.run === 'string') lines.push(`    command: ['sh', '-c', ${JSON.stringify(c.run)}]`)
    else if (c.run) lines.push(`    command: ${JSON.stringify(c.run)}`)
    if (c.restartPolicy) lines.push(`    restartPolicy: ${c.restartPolicy}`)
    return lines.join('\n')
  }
  const out = ['apiVersion: v1', 'kind: Pod', 'metadata:', `  name: ${p.name}`, 'spec:']
  if (p.restartPolicy) out.push(`  restartPolicy: ${p.restartPolicy}`)
  if (p.grace !== undefined) out.push(`  terminationGracePeriodSeconds: ${p.grace}`)
  if (p.init?.length) out.push('  initContainers:', ...p.init.map(container))
  out.push('  containers:', ...p.apps.map(container))
  return out.join('\n') + '\n'
}

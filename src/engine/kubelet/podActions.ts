// What a sync of the pod worker decides (computePodActions, minus the restarts each container
// handles itself): which containers to start next, whether initialization is over, and whether
// the pod is finished. Init containers go strictly one at a time, in spec order. Pure.

import type { ContainerFacts } from './containerFacts'
import { isSidecar, lastExit } from './containerFacts'

export interface PodSyncResult {
  /** Names of containers to start now. */
  start: string[]
  /** Every init container has completed (sidecars: started). */
  initialized: boolean
  /** The pod is finished: a failed init container that may not restart, or every app container done. */
  terminal: boolean
}

/** One sync pass over the pod's containers (init containers first, in spec order). Pure. */
export function computePodSync(containers: readonly ContainerFacts[]): PodSyncResult {
  const start: string[] = []
  const inits = containers.filter((c) => c.kind === 'init')
  const apps = containers.filter((c) => c.kind === 'app')
  for (const c of inits) {
    if (isSidecar(c)) {
      // A sidecar only has to be started (running; a startup probe comes later) for the next one to go.
      if (c.phase === 'idle') return { start: [c.name], initialized: false, terminal: false }
      const started = c.phase === 'running' ? (c.probes?.started ?? true) : c.instances.length > 0 && c.phase !== 'starting'
      if (started) continue
      return { start, initialized: false, terminal: false }
    }
    const exit = lastExit(c)
    if (c.phase === 'done' && exit?.code === 0) continue
    if (c.phase === 'done') return { start, initialized: false, terminal: true }
    if (c.phase === 'idle') return { start: [c.name], initialized: false, terminal: false }
    return { start, initialized: false, terminal: false }
  }
  for (const c of apps) if (c.phase === 'idle') start.push(c.name)
  const terminal = apps.length > 0 && apps.every((c) => c.phase === 'done')
  return { start, initialized: true, terminal }
}

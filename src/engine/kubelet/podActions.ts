// What one sync of the pod worker does (computePodActions + the back-off checks of SyncPod),
// as a pure function of the pod's facts: which containers to start, which to hold in back-off,
// and whether the pod is finished. Init containers go strictly one at a time, in order.

import type { PodSpec } from '../api/types'
import { CRASH_BACKOFF, IMAGE_BACKOFF, inBackoff, nextBackoff, type BackoffTable } from './backoff'
import type { ContainerFacts } from './containerFacts'
import { isSidecar } from './containerFacts'

export type SyncAction =
  | { type: 'start'; name: string }
  /** Hold a crashed container in CrashLoopBackOff until `until`. */
  | { type: 'crashBackoff'; name: string; delayMs: number; until: number }
  /** Hold a container whose image pull failed in ImagePullBackOff until `until`. */
  | { type: 'pullBackoff'; name: string; until: number }

export interface SyncResult {
  actions: SyncAction[]
  backoff: BackoffTable
  /** The pod is finished: the kubelet stops it and never starts anything again. */
  terminal: boolean
  /** Every init container has completed (the kubelet's "initialized"). */
  initialized: boolean
}

/** May a container that exited with `exitCode` be started again? Container policy first (ContainerRestartRules), then the pod's. */
export function mayRestart(spec: PodSpec, c: ContainerFacts, exitCode: number): boolean {
  if (isSidecar(c)) return true
  const policy = c.spec.restartPolicy ?? spec.restartPolicy ?? 'Always'
  if (c.kind === 'init') return policy !== 'Never' && exitCode !== 0
  if (policy === 'Always') return true
  if (policy === 'OnFailure') return exitCode !== 0
  return false
}

/** The back-off key: per pod, container and container definition (a new image starts afresh). */
export function backoffKey(c: ContainerFacts): string {
  return `${c.name}/${c.spec.image ?? ''}`
}

function lastExit(c: ContainerFacts): { code: number; finishedAt: number } | undefined {
  const i = c.instances[0]
  if (!i || i.finishedAt === undefined) return undefined
  return { code: i.exitCode ?? 0, finishedAt: i.finishedAt }
}

/** One sync pass at virtual time `now`. Pure. */
export function computeSync(spec: PodSpec, containers: ContainerFacts[], backoff: BackoffTable, now: number, wasInitialized: boolean): SyncResult {
  const actions: SyncAction[] = []
  let table = backoff

  // Start (or restart) one container, honouring image-pull and crash-loop back-off.
  const tryStart = (c: ContainerFacts) => {
    if (c.phase === 'imageFailed') {
      // InvalidImageName and ErrImageNeverPull need a spec change, not a retry.
      if (!c.pullError) return
      // The image back-off is keyed by image and counted from each failed pull (IsInBackOffSinceUpdate).
      const key = `image/${c.spec.image ?? ''}`
      if (!table[key] || table[key].lastUpdate < c.pullError.at) table = nextBackoff(table, key, c.pullError.at, c.pullError.at, IMAGE_BACKOFF)
      const entry = table[key]
      if (now - entry.lastUpdate < entry.delayMs) {
        actions.push({ type: 'pullBackoff', name: c.name, until: entry.lastUpdate + entry.delayMs })
        return
      }
      actions.push({ type: 'start', name: c.name })
      return
    }
    const exit = lastExit(c)
    if (exit && c.phase === 'exited') {
      const key = backoffKey(c)
      if (inBackoff(table, key, exit.finishedAt, now, CRASH_BACKOFF)) {
        const delayMs = table[key].delayMs
        actions.push({ type: 'crashBackoff', name: c.name, delayMs, until: exit.finishedAt + delayMs })
        return
      }
      table = nextBackoff(table, key, exit.finishedAt, now, CRASH_BACKOFF)
    }
    actions.push({ type: 'start', name: c.name })
  }

  const inits = containers.filter((c) => c.kind === 'init')
  const apps = containers.filter((c) => c.kind === 'app')
  let initialized = wasInitialized

  if (!initialized) {
    for (const c of inits) {
      if (c.phase === 'starting' || c.phase === 'stopping') return { actions, backoff: table, terminal: false, initialized }
      if (c.phase === 'running') {
        // A started sidecar lets the next init container go; a regular one must finish first.
        if (isSidecar(c)) continue
        return { actions, backoff: table, terminal: false, initialized }
      }
      const exit = lastExit(c)
      if (c.phase === 'exited' && exit && exit.code === 0 && !isSidecar(c)) continue
      if (c.phase === 'exited' && exit && !mayRestart(spec, c, exit.code)) {
        // restartPolicy Never: a failed init container fails the pod.
        return { actions, backoff: table, terminal: true, initialized }
      }
      tryStart(c)
      return { actions, backoff: table, terminal: false, initialized }
    }
    initialized = true
  } else {
    // Sidecars keep running after initialization; restart them whenever they stop.
    for (const c of inits) if (isSidecar(c) && (c.phase === 'exited' || c.phase === 'imageFailed' || c.phase === 'idle')) tryStart(c)
  }

  let live = 0
  for (const c of apps) {
    const exit = lastExit(c)
    if (c.phase === 'idle' || c.phase === 'imageFailed') {
      tryStart(c)
      live++
    } else if (c.phase === 'exited' && exit) {
      if (mayRestart(spec, c, exit.code)) {
        tryStart(c)
        live++
      }
    } else live++
  }
  const terminal = apps.length > 0 && live === 0
  return { actions: terminal ? [] : actions, backoff: table, terminal, initialized }
}

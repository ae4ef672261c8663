// What the Job controller decides for one Job (syncJob, simplified): how many pods to create, when
// the Job is complete or has failed, and the status it writes. Pure; the job machine carries it out.

import type { KubeObject, Pod } from '../api/types'
import { parseTime, rfc3339 } from '../format/time'

/** The parts of a batch/v1 Job the controller reads. */
export interface Job extends KubeObject {
  spec: {
    parallelism?: number
    completions?: number
    backoffLimit?: number
    selector?: { matchLabels?: Record<string, string> }
    template: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec: Pod['spec'] }
    suspend?: boolean
  }
  status?: Record<string, unknown>
}

export interface JobSyncResult {
  /** How many pods to create now. */
  create: number
  /** Active pods to delete (the Job ended). */
  remove: string[]
  /** The new status, or undefined when it did not change. */
  status: Record<string, unknown>
  /** Events to record about the Job. */
  events: { type: 'Normal' | 'Warning'; reason: string; message: string }[]
  /** Check again at this time (a failed pod's replacement waits for the back-off). */
  requeueAt?: number
}

const BACKOFF_INITIAL_MS = 10_000
const BACKOFF_MAX_MS = 360_000

const isTerminal = (p: Pod) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed'
const isReady = (p: Pod) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false

/** Failures count failed pods and, for OnFailure pods, container restarts (the kubelet retries in place). */
function failures(pods: readonly Pod[]): number {
  let count = 0
  for (const p of pods) {
    if (p.status?.phase === 'Failed') count++
    if (p.spec.restartPolicy === 'OnFailure') {
      for (const s of [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])]) count += s.restartCount
    }
  }
  return count
}

function condition(type: string, reason: string, message: string, now: number) {
  const t = rfc3339(now)
  return { type, status: 'True', lastProbeTime: t, lastTransitionTime: t, reason, message }
}

/** One sync of `job` with the pods it owns, at virtual time `now`. Pure. */
export function syncJob(job: Job, pods: readonly Pod[], now: number): JobSyncResult {
  const prev = job.status ?? {}
  const conditions = (prev.conditions as { type: string; status: string }[] | undefined) ?? []
  const finished = conditions.some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')
  const completions = job.spec.completions ?? 1
  const parallelism = job.spec.parallelism ?? 1
  const backoffLimit = job.spec.backoffLimit ?? 6
  const active = pods.filter((p) => !isTerminal(p) && !p.metadata.deletionTimestamp)
  const terminating = pods.filter((p) => !isTerminal(p) && p.metadata.deletionTimestamp).length
  const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length
  const failed = pods.filter((p) => p.status?.phase === 'Failed').length
  const ready = active.filter(isReady).length
  const events: JobSyncResult['events'] = []
  let create = 0
  let remove: string[] = []
  let requeueAt: number | undefined
  let newConditions = conditions
  let completionTime = prev.completionTime as string | undefined
  if (!finished) {
    if (failures(pods) > backoffLimit) {
      remove = active.map((p) => p.metadata.name ?? '')
      const message = 'Job has reached the specified backoff limit'
      newConditions = [...conditions, condition('FailureTarget', 'BackoffLimitExceeded', message, now), condition('Failed', 'BackoffLimitExceeded', message, now)]
      events.push({ type: 'Warning', reason: 'BackoffLimitExceeded', message })
    } else if (succeeded >= completions) {
      remove = active.map((p) => p.metadata.name ?? '')
      newConditions = [...conditions, condition('SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods', now), condition('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods', now)]
      completionTime = rfc3339(now)
      events.push({ type: 'Normal', reason: 'Completed', message: 'Job completed' })
    } else if (!job.spec.suspend) {
      const wanted = Math.max(0, Math.min(parallelism, completions - succeeded) - active.length)
      if (wanted > 0 && failed > 0) {
        // A failed pod's replacement waits: 10 s doubling per failure, at most 6 minutes.
        const delay = Math.min(BACKOFF_INITIAL_MS * 2 ** (failed - 1), BACKOFF_MAX_MS)
        const lastFailure = Math.max(...pods.filter((p) => p.status?.phase === 'Failed').map((p) => finishedAt(p)))
        if (now < lastFailure + delay) requeueAt = lastFailure + delay
        else create = wanted
      } else create = wanted
    }
  }
  const status: Record<string, unknown> = {}
  if (newConditions.length > 0) status.conditions = newConditions
  status.startTime = prev.startTime ?? rfc3339(now)
  if (completionTime) status.completionTime = completionTime
  const activeAfter = active.length - remove.length + create
  if (activeAfter > 0) status.active = activeAfter
  if (succeeded > 0) status.succeeded = succeeded
  if (failed > 0) status.failed = failed
  status.terminating = terminating + remove.length
  status.ready = ready
  status.uncountedTerminatedPods = {}
  return { create, remove, status, events, requeueAt }
}

function finishedAt(p: Pod): number {
  let t = 0
  for (const s of [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])]) {
    t = Math.max(t, parseTime(s.state?.terminated?.finishedAt ?? '') || 0)
  }
  return t
}

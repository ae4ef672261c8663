// What the scheduler writes back when a pod does not fit (handleSchedulingFailure): the
// PodScheduled=False condition and the FailedScheduling event text. Strings and objects only.

import type { Pod, PodCondition } from '../api/types'
import { rfc3339 } from '../format/time'

/** v1.PodReasonUnschedulable, the PodScheduled condition's reason. */
export const UNSCHEDULABLE_REASON = 'Unschedulable'
/** The event source of scheduler events. */
export const SCHEDULER_COMPONENT = 'default-scheduler'
/** validation.NoteLengthLimit: the longest event note the API server accepts. */
export const NOTE_LENGTH_LIMIT = 1024

/** The FailedScheduling event's message: the FitError text, cut to the note limit with ` ...`. */
export function failedSchedulingEventMessage(message: string): string {
  if (message.length <= NOTE_LENGTH_LIMIT) return message
  const suffix = ' ...'
  return message.slice(0, NOTE_LENGTH_LIMIT - suffix.length) + suffix
}

/**
 * The PodScheduled=False condition for `message` (untruncated), keeping the previous transition
 * time when the condition was already False; observedGeneration follows the pod's generation. Pure.
 */
export function unschedulableCondition(pod: Pod, message: string, now: number): PodCondition {
  const before = pod.status?.conditions?.find((c) => c.type === 'PodScheduled')
  const cond: PodCondition = { type: 'PodScheduled' } as PodCondition
  if (pod.metadata?.generation !== undefined) cond.observedGeneration = pod.metadata.generation
  cond.status = 'False'
  cond.lastProbeTime = null
  cond.lastTransitionTime = before?.status === 'False' && before.lastTransitionTime ? before.lastTransitionTime : rfc3339(now)
  cond.reason = UNSCHEDULABLE_REASON
  cond.message = message
  return cond
}

/** `pod`'s status with its PodScheduled condition replaced by `condition` (others kept in place). Pure. */
export function withScheduledCondition(pod: Pod, condition: PodCondition): Pod {
  const conditions = [...(pod.status?.conditions ?? [])]
  const i = conditions.findIndex((c) => c.type === 'PodScheduled')
  if (i >= 0) conditions[i] = condition
  else conditions.push(condition)
  return { ...pod, status: { phase: 'Pending', ...pod.status, conditions } }
}

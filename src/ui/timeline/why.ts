// Why-texts for the moments a timeline shows after the fact: an exit and the back-off that follows.
// The card's why() (../cluster/why.ts) speaks of the present in English; these return message keys
// (timeline.why.*) with their values, so the page says them in the reader's language.
import type { Pod } from '../../sandbox'

/** A message key of this folder's bundle and the values it takes. */
export interface WhyText {
  key: string
  values: Record<string, string | number>
}

/** Where a container sits in its pod and the restart rule that applies to it. */
export interface ContainerRole {
  name: string
  group: 'init' | 'app'
  /** An init container with restartPolicy: Always. */
  sidecar: boolean
  /** The next init container's name, for an init container that is not the last one. */
  next?: string
  image?: string
}

/** The restart policy that decides what happens after `role`'s container exits. */
export function policyOf(pod: Pod, role: ContainerRole): string {
  const spec = (role.group === 'init' ? pod.spec.initContainers : pod.spec.containers)?.find((c) => c.name === role.name)
  // A regular container may override the pod's policy (ContainerRestartRules); init containers only become sidecars.
  return (role.group === 'app' ? spec?.restartPolicy : undefined) ?? pod.spec.restartPolicy ?? 'Always'
}

/**
 * Why the kubelet waits before trying again: `reason` is CrashLoopBackOff or ImagePullBackOff,
 * `delayMs` the back-off it announced (image pulls announce none), `exitCode` the failed run's.
 */
export function backOffWhy(pod: Pod, role: ContainerRole, reason: string, delayMs: number | undefined, exitCode: number | undefined): WhyText {
  const container = role.name
  if (reason === 'ImagePullBackOff') return { key: role.group === 'init' ? 'timeline.why.imagePullInit' : 'timeline.why.imagePull', values: { container, image: role.image ?? '' } }
  const seconds = (delayMs ?? 10_000) / 1000
  const code = exitCode ?? 1
  if (role.sidecar) return { key: 'timeline.why.crashLoopSidecar', values: { container, exitCode: code, seconds } }
  return { key: 'timeline.why.crashLoop', values: { container, exitCode: code, policy: policyOf(pod, role), seconds } }
}

/** What an exit means for the pod: the next init container, a restart, a failed pod, or a stop on deletion. */
export function exitWhy(pod: Pod, role: ContainerRole, exitCode: number, deleting: boolean): WhyText {
  const container = role.name
  if (deleting) return { key: exitCode === 137 ? 'timeline.why.stoppedKilled' : 'timeline.why.stopped', values: { container, exitCode } }
  if (role.sidecar) return { key: 'timeline.why.sidecarExit', values: { container, exitCode } }
  const policy = policyOf(pod, role)
  if (role.group === 'init') {
    if (exitCode === 0) return role.next ? { key: 'timeline.why.initDoneNext', values: { container, next: role.next } } : { key: 'timeline.why.initDoneLast', values: { container } }
    return policy === 'Never' ? { key: 'timeline.why.initFailedNever', values: { container, exitCode } } : { key: 'timeline.why.initFailedRetry', values: { container, exitCode, policy } }
  }
  if (policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0)) return { key: 'timeline.why.appRestart', values: { container, exitCode, policy } }
  return { key: 'timeline.why.appStays', values: { container, exitCode, policy } }
}

/** Why the kubelet stopped a container: the pod is being deleted. */
export function killingWhy(role: ContainerRole): WhyText {
  return { key: 'timeline.why.killing', values: { container: role.name } }
}

// The kubelet's, runtime's and scheduler's vocabulary, spelled as Kubernetes v1.35 spells it:
// event reasons, container state reasons and the message texts. Strings only; no state, no clock.

import { goDuration } from '../format/duration'

/** Event `reason` values (pkg/kubelet/events/event.go, the scheduler's schedule_one.go). */
export const EventReason = {
  Created: 'Created',
  Started: 'Started',
  Failed: 'Failed',
  Killing: 'Killing',
  Preempting: 'Preempting',
  BackOff: 'BackOff',
  ExceededGracePeriod: 'ExceededGracePeriod',
  FailedKillPod: 'FailedKillPod',
  FailedCreatePodContainer: 'FailedCreatePodContainer',
  NetworkNotReady: 'NetworkNotReady',
  Pulling: 'Pulling',
  Pulled: 'Pulled',
  InspectFailed: 'InspectFailed',
  ErrImageNeverPull: 'ErrImageNeverPull',
  FailedMount: 'FailedMount',
  SandboxChanged: 'SandboxChanged',
  FailedCreatePodSandBox: 'FailedCreatePodSandBox',
  FailedPodSandBoxStatus: 'FailedPodSandBoxStatus',
  Unhealthy: 'Unhealthy',
  ProbeWarning: 'ProbeWarning',
  FailedSync: 'FailedSync',
  FailedPostStartHook: 'FailedPostStartHook',
  FailedPreStopHook: 'FailedPreStopHook',
  Scheduled: 'Scheduled',
  FailedScheduling: 'FailedScheduling',
} as const

/** `state.waiting.reason` values the kubelet writes (kubelet_pods.go, kuberuntime, images/types.go). */
export const WaitingReason = {
  ContainerCreating: 'ContainerCreating',
  PodInitializing: 'PodInitializing',
  CrashLoopBackOff: 'CrashLoopBackOff',
  ErrImagePull: 'ErrImagePull',
  ImagePullBackOff: 'ImagePullBackOff',
  ErrImageNeverPull: 'ErrImageNeverPull',
  InvalidImageName: 'InvalidImageName',
  ImageInspectError: 'ImageInspectError',
  RegistryUnavailable: 'RegistryUnavailable',
  SignatureValidationFailed: 'SignatureValidationFailed',
  CreateContainerConfigError: 'CreateContainerConfigError',
  CreateContainerError: 'CreateContainerError',
  PreCreateHookError: 'PreCreateHookError',
  PreStartHookError: 'PreStartHookError',
  PostStartHookError: 'PostStartHookError',
  RunContainerError: 'RunContainerError',
  CreatePodSandboxError: 'CreatePodSandboxError',
  ConfigPodSandboxError: 'ConfigPodSandboxError',
  KillPodSandboxError: 'KillPodSandboxError',
  KillContainerError: 'KillContainerError',
} as const

/** `state.terminated.reason` values: containerd's, plus the kubelet's ContainerStatusUnknown. */
export const TerminatedReason = {
  Completed: 'Completed',
  Error: 'Error',
  OOMKilled: 'OOMKilled',
  StartError: 'StartError',
  ContainerStatusUnknown: 'ContainerStatusUnknown',
} as const

/** Exit code containerd reports for a container whose process never started (StartError). */
export const START_ERROR_EXIT_CODE = 128

/** The kubelet's messages for terminations it had to invent (convertToAPIContainerStatuses). */
export const KubeletTerminationMessage = {
  lostWhileTerminating: 'The container could not be located when the pod was terminated',
  lostWhileRunning: 'The container could not be located when the pod was deleted.  The container used to be Running',
  lostInitStatus:
    'Unable to get init container status from container runtime and pod has been initialized, treat it as exited normally',
} as const

const q = (s: string): string => JSON.stringify(s)

/** format.Pod: `<name>_<namespace>(<uid>)`, how the kubelet names a pod in messages. */
export function podFullName(name: string, namespace: string, uid: string): string {
  return `${name}_${namespace}(${uid})`
}

/** Normal Pulling. */
export function pullingMessage(image: string): string {
  return `Pulling image ${q(image)}`
}

/** Normal Pulled after a pull: both durations are truncated to milliseconds, size in bytes. */
export function pulledMessage(image: string, pullMs: number, totalMs: number, sizeBytes: number): string {
  const own = goDuration(Math.trunc(pullMs))
  const total = goDuration(Math.trunc(totalMs))
  return `Successfully pulled image ${q(image)} in ${own} (${total} including waiting). Image size: ${sizeBytes} bytes.`
}

/** Normal Pulled when no pull was needed (KubeletEnsureSecretPulledImages on, the v1.35 default). */
export function alreadyPresentMessage(image: string): string {
  return `Container image ${q(image)} already present on machine and can be accessed by the pod`
}

/** Warning Failed for a failed pull; `error` is the runtime's error text (see the *PullError helpers). */
export function pullFailedMessage(image: string, error: string): string {
  return `Failed to pull image ${q(image)}: ${error}`
}

/** Normal BackOff while the image pull is backing off. */
export function backOffPullMessage(image: string): string {
  return `Back-off pulling image ${q(image)}`
}

/** `state.waiting.message` under ImagePullBackOff: the back-off text, then the previous error. */
export function imagePullBackOffWaitingMessage(image: string, previousError: string, previousReason = 'ErrImagePull'): string {
  return previousError ? `${backOffPullMessage(image)}: ${previousReason}: ${previousError}` : backOffPullMessage(image)
}

/** Warning ErrImageNeverPull, also the waiting message: the image is absent and may not be pulled. */
export function neverPullMessage(image: string): string {
  return `Container image ${q(image)} is not present with pull policy of Never`
}

/** Warning InspectFailed, also the InvalidImageName waiting message (distribution/reference's error). */
export function invalidImageNameMessage(image: string, parseError = 'invalid reference format'): string {
  return `Failed to apply default image tag ${q(image)}: couldn't parse image name ${q(image)}: ${parseError}`
}

/** Warning Failed that follows every failed container start step: `Error: <reason or error>`. */
export function errorMessage(errorOrReason: string): string {
  return `Error: ${errorOrReason}`
}

/**
 * containerd 2.x, Docker Hub, repository that does not exist (or is private): the registry answers
 * 401 insufficient_scope. gRPC code Unknown, which the kubelet strips, so there is no `rpc error:` prefix.
 */
export function pullAccessDeniedError(normalizedRef: string): string {
  return (
    `failed to pull and unpack image ${q(normalizedRef)}: failed to resolve image: ` +
    'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'
  )
}

/** containerd 2.x, tag (manifest) not found: gRPC NotFound, which the kubelet keeps as `rpc error: ...`. */
export function imageNotFoundError(normalizedRef: string): string {
  return (
    `rpc error: code = NotFound desc = failed to pull and unpack image ${q(normalizedRef)}: ` +
    `failed to resolve image: ${normalizedRef}: not found`
  )
}

/**
 * containerd + runc 1.2+ when the command's executable is missing: the terminated StartError
 * message (exit 128), the RunContainerError waiting message and the text after `Error: `.
 */
export function executableNotFoundError(executable: string): string {
  return (
    'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: ' +
    `unable to start container process: error during container init: exec: ${q(executable)}: executable file not found in $PATH: unknown`
  )
}

/** Normal Created (v1.35: the container name moved to the fieldPath; v1.34 said `Created container: <name>`). */
export function createdMessage(_name?: string): string {
  return 'Container created'
}

/** Normal Started (v1.35: `Container started`; v1.34 said `Started container <name>`). */
export function startedMessage(_name?: string): string {
  return 'Container started'
}

/** Normal Killing for an ordinary stop (pod deletion, end of a non-Always pod's sidecars). */
export function killingMessage(name: string): string {
  return `Stopping container ${name}`
}

/** Why computePodActions kills a running container; sidecars say `Init container`. */
export type KillCause = 'liveness' | 'startup' | 'definition'

/** Normal Killing when the kubelet kills a container to restart it (or not, for a probe in a Never pod). */
export function killForRestartMessage(name: string, cause: KillCause, willRestart: boolean, sidecar = false): string {
  const who = sidecar ? 'Init container' : 'Container'
  const what = cause === 'definition' ? 'definition changed' : `failed ${cause} probe`
  return `${who} ${name} ${what}${willRestart ? ', will be restarted' : ''}`
}

/** Warning BackOff while a crashed container waits to be restarted. */
export function backOffRestartMessage(container: string, fullName: string): string {
  return `Back-off restarting failed container ${container} in pod ${fullName}`
}

/** `state.waiting.message` under CrashLoopBackOff; `delay` is a Go duration string or milliseconds. */
export function crashLoopWaitingMessage(delay: string | number, container: string, fullName: string): string {
  const d = typeof delay === 'number' ? goDuration(delay) : delay
  return `back-off ${d} restarting failed container=${container} pod=${fullName}`
}

/** Warning Unhealthy: `Liveness probe failed: <output>` and friends. */
export function probeFailedMessage(probe: 'Liveness' | 'Readiness' | 'Startup', output: string): string {
  return `${probe} probe failed: ${output}`
}

/** Warning FailedPostStartHook: the handler's output is left out so secrets do not leak. */
export const POST_START_HOOK_FAILED = 'PostStartHook failed'
/** Warning FailedPreStopHook. */
export const PRE_STOP_HOOK_FAILED = 'PreStopHook failed'
/** Normal SandboxChanged. */
export const SANDBOX_CHANGED = 'Pod sandbox changed, it will be killed and re-created.'
/** Warning ExceededGracePeriod (pod_workers.go). */
export const EXCEEDED_GRACE_PERIOD = 'Container runtime did not terminate the pod within specified grace period.'

/** Warning FailedCreatePodSandBox. */
export function failedCreateSandboxMessage(error: string): string {
  return `Failed to create pod sandbox: ${error}`
}

/** Normal Scheduled, from the default scheduler's binding cycle. */
export function scheduledMessage(namespace: string, pod: string, node: string): string {
  return `Successfully assigned ${namespace}/${pod} to ${node}`
}

/**
 * FitError.Error(): `0/N nodes are available: ` + `count reason` pairs sorted as strings, each
 * part closed by `.`; a PreFilter message replaces the node reasons. Feeds FailedScheduling.
 */
export function fitErrorMessage(
  numAllNodes: number,
  nodeReasons: Record<string, number>,
  opts: { preFilterMsg?: string; postFilterMsg?: string } = {},
): string {
  let msg = `0/${numAllNodes} nodes are available:`
  if (opts.preFilterMsg) msg += ` ${opts.preFilterMsg}.`
  else {
    const parts = Object.entries(nodeReasons).map(([reason, count]) => `${count} ${reason}`)
    parts.sort()
    if (parts.length > 0) msg += ` ${parts.join(', ')}.`
  }
  if (opts.postFilterMsg) msg += ` ${opts.postFilterMsg}.`
  return msg
}

/** DefaultPreemption's post-filter message when no node has victims to evict. */
export function preemptionMessage(numAllNodes: number, nodeReasons: Record<string, number>): string {
  return `preemption: ${fitErrorMessage(numAllNodes, nodeReasons)}`
}

// The path of `kubectl exec` below kubectl: the API server's pods/exec checks (streamLocation), the
// kubelet's search for the running container (GetExec) and the runtime's exec, each failing with
// the text that layer writes. Reading a container's files for lessons goes the same way, minus exec.

import type { ContainerStatus, Pod } from './api/types'
import type { ContainerRuntime, ExecIO } from './runtime/runtime'
import type { Process } from './runtime/process'

/**
 * What a pods/exec request got: a started process, a Status the API server answered before any
 * stream opened (`request`), or an error written on the stream's error channel (`stream`).
 */
export type ExecResult =
  | { ok: true; process: Process; containerID: string }
  | { ok: false; stage: 'request'; reason: 'NotFound' | 'BadRequest'; message: string }
  | { ok: false; stage: 'stream'; message: string }

// The API server (v1.35) upgrades the client's WebSocket first, then dials the kubelet over SPDY:
// a failure there reaches the client as an InternalError Status wrapped around the SPDY error.
const INTERNAL = 'Internal error occurred: '

function names(list: unknown[] | undefined): string[] {
  return (list ?? []).map((c) => String((c as { name?: string }).name ?? ''))
}

function statusOf(pod: Pod, container: string): ContainerStatus | undefined {
  const s = pod.status ?? {}
  return [...(s.initContainerStatuses ?? []), ...(s.containerStatuses ?? []), ...(s.ephemeralContainerStatuses ?? [])].find((c) => c.name === container)
}

/** Whether the pod's spec has a container (init, app or ephemeral) of that name. Pure. */
export function podHasContainer(pod: Pod, container: string): boolean {
  return [...names(pod.spec?.initContainers), ...names(pod.spec?.containers), ...names(pod.spec?.ephemeralContainers)].includes(container)
}

/**
 * Runs `argv` in a running container of `pod` (undefined when the pod is not stored); `execID`
 * names the runtime's exec session (containerd's 64-hex id, seen only in its errors).
 */
export function execInPod(pod: Pod | undefined, name: string, container: string, argv: string[], io: ExecIO, runtime: ContainerRuntime, execID: () => string): ExecResult {
  if (!pod) return { ok: false, stage: 'request', reason: 'NotFound', message: `pods "${name}" not found` }
  if (!podHasContainer(pod, container)) return { ok: false, stage: 'request', reason: 'BadRequest', message: `container ${container} is not valid for pod ${name}` }
  if (!pod.spec?.nodeName) return { ok: false, stage: 'request', reason: 'BadRequest', message: `pod ${name} does not have a host assigned` }
  // The kubelet looks among the runtime's running containers only: waiting, exited and not yet
  // created containers are all "not found", and the SPDY client reports the kubelet's plain-text 500.
  const st = statusOf(pod, container)
  const notFound = { ok: false as const, stage: 'stream' as const, message: `${INTERNAL}unable to upgrade connection: container not found (${JSON.stringify(container)})` }
  if (!st?.state?.running || !st.containerID || !runtime.execInContainer) return notFound
  const started = runtime.execInContainer(st.containerID, argv, io)
  if (started.ok) return { ok: true, process: started.process, containerID: st.containerID }
  // containerd wraps runc's error, the CRI streaming server makes it an InternalError, and the API
  // server's translator wraps that Status message in another InternalError.
  const detail = `error executing command in container: failed to exec in container: failed to start exec ${JSON.stringify(execID())}: ${started.message}`
  return { ok: false, stage: 'stream', message: `${INTERNAL}${INTERNAL}${detail}` }
}

/** Whether the container instance `containerID` is still the one running in `pod`. Pure. */
export function stillRunning(pod: Pod | undefined, container: string, containerID: string): boolean {
  const st = pod && statusOf(pod, container)
  return st?.containerID === containerID && st.state?.running !== undefined
}

/**
 * A file as the container's current (or, while it waits to restart, last) instance sees it: its
 * image with its volumes mounted. Undefined when the container never started or the file is not there.
 */
export function readPodFile(pod: Pod | undefined, container: string, path: string, runtime: ContainerRuntime): string | undefined {
  const st = pod && statusOf(pod, container)
  const id = st?.containerID ?? st?.lastState?.terminated?.containerID
  return id ? runtime.readFile?.(id, path) : undefined
}

// Container statuses as the kubelet reports them (convertToAPIContainerStatuses), derived from the
// container facts the machines keep. Pure: the same facts give the same status.

import type { ContainerState, ContainerStateTerminated, ContainerStatus } from '../api/types'
import { rfc3339 } from '../format/time'
import type { ContainerFacts, Instance } from '../kubelet/containerFacts'

function terminated(i: Instance): ContainerStateTerminated {
  const t: ContainerStateTerminated = { exitCode: i.exitCode ?? 0 }
  if (i.signal) t.signal = i.signal
  if (i.reason) t.reason = i.reason
  if (i.message) t.message = i.message
  t.startedAt = rfc3339(i.startedAt ?? 0)
  t.finishedAt = rfc3339(i.finishedAt ?? 0)
  t.containerID = i.containerID
  return t
}

function stateOf(i: Instance | undefined): ContainerState {
  if (!i) return {}
  if (i.finishedAt !== undefined) return { terminated: terminated(i) }
  return { running: { startedAt: rfc3339(i.startedAt ?? 0) } }
}

/**
 * The API status of one container. `defaultWaitingReason` is PodInitializing for pods with init
 * containers and ContainerCreating otherwise, as the kubelet reports a container not yet started.
 */
export function toContainerStatus(f: ContainerFacts, defaultWaitingReason: string): ContainerStatus {
  const [newest, previous] = f.instances
  let state: ContainerState
  let lastState: ContainerState
  if (f.waiting && (!newest || newest.finishedAt !== undefined)) {
    // A cached failure (CrashLoopBackOff, ErrImagePull, ...) replaces the state; the last run moves to lastState.
    state = { waiting: f.waiting.message ? { reason: f.waiting.reason, message: f.waiting.message } : { reason: f.waiting.reason } }
    lastState = stateOf(newest)
  } else if (!newest) {
    state = { waiting: { reason: defaultWaitingReason } }
    lastState = {}
  } else {
    state = stateOf(newest)
    lastState = stateOf(previous)
  }
  const running = state.running !== undefined
  // Probes drive started (startup probe) and ready (readiness probe); without them both follow running.
  const started = running && (f.probes?.started ?? true)
  const probedReady = started && (f.probes?.ready ?? true)
  const succeededInit = f.kind === 'init' && f.spec.restartPolicy !== 'Always' && state.terminated?.exitCode === 0
  const status: ContainerStatus = {
    name: f.name,
    state,
    lastState,
    ready: succeededInit || (probedReady && f.kind === 'app') || (probedReady && f.spec.restartPolicy === 'Always'),
    restartCount: f.restartCount,
    // Until the runtime has a container, the kubelet echoes the spec's image and has no image ID.
    image: newest && f.pulled ? f.pulled.image : f.spec.image ?? '',
    imageID: newest && f.pulled ? f.pulled.imageID : '',
  }
  if (newest) status.containerID = newest.containerID
  status.started = started
  if (newest && f.spec.volumeMounts?.length) {
    status.volumeMounts = f.spec.volumeMounts.map((m) =>
      m.readOnly ? { name: m.name, mountPath: m.mountPath, readOnly: true, recursiveReadOnly: 'Disabled' } : { name: m.name, mountPath: m.mountPath },
    )
  }
  return status
}

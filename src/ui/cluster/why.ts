// Plain-language reasons for a container's state, each tied to the kubelet rule behind it, and the
// back-off countdown. Pure: the card shows what these return.
import type { ContainerStatus, Pod } from '../../sandbox'

/** Milliseconds in a Go duration as the kubelet prints it (`10s`, `1m20s`, `5m0s`). */
export function goDurationMs(text: string): number | undefined {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(text)
  if (!m || text === '') return undefined
  return ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000
}

/** The back-off the kubelet announced in a CrashLoopBackOff / ImagePullBackOff message, in ms. */
export function backOffMs(status: ContainerStatus | undefined): number | undefined {
  const msg = status?.state?.waiting?.message ?? ''
  const m = /^[Bb]ack-?off (?:pulling image "[^"]*": )?(\S+)/.exec(msg) ?? /back-off (\S+) restarting/.exec(msg)
  return m ? goDurationMs(m[1]) : undefined
}

/** Seconds until a crash-looping container is started again, counted from when it last exited. */
export function retryInSeconds(status: ContainerStatus | undefined, now: number): number | undefined {
  const backoff = backOffMs(status)
  const finished = status?.lastState?.terminated?.finishedAt
  if (backoff === undefined || status?.state?.waiting?.reason !== 'CrashLoopBackOff' || !finished) return undefined
  return Math.max(0, Math.ceil((Date.parse(finished) + backoff - now) / 1000))
}

const seconds = (ms: number) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)} min${ms % 60_000 ? ` ${(ms % 60_000) / 1000} s` : ''}` : `${ms / 1000} s`)

export interface Place {
  /** 'init' for spec.initContainers, 'app' for spec.containers. */
  group: 'init' | 'app'
  index: number
}

/** Why this container is in the state it is in, or undefined when there is nothing to explain. */
export function why(pod: Pod, name: string, place: Place, status: ContainerStatus | undefined): string | undefined {
  const policy = pod.spec.restartPolicy ?? 'Always'
  const inits = pod.spec.initContainers ?? []
  const spec = place.group === 'init' ? inits[place.index] : pod.spec.containers[place.index]
  const sidecar = place.group === 'init' && spec?.restartPolicy === 'Always'
  const st = status?.state
  const last = status?.lastState?.terminated
  const waiting = st?.waiting?.reason

  if (waiting === 'CrashLoopBackOff') {
    const backoff = backOffMs(status)
    const exit = last ? `exited ${last.exitCode}` : 'exited'
    const rule = sidecar ? 'it is a sidecar (restartPolicy: Always)' : `restartPolicy is ${policy}`
    return `${name} ${exit}; ${rule}, so the kubelet restarts it after a ${backoff === undefined ? '' : `${seconds(backoff)} `}back-off (10 s at first, doubling each time, at most 5 min).`
  }
  if (waiting === 'ErrImagePull' || waiting === 'ImagePullBackOff')
    return `The image ${spec?.image ?? ''} cannot be pulled; the kubelet keeps retrying with back-off, and nothing after ${name} starts.`
  if (st?.terminated && st.terminated.exitCode !== 0 && place.group === 'init' && !sidecar) {
    return policy === 'Never'
      ? `${name} exited ${st.terminated.exitCode}; restartPolicy is Never, so the pod fails and the app containers never start.`
      : `${name} exited ${st.terminated.exitCode}; restartPolicy is ${policy}, so the kubelet will run it again after a back-off, and the containers after it wait.`
  }
  if (st?.running && sidecar) return `${name} is a sidecar (an init container with restartPolicy: Always): once started it keeps running beside the app containers.`
  if (st?.running && place.group === 'init') {
    const next = inits[place.index + 1]?.name
    return `${name} is running; ${next ? `${next} starts` : 'the app containers start'} only after it exits 0.`
  }
  // Before the scheduler has placed the pod, no kubelet has looked at its containers yet.
  if (!pod.spec.nodeName) return undefined
  if (waiting === 'PodInitializing' || (!st?.running && !st?.terminated && status === undefined && pod.status?.phase === 'Pending')) {
    if (place.group === 'app') return `${name} waits until every init container has completed.`
    const before = inits[place.index - 1]?.name
    const beforeDone = pod.status?.initContainerStatuses?.find((c) => c.name === before)?.state?.terminated?.exitCode === 0
    return before && !beforeDone
      ? `${name} waits for ${before}: init containers run one at a time, in order.`
      : `${name} is next: the kubelet pulls its image and starts it.`
  }
  return undefined
}

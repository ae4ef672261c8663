// Plain-language reasons for a container's state, each tied to the kubelet rule behind it, and the
// back-off countdown. Pure: the reasons are messages ({ key, values }) the card formats in the
// page's language; `why()` formats them itself (English unless given a translate function).
import type { ContainerStatus, Pod } from '../../sandbox'
import { english, render, type Message, type Translate } from './translate'

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

/** A duration as a message: `10 s`, `5 min`, `1 min 20 s`. */
export function durationMessage(ms: number): Message {
  const m = Math.floor(ms / 60_000)
  const s = (ms % 60_000) / 1000
  if (m === 0) return { key: 'cluster.duration.s', values: { s } }
  return s === 0 ? { key: 'cluster.duration.min', values: { m } } : { key: 'cluster.duration.minS', values: { m, s } }
}

/** Where a container sits in the pod spec. */
export interface Place {
  /** 'init' for spec.initContainers, 'app' for spec.containers. */
  group: 'init' | 'app'
  index: number
}

/** Why this container is in the state it is in, as a message, or undefined when there is nothing to explain. */
export function whyMessage(pod: Pod, name: string, place: Place, status: ContainerStatus | undefined): Message | undefined {
  const policy = pod.spec.restartPolicy ?? 'Always'
  const inits = pod.spec.initContainers ?? []
  const spec = place.group === 'init' ? inits[place.index] : pod.spec.containers[place.index]
  const sidecar = place.group === 'init' && spec?.restartPolicy === 'Always'
  const st = status?.state
  const last = status?.lastState?.terminated
  const waiting = st?.waiting?.reason

  if (waiting === 'CrashLoopBackOff') {
    const backoff = backOffMs(status)
    return {
      key: 'cluster.why.crashLoop',
      values: {
        name,
        code: last ? String(last.exitCode) : 'none',
        sidecar: sidecar ? 'yes' : 'no',
        policy,
        backoff: backoff === undefined ? 'none' : durationMessage(backoff),
      },
    }
  }
  if (waiting === 'ErrImagePull' || waiting === 'ImagePullBackOff') return { key: 'cluster.why.imagePull', values: { name, image: spec?.image ?? '' } }
  if (st?.terminated && st.terminated.exitCode !== 0 && place.group === 'init' && !sidecar) {
    const code = String(st.terminated.exitCode)
    return policy === 'Never' ? { key: 'cluster.why.initFailedNever', values: { name, code } } : { key: 'cluster.why.initFailedRetry', values: { name, code, policy } }
  }
  if (st?.running && sidecar) return { key: 'cluster.why.sidecar', values: { name } }
  if (st?.running && place.group === 'init') {
    const next = inits[place.index + 1]?.name
    return next ? { key: 'cluster.why.initRunningNext', values: { name, next } } : { key: 'cluster.why.initRunningLast', values: { name } }
  }
  // Before the scheduler has placed the pod, no kubelet has looked at its containers yet.
  if (!pod.spec.nodeName) return undefined
  if (waiting === 'PodInitializing' || (!st?.running && !st?.terminated && status === undefined && pod.status?.phase === 'Pending')) {
    if (place.group === 'app') return { key: 'cluster.why.appWaits', values: { name } }
    const before = inits[place.index - 1]?.name
    const beforeDone = pod.status?.initContainerStatuses?.find((c) => c.name === before)?.state?.terminated?.exitCode === 0
    return before && !beforeDone ? { key: 'cluster.why.initWaitsFor', values: { name, before } } : { key: 'cluster.why.initNext', values: { name } }
  }
  return undefined
}

/** Why this container is in the state it is in, as text (English unless `translate` says otherwise), or undefined. */
export function why(pod: Pod, name: string, place: Place, status: ContainerStatus | undefined, translate: Translate = english): string | undefined {
  const message = whyMessage(pod, name, place, status)
  return message && render(message, translate)
}

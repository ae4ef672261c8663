// The container runtime's interface (containerd's role) as the kubelet machines use it, and the
// image lookup every runtime shares. The simulated world implements it in world/.

import type { Container, Pod } from '../api/types'
import { invalidImageNameMessage, imageNotFoundError, pullAccessDeniedError } from '../events/reasons'
import { findImage, imageDigest, parseImageReference, repositoryExists, type ImageInfo } from './images'
import type { ProbeTarget } from '../prober/run'
import type { Process, ProcessOutput } from './process'

/** A resolved, pullable image. */
export interface ResolvedImage {
  info: ImageInfo
  /** What the status's `image` field shows, e.g. `docker.io/library/busybox:1.28`. */
  imageRef: string
  /** What the status's `imageID` field shows, e.g. `docker.io/library/busybox@sha256:...`. */
  imageID: string
}

export type ResolveResult =
  | { ok: true; image: ResolvedImage }
  | { ok: false; reason: 'InvalidImageName' | 'ErrImagePull'; message: string }

/** What the kubelet asks the runtime to run. */
export interface StartRequest {
  /** The Pod as stored in the API (spec, metadata and status: downward API, env, volumes). */
  pod: Pod
  container: Container
  kind: 'init' | 'app'
  image: ResolvedImage
  containerID: string
  /** Where the process writes; lines land in this container instance's log. */
  out: ProcessOutput
}

export type StartResult =
  | { ok: true; process: Process }
  /** The container could not be configured (a missing ConfigMap or Secret): nothing was created. */
  | { ok: false; stage: 'config'; message: string }
  /** The container was created but its process could not start (StartError, exit code 128). */
  | { ok: false; stage: 'start'; exitCode: number; message: string }

/** What the kubelet needs from a container runtime. */
export interface ContainerRuntime {
  /** Looks up an image reference in the registry. Pure. */
  resolveImage(ref: string): ResolveResult
  /** Creates and starts a container's main process. */
  startContainer(request: StartRequest): StartResult
  /** Forgets a pod's volumes once the pod is gone. */
  removePod?(uid: string): void
  /** Why the pod's volumes cannot be set up (a FailedMount message), or undefined when they can. */
  mountProblem?(pod: Pod): string | undefined
  /** What the kubelet's prober reaches for a running container: exec inside it, HTTP and TCP to its pod. */
  probeTarget?(containerID: string): ProbeTarget | undefined
  /** Starts another process inside a started container (`kubectl exec`), or says why the runtime cannot. */
  execInContainer?(containerID: string, argv: string[], io: ExecIO): ExecStart
  /** A file's content as a started container sees it (its image and volumes), or undefined. */
  readFile?(containerID: string, path: string): string | undefined
}

/** The streams of a process started in a running container: stdin is read to its end, then EOF. */
export interface ExecIO {
  stdin?: string
  out: ProcessOutput
}

/** A process started by `execInContainer`, or the runtime's error text (runc's, as containerd relays it). */
export type ExecStart = { ok: true; process: Process } | { ok: false; message: string }

/** The argv the runtime execs: Kubernetes' command/args rules over the image's entrypoint/cmd. Pure. */
export function containerArgv(container: Container, image: ImageInfo): string[] {
  if (container.command && container.command.length > 0) return [...container.command, ...(container.args ?? [])]
  return [...image.entrypoint, ...(container.args ?? image.cmd)]
}

/** Looks an image reference up in the simulated registry, with containerd's answers for bad ones. Pure. */
export function resolveImage(ref: string): ResolveResult {
  const parsed = parseImageReference(ref)
  if (!parsed.ok) return { ok: false, reason: 'InvalidImageName', message: invalidImageNameMessage(ref) }
  const info = findImage(ref)
  if (!info) {
    // A registry answers "not found" for a missing tag of a known repository, and denies access otherwise.
    const message = repositoryExists(parsed.repository) ? imageNotFoundError(parsed.normalized) : pullAccessDeniedError(parsed.normalized)
    return { ok: false, reason: 'ErrImagePull', message }
  }
  const digest = imageDigest(info.repository, info.tag)
  return { ok: true, image: { info, imageRef: parsed.digest ? parsed.normalized : `${info.repository}:${info.tag}`, imageID: `${info.repository}@${digest}` } }
}

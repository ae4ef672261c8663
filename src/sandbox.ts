// The one public headless surface of initlab: a sandbox cluster driven by command lines, and the
// pure helpers that lessons, tests, tools and the page share. Nothing here touches the DOM.

import { Cluster, type ClusterOptions } from './engine/cluster'
import type { FieldError, KubeEvent, KubeObject, Pod } from './engine/api/types'
import { admitPod } from './engine/api/admission'
import { defaultPod } from './engine/api/defaults'
import { validatePodCreate } from './engine/api/validation'
import { podLimits as limitsOf, podRequests as requestsOf } from './engine/api/resources'
import { parseTime } from './engine/format/time'
import type { WatchEvent } from './engine/store/objectStore'
import type { CommandResult } from './kubectl/result'
import { defaultContainer } from './kubectl/commands/podContainers'
import { openTerminal } from './terminalShell'

export { humanDuration } from './kubectl/printers/humanDuration'
export { lintManifests, type Lint } from './lint'
export { printPodRow } from './kubectl/printers/podRow'
export type { CommandResult } from './kubectl/result'
export type { ContainerStatus, FieldError, KubeEvent, KubeObject, Pod } from './engine/api/types'
export type { WatchEvent } from './engine/store/objectStore'
// What the page's editor schema, tab completion and streaming terminal read (the page imports
// nothing below this file).
export { KINDS, resourceFor } from './engine/api/kinds'
export { STRUCTS, schemaFor, type FieldType, type StructTable } from './engine/api/schema'
export { startWatch } from './kubectl/get/watch'
export { followLogs, type LogFollower } from './kubectl/commands/logs'
// The kubelet's xstate machines for the page's statechart view: definitions and active states.
export {
  activePaths,
  machineDefinitions,
  podMachines,
  pullingContainers,
  type ContainerMachineView,
  type MachineView,
  type PodMachines,
  type StateNodeSummary,
  type TransitionSummary,
} from './machines'

export interface SandboxOptions {
  /** Seed for every id and latency. Default 1. */
  seed?: number
  /** Virtual start instant, RFC 3339 (e.g. `2026-01-01T09:00:00Z`). */
  startTime?: string
  /** Reads a file named on a command line (`kubectl apply -f x.yaml`); the sandbox has no disk of its own. */
  readFile?: (path: string) => string | undefined
}

/** A headless initlab cluster. */
export interface Sandbox {
  /** Runs one command line as a terminal's shell would: `kubectl ...`, pipes, `sleep N` (virtual time), `echo ...`. */
  exec(line: string, stdin?: string): CommandResult
  /** Lets `ms` of virtual time pass. */
  advance(ms: number): void
  /** Virtual epoch milliseconds. */
  now(): number
  /** When the cluster next changes by itself, or undefined when nothing is pending. */
  nextChangeAt(): number | undefined
  /** Every Pod, with its full status. */
  pods(namespace?: string): Pod[]
  /** One Pod, or undefined. */
  pod(name: string, namespace?: string): Pod | undefined
  /** Every Event, as `kubectl get events -o yaml` would list them. */
  events(namespace?: string): KubeEvent[]
  /** Every stored object of one kind (`Service`, `Deployment`, `ReplicaSet`, `ConfigMap`...), in store order. */
  objects<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[]
  /** Follows every change to stored objects; returns the function that stops following. */
  subscribe(listener: (event: WatchEvent) => void): () => void
  /** The engine underneath, for tools that need more than the above. */
  readonly cluster: Cluster
}

/** Creates a sandbox cluster with one node, at a fixed virtual instant unless told otherwise. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clusterOptions: ClusterOptions = { seed: options.seed }
  if (options.startTime !== undefined) {
    const t = parseTime(options.startTime)
    if (Number.isNaN(t)) throw new Error(`invalid startTime ${JSON.stringify(options.startTime)}: want RFC 3339`)
    clusterOptions.startTime = t
  }
  const cluster = new Cluster(clusterOptions)
  const terminal = openTerminal(cluster, options.readFile)
  return {
    cluster,
    exec: (line, stdin) => terminal.exec(line, stdin),
    advance: (ms) => cluster.advance(ms),
    now: () => cluster.now(),
    nextChangeAt: () => cluster.nextChangeAt(),
    pods: (namespace) => cluster.pods(namespace),
    pod: (name, namespace = 'default') => cluster.store.get<Pod>('Pod', namespace, name),
    events: (namespace) => cluster.eventList(namespace),
    objects: <T extends KubeObject>(kind: string, namespace?: string) => cluster.store.list<T>(kind, namespace),
    subscribe: (listener) => cluster.store.watch(listener),
  }
}

/** What the API server answers to creating `pod`: it defaults first, then validates; errors in its order. */
export function validatePod(pod: object): { field: string; type: string; detail: string }[] {
  const input = pod as Pod
  // The request's namespace fills an empty metadata.namespace, as for `kubectl apply` in default.
  const namespace = input.metadata?.namespace ?? 'default'
  const admitted = admitPod(defaultPod({ ...input, metadata: { ...input.metadata, namespace } }), { namespace, randomSuffix: () => 'xxxxx' })
  const errors: FieldError[] = validatePodCreate(admitted)
  return errors.map((e) => ({ field: e.field, type: e.type, detail: e.detail }))
}

/** The effective pod requests Kubernetes schedules by (init max vs app sum, sidecars, overhead). */
export function podRequests(pod: object): Record<string, string> {
  return requestsOf(pod as Pod)
}

/** The effective pod limits (the sum of the limits that are set, against the init maximum). */
export function podLimits(pod: object): Record<string, string> {
  return limitsOf(pod as Pod)
}

/**
 * A file as a pod's container sees it now (its image with its volumes mounted), or undefined when
 * the pod, the container's started instance or the file is missing. Without `container`, the one
 * `kubectl exec` would pick. Reads only; works for images without a shell (distroless).
 */
export function readContainerFile(sandbox: Sandbox, pod: string, container: string | undefined, path: string, namespace = 'default'): string | undefined {
  const found = sandbox.pod(pod, namespace)
  if (!found) return undefined
  return sandbox.cluster.readContainerFile(namespace, pod, container ?? defaultContainer(found, { quiet: true }).name, path)
}

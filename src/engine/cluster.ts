// A whole simulated cluster: the API server's store, admission and validation in front of it,
// one node whose kubelet runs as xstate actors on the virtual clock, and the event stream.
// After every clock step it writes the status of each pod whose facts changed, as the kubelet's
// status manager does; nothing is written when the derived status did not change.

import { createActor, type Actor } from 'xstate'
import { admitPod } from './api/admission'
import { defaultPod } from './api/defaults'
import type { ContainerStatus, FieldError, KubeEvent, KubeObject, Pod, Secret, Service } from './api/types'
import { validatePodCreate, validatePodUpdate } from './api/validation'
import { DEFAULT_START, VirtualClock } from './clock/virtualClock'
import { EventRecorder } from './events/recorder'
import { rfc3339 } from './format/time'
import { containerFactsOf } from './kubelet/podMachine'
import type { KubeletDeps, NodeFacts, PodIdentity } from './kubelet/deps'
import type { SchedulingDecision } from './kubelet/podMachine'
import { kubeletMachine, type PodWorkerRef } from './kubelet/kubeletMachine'
import { SeededRandom } from './random/seeded'
import type { ContainerRuntime, ExecIO } from './runtime/runtime'
import { execInPod, readPodFile, type ExecResult } from './podExec'
import { createWorldRuntime } from './runtime/world'
import { createClusterIPAllocator, defaultService } from './api/serviceDefaults'
import { defaultSecret } from './api/secretDefaults'
import { buildPodStatus } from './status/podStatus'
import { toContainerStatus } from './status/containerStatus'
import { deepEqual } from './util/deepEqual'
import type { ContainerFacts } from './kubelet/containerFacts'
import { ObjectStore } from './store/objectStore'
import { defaultNodes, failedSchedulingEventMessage, schedule } from './scheduler'
import { defaultJob, validateJob } from './api/jobDefaults'
import { defaultWorkload, validateWorkload } from './api/workloadDefaults'
import { controllerManagerMachine, type ControllerEvent } from './controllers/controllerManagerMachine'
import type { ControllerHost } from './controllers/host'

export interface ClusterOptions {
  /** Seed for every id and latency; the same seed gives the same cluster. Default 1. */
  seed?: number
  /** Virtual start instant (epoch ms). Default DEFAULT_START. */
  startTime?: number
  runtime?: ContainerRuntime
}

/** One line of a container's output. */
export interface LogLine {
  at: number
  stream: 'stdout' | 'stderr'
  text: string
}

export type WriteResult<T> = { ok: true; object: T } | { ok: false; reason: 'Invalid' | 'NotFound' | 'AlreadyExists'; errors?: FieldError[]; message?: string }

const NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system']
/** Kinds whose controllers run in the controller manager. */
const WORKLOADS = new Set(['Deployment', 'ReplicaSet', 'Job'])
/** The control-plane host the scheduler reports from. */
const CONTROL_PLANE = 'initlab-control-plane'

/** The simulated cluster. All time is virtual; all ids come from the seed. */
/** The longest step `advance` takes between expiry checks: the series finishing window. */
const EXPIRY_STEP_MS = 6 * 60_000

export class Cluster {
  readonly clock: VirtualClock
  readonly store: ObjectStore
  readonly events: EventRecorder
  readonly rand: SeededRandom
  private readonly runtime: ContainerRuntime
  private readonly allocateClusterIP: () => string
  /** The nodes' kubelet-side facts (images present, pod IPs handed out), by node name. */
  readonly nodes = new Map<string, NodeFacts>()
  private readonly ids: SeededRandom
  /** containerd's exec session ids: their own stream, so an exec never shifts any other id. */
  private readonly execIDs: SeededRandom
  private readonly kubelet: Actor<typeof kubeletMachine>
  private readonly controllers: Actor<typeof controllerManagerMachine>
  private readonly dirty = new Set<string>()
  private readonly logs = new Map<string, LogLine[]>()
  private readonly byUid = new Map<string, { namespace: string; name: string }>()
  /** Per container facts object: the status derived from it, so unchanged containers cost nothing. */
  /** Per pod: what its status was last derived from (see flush). */
  private readonly lastInputs = new Map<string, unknown[]>()
  private readonly statusMemo = new WeakMap<object, { instances: unknown; waiting: unknown; restartCount: number; pulled: unknown; spec: unknown; reason: string; started?: boolean; ready?: boolean; status: ContainerStatus }>()

  constructor(options: ClusterOptions = {}) {
    const seed = options.seed ?? 1
    this.clock = new VirtualClock(options.startTime ?? DEFAULT_START)
    this.rand = new SeededRandom(seed)
    this.ids = this.rand.fork('ids')
    this.execIDs = this.rand.fork('exec')
    this.store = new ObjectStore(() => this.clock.now())
    // Containers run in a simulated world that sees the cluster's Services, ConfigMaps and Secrets.
    this.runtime = options.runtime ?? createWorldRuntime({
      get: (kind, namespace, name) => this.store.get(kind, namespace, name),
      list: (kind, namespace) => this.store.list(kind, namespace),
      now: () => this.clock.now(),
    })
    this.allocateClusterIP = createClusterIPAllocator(this.rand.fork('service-ips'), () =>
      this.store.list<Service>('Service').flatMap((s) => s.spec.clusterIPs ?? []),
    )
    this.events = new EventRecorder({ uid: () => this.ids.uuid() })
    this.events.onChange((type, event) => {
      if (type === 'DELETED') this.store.delete('Event', event.metadata.namespace, event.metadata.name ?? '')
      else this.store.put(event)
    })
    const deps: KubeletDeps = {
      runtime: this.runtime,
      rand: this.rand.fork('kubelet'),
      now: () => this.clock.now(),
      pod: (uid) => this.findPod(uid),
      mountProblem: (uid) => {
        const pod = this.findPod(uid)
        return pod ? this.runtime.mountProblem?.(pod) : undefined
      },
      event: (pod, fieldPath, type, reason, message, component) => this.recordEvent(pod, fieldPath, type, reason, message, component),
      log: (containerID, stream, text, at) => {
        const lines = this.logs.get(containerID) ?? []
        lines.push({ at, stream, text })
        this.logs.set(containerID, lines)
      },
    }
    this.kubelet = createActor(kubeletMachine, {
      clock: this.clock,
      input: { deps, schedule: (pod) => this.schedulePod(pod), removed: (uid) => this.removePod(uid) },
      inspect: (ev) => {
        if (ev.type !== '@xstate.snapshot') return
        // Pod workers carry podUid; their containers carry it in env.pod.
        const ctx = (ev.snapshot as { context?: { podUid?: string; env?: { pod?: { uid?: string } } } }).context
        const uid = ctx?.podUid ?? ctx?.env?.pod?.uid
        if (uid) this.dirty.add(uid)
      },
    })
    this.kubelet.start()
    this.clock.onFired = () => this.flush()
    this.controllers = createActor(controllerManagerMachine, { clock: this.clock, input: { host: this.controllerHost() } })
    this.controllers.start()
    // Controllers hear about their objects and the pods they own, as their informers would.
    this.store.watch((change) => {
      const owned = change.kind === 'Pod' && (change.object.metadata.ownerReferences?.length ?? 0) > 0
      if (!WORKLOADS.has(change.kind) && !owned) return
      // Straight to each controller, as each has its own informer. (Forwarding through the manager's
      // enqueueActions while another controller's action is writing the store makes xstate's
      // development build warn that a custom action called sendTo().)
      const event: ControllerEvent = { type: 'object.changed', change: { type: change.type, object: change.object } }
      for (const child of Object.values(this.controllers.getSnapshot().children)) child?.send(event)
    })
    // The nodes registered themselves three days before the sandbox opened.
    for (const node of defaultNodes(this.now() - 3 * 24 * 3600_000, () => this.ids.uuid())) this.addNode(node)
  }

  /** Virtual epoch ms. */
  now(): number {
    return this.clock.now()
  }

  /** Lets `ms` of virtual time pass, firing everything due on the way. */
  advance(ms: number): void {
    const target = this.clock.now() + Math.max(0, ms)
    // Events expire at their own deadlines, between the timers around them, so how the caller slices
    // time (60 frames a second, or one jump for a replay) never changes what is stored.
    // A step never spans the shortest expiry window (a series finishes 6 min after its last event),
    // so an event recorded during a step cannot fall due before the step ends.
    let expiredAt = -Infinity
    for (;;) {
      const deadline = Math.min(this.events.nextDeadline() ?? Infinity, this.clock.now() + EXPIRY_STEP_MS)
      if (deadline >= target) break
      const step = Math.max(deadline, this.clock.now())
      // Already expired at this instant and still due: leave it to the final expire, never spin.
      if (step === expiredAt) break
      this.clock.advanceTo(step)
      this.events.expire(step)
      expiredAt = step
    }
    this.clock.advanceTo(target)
    this.events.expire(target)
  }

  /** When the next thing is due to happen, or undefined when the cluster is idle. */
  nextChangeAt(): number | undefined {
    return this.clock.nextDue()
  }

  /** Creates a Pod as the API server does: defaulting, admission, validation, then storage. */
  createPod(input: Pod): WriteResult<Pod> {
    const namespace = input.metadata?.namespace ?? 'default'
    const defaulted = admitPod(defaultPod({ ...input, metadata: { ...input.metadata, namespace } }), {
      namespace,
      randomSuffix: () => this.ids.alnum(5),
    })
    const errors = validatePodCreate(defaulted)
    if (errors.length > 0) return { ok: false, reason: 'Invalid', errors }
    if (!NAMESPACES.includes(namespace)) return { ok: false, reason: 'NotFound', message: `namespaces "${namespace}" not found` }
    const name = defaulted.metadata.name ?? ''
    if (this.store.get('Pod', namespace, name)) return { ok: false, reason: 'AlreadyExists', message: `pods "${name}" already exists` }
    const now = this.now()
    const pod: Pod = {
      ...defaulted,
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { ...defaulted.metadata, uid: this.ids.uuid(), generation: 1, creationTimestamp: rfc3339(now) },
    }
    pod.status = buildPodStatus(pod, { sandboxReady: false, terminal: false, initialized: false }, [], undefined, now)
    const stored = this.store.put(pod)
    this.byUid.set(pod.metadata.uid!, { namespace, name })
    this.kubelet.send({ type: 'pod.created', pod: stored })
    this.flush()
    return { ok: true, object: this.store.get<Pod>('Pod', namespace, name)! }
  }

  /**
   * Stores an object of a kind without its own controller yet (Service, ConfigMap, ...): metadata
   * is completed as the API server does; `mode` create refuses an existing object.
   */
  putObject(
    input: KubeObject,
    mode: 'apply' | 'create',
  ): { ok: true; action: 'created' | 'configured' | 'unchanged' } | { ok: false; reason: string; message: string; errors?: FieldError[] } {
    const kind = input.kind ?? ''
    const namespaced = kind !== 'Node' && kind !== 'Namespace'
    const namespace = namespaced ? input.metadata?.namespace ?? 'default' : undefined
    const name = input.metadata?.name ?? ''
    const existing = this.store.get(kind, namespace, name)
    if (kind === 'Service') {
      // API-server defaulting: type ClusterIP, an allocated IP (kept on update), ports' protocol and targetPort.
      const keep = existing ? () => (existing as Service).spec.clusterIP ?? this.allocateClusterIP() : this.allocateClusterIP
      input = defaultService(input as Service, keep)
    }
    if (kind === 'Secret') input = defaultSecret(input as Secret)
    const resource = `${kind.toLowerCase()}s`
    if (existing && mode === 'create') return { ok: false, reason: 'AlreadyExists', message: `${resource} "${name}" already exists` }
    const uid = existing?.metadata.uid ?? this.ids.uuid()
    if (kind === 'Deployment' || kind === 'ReplicaSet') {
      input = defaultWorkload(input)
      const errors = validateWorkload(input)
      if (errors.length > 0) return { ok: false, reason: 'Invalid', message: '', errors }
    }
    if (kind === 'Job' && !existing) {
      input = defaultJob(input, uid)
      const errors = validateJob(input)
      if (errors.length > 0) return { ok: false, reason: 'Invalid', message: '', errors }
    }
    const metadata = existing
      ? { ...input.metadata, namespace, uid, creationTimestamp: existing.metadata.creationTimestamp }
      : { ...input.metadata, namespace, uid, creationTimestamp: rfc3339(this.now()) }
    if (!namespaced) delete metadata.namespace
    // Workloads count spec changes in metadata.generation; their status belongs to the controllers.
    if (WORKLOADS.has(kind)) {
      const specChanged = !existing || !deepEqual(existing.spec, input.spec)
      metadata.generation = (existing?.metadata.generation ?? 0) + (specChanged ? 1 : 0)
    }
    const next: KubeObject = existing?.status !== undefined && input.status === undefined ? { ...input, metadata, status: existing.status } : { ...input, metadata }
    if (existing && JSON.stringify({ ...existing, metadata: { ...existing.metadata, resourceVersion: undefined } }) === JSON.stringify({ ...next, metadata: { ...metadata, resourceVersion: undefined } })) {
      return { ok: true, action: 'unchanged' }
    }
    if (kind === 'Node') this.addNode(next)
    else this.store.put(next)
    this.kubelet.send({ type: 'cluster.changed' })
    return { ok: true, action: existing ? 'configured' : 'created' }
  }

  /** Updates a Pod's spec and metadata (PUT semantics); only what ValidatePodUpdate allows. */
  updatePod(input: Pod): WriteResult<Pod> {
    const namespace = input.metadata?.namespace ?? 'default'
    const name = input.metadata?.name ?? ''
    const old = this.store.get<Pod>('Pod', namespace, name)
    if (!old) return { ok: false, reason: 'NotFound', message: `pods "${name}" not found` }
    // PUT semantics: the caller sends the whole object; the server keeps only its own bookkeeping.
    const { uid, creationTimestamp, generation, resourceVersion, deletionTimestamp, deletionGracePeriodSeconds } = old.metadata
    const system = { uid, creationTimestamp, generation, resourceVersion, deletionTimestamp, deletionGracePeriodSeconds }
    for (const key of Object.keys(system) as (keyof typeof system)[]) if (system[key] === undefined) delete system[key]
    const next = defaultPod({ ...input, metadata: { ...input.metadata, ...system, namespace } })
    const errors = validatePodUpdate(next, old)
    if (errors.length > 0) return { ok: false, reason: 'Invalid', errors }
    const specChanged = !deepEqual(next.spec, old.spec)
    const metadata = { ...next.metadata }
    if (specChanged) metadata.generation = (old.metadata.generation ?? 1) + 1
    const pod: Pod = { ...old, metadata, spec: next.spec, status: old.status }
    if (!specChanged && deepEqual(pod.metadata, old.metadata)) return { ok: true, object: old }
    const stored = this.store.put(pod)
    this.kubelet.send({ type: 'pod.updated', pod: stored })
    this.dirty.add(old.metadata.uid ?? '')
    this.flush()
    return { ok: true, object: this.store.get<Pod>('Pod', namespace, name)! }
  }

  /** Starts a graceful deletion (or removes at once a pod no kubelet runs). */
  deletePod(namespace: string, name: string, gracePeriodSeconds?: number): WriteResult<Pod> {
    const pod = this.store.get<Pod>('Pod', namespace, name)
    if (!pod) return { ok: false, reason: 'NotFound', message: `pods "${name}" not found` }
    if (pod.metadata.deletionTimestamp) return { ok: true, object: pod }
    const grace = gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30
    const uid = pod.metadata.uid ?? ''
    if (!pod.spec.nodeName && !this.isBound(pod)) {
      this.kubelet.send({ type: 'pod.deleted', uid, graceMs: 0 })
      return { ok: true, object: pod }
    }
    const now = this.now()
    const marked = this.store.put<Pod>({
      ...pod,
      metadata: { ...pod.metadata, deletionTimestamp: rfc3339(now + grace * 1000), deletionGracePeriodSeconds: grace },
    })
    this.kubelet.send({ type: 'pod.deleted', uid, graceMs: grace * 1000 })
    this.flush()
    return { ok: true, object: marked }
  }

  /** The lines a container instance wrote, oldest first. */
  containerLog(containerID: string): readonly LogLine[] {
    return this.logs.get(containerID) ?? []
  }

  /**
   * A pods/exec request: starts `argv` in the running container `container` of a pod, with the
   * API server's, kubelet's and runtime's errors. The caller resumes the process on this clock.
   */
  execInContainer(namespace: string, pod: string, container: string, argv: string[], io: ExecIO): ExecResult {
    return execInPod(this.store.get<Pod>('Pod', namespace, pod), pod, container, argv, io, this.runtime, () => this.execIDs.hex(64))
  }

  /** A file as a pod's container sees it now (image and volumes), or undefined. Reads only. */
  readContainerFile(namespace: string, pod: string, container: string, path: string): string | undefined {
    return readPodFile(this.store.get<Pod>('Pod', namespace, pod), container, path, this.runtime)
  }

  /** Every stored Pod, or those of one namespace. */
  pods(namespace?: string): Pod[] {
    return this.store.list<Pod>('Pod', namespace)
  }

  /** Every stored Event, or those of one namespace. */
  eventList(namespace?: string): KubeEvent[] {
    return this.store.list<KubeEvent>('Event', namespace)
  }

  private isBound(pod: Pod): boolean {
    return pod.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.status === 'True') ?? false
  }

  private recordEvent(pod: PodIdentity, fieldPath: string | undefined, type: 'Normal' | 'Warning', reason: string, message: string, component = 'kubelet'): void {
    const stored = this.store.get<Pod>('Pod', pod.namespace, pod.name)
    const ref = {
      kind: 'Pod',
      namespace: pod.namespace,
      name: pod.name,
      uid: pod.uid,
      apiVersion: 'v1',
      ...(stored?.metadata.resourceVersion ? { resourceVersion: stored.metadata.resourceVersion } : {}),
      ...(fieldPath ? { fieldPath } : {}),
    }
    if (component === 'default-scheduler') {
      // The scheduler writes through events.k8s.io/v1: eventTime and action, no count or timestamps.
      this.events.recordViaEventsApi({
        regarding: ref,
        type,
        reason,
        action: reason === 'Scheduled' ? 'Binding' : 'Scheduling',
        note: message,
        reportingController: 'default-scheduler',
        reportingInstance: `default-scheduler-${CONTROL_PLANE}`,
        now: this.now(),
      })
      return
    }
    this.events.record({
      involvedObject: ref,
      type,
      reason,
      message,
      source: component === 'kubelet' ? { component, host: stored?.spec.nodeName ?? '' } : { component },
      now: this.now(),
    })
  }

  private removePod(uid: string): void {
    const pod = this.findPod(uid)
    if (pod) this.store.delete('Pod', pod.metadata.namespace, pod.metadata.name ?? '')
    this.runtime.removePod?.(uid)
    // Freed resources may let a waiting pod fit now.
    this.kubelet.send({ type: 'cluster.changed' })
    this.byUid.delete(uid)
    this.lastInputs.delete(uid)
    this.dirty.delete(uid)
  }

  /** The API as kube-controller-manager's controllers use it. */
  private controllerHost(): ControllerHost {
    return {
      now: () => this.now(),
      rand: this.ids.fork('controllers'),
      get: (kind, namespace, name) => this.store.get(kind, namespace, name),
      list: (kind, namespace) => this.store.list(kind, namespace),
      put: (object) => {
        const existing = this.store.get(object.kind ?? '', object.metadata.namespace, object.metadata.name ?? '')
        const metadata = existing
          ? { ...object.metadata, uid: existing.metadata.uid, creationTimestamp: existing.metadata.creationTimestamp }
          : { ...object.metadata, uid: object.metadata.uid ?? this.ids.uuid(), creationTimestamp: rfc3339(this.now()), generation: 1 }
        return this.store.put({ ...object, metadata })
      },
      putStatus: (object) => this.store.put(object),
      remove: (kind, namespace, name) => void this.store.delete(kind, namespace, name),
      createPod: (pod) => {
        const r = this.createPod(pod)
        if (r.ok) return r
        return { ok: false, message: r.errors ? formatErrors(r.errors) : r.message ?? r.reason }
      },
      deletePod: (namespace, name) => void this.deletePod(namespace, name),
      event: (object, type, reason, message, component) =>
        this.events.record({ involvedObject: object, type, reason, message, source: { component }, now: this.now() }),
    }
  }

  /** Stores a Node object and the kubelet-side facts of its node. */
  private addNode(node: KubeObject): void {
    this.store.put(node)
    const name = node.metadata.name ?? ''
    if (this.nodes.has(name)) return
    const addresses = ((node.status as { addresses?: { type: string; address: string }[] } | undefined)?.addresses ?? [])
    const ip = addresses.find((a) => a.type === 'InternalIP')?.address ?? ''
    const cidr = String((node.spec as { podCIDR?: string } | undefined)?.podCIDR ?? `10.244.${this.nodes.size}.0/24`)
    this.nodes.set(name, { name, ip, images: new Map(), pullerFreeAt: 0, nextPodIP: 5, podCIDRPrefix: cidr.split('.').slice(0, 3).join('.') })
  }

  /** kube-scheduler's decision for `pod` against the stored nodes and the pods bound to them. */
  private schedulePod(pod: Pod): SchedulingDecision {
    const stored = this.store.get<Pod>('Pod', pod.metadata.namespace, pod.metadata.name ?? '') ?? pod
    // A pod that names its node skips the scheduler; on a node that does not exist it waits, silently.
    const named = stored.spec.nodeName
    if (named) return this.nodes.has(named) ? { node: this.nodes.get(named)! } : { unschedulable: '' }
    const result = schedule(stored, this.store.list('Node'), this.store.list<Pod>('Pod'))
    if ('node' in result) return { node: this.nodes.get(result.node)! }
    return { unschedulable: failedSchedulingEventMessage(result.unschedulable.message) }
  }

  private findPod(uid: string): Pod | undefined {
    const where = this.byUid.get(uid)
    return where && this.store.get<Pod>('Pod', where.namespace, where.name)
  }

  // Most clock steps change one container of a pod: reuse the other containers' statuses.
  private readonly memoStatus = (f: ContainerFacts, reason: string): ContainerStatus => {
    const key = f.spec
    const memo = this.statusMemo.get(key)
    if (memo && memo.instances === f.instances && memo.waiting === f.waiting && memo.restartCount === f.restartCount && memo.pulled === f.pulled && memo.reason === reason && memo.started === f.probes?.started && memo.ready === f.probes?.ready) {
      return memo.status
    }
    const status = toContainerStatus(f, reason)
    this.statusMemo.set(key, { instances: f.instances, waiting: f.waiting, restartCount: f.restartCount, pulled: f.pulled, spec: f.spec, reason, started: f.probes?.started, ready: f.probes?.ready, status })
    return status
  }

  /** The kubelet's pod worker for a Pod uid, for views that draw its state machine; read, never send to it. */
  podWorker(uid: string): PodWorkerRef | undefined {
    return this.kubelet.getSnapshot().context.workers[uid]
  }

  /** Writes the derived status of every pod whose facts changed since the last flush. */
  private flush(): void {
    if (this.dirty.size === 0) return
    const workers = this.kubelet.getSnapshot().context.workers
    for (const uid of this.dirty) {
      const worker = workers[uid]
      const pod = this.findPod(uid)
      if (!worker || !pod) continue
      const ctx = worker.getSnapshot().context
      // Binding writes spec.nodeName, as the scheduler's Binding does in the API server.
      const binding = ctx.facts.scheduledAt !== undefined && ctx.node !== undefined && !pod.spec.nodeName
      const base: Pod = binding ? { ...pod, spec: { ...pod.spec, nodeName: ctx.node!.name } } : pod
      const containers = containerFactsOf(ctx)
      // Most steps change a machine's bookkeeping but nothing the status shows: skip those cheaply.
      const inputs: unknown[] = [base, ctx.facts]
      for (const c of containers) inputs.push(c.instances, c.waiting, c.restartCount, c.pulled, c.spec, c.probes?.started, c.probes?.ready)
      const last = this.lastInputs.get(uid)
      if (!binding && last && last.length === inputs.length && last.every((v, i) => v === inputs[i])) continue
      this.lastInputs.set(uid, inputs)
      const status = buildPodStatus(base, ctx.facts, containers, pod.status, this.now(), this.memoStatus)
      if (!binding && deepEqual(status, pod.status)) continue
      this.store.put<Pod>({ ...base, status })
    }
    this.dirty.clear()
  }
}

/** Field errors as one line, for a controller's FailedCreate event. */
function formatErrors(errors: FieldError[]): string {
  return errors.map((e) => e.message).join(', ')
}

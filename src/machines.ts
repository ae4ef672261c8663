// The kubelet's xstate machines as data the page can draw: each machine's definition as a plain
// tree read from the machine objects themselves, and the states a Pod's actors are in right now.
// Read-only: it looks at snapshots and never sends the actors anything.

import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition, StateValue } from 'xstate'
import type { Cluster } from './engine/cluster'
import { containerMachine } from './engine/kubelet/containerMachine'
import { isSidecar } from './engine/kubelet/containerFacts'
import type { PodWorkerRef } from './engine/kubelet/kubeletMachine'
import { podMachine } from './engine/kubelet/podMachine'

/** One transition out of a state: what triggers it, where it goes, under which guard, doing what. */
export interface TransitionSummary {
  /** `event`: an event the actor receives; `after`: a timer of the state; `always`: taken as soon as its guard holds. */
  trigger: 'event' | 'after' | 'always'
  /** The event type (`container.start`); for `after`, the named delay (`wait`) or its milliseconds as a string. */
  event: string
  /** Target state paths from the machine's root (`starting.creating`); empty when the actor stays where it is. */
  targets: string[]
  /** The guard's name, when the transition has one. */
  guard?: string
  /** The actions' names; an inline assignment reads `assign`, other inline code `inline`. */
  actions: string[]
  /** True when the actor leaves and re-enters its state (its timers start again). */
  reenter: boolean
}

/** A state of a machine, with its children, as a serializable tree. */
export interface StateNodeSummary {
  /** The xstate id, unique in the machine: `container.imageFailed.backingOff`. */
  id: string
  /** The state's own key (`backingOff`); the machine's id for the root. */
  key: string
  /** Dotted path from the machine's root (`imageFailed.backingOff`); `''` for the root. */
  path: string
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history'
  /** The key of the child a compound state starts in. */
  initial?: string
  /** In document order: events first, then timers, then `always`; within a trigger, in guard order. */
  transitions: TransitionSummary[]
  children: StateNodeSummary[]
}

/** One machine of a Pod, with the states its actor is in. */
export interface MachineView {
  /** The actor's id in its parent (`pod:<uid>`, `init:<name>`, `app:<name>`). */
  id: string
  definition: StateNodeSummary
  /** Leaf state paths the actor is in (`running.sleeping`); one per region, so one here. */
  active: string[]
  /** The actor's own status: `done` once it reached a final state. */
  status: 'active' | 'done' | 'error' | 'stopped'
}

/** A container actor's chart. */
export interface ContainerMachineView extends MachineView {
  name: string
  init: boolean
  /** An init container with restartPolicy Always (a sidecar). */
  sidecar: boolean
}

/** The kubelet's machines for one Pod: its pod worker and its container actors, init containers first. */
export interface PodMachines {
  pod: MachineView
  /** Empty until the pod worker admits the Pod (it creates the container actors then). */
  containers: ContainerMachineView[]
}

const cache = new WeakMap<AnyStateMachine, StateNodeSummary>()

/** The definitions of the pod worker and container machines, derived once from the machine objects. */
export function machineDefinitions(): { podWorker: StateNodeSummary; container: StateNodeSummary } {
  return { podWorker: summarizeMachine(podMachine), container: summarizeMachine(containerMachine) }
}

/** Any xstate machine's states and transitions as a plain tree (memoized per machine). */
export function summarizeMachine(machine: AnyStateMachine): StateNodeSummary {
  let summary = cache.get(machine)
  if (!summary) {
    summary = summarizeNode(machine.root)
    cache.set(machine, summary)
  }
  return summary
}

function summarizeNode(node: AnyStateNode): StateNodeSummary {
  const transitions: TransitionSummary[] = []
  // `after` transitions also appear in `transitions` under generated `xstate.after.*` event types.
  for (const [eventType, list] of node.transitions) {
    if (eventType.startsWith('xstate.after.')) continue
    for (const t of list) transitions.push(summarizeTransition('event', eventType, t))
  }
  for (const t of node.after) {
    const delay = typeof t.delay === 'function' ? 'inline' : String(t.delay)
    transitions.push(summarizeTransition('after', delay, t))
  }
  for (const t of node.always ?? []) transitions.push(summarizeTransition('always', 'always', t))
  const children = Object.values(node.states).map((child) => summarizeNode(child))
  const summary: StateNodeSummary = {
    id: node.id,
    key: node.key,
    path: node.path.join('.'),
    type: node.type,
    transitions,
    children,
  }
  const initial = node.type === 'compound' ? node.initial?.target[0]?.key : undefined
  if (initial !== undefined) summary.initial = initial
  return summary
}

function summarizeTransition(trigger: TransitionSummary['trigger'], event: string, t: AnyTransitionDefinition): TransitionSummary {
  const summary: TransitionSummary = {
    trigger,
    event,
    targets: (t.target ?? []).map((target) => target.path.join('.')),
    actions: t.actions.map(nameOf),
    reenter: t.reenter,
  }
  if (t.guard !== undefined) summary.guard = nameOf(t.guard)
  return summary
}

/** A readable name for an action or guard: its setup() name, else what kind of inline code it is. */
function nameOf(item: unknown): string {
  if (typeof item === 'string') return item
  const type = (item as { type?: unknown } | null)?.type
  if (typeof type === 'string') return type.startsWith('xstate.') ? type.slice('xstate.'.length) : type
  return 'inline'
}

/** The leaf state paths of an xstate state value (`{ running: 'sleeping' }` -> `['running.sleeping']`). */
export function activePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix ? `${prefix}.${value}` : value]
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return child === undefined ? [path] : activePaths(child, path)
  })
}

/** The machines the kubelet runs for one Pod and the states they are in, or undefined when it runs none. */
export function podMachines(sandbox: { cluster: Cluster }, name: string, namespace = 'default'): PodMachines | undefined {
  const pod = sandbox.cluster.store.get('Pod', namespace, name)
  const uid = pod?.metadata.uid
  if (!uid) return undefined
  const worker = sandbox.cluster.podWorker(uid)
  if (!worker) return undefined
  const snapshot = worker.getSnapshot()
  return {
    pod: { id: worker.id, definition: summarizeMachine(podMachine), active: activePaths(snapshot.value), status: snapshot.status },
    containers: snapshot.context.containers.map((ref) => {
      const s = ref.getSnapshot()
      return {
        id: ref.id,
        name: s.context.name,
        init: s.context.kind === 'init',
        sidecar: isSidecar(s.context),
        definition: summarizeMachine(containerMachine),
        active: activePaths(s.value),
        status: s.status,
      }
    }),
  }
}

/**
 * The containers of a Pod whose kubelet actor is pulling its image right now (the container
 * machine's `starting.pulling` state): the status only says ContainerCreating or PodInitializing.
 */
export function pullingContainers(sandbox: { cluster: Cluster }, name: string, namespace = 'default'): Set<string> {
  const uid = sandbox.cluster.store.get('Pod', namespace, name)?.metadata.uid
  const worker = uid ? sandbox.cluster.podWorker(uid) : undefined
  const out = new Set<string>()
  for (const ref of worker?.getSnapshot().context.containers ?? []) {
    const s = ref.getSnapshot()
    if (activePaths(s.value).some((p) => p === 'starting.pulling')) out.add(s.context.name)
  }
  return out
}

// Pure helpers of the statechart view: which boxes are lit, how a transition reads, the one-line
// summary for screen readers, and which pod, container and tab are chosen. No DOM, no i18n store.

import { humanDuration, type Pod, type StateNodeSummary, type TransitionSummary } from '../../sandbox'

/** Every state path that is lit: the active leaves and all their ancestors, the root (`''`) included. */
export function litPaths(active: readonly string[]): Set<string> {
  const lit = new Set<string>([''])
  for (const leaf of active) {
    const keys = leaf.split('.')
    for (let i = 1; i <= keys.length; i++) lit.add(keys.slice(0, i).join('.'))
  }
  return lit
}

/** A state path as the learner reads it: `running.sleeping` -> `running › sleeping`. */
export function pathText(path: string): string {
  return path.split('.').join(' › ')
}

/** The nodes from the root's first child down to each active leaf, in order (for the explanations). */
export function activeChain(root: StateNodeSummary, active: readonly string[]): StateNodeSummary[] {
  const lit = litPaths(active)
  const chain: StateNodeSummary[] = []
  const walk = (node: StateNodeSummary): void => {
    for (const child of node.children) {
      if (!lit.has(child.path)) continue
      chain.push(child)
      walk(child)
    }
  }
  walk(root)
  return chain
}

/** The parts of one transition line: trigger text, target text (undefined when it stays put), guard and actions. */
export interface TransitionLine {
  trigger: string
  /** Dotted target paths shown with ›; `self` when the state leaves and re-enters itself. */
  target: string | undefined
  self: boolean
  guard?: string
  actions: string[]
}

/** How one transition out of `from` reads: `after 5m → scheduling`, `always [bound] → admitting`. */
export function transitionLine(t: TransitionSummary, from: string): TransitionLine {
  const trigger = t.trigger === 'after' ? `after ${delayText(t.event)}` : t.event
  const self = t.targets.length === 1 && t.targets[0] === from
  const target = t.targets.length === 0 ? undefined : t.targets.map(pathText).join(', ')
  const line: TransitionLine = { trigger, target, self, actions: t.actions }
  if (t.guard !== undefined) line.guard = t.guard
  return line
}

/** A named delay stays a name (`wait`); milliseconds read as kubectl reads durations (`5m`). */
function delayText(delay: string): string {
  return /^\d+$/.test(delay) ? humanDuration(Number(delay)) : delay
}

/** One machine in the summary line: its label and its active leaf paths. */
export interface SummaryPart {
  label: string
  active: readonly string[]
}

/** The punctuation of a summary line, which differs by language (`: ` and `; `, `：` and `；`). */
export interface Punctuation {
  colon: string
  separator: string
}

/** The text twin of the charts: `Pod worker: active; init-myservice: running › sleeping`. */
export function summaryLine(parts: readonly SummaryPart[], punctuation: Punctuation = { colon: ': ', separator: '; ' }): string {
  return parts.map((p) => `${p.label}${punctuation.colon}${p.active.map(pathText).join(', ')}`).join(punctuation.separator)
}

/** A pod's key in the picker: `namespace/name`. */
export function podKey(pod: Pod): string {
  return `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name ?? ''}`
}

/** The pod to show: the one chosen while it exists, else the first; undefined with no pods. */
export function pickKey(keys: readonly string[], chosen: string | undefined): string | undefined {
  return chosen !== undefined && keys.includes(chosen) ? chosen : keys[0]
}

/** Splits a `namespace/name` key (names cannot hold '/'). */
export function splitPodKey(key: string): { namespace: string; name: string } {
  const at = key.indexOf('/')
  return { namespace: key.slice(0, at), name: key.slice(at + 1) }
}

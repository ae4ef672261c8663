// Decides whether a condition holds: against the sandbox now (state), the recorded history, the
// learner's commands and answers. Pure apart from reading the sandbox it is handed.

import { printPodRow, readContainerFile, type CommandResult, type ContainerStatus, type Pod, type Sandbox } from '../sandbox'
import type { History } from './history'
import { valueAt } from './objectPath'
import type { Condition, PodRef } from './types'

/** A command line the learner ran, with what it answered and when. */
export interface CommandRecord {
  line: string
  result: CommandResult
  /** Virtual instant the command started, ms. */
  at: number
}

/** A recorded answer to a prediction. */
export interface Answer {
  choice: string
  correct: boolean
  /** Virtual instant, ms. */
  at: number
}

/** Everything a condition may read. */
export interface EvalContext {
  sandbox: Sandbox
  history: History
  commands: readonly CommandRecord[]
  answers: ReadonlyMap<string, Answer>
  goalsMet: ReadonlySet<string>
  /** The current log of a pod's container (its only or first app container when unnamed). */
  logs: (pod: Pod, container: string | undefined) => string
}

/** A matcher for a name where `*` stands for any run of characters. */
export function globMatcher(pattern: string): (name: string) => boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)
  return (name) => re.test(name)
}

function podsOf(ctx: EvalContext, ref: PodRef): Pod[] {
  const match = globMatcher(ref.pod)
  return ctx.sandbox.pods(ref.namespace).filter((p) => match(p.metadata.name ?? ''))
}

function statusOf(pod: Pod, name: string): ContainerStatus | undefined {
  const s = pod.status
  return [...(s?.initContainerStatuses ?? []), ...(s?.containerStatuses ?? [])].find((c) => c.name === name)
}

function logsOfRef(ctx: EvalContext, ref: PodRef) {
  const name = globMatcher(ref.pod)
  return ctx.history.logsOf((pod, namespace) => namespace === ref.namespace && name(pod))
}

/** True when `wanted` appears in `seen` in order, other entries allowed in between. */
function inOrder(seen: readonly string[], wanted: readonly string[]): boolean {
  let i = 0
  for (const s of seen) if (i < wanted.length && s === wanted[i]) i++
  return i === wanted.length
}

function commandMatches(c: Extract<Condition, { kind: 'command' }>, r: CommandRecord): boolean {
  if (c.matches && !c.matches.test(r.line)) return false
  if (!c.has.every((w) => r.line.includes(w))) return false
  if (c.output !== undefined && !(r.result.stdout + r.result.stderr).includes(c.output)) return false
  if (c.exitCode !== undefined && r.result.exitCode !== c.exitCode) return false
  if (c.failed !== undefined && (r.result.exitCode !== 0) !== c.failed) return false
  return true
}

/** One `spec` test on the value its path found (undefined when nothing is there). */
function specHolds(c: Extract<Condition, { kind: 'spec' }>, value: unknown): boolean {
  if (c.absent !== undefined) return (value === undefined || value === null) === c.absent
  if (value === undefined) return false
  // A scalar compares as its text, so `is: 30` matches the number 30 and `is: "true"` the boolean.
  if (c.is !== undefined) return (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && c.is.includes(String(value))
  return c.contains !== undefined && JSON.stringify(value).includes(c.contains)
}

/** Whether `c` holds now. */
export function evaluate(c: Condition, ctx: EvalContext): boolean {
  switch (c.kind) {
    case 'all':
      return c.of.every((x) => evaluate(x, ctx))
    case 'any':
      return c.of.some((x) => evaluate(x, ctx))
    case 'not':
      return !evaluate(c.of, ctx)
    case 'goal':
      return ctx.goalsMet.has(c.id)
    case 'predicted': {
      const a = ctx.answers.get(c.id)
      return a !== undefined && (!c.correct || a.correct)
    }
    case 'status': {
      const now = ctx.sandbox.now()
      return podsOf(ctx, c.ref).some((p) => c.is.includes(printPodRow(p, now).status))
    }
    case 'ready': {
      const now = ctx.sandbox.now()
      return podsOf(ctx, c.ref).some((p) => c.is.includes(printPodRow(p, now).ready))
    }
    case 'spec':
      return podsOf(ctx, c.ref).some((p) => specHolds(c, valueAt(p, c.steps)))
    case 'phase':
      return podsOf(ctx, c.ref).some((p) => c.is.includes(p.status?.phase ?? ''))
    case 'restarts':
      return podsOf(ctx, c.ref).some((p) => {
        const cs = statusOf(p, c.container)
        if (!cs) return false
        return (c.atLeast === undefined || cs.restartCount >= c.atLeast) && (c.atMost === undefined || cs.restartCount <= c.atMost)
      })
    case 'container':
      return podsOf(ctx, c.ref).some((p) => {
        const st = (c.last ? statusOf(p, c.container)?.lastState : statusOf(p, c.container)?.state) ?? {}
        const which = (['waiting', 'running', 'terminated'] as const).find((k) => st[k] !== undefined)
        if (!which || (c.state !== undefined && which !== c.state)) return false
        const detail = st[which] as { reason?: string; exitCode?: number }
        if (c.reason !== undefined && detail.reason !== c.reason) return false
        if (c.exitCode !== undefined && detail.exitCode !== c.exitCode) return false
        return true
      })
    case 'podCondition':
      return podsOf(ctx, c.ref).some((p) => (p.status?.conditions ?? []).some((pc) => pc.type === c.type && pc.status === c.status))
    case 'exists':
    case 'absent': {
      const match = globMatcher(c.name)
      const found = ctx.sandbox.objects(c.objectKind, c.namespace).some((o) => match(o.metadata.name ?? ''))
      return c.kind === 'exists' ? found : !found
    }
    case 'logs':
      return podsOf(ctx, c.ref).some((p) => ctx.logs(p, c.container).includes(c.contains))
    case 'file':
      // Read straight from the container's filesystem view: no exec, so distroless images count too.
      return podsOf(ctx, c.ref).some((p) => readContainerFile(ctx.sandbox, p.metadata.name ?? '', c.container, c.path, c.ref.namespace)?.includes(c.contains) ?? false)
    case 'sawStatus':
      return logsOfRef(ctx, c.ref).some((log) => log.some((s) => c.is.includes(s.status)))
    case 'statusOrder':
      return logsOfRef(ctx, c.ref).some((log) => inOrder(log.map((s) => s.status), c.statuses))
    case 'startOrder': {
      const name = globMatcher(c.ref.pod)
      return [...ctx.history.pods.values()].some((h) => h.namespace === c.ref.namespace && name(h.name) && inOrder(h.startOrder, c.containers))
    }
    case 'restartDelay': {
      const name = globMatcher(c.ref.pod)
      return [...ctx.history.pods.values()].some((h) => {
        if (h.namespace !== c.ref.namespace || !name(h.name)) return false
        const attempts = h.attempts.get(c.container) ?? []
        const ended = attempts[c.restart - 1]?.finishedAt
        const started = attempts[c.restart]?.startedAt
        if (ended === undefined || started === undefined) return false
        return Math.abs((started - ended) / 1000 - c.seconds) <= c.tolerance
      })
    }
    case 'event': {
      const pod = c.pod === undefined ? undefined : globMatcher(c.pod)
      return ctx.history.events.some(
        (e) =>
          e.reason === c.reason &&
          (pod === undefined || (e.pod !== undefined && pod(e.pod))) &&
          (c.container === undefined || e.container === c.container) &&
          (c.type === undefined || e.type === c.type) &&
          (c.message === undefined || e.message.includes(c.message)),
      )
    }
    case 'command': {
      if (c.last) {
        const last = ctx.commands[ctx.commands.length - 1]
        return last !== undefined && commandMatches(c, last)
      }
      return ctx.commands.some((r) => commandMatches(c, r))
    }
  }
}

// A lesson in progress on one sandbox (plain TS, no DOM): records what the cluster and the learner
// do, and says which goals are met, which hints apply and which prediction to ask now. Conditions
// are checked at every store write (a state the clock jumps past still counts) and after each command.

import type { CommandResult, Pod, Sandbox, WatchEvent } from '../sandbox'
import { evaluate, type Answer, type CommandRecord, type EvalContext } from './evaluate'
import { History, type SeenEvent, type StatusChange } from './history'
import { readsLogs } from './parseCondition'
import type { LessonProgress } from './progress'
import type { Condition, Lesson } from './types'

/** A goal and whether it is met (and since when, virtual ms). */
export interface GoalState {
  id: string
  met: boolean
  metAt?: number
}

/** A hint whose condition has held long enough, and since when it held (virtual ms). */
export interface ActiveHint {
  id: string
  since: number
}

/** The prediction to ask now: the page pauses the clock until it is answered. */
export interface PendingPrediction {
  id: string
  choices: string[]
  askedAt: number
}

export interface LessonRunOptions {
  /** Goals and answers saved from an earlier visit, shown as met and answered. */
  resume?: LessonProgress
}

/** A lesson attached to a sandbox, from its start until `dispose()`. */
export class LessonRun {
  private readonly history: History
  private readonly commandLog: CommandRecord[] = []
  private readonly answerMap = new Map<string, Answer>()
  private readonly met = new Map<string, number>()
  private readonly hintSince = new Map<string, number>()
  private readonly asked = new Map<string, number>()
  private readonly logConditions = new WeakSet<Condition>()
  private evaluating = false

  constructor(readonly lesson: Lesson, readonly sandbox: Sandbox, options: LessonRunOptions = {}) {
    for (const c of [...lesson.goals, ...lesson.hints, ...lesson.predictions].map((x) => x.when)) if (readsLogs(c)) this.logConditions.add(c)
    this.history = new History(sandbox, (change: WatchEvent) => {
      if (change.kind !== 'Event' || change.type === 'ADDED') this.check(false)
    })
    const now = sandbox.now()
    for (const id of options.resume?.goals ?? []) if (lesson.goals.some((g) => g.id === id)) this.met.set(id, now)
    for (const [id, choice] of Object.entries(options.resume?.predictions ?? {})) {
      const p = lesson.predictions.find((x) => x.id === id)
      if (p && p.choices.includes(choice)) this.answerMap.set(id, { choice, correct: choice === p.answer, at: now })
    }
    // The lesson's own apply is not the learner's command, so it is not recorded.
    if (lesson.start.applied) sandbox.exec('kubectl apply -f -', lesson.files[lesson.start.file])
    this.check(true)
  }

  /** Runs one command line as the learner's terminal would, and records it with its result and instant. */
  run(line: string, stdin?: string): CommandResult {
    const at = this.sandbox.now()
    const result = this.sandbox.exec(line, stdin)
    this.commandLog.push({ line, result, at })
    this.check(true)
    return result
  }

  /** Records a command that ran elsewhere (a streamed `kubectl get -w` the terminal ran itself). */
  record(line: string, result: CommandResult, at = this.sandbox.now()): void {
    this.commandLog.push({ line, result, at })
    this.check(true)
  }

  /** The sandbox with `exec` going through `run`, for code that takes a Sandbox (the terminal session). */
  recordingSandbox(): Sandbox {
    return { ...this.sandbox, exec: (line, stdin) => this.run(line, stdin) }
  }

  /** The editor's Apply: `kubectl apply -f -` with `text`, recorded like any command. */
  apply(text: string): CommandResult {
    return this.run('kubectl apply -f -', text)
  }

  /**
   * Lets up to `ms` of virtual time pass, stopping early at the instant a prediction is due, so the
   * learner is asked before the answer shows; returns the ms that passed.
   */
  advance(ms: number, options: { stopAtPrediction?: boolean } = {}): number {
    const stop = options.stopAtPrediction ?? true
    const start = this.sandbox.now()
    const target = start + Math.max(0, ms)
    const waiting = () => this.lesson.predictions.some((p) => !this.asked.has(p.id) && !this.answerMap.has(p.id))
    while (this.sandbox.now() < target) {
      if (stop && this.pendingPrediction()) break
      const next = this.sandbox.nextChangeAt()
      const now = this.sandbox.now()
      const step = stop && waiting() && next !== undefined && next < target ? Math.max(0, next - now) : target - now
      this.sandbox.advance(step)
    }
    this.check(true)
    return this.sandbox.now() - start
  }

  /** Each goal, in the lesson's order. */
  goals(): GoalState[] {
    this.check(true)
    return this.lesson.goals.map((g) => (this.met.has(g.id) ? { id: g.id, met: true, metAt: this.met.get(g.id) } : { id: g.id, met: false }))
  }

  /** The hints that apply now, most specific first (the lesson lists them so). */
  hints(): ActiveHint[] {
    this.check(true)
    const now = this.sandbox.now()
    return this.lesson.hints.flatMap((h) => {
      const since = this.hintSince.get(h.id)
      return since !== undefined && now - since >= h.forSeconds * 1000 ? [{ id: h.id, since }] : []
    })
  }

  /** The prediction to ask now, if any: the first one that came due and is not answered. */
  pendingPrediction(): PendingPrediction | undefined {
    this.check(true)
    const p = this.lesson.predictions.find((x) => this.asked.has(x.id) && !this.answerMap.has(x.id))
    return p && { id: p.id, choices: [...p.choices], askedAt: this.asked.get(p.id)! }
  }

  /** Records an answer (the first one counts) and says whether it was right. */
  answer(id: string, choice: string): Answer {
    const p = this.lesson.predictions.find((x) => x.id === id)
    if (!p) throw new Error(`lesson ${this.lesson.id} has no prediction "${id}"`)
    if (!p.choices.includes(choice)) throw new Error(`prediction "${id}" has no choice "${choice}"`)
    const before = this.answerMap.get(id)
    if (before) return before
    const a: Answer = { choice, correct: choice === p.answer, at: this.sandbox.now() }
    this.answerMap.set(id, a)
    this.check(true)
    return a
  }

  /** The correct choice of a prediction, for the page to show once it is answered. */
  correctChoice(id: string): string | undefined {
    return this.lesson.predictions.find((x) => x.id === id)?.answer
  }

  /** True once every goal is met. */
  get done(): boolean {
    return this.goals().every((g) => g.met)
  }

  /** What to save: done, goals met, answers (the page adds the editor's text). */
  progress(): LessonProgress {
    const goals = this.goals()
    return {
      done: goals.every((g) => g.met),
      goals: goals.filter((g) => g.met).map((g) => g.id),
      predictions: Object.fromEntries([...this.answerMap].map(([id, a]) => [id, a.choice])),
    }
  }

  /** Every change of a pod's STATUS column seen so far. */
  get statusLog(): readonly StatusChange[] {
    return this.history.statusLog
  }

  /** Every command the learner ran, oldest first. */
  get commands(): readonly CommandRecord[] {
    return this.commandLog
  }

  /** Every Event seen, oldest first (kept after the cluster expires them). */
  get events(): readonly SeenEvent[] {
    return this.history.events
  }

  /** The answers given, by prediction id. */
  get answers(): ReadonlyMap<string, Answer> {
    return this.answerMap
  }

  /** Stops following the sandbox. */
  dispose(): void {
    this.history.stop()
  }

  /** Whether `c` holds now, for callers such as the solution replay's waitUntil. */
  holds(c: Condition): boolean {
    return evaluate(c, this.context())
  }

  private context(): EvalContext {
    const logs = new Map<string, string>()
    return {
      sandbox: this.sandbox,
      history: this.history,
      commands: this.commandLog,
      answers: this.answerMap,
      goalsMet: new Set(this.met.keys()),
      logs: (pod: Pod, container: string | undefined) => {
        const key = `${pod.metadata.namespace}/${pod.metadata.name}/${container ?? ''}`
        let text = logs.get(key)
        if (text === undefined) {
          const c = container === undefined ? '' : ` -c ${container}`
          text = this.sandbox.exec(`kubectl logs ${pod.metadata.name} -n ${pod.metadata.namespace ?? 'default'}${c}`).stdout
          logs.set(key, text)
        }
        return text
      },
    }
  }

  /**
   * Re-checks goals, hints and predictions. Inside a store write (`withLogs` false) conditions that
   * read logs wait for the next check outside it, so the kubelet is never asked for logs mid-write.
   */
  private check(withLogs: boolean): void {
    if (this.evaluating) return
    this.evaluating = true
    try {
      const ctx = this.context()
      const now = this.sandbox.now()
      const skip = (c: Condition) => !withLogs && this.logConditions.has(c)
      // A goal may wait for another goal, so go round until nothing changes.
      for (let changed = true; changed; ) {
        changed = false
        for (const g of this.lesson.goals) {
          if (this.met.has(g.id) || skip(g.when) || !evaluate(g.when, { ...ctx, goalsMet: new Set(this.met.keys()) })) continue
          this.met.set(g.id, now)
          changed = true
        }
      }
      ctx.goalsMet = new Set(this.met.keys())
      for (const h of this.lesson.hints) {
        if (skip(h.when)) continue
        if (!evaluate(h.when, ctx)) this.hintSince.delete(h.id)
        else if (!this.hintSince.has(h.id)) this.hintSince.set(h.id, now)
      }
      for (const p of this.lesson.predictions) {
        if (this.asked.has(p.id) || this.answerMap.has(p.id) || skip(p.when)) continue
        if (evaluate(p.when, ctx)) this.asked.set(p.id, now)
      }
    } finally {
      this.evaluating = false
    }
  }
}

// The page's one link to the engine: a sandbox, the virtual clock driven by real time (play,
// pause, speed, skip to the next change), the cluster state as runes the components read, and
// the way back: every command is recorded with its instant, so any past moment can be replayed.

import { createSandbox, printPodRow, type CommandResult, type Pod, type Sandbox } from '../sandbox'
import { playOnto, ReplayCache, type RecordedInput } from './replay'
import { TimelineHistory } from './timeline/history'
import { LessonRun, type Lesson } from '../lessons'

/** Speeds the time bar offers: virtual seconds per real second. */
export const SPEEDS = [1, 2, 5, 10, 30, 60] as const

/** How long (real ms) the time bar says "back to now" after a command left the past. */
export const NOTICE_MS = 4000

/** One entry of the status log: a pod's STATUS column took a new value at a virtual instant. */
export interface StatusChange {
  /** Virtual instant, ms. */
  at: number
  pod: string
  status: string
}

/** The sandbox the page shows, as runes: the live cluster, its clock, and a view of any past moment. */
export class Lab {
  /** The live cluster: the terminal and Apply run here, whatever the cluster view shows. */
  readonly sandbox: Sandbox
  /** Every pod's container states and events over virtual time, for the timeline. */
  readonly history: TimelineHistory
  /** The live sandbox with `exec` routed through the Lab, so the terminal's commands are recorded too. */
  readonly shell: Sandbox
  readonly seed: number
  /** The pods of the moment on view (live, or the past the scrubber chose). */
  pods = $state.raw<Pod[]>([])
  /** The virtual instant on view, ms. */
  now = $state(0)
  /** The live cluster's virtual instant, ms: the right end of the scrubber. */
  liveNow = $state(0)
  startedAt: number
  playing = $state(true)
  speed = $state<number>(1)
  /** The past instant on view, or undefined when the view is live. */
  viewing = $state<number | undefined>(undefined)
  /** Set when a command or Play brought the view back from the past; clears itself after NOTICE_MS. */
  notice = $state<'backToNow' | undefined>(undefined)
  /** Every change of a pod's STATUS column, oldest first: the text twin of the animation. */
  statusLog = $state<StatusChange[]>([])
  /** The status log up to the instant on view (all of it when live). */
  visibleLog = $derived.by(() => {
    const until = this.viewing
    return until === undefined ? this.statusLog : this.statusLog.filter((c) => c.at <= until)
  })
  /** The last command's output, for the apply button's feedback. */
  lastResult = $state<CommandResult | undefined>(undefined)
  /** The lesson running on this cluster, if any: it sees every command and may pause the clock to ask. */
  lesson = $state.raw<LessonRun | undefined>(undefined)
  /** Moves whenever a lesson's goals, hints or question may have changed (commands, time, answers). */
  lessonVersion = $state(0)
  // Replaced, never mutated, so a reader sees a stable list and the replay cache can trust its prefix.
  private recorded = $state.raw<readonly RecordedInput[]>([])
  private lastStatus = new Map<string, string>()
  private stale = false
  private replays: ReplayCache
  // The replay on view. A seek forward may advance the same object: readers that follow its
  // contents also read `pods` or `now`, which change on every seek.
  private past = $state.raw<Sandbox | undefined>(undefined)
  // Sub-millisecond real-time remainders, so virtual instants stay whole milliseconds and replay exactly.
  private carry = 0
  private noticeLeft = 0

  /** The sandbox the cluster view shows: the live one, or a replay of the past while viewing; read it, never drive it. */
  get view(): Sandbox {
    return this.past ?? this.sandbox
  }

  /** Every command line run so far, with its instant: enough to replay the session from the seed. */
  get inputs(): readonly RecordedInput[] {
    return this.recorded
  }

  constructor(seed = 1) {
    this.seed = seed
    this.sandbox = createSandbox({ seed })
    this.history = new TimelineHistory(this.sandbox)
    this.shell = { ...this.sandbox, exec: (line, stdin) => this.exec(line, stdin) }
    this.replays = new ReplayCache(seed)
    this.startedAt = this.sandbox.now()
    this.stale = true
    this.refresh()
    // Store writes mark the pods stale, so a frame that runs many of them re-reads once; the status
    // log is kept per write, so a long jump still records every step the pod went through.
    this.sandbox.subscribe((ev) => {
      if (ev.kind !== 'Pod') return
      this.stale = true
      this.record(ev.object as Pod, ev.at, ev.type === 'DELETED')
    })
  }

  private record(pod: Pod, at: number, deleted: boolean): void {
    const key = `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`
    // A pod created again under the same name starts its log afresh.
    if (deleted) return void this.lastStatus.delete(key)
    const status = printPodRow(pod, at).status
    if (this.lastStatus.get(key) === status) return
    this.lastStatus.set(key, status)
    this.statusLog.push({ at, pod: pod.metadata.name ?? '', status })
  }

  private refresh(): void {
    this.liveNow = this.sandbox.now()
    if (this.lesson) this.lessonVersion++
    if (this.viewing !== undefined) return
    this.now = this.liveNow
    if (!this.stale) return
    this.stale = false
    this.pods = this.sandbox.pods()
  }

  /** Runs one terminal line against the live sandbox (leaving the past first) and records it. */
  exec(line: string, stdin?: string): CommandResult {
    if (this.viewing !== undefined) this.leavePast()
    const r = this.lesson ? this.lesson.run(line, stdin) : this.execLive(line, stdin)
    this.refresh()
    return r
  }

  // Every command reaches the live sandbox here, the lesson's own start apply too, so the replay
  // from the seed sees all of them.
  private execLive(line: string, stdin?: string): CommandResult {
    const at = this.sandbox.now()
    const r = this.sandbox.exec(line, stdin)
    const input: RecordedInput = stdin === undefined ? { at, end: this.sandbox.now(), line } : { at, end: this.sandbox.now(), line, stdin }
    this.recorded = [...this.recorded, input]
    return r
  }

  /**
   * Replays a shared session onto this fresh cluster: each command at its instant (milliseconds
   * after the start), then the clock to `at`. The commands are recorded again, as if typed here.
   */
  restore(inputs: readonly RecordedInput[], at: number): void {
    const shift = (t: number) => this.startedAt + t
    playOnto(this.shell, inputs.map((i) => ({ ...i, at: shift(i.at), end: shift(i.end) })), shift(at))
    this.refresh()
  }

  /** Starts `lesson` on this cluster (a fresh Lab per lesson); applies its start manifest if it says so. */
  startLesson(lesson: Lesson, options: ConstructorParameters<typeof LessonRun>[2] = {}): LessonRun {
    this.lesson?.dispose()
    const recording: Sandbox = { ...this.sandbox, exec: (line, stdin) => this.execLive(line, stdin) }
    this.lesson = new LessonRun(lesson, recording, options)
    this.refresh()
    return this.lesson
  }

  /** Answers the question the lesson is asking; the clock stays paused until the learner plays. */
  answer(id: string, choice: string): void {
    this.lesson?.answer(id, choice)
    this.lessonVersion++
  }

  /** `kubectl apply -f -` with the editor's text. */
  apply(text: string): CommandResult {
    this.lastResult = this.exec('kubectl apply -f -', text)
    return this.lastResult
  }

  /** Lets `ms` of virtual time pass in what is on view: the past moves towards now, then the live clock runs. */
  advance(ms: number): void {
    if (this.viewing !== undefined) {
      const target = this.viewing + ms
      if (target < this.sandbox.now()) return this.seek(target)
      ms = target - this.sandbox.now()
      this.goLive()
    }
    if (ms > 0) {
      if (this.lesson) {
        // The lesson stops the clock at the very instant its question comes due.
        this.lesson.advance(ms)
        if (this.lesson.pendingPrediction()) this.playing = false
      } else this.sandbox.advance(ms)
    }
    this.refresh()
  }

  /** Called with the real time that passed since the last frame; runs the clock when playing. */
  tick(realMs: number): void {
    if (this.noticeLeft > 0) {
      this.noticeLeft -= realMs
      if (this.noticeLeft <= 0) this.notice = undefined
    }
    if (!this.playing || realMs <= 0) return
    // Playing always plays the present (App or a test may set `playing` directly).
    if (this.viewing !== undefined) this.leavePast()
    this.carry += realMs * this.speed
    const whole = Math.floor(this.carry)
    this.carry -= whole
    if (whole > 0) this.advance(whole)
  }

  /** Starts the clock; from the past, it first comes back to now. */
  play(): void {
    if (this.viewing !== undefined) this.leavePast()
    this.playing = true
  }

  /** Stops the clock. */
  pause(): void {
    this.playing = false
  }

  /** Play or pause, as the time bar's button does. */
  togglePlay(): void {
    if (this.playing) this.pause()
    else this.play()
  }

  /**
   * Jumps to the next moment the cluster changes by itself (nothing happens when it is idle). In
   * the past, the next change is also a recorded command; stepping past the last one comes back to now.
   */
  skipToNextChange(): void {
    if (this.past && this.viewing !== undefined) {
      const from = this.past.now()
      const due = this.past.nextChangeAt()
      const command = this.recorded.find((i) => i.at > from)?.at
      const candidates = [due === undefined ? undefined : Math.max(due, from + 1), command].filter((t): t is number => t !== undefined)
      const next = candidates.length > 0 ? Math.min(...candidates) : Infinity
      return next >= this.sandbox.now() ? this.goLive() : this.seek(next)
    }
    const next = this.sandbox.nextChangeAt()
    if (next !== undefined) this.advance(next - this.sandbox.now())
  }

  /**
   * Shows the cluster as it was at `t` (clamped to the start; at or after now, the live view) and
   * stops the clock. A command that let time pass is one step: landing inside one shows its end
   * when moving forward, the moment before it when moving back.
   */
  seek(t: number): void {
    if (!Number.isFinite(t)) return
    this.playing = false
    const live = this.sandbox.now()
    let target = Math.max(this.startedAt, Math.round(t))
    if (target >= live) return this.goLive()
    if (target < this.now) target = this.beforeSpans(target)
    const past = this.replays.at(this.recorded, target)
    if (past.now() >= live) return this.goLive()
    this.past = past
    this.viewing = past.now()
    this.now = past.now()
    this.pods = past.pods()
  }

  /** Leaves the past: the view shows the live cluster again. */
  goLive(): void {
    this.past = undefined
    this.viewing = undefined
    this.stale = true
    this.refresh()
  }

  // Back to now because something must run in the present; the time bar says so for a moment.
  private leavePast(): void {
    this.goLive()
    this.notice = 'backToNow'
    this.noticeLeft = NOTICE_MS
  }

  // Moving back into a command that let time pass lands just before it (repeatedly, for chains).
  private beforeSpans(t: number): number {
    for (let i = this.recorded.length - 1; i >= 0; i--) {
      const { at, end } = this.recorded[i]!
      if (at <= t && t < end && at - 1 >= this.startedAt) t = at - 1
    }
    return t
  }
}

// The page's one link to the engine: a sandbox, the virtual clock driven by real time (play,
// pause, speed, skip to the next change), and the cluster state as runes the components read.

import { createSandbox, printPodRow, type CommandResult, type Pod, type Sandbox } from '../sandbox'

/** Speeds the time bar offers: virtual seconds per real second. */
export const SPEEDS = [1, 2, 5, 10, 30, 60] as const

export interface StatusChange {
  /** Virtual instant, ms. */
  at: number
  pod: string
  status: string
}

export class Lab {
  readonly sandbox: Sandbox
  pods = $state<Pod[]>([])
  now = $state(0)
  startedAt: number
  playing = $state(true)
  speed = $state<number>(1)
  /** Every change of a pod's STATUS column, oldest first: the text twin of the animation. */
  statusLog = $state<StatusChange[]>([])
  private lastStatus = new Map<string, string>()
  private stale = false
  /** The last command's output, for the apply button's feedback. */
  lastResult = $state<CommandResult | undefined>(undefined)

  /** The sandbox the cluster view shows: the live one (the time bar's scrubber may show the past). */
  get view(): Sandbox {
    return this.sandbox
  }

  constructor(seed = 1) {
    this.sandbox = createSandbox({ seed })
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
    this.now = this.sandbox.now()
    if (!this.stale) return
    this.stale = false
    this.pods = this.sandbox.pods()
  }

  /** Runs one terminal line against the sandbox. */
  exec(line: string, stdin?: string): CommandResult {
    const r = this.sandbox.exec(line, stdin)
    this.refresh()
    return r
  }

  /** `kubectl apply -f -` with the editor's text. */
  apply(text: string): CommandResult {
    this.lastResult = this.exec('kubectl apply -f -', text)
    return this.lastResult
  }

  /** Lets `ms` of virtual time pass. */
  advance(ms: number): void {
    this.sandbox.advance(ms)
    this.refresh()
  }

  /** Called with the real time that passed since the last frame; runs the clock when playing. */
  tick(realMs: number): void {
    if (!this.playing || realMs <= 0) return
    this.advance(realMs * this.speed)
  }

  /** Jumps to the next moment the cluster changes by itself (nothing happens when it is idle). */
  skipToNextChange(): void {
    const next = this.sandbox.nextChangeAt()
    if (next !== undefined) this.advance(next - this.sandbox.now())
  }
}

// The page's one link to the engine: a sandbox, the virtual clock driven by real time (play,
// pause, speed, skip to the next change), and the cluster state as runes the components read.

import { createSandbox, type CommandResult, type Pod, type Sandbox } from '../sandbox'

/** Speeds the time bar offers: virtual seconds per real second. */
export const SPEEDS = [1, 2, 5, 10, 30, 60] as const

export class Lab {
  readonly sandbox: Sandbox
  pods = $state<Pod[]>([])
  now = $state(0)
  startedAt: number
  playing = $state(true)
  speed = $state<number>(1)
  /** The last command's output, for the apply button's feedback. */
  lastResult = $state<CommandResult | undefined>(undefined)

  constructor(seed = 1) {
    this.sandbox = createSandbox({ seed })
    this.startedAt = this.sandbox.now()
    this.refresh()
    this.sandbox.subscribe((ev) => {
      if (ev.kind === 'Pod') this.refresh()
    })
  }

  private refresh(): void {
    this.pods = this.sandbox.pods()
    this.now = this.sandbox.now()
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

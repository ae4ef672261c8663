// The learner's progress as a rune the panel reads, kept in localStorage: changes land in memory at
// once (the progress map follows) and are written at most once a second, and on leaving the page.

import { serializeProgress, type Progress } from '../../lessons'
import {
  browserStore,
  createThrottle,
  forgetLesson,
  importProgress,
  loadProgress,
  recordEdit,
  recordRun,
  writeProgress,
  type ImportResult,
  type ProgressStore,
  type RunProgress,
  type Throttle,
} from './progressStore'

/** How long (real ms) a change may wait before it is written. */
export const SAVE_DELAY_MS = 1000

/** Saved progress across lessons, as a rune, with throttled saving. */
export class ProgressBook {
  /** Everything saved (replaced, never mutated). */
  progress = $state.raw<Progress>({ lessons: {} })
  private readonly saver: Throttle
  private readonly onHide = () => this.saver.flush()

  constructor(
    private readonly store: ProgressStore | undefined = browserStore(),
    delayMs = SAVE_DELAY_MS,
    throttle: typeof createThrottle = createThrottle,
  ) {
    this.progress = loadProgress(store)
    this.saver = throttle(() => writeProgress(this.store, this.progress), delayMs)
    globalThis.addEventListener?.('pagehide', this.onHide)
  }

  private set(next: Progress): void {
    if (next === this.progress) return
    this.progress = next
    this.saver.schedule()
  }

  /** Folds in what a lesson run reports (goals met, answers, done). */
  record(id: string, run: RunProgress): void {
    this.set(recordRun(this.progress, id, run))
  }

  /** Keeps the editor's text for a lesson, with the real time (epoch ms) it changed. */
  edit(id: string, text: string, at: number): void {
    this.set(recordEdit(this.progress, id, text, at))
  }

  /** Forgets a lesson: its goals, answers and edit. */
  reset(id: string): void {
    this.set(forgetLesson(this.progress, id))
  }

  /** Merges an exported file in, or says why it could not be read (nothing changes then). */
  importText(text: unknown): ImportResult {
    const result = importProgress(this.progress, text)
    if (result.ok) this.set(result.progress)
    return result
  }

  /** The text an export file holds. */
  exportText(): string {
    return serializeProgress(this.progress)
  }

  /** Writes any pending change now. */
  flush(): void {
    this.saver.flush()
  }

  /** Writes what is pending and stops listening for the page going away. */
  dispose(): void {
    this.saver.flush()
    globalThis.removeEventListener?.('pagehide', this.onHide)
  }
}

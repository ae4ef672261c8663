// The glue between a lesson run and saved progress: read and write it in localStorage, fold a run's
// goals and answers and the editor's text into it, merge an imported file, and write at most so often.
// Pure functions over an injected storage; the runes wrapper is book.svelte.ts.

import type { KeyValueStore } from '../storage'
export { browserStore } from '../storage'
import {
  emptyProgress,
  mergeProgress,
  parseProgress,
  serializeProgress,
  withLesson,
  withoutLesson,
  PROGRESS_KEY,
  type LessonProgress,
  type Progress,
  type ProgressError,
} from '../../lessons'

/** The storage surface used (a Map-backed fake in tests). */
export type ProgressStore = KeyValueStore

/** The saved progress; empty when nothing was saved, storage is unavailable or the text is unreadable. */
export function loadProgress(store: ProgressStore | undefined): Progress {
  let text: string | null = null
  try {
    text = store?.getItem(PROGRESS_KEY) ?? null
  } catch {
    return emptyProgress()
  }
  if (text === null) return emptyProgress()
  const parsed = parseProgress(text)
  return parsed.ok ? parsed.progress : emptyProgress()
}

/** Writes the progress now; returns false when storage refused it (quota, private mode). */
export function writeProgress(store: ProgressStore | undefined, progress: Progress): boolean {
  try {
    if (!store) return false
    store.setItem(PROGRESS_KEY, serializeProgress(progress))
    return true
  } catch {
    return false
  }
}

/** What a run reports: LessonRun.progress() without the editor's text. */
export type RunProgress = Pick<LessonProgress, 'done' | 'goals' | 'predictions'>

/**
 * Folds a run's report into the progress. Returns the same object when it adds nothing (goals and
 * answers are kept for good), so callers can tell cheaply whether to save.
 */
export function recordRun(progress: Progress, id: string, run: RunProgress): Progress {
  const saved = progress.lessons[id]
  const answers = Object.keys(run.predictions)
  if (!saved) {
    if (!run.done && run.goals.length === 0 && answers.length === 0) return progress
  } else {
    const goals = new Set(saved.goals)
    const news = (run.done && !saved.done) || run.goals.some((g) => !goals.has(g)) || answers.some((a) => !(a in saved.predictions))
    if (!news) return progress
  }
  return withLesson(progress, id, { ...run })
}

/** The progress with the editor's text for a lesson, stamped with the real time it was typed. */
export function recordEdit(progress: Progress, id: string, edit: string, at: number): Progress {
  const saved = progress.lessons[id]
  if (saved?.edit === edit) return progress
  return withLesson(progress, id, { edit, editedAt: at })
}

/** How far a learner got in a lesson, for the progress map's marks. */
export type LessonMark = 'done' | 'started' | 'new'

/** The mark for a lesson: done, started (a goal, an answer or an edit saved) or new. */
export function lessonMark(progress: Progress, id: string): LessonMark {
  const saved = progress.lessons[id]
  if (!saved) return 'new'
  if (saved.done) return 'done'
  return saved.goals.length > 0 || Object.keys(saved.predictions).length > 0 || saved.edit !== undefined ? 'started' : 'new'
}

/** The result of reading an imported file: the merged progress and how many lessons it held, or why not. */
export type ImportResult = { ok: true; progress: Progress; count: number } | { ok: false; error: ProgressError }

/** Reads an exported file and merges it into the local progress (the local answers win ties). */
export function importProgress(local: Progress, text: unknown): ImportResult {
  const parsed = parseProgress(text)
  if (!parsed.ok) return parsed
  return { ok: true, progress: mergeProgress(local, parsed.progress), count: Object.keys(parsed.progress.lessons).length }
}

/** The progress with one lesson forgotten (the learner reset it). */
export function forgetLesson(progress: Progress, id: string): Progress {
  return id in progress.lessons ? withoutLesson(progress, id) : progress
}

/** The file name an export downloads as, dated in the learner's local time. */
export function exportFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `initlab-progress-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`
}

/** A trailing throttle: `schedule` runs `write` once `delayMs` after the first unsaved change; `flush` runs it now if pending. */
export interface Throttle {
  schedule(): void
  flush(): void
  cancel(): void
}

/** Creates a throttle over injectable timers (the page passes the real ones). */
export function createThrottle(
  write: () => void,
  delayMs: number,
  timers: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void } = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  },
): Throttle {
  let handle: unknown
  let pending = false
  const run = () => {
    handle = undefined
    if (!pending) return
    pending = false
    write()
  }
  return {
    schedule() {
      pending = true
      // Not restarted by later changes: a learner who keeps typing is still saved every delayMs.
      if (handle === undefined) handle = timers.set(run, delayMs)
    },
    flush() {
      if (handle !== undefined) timers.clear(handle)
      run()
    },
    cancel() {
      if (handle !== undefined) timers.clear(handle)
      handle = undefined
      pending = false
    },
  }
}

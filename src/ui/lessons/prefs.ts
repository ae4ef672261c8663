// Where the learner was: the page mode (guided lessons or the free sandbox), the current lesson and
// whether the lesson panel is folded away. Remembered in localStorage; the URL may override it.

import { browserStore, type KeyValueStore } from '../storage'

/** The page's two modes. */
export const MODES = ['lessons', 'sandbox'] as const
export type Mode = (typeof MODES)[number]

/** The localStorage key of the remembered mode, lesson and panel state. */
export const PREFS_KEY = 'initlab.lessonPrefs.v1'

/** What is remembered between visits. */
export interface LessonPrefs {
  mode: Mode
  /** The lesson id last opened; undefined before any. */
  lesson?: string
  /** True when the learner folded the lesson panel into its rail (desktop). */
  collapsed: boolean
}

/** The storage surface used (a Map-backed fake in tests). */
export type PrefsStore = KeyValueStore

/** A newcomer's start: the first lesson, panel open (design: "the page opens on lesson 1"). */
export const DEFAULT_PREFS: LessonPrefs = { mode: 'lessons', collapsed: false }

/** Parses stored text, keeping each field only when it is well formed. */
export function parsePrefs(text: string | null | undefined): LessonPrefs {
  const out: LessonPrefs = { ...DEFAULT_PREFS }
  if (!text) return out
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return out
  }
  if (typeof data !== 'object' || data === null) return out
  const d = data as Record<string, unknown>
  if (d.mode === 'lessons' || d.mode === 'sandbox') out.mode = d.mode
  if (typeof d.lesson === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(d.lesson)) out.lesson = d.lesson
  if (typeof d.collapsed === 'boolean') out.collapsed = d.collapsed
  return out
}

/**
 * Applies the URL on top of the remembered prefs: `?lesson=<id>` (or `?lesson=<NN-folder>`, or its
 * number) opens that lesson in lessons mode, `?sandbox` opens the free sandbox. A teacher can link either.
 */
export function withUrl(prefs: LessonPrefs, search: string): LessonPrefs {
  const params = new URLSearchParams(search)
  const lesson = params.get('lesson')
  if (lesson) return { ...prefs, mode: 'lessons', lesson: lesson.trim().toLowerCase() }
  if (params.has('sandbox')) return { ...prefs, mode: 'sandbox' }
  return prefs
}

/**
 * The query string that keeps a reload where the learner is now: a `?lesson=` or `?sandbox` the page
 * was opened with follows the mode and lesson; other parameters (`?paused`) stay as they are.
 */
export function searchFor(search: string, prefs: Pick<LessonPrefs, 'mode' | 'lesson'>): string {
  const params = new URLSearchParams(search)
  if (prefs.mode === 'sandbox') params.delete('lesson')
  else {
    params.delete('sandbox')
    if (params.has('lesson') && prefs.lesson) params.set('lesson', prefs.lesson)
  }
  // URLSearchParams writes a bare flag as `paused=`; keep flags bare as people type them.
  const text = params.toString().replace(/=(?=&|$)/g, '')
  return text ? `?${text}` : ''
}

/** The remembered prefs with the URL applied; never throws (private windows may refuse storage). */
export function loadPrefs(search = '', store: PrefsStore | undefined = browserStore()): LessonPrefs {
  let text: string | null = null
  try {
    text = store?.getItem(PREFS_KEY) ?? null
  } catch {
    // Unreadable storage: start as a newcomer.
  }
  return withUrl(parsePrefs(text), search)
}

/** Remembers the prefs; returns false when storage refused them. */
export function savePrefs(prefs: LessonPrefs, store: PrefsStore | undefined = browserStore()): boolean {
  try {
    if (!store) return false
    const out: LessonPrefs = { mode: prefs.mode, collapsed: prefs.collapsed }
    if (prefs.lesson !== undefined) out.lesson = prefs.lesson
    store.setItem(PREFS_KEY, JSON.stringify(out))
    return true
  } catch {
    return false
  }
}

/**
 * Finds the lesson a remembered or linked name means: its id, its folder (`03-failing-init-container`)
 * or its number (`3`, `03`); else the first lesson. Undefined only when there are no lessons.
 */
export function resolveLesson<L extends { id: string; folder: string; order: number }>(lessons: readonly L[], name: string | undefined): L | undefined {
  if (name) {
    const n = /^\d+$/.test(name) ? Number(name) : undefined
    const hit = lessons.find((l) => l.id === name || l.folder === name || l.order === n)
    if (hit) return hit
  }
  return lessons[0]
}

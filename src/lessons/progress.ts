// A learner's progress across lessons as versioned JSON, for localStorage and for export/import
// files: pure functions to build, serialize, parse (never throwing on garbage) and merge it.

/** Progress in one lesson. */
export interface LessonProgress {
  done: boolean
  /** Ids of the goals met. */
  goals: string[]
  /** The first answer to each prediction, by prediction id. */
  predictions: Record<string, string>
  /** The editor's last text, if the learner changed it. */
  edit?: string
  /** When `edit` was saved (real epoch ms, from the page): the newer edit wins a merge. */
  editedAt?: number
}

/** Everything saved, keyed by lesson id (the folder name without its number). */
export interface Progress {
  lessons: Record<string, LessonProgress>
}

/** The file marker and the one version this code writes. */
export const PROGRESS_FORMAT = 'initlab-progress'
export const PROGRESS_VERSION = 1
/** The localStorage key the page keeps progress under. */
export const PROGRESS_KEY = 'initlab.progress.v1'
/** Larger files are refused before parsing: no lesson set comes close. */
export const PROGRESS_MAX_CHARS = 5_000_000

/** Why a file could not be read; `code` is stable for translations, `message` is English. */
export interface ProgressError {
  code: 'too-large' | 'not-json' | 'not-progress' | 'newer-version' | 'bad-field'
  /** The JSON path of the bad field, for bad-field. */
  path?: string
  message: string
}

export type ParseResult = { ok: true; progress: Progress } | { ok: false; error: ProgressError }

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Progress with nothing in it. */
export function emptyProgress(): Progress {
  return { lessons: {} }
}

/** A lesson's progress with nothing in it. */
export function emptyLessonProgress(): LessonProgress {
  return { done: false, goals: [], predictions: {} }
}

/** The JSON text to store or export (stable key order, so equal progress gives equal text). */
export function serializeProgress(progress: Progress): string {
  const lessons: Record<string, LessonProgress> = {}
  for (const id of Object.keys(progress.lessons).sort()) {
    const l = progress.lessons[id]
    const out: LessonProgress = { done: l.done, goals: [...l.goals].sort(), predictions: Object.fromEntries(Object.entries(l.predictions).sort()) }
    if (l.edit !== undefined) out.edit = l.edit
    if (l.editedAt !== undefined) out.editedAt = l.editedAt
    lessons[id] = out
  }
  return JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, lessons }, null, 2) + '\n'
}

class Bad extends Error {
  constructor(readonly error: ProgressError) {
    super(error.message)
  }
}

function bad(path: string, message: string): never {
  throw new Bad({ code: 'bad-field', path, message: `${path}: ${message}` })
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function lessonOf(path: string, v: unknown): LessonProgress {
  if (!isObject(v)) bad(path, 'want an object')
  if (typeof v.done !== 'boolean') bad(`${path}.done`, 'want true or false')
  if (!Array.isArray(v.goals) || !v.goals.every((g) => typeof g === 'string' && ID.test(g))) bad(`${path}.goals`, 'want a list of goal ids')
  const predictions = v.predictions ?? {}
  if (!isObject(predictions)) bad(`${path}.predictions`, 'want an object from prediction id to choice id')
  for (const [k, c] of Object.entries(predictions)) if (!ID.test(k) || typeof c !== 'string' || !ID.test(c)) bad(`${path}.predictions.${k}`, 'want a choice id')
  const out: LessonProgress = { done: v.done, goals: [...new Set(v.goals as string[])], predictions: predictions as Record<string, string> }
  if (v.edit !== undefined) {
    if (typeof v.edit !== 'string') bad(`${path}.edit`, 'want text')
    out.edit = v.edit
  }
  if (v.editedAt !== undefined) {
    if (typeof v.editedAt !== 'number' || !Number.isFinite(v.editedAt)) bad(`${path}.editedAt`, 'want a time in milliseconds')
    out.editedAt = v.editedAt
  }
  return out
}

/** Reads stored or imported text; any problem comes back as an error, never as an exception. */
export function parseProgress(text: unknown): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: { code: 'not-json', message: 'the file is not text' } }
  if (text.length > PROGRESS_MAX_CHARS) return { ok: false, error: { code: 'too-large', message: `the file is larger than ${PROGRESS_MAX_CHARS} characters` } }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { ok: false, error: { code: 'not-json', message: `not JSON: ${(e as Error).message}` } }
  }
  if (!isObject(data) || data.format !== PROGRESS_FORMAT) return { ok: false, error: { code: 'not-progress', message: 'not an initlab progress file' } }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return { ok: false, error: { code: 'bad-field', path: 'version', message: 'version: want a whole number from 1' } }
  if (data.version > PROGRESS_VERSION)
    return { ok: false, error: { code: 'newer-version', message: `made by a newer initlab (version ${data.version}); this page reads version ${PROGRESS_VERSION}` } }
  try {
    if (!isObject(data.lessons)) bad('lessons', 'want an object from lesson id to progress')
    const lessons: Record<string, LessonProgress> = {}
    for (const [id, v] of Object.entries(data.lessons)) {
      if (!ID.test(id)) bad(`lessons.${id}`, 'not a lesson id')
      lessons[id] = lessonOf(`lessons.${id}`, v)
    }
    return { ok: true, progress: { lessons } }
  } catch (e) {
    if (e instanceof Bad) return { ok: false, error: e.error }
    return { ok: false, error: { code: 'not-progress', message: String(e) } }
  }
}

/** Combines two lessons' progress: done if either is, every goal met in either, first answers kept. */
export function mergeLessonProgress(a: LessonProgress, b: LessonProgress): LessonProgress {
  const out: LessonProgress = { done: a.done || b.done, goals: [...new Set([...a.goals, ...b.goals])], predictions: { ...b.predictions, ...a.predictions } }
  const newer = (b.editedAt ?? -Infinity) > (a.editedAt ?? -Infinity) || (a.edit === undefined && b.edit !== undefined) ? b : a
  if (newer.edit !== undefined) out.edit = newer.edit
  if (newer.editedAt !== undefined) out.editedAt = newer.editedAt
  return out
}

/** Combines saved progress with an imported one; `local` wins ties (its answers came first here). */
export function mergeProgress(local: Progress, incoming: Progress): Progress {
  const lessons: Record<string, LessonProgress> = { ...incoming.lessons }
  for (const [id, l] of Object.entries(local.lessons)) lessons[id] = incoming.lessons[id] ? mergeLessonProgress(l, incoming.lessons[id]) : l
  return { lessons }
}

/** Progress with one lesson's entry merged in (what a LessonRun reports); a given `edit` replaces the saved one. */
export function withLesson(progress: Progress, id: string, update: Partial<LessonProgress>): Progress {
  const current = progress.lessons[id] ?? emptyLessonProgress()
  const next = mergeLessonProgress({ ...current, edit: undefined, editedAt: undefined }, { ...emptyLessonProgress(), ...update, edit: undefined, editedAt: undefined })
  const edit = update.edit !== undefined ? update : current
  if (edit.edit !== undefined) next.edit = edit.edit
  if (edit.editedAt !== undefined) next.editedAt = edit.editedAt
  return { lessons: { ...progress.lessons, [id]: next } }
}

/** Progress without one lesson (the learner reset it). */
export function withoutLesson(progress: Progress, id: string): Progress {
  const lessons = { ...progress.lessons }
  delete lessons[id]
  return { lessons }
}

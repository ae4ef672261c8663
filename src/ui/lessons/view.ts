// What the lesson panel shows, read from a lesson run in one go: goals, hints, the pending question
// and what to save. Pure functions of the run and the lesson, so tests need no DOM.

import type { GoalState, Language, Lesson, LessonRun, LessonText, PendingPrediction } from '../../lessons'
import type { RunProgress } from './progressStore'

/** One read of a run: everything the panel and the progress saver need. */
export interface LessonSnapshot {
  goals: GoalState[]
  /** How many goals are met. */
  met: number
  /** True once every goal is met. */
  done: boolean
  /** Ids of the hints that apply now, most specific first. */
  hints: string[]
  /** The question being asked, while the clock waits for an answer. */
  pending?: PendingPrediction
  /** What to save for this lesson (the editor's text is saved apart). */
  progress: RunProgress
}

/** Reads goals, hints, the pending question and the saveable progress from a run, checking it once per part. */
export function snapshotOf(run: LessonRun): LessonSnapshot {
  const goals = run.goals()
  const met = goals.filter((g) => g.met)
  const done = met.length === goals.length
  const predictions = Object.fromEntries([...run.answers].map(([id, a]) => [id, a.choice]))
  return {
    goals,
    met: met.length,
    done,
    hints: run.hints().map((h) => h.id),
    pending: run.pendingPrediction(),
    progress: { done, goals: met.map((g) => g.id), predictions },
  }
}

/** A lesson's texts in the page language, English for a language the lessons lack. */
export function textOf(lesson: Lesson, locale: string | null | undefined): LessonText {
  return lesson.text[(locale === 'zh-CN' ? 'zh-CN' : 'en') satisfies Language]
}

/** The lessons before and after `id` in the list. */
export function neighbours<L extends { id: string }>(lessons: readonly L[], id: string): { previous?: L; next?: L } {
  const i = lessons.findIndex((l) => l.id === id)
  if (i < 0) return {}
  return { previous: lessons[i - 1], next: lessons[i + 1] }
}

/** The manifest a lesson's editor opens with: the learner's saved text, else the lesson's start file. */
export function startText(lesson: Lesson, savedEdit: string | undefined): string {
  return savedEdit ?? lesson.files[lesson.start.file] ?? ''
}

/** The manifest "Show solution" puts in the editor. */
export function solutionText(lesson: Lesson): string {
  return lesson.files[lesson.solution.file] ?? ''
}

/** What screen readers are told about, in order: a new question, each goal met, the lesson done. */
export type Announcement = { kind: 'question'; id: string } | { kind: 'goal'; id: string } | { kind: 'done' }

/** What the last look at a run saw, to tell news from what was already there. */
export interface Seen {
  goals: ReadonlySet<string>
  done: boolean
  asking?: string
}

/** What a run shows when first seen: none of it is news (a resumed lesson's goals, for one). */
export function seenIn(snapshot: LessonSnapshot): Seen {
  return { goals: new Set(snapshot.progress.goals), done: snapshot.done, asking: snapshot.pending?.id }
}

/** The news between two looks at a run, and what the second look saw; pure. */
export function newsSince(before: Seen, snapshot: LessonSnapshot): { news: Announcement[]; seen: Seen } {
  const news: Announcement[] = []
  const asking = snapshot.pending?.id
  if (asking !== undefined && asking !== before.asking) news.push({ kind: 'question', id: asking })
  for (const g of snapshot.goals) if (g.met && !before.goals.has(g.id)) news.push({ kind: 'goal', id: g.id })
  if (snapshot.done && !before.done) news.push({ kind: 'done' })
  return { news, seen: seenIn(snapshot) }
}

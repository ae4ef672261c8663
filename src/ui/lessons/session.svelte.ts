// One lesson being played on one Lab: starts the run, reads it as a rune whenever the Lab says the
// lesson may have changed, and handles the question (answer, then the explanation, then Continue).

import type { Lesson, LessonProgress, LessonRun } from '../../lessons'
import type { Lab } from '../lab.svelte'
import { snapshotOf, type LessonSnapshot } from './view'

/** The answer just given, shown with the explanation until the learner continues. */
export interface Feedback {
  id: string
  choice: string
  correct: boolean
  /** The right choice's id. */
  answer: string
}

/** A lesson started on a fresh Lab, with the question-and-answer state of the panel. */
export class LessonSession {
  readonly run: LessonRun
  /** The last answer, until Continue. */
  feedback = $state<Feedback | undefined>(undefined)
  /** Goals, hints and the question now; recomputed only when the Lab's lessonVersion moves. */
  readonly snapshot: LessonSnapshot = $derived.by(() => {
    void this.lab.lessonVersion
    return snapshotOf(this.run)
  })

  /** Starts `lesson` on `lab` (which must be fresh), resuming saved goals and answers. */
  constructor(
    readonly lab: Lab,
    readonly lesson: Lesson,
    resume?: LessonProgress,
  ) {
    this.run = lab.startLesson(lesson, resume ? { resume } : {})
  }

  /** Answers the pending question with `choice`; the clock stays paused until `continue()`. */
  answer(choice: string): Feedback | undefined {
    const pending = this.snapshot.pending
    if (!pending || !pending.choices.includes(choice)) return undefined
    this.lab.answer(pending.id, choice)
    const given = this.run.answers.get(pending.id)
    const answer = this.run.correctChoice(pending.id) ?? choice
    this.feedback = { id: pending.id, choice: given?.choice ?? choice, correct: given?.correct ?? choice === answer, answer }
    return this.feedback
  }

  /** Closes the explanation and lets the clock run again. */
  continue(): void {
    this.feedback = undefined
    this.lab.play()
  }

  /** Stops following the cluster (the Lab is thrown away with it). */
  dispose(): void {
    this.run.dispose()
  }
}

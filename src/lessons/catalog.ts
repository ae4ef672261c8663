// The lessons in lessons/NN-slug/, bundled as text at build time and checked when this module loads.
// A malformed lesson is left out and named in LESSON_ERRORS (a test keeps that list empty).

import { loadLessons } from './load'
import type { Lesson } from './types'

const files = import.meta.glob<string>(['../../lessons/*/*', '!../../lessons/examples/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

const loaded = loadLessons(files)

/** Every valid lesson, in order. */
export const LESSONS: readonly Lesson[] = loaded.lessons

/** Problems found in lessons/, each naming its file; empty when every lesson is fine. */
export const LESSON_ERRORS: readonly string[] = loaded.errors

/** The lesson with this id, or undefined. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id)
}

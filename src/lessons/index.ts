// What the page imports from src/lessons: the lessons, a lesson run on a sandbox, saved progress,
// the headless replay, and the example manifests.

export { LESSONS, LESSON_ERRORS, lessonById } from './catalog'
export { LessonRun, type ActiveHint, type GoalState, type LessonRunOptions, type PendingPrediction } from './run'
export type { Answer, CommandRecord } from './evaluate'
export type { SeenEvent, StatusChange } from './history'
export {
  emptyProgress,
  mergeProgress,
  parseProgress,
  serializeProgress,
  withLesson,
  withoutLesson,
  PROGRESS_KEY,
  type LessonProgress,
  type ParseResult,
  type Progress,
  type ProgressError,
} from './progress'
export { replaySolution, replayStart, type ReplayResult } from './replay'
export { LANGUAGES, type Language, type Lesson, type LessonText } from './types'
export { EXAMPLES, type Example } from './examples'

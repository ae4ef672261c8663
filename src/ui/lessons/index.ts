// The lesson half of the page, loaded with import() beside the engine so the entry chunk stays small:
// the lessons, the panel, the run and the saved progress.
export { LESSONS } from '../../lessons'
export { default as LessonPanel } from './LessonPanel.svelte'
export { ProgressBook } from './book.svelte'
export { LessonSession } from './session.svelte'
export { resolveLesson } from './prefs'
export { solutionText, startText } from './view'

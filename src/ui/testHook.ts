// `window.__initlab`: what e2e tests (and curious teachers in devtools) use to drive the page
// without sleeping: the virtual clock, the scrubber, the editor text, commands, lessons.
import type { Lab } from './lab.svelte'
import type { PageState } from './lessons/page.svelte'

/** The hook's methods for the cluster on show and the page around it. */
export function testHook(lab: Lab, page: PageState, lessonsLoading: Promise<unknown>) {
  return {
    lab,
    pause: () => lab.pause(),
    seek: (t: number) => lab.seek(t),
    goLive: () => lab.goLive(),
    setText: (text: string) => page.edited(text),
    advance: (ms: number) => lab.advance(ms),
    now: () => lab.sandbox.now(),
    exec: (line: string, stdin?: string) => lab.exec(line, stdin),
    /** Opens a lesson by id or folder (a fresh cluster unless it is already open); false if unknown. */
    startLesson: async (id: string, options: { reset?: boolean } = {}) => {
      await lessonsLoading
      return page.openById(id, options)
    },
    /** Answers the question being asked, as the panel's buttons do. */
    answer: (id: string, choice: string) => (page.asking === id ? page.session?.answer(choice) : undefined),
    /** The open lesson's state: goals, hints, the pending question, done. */
    lesson: () => {
      const s = page.session
      if (!s || page.mode !== 'lessons') return undefined
      const { goals, hints, pending, done } = s.snapshot
      return { id: s.lesson.id, goals, hints, pending, done }
    },
  }
}

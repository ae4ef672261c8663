// The page's mode and lesson logic, headless: what the editor holds, which cluster is on screen,
// what is remembered, with the engine and the lessons attached as the page's lazy chunks would be.
import { describe, expect, it } from 'vitest'
import { LESSONS, PROGRESS_KEY } from '../../lessons'
import { Lab } from '../lab.svelte'
import { ProgressBook } from './book.svelte'
import { PageState, type LessonParts } from './page.svelte'
import { DEFAULT_PREFS, resolveLesson, type LessonPrefs } from './prefs'
import { LessonSession } from './session.svelte'
import { solutionText, startText } from './view'

// The book reads and writes real localStorage in the page; here a fake one per test.
function withStorage(): Map<string, string> {
  const data = new Map<string, string>()
  Object.assign(globalThis, { localStorage: { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) } })
  return data
}

const parts: LessonParts = { LESSONS, ProgressBook, LessonSession, resolveLesson, startText, solutionText }
const first = LESSONS[0]!
const second = LESSONS[1]!

function page(prefs: Partial<LessonPrefs> = {}, sandbox = 'kind: Pod # sandbox'): PageState {
  let now = 1000
  return new PageState({ prefs: { ...DEFAULT_PREFS, ...prefs }, paused: true, sandboxText: () => sandbox, now: () => now++ })
}

describe('PageState', () => {
  it('opens the first lesson for a newcomer, its text first, its cluster once the engine is there', () => {
    withStorage()
    const p = page()
    expect(p.tab).toBe('lesson')
    expect(p.manifest).toBe('')
    p.attachLessons(parts)
    expect(p.lesson?.id).toBe(first.id)
    expect(p.manifest).toBe(startText(first, undefined))
    expect(p.lab).toBeUndefined()
    p.attachEngine({ Lab })
    expect(p.session?.lesson.id).toBe(first.id)
    expect(p.lab).toBe(p.session?.lab)
    expect(p.lab?.playing).toBe(false)
    expect(p.prefs).toEqual({ mode: 'lessons', lesson: first.id, collapsed: false })
  })

  it('keeps the learner edit in the progress and brings it back on the next visit', () => {
    const storage = withStorage()
    const p = page()
    p.attachEngine({ Lab })
    p.attachLessons(parts)
    p.edited(p.manifest)
    expect(p.book?.progress.lessons[first.id]).toBeUndefined()
    p.edited('kind: Pod # mine')
    expect(p.book?.progress.lessons[first.id]).toMatchObject({ edit: 'kind: Pod # mine', editedAt: 1000 })
    p.book?.flush()
    expect(storage.get(PROGRESS_KEY)).toContain('# mine')
    const again = page({ lesson: first.id })
    again.attachLessons(parts)
    expect(again.manifest).toBe('kind: Pod # mine')
  })

  it('gives each lesson a fresh cluster and keeps the sandbox cluster and text apart', () => {
    withStorage()
    const p = page()
    p.attachEngine({ Lab })
    p.attachLessons(parts)
    const lessonLab = p.lab
    p.setMode('sandbox')
    expect(p.tab).toBe('manifest')
    expect(p.manifest).toBe('kind: Pod # sandbox')
    expect(p.session?.lab).toBe(lessonLab)
    const sandboxLab = p.lab
    expect(sandboxLab).not.toBe(lessonLab)
    p.setMode('lessons')
    expect(p.lab).toBe(lessonLab)
    expect(p.manifest).toBe(startText(first, undefined))
    expect(p.openById(second.folder, { focus: true })).toBe(true)
    expect(p.focusPanel).toBe(true)
    expect(p.lab).not.toBe(lessonLab)
    expect(p.lab).not.toBe(sandboxLab)
    expect(p.openById('no-such-lesson')).toBe(false)
    p.setMode('sandbox')
    expect(p.lab).toBe(sandboxLab)
  })

  it('applies through the lesson, shows the cluster, and answers and continues from the panel', () => {
    withStorage()
    const p = page()
    p.attachEngine({ Lab })
    p.attachLessons(parts)
    p.tab = 'manifest'
    p.apply()
    expect(p.tab).toBe('cluster')
    expect(p.session?.run.commands.map((c) => c.line)).toEqual(['kubectl apply -f -'])
    p.lab!.advance(10_000)
    expect(p.asking).toBe('next-status')
    p.revealQuestion()
    expect(p.tab).toBe('lesson')
    p.session!.answer('pod-initializing')
    p.recordProgress()
    expect(p.book?.progress.lessons[first.id]?.predictions).toEqual({ 'next-status': 'pod-initializing' })
    p.continueLesson()
    expect(p.lab?.playing).toBe(true)
    expect(p.tab).toBe('cluster')
  })

  it('resets a lesson: its progress forgotten, the start text back, a new cluster', () => {
    withStorage()
    const p = page()
    p.attachEngine({ Lab })
    p.attachLessons(parts)
    p.edited('kind: Pod # mine')
    p.lab!.apply(startText(first, undefined))
    p.lab!.advance(10_000)
    p.session!.answer('running')
    p.recordProgress()
    const before = p.lab
    p.openLesson(first, { reset: true })
    expect(p.lab).not.toBe(before)
    expect(p.manifest).toBe(startText(first, undefined))
    expect(p.book?.progress.lessons[first.id]).toBeUndefined()
    expect(p.session?.snapshot.met).toBe(0)
  })

  it('shows the solution only in lessons mode, and the URL can open the sandbox', () => {
    withStorage()
    const p = page({ mode: 'sandbox' })
    expect(p.manifest).toBe('kind: Pod # sandbox')
    p.attachLessons(parts)
    p.showSolution()
    expect(p.manifest).toBe('kind: Pod # sandbox')
    p.setMode('lessons')
    p.showSolution()
    expect(p.manifest).toBe(solutionText(first))
    expect(p.tab).toBe('manifest')
  })
})

// Every lesson in lessons/ loads clean in both languages, and is replayed headlessly: its solution
// meets every goal; its start state, left alone for ten virtual minutes, does not.
import { describe, expect, it } from 'vitest'
import { createSandbox, lintManifests } from '../sandbox'
import { LESSON_ERRORS, LESSONS, lessonById } from './catalog'
import { replaySolution, replayStart } from './replay'
import { LessonRun } from './run'
import { LANGUAGES } from './types'

describe('lessons/', () => {
  it('load without a single problem', () => {
    expect(LESSON_ERRORS).toEqual([])
  })

  it('open with the first three lessons of the course, numbered in order', () => {
    expect(LESSONS.slice(0, 3).map((l) => l.id)).toEqual(['first-init-container', 'init-containers-in-order', 'failing-init-container'])
    expect(LESSONS.map((l) => l.order)).toEqual([...LESSONS.map((l) => l.order)].sort((a, b) => a - b))
    expect(lessonById('failing-init-container')?.folder).toBe('03-failing-init-container')
    expect(lessonById('nope')).toBeUndefined()
  })

  it('leave the example manifests out', () => {
    expect(LESSONS.some((l) => l.folder === 'examples')).toBe(false)
  })
})

describe.each(LESSONS.map((l) => [l.folder, l] as const))('%s', (_, lesson) => {
  it('speaks every language with a title, summary and steps', () => {
    for (const l of LANGUAGES) {
      expect(lesson.text[l].title).not.toBe('')
      expect(lesson.text[l].body.length).toBeGreaterThan(100)
    }
    expect(lesson.text['zh-CN'].title).not.toBe(lesson.text.en.title)
  })

  it('has a solution manifest the API server accepts', () => {
    expect(lintManifests(lesson.files[lesson.solution.file])).toEqual([])
  })

  it('is solved by its solution, replayed headlessly', () => {
    const r = replaySolution(lesson)
    expect(r.errors).toEqual([])
    expect(r.unmet).toEqual([])
    expect(r.run.done).toBe(true)
    expect(r.run.pendingPrediction()).toBeUndefined()
  })

  it('is not solved by its start state left alone for ten minutes', () => {
    const r = replayStart(lesson)
    expect(r.unmet.length).toBeGreaterThan(0)
  })
})

describe('the first lessons react to what goes wrong', () => {
  const S = 1000
  const open = (id: string) => {
    const lesson = lessonById(id)!
    return { lesson, run: new LessonRun(lesson, createSandbox({ seed: 2 })) }
  }
  const hints = (run: LessonRun) => run.hints().map((h) => h.id)

  it('01: logs without -c, then a nudge to read the init container', () => {
    const { lesson, run } = open('first-init-container')
    run.advance(30 * S)
    expect(hints(run)).toEqual(['press-apply'])
    run.apply(lesson.files['start.yaml'])
    expect(run.advance(60 * S)).toBeLessThan(1 * S)
    expect(run.pendingPrediction()?.id).toBe('next-status')
    run.answer('next-status', 'running')
    run.advance(20 * S)
    expect(hints(run)).toEqual([])
    run.run('kubectl logs myapp-pod')
    expect(hints(run)).toEqual(['logs-needs-c'])
    run.advance(20 * S)
    expect(hints(run)).toEqual(['logs-needs-c', 'read-logs'])
    run.run('kubectl logs myapp-pod -c init-setup')
    expect(hints(run)).toEqual([])
    expect(run.done).toBe(true)
  })

  it('02: an edit the API server refuses asks for a delete first', () => {
    const { lesson, run } = open('init-containers-in-order')
    run.apply(lesson.files['start.yaml'])
    run.advance(20 * S, { stopAtPrediction: false })
    run.answer('after-first', 'init-2-2')
    expect(run.apply(lesson.files['solution.yaml']).exitCode).toBe(1)
    expect(hints(run)).toEqual(['delete-first'])
    run.advance(40 * S)
    expect(hints(run)).toEqual(['delete-first', 'swap-in-editor'])
    run.run('kubectl delete pod myapp-pod')
    expect(hints(run)).toEqual([])
  })

  it('03: stuck failing, then read the error, then told what to add', () => {
    const { lesson, run } = open('failing-init-container')
    run.apply(lesson.files['start.yaml'])
    run.advance(30 * S, { stopAtPrediction: false })
    expect(hints(run)).toEqual([])
    run.advance(10 * S, { stopAtPrediction: false })
    expect(hints(run)).toEqual(['read-logs'])
    run.answer('after-error', 'crash-loop')
    run.run('kubectl logs web -c init-check-config --previous')
    expect(run.goals().find((g) => g.id === 'read-error')?.met).toBe(true)
    run.advance(30 * S)
    expect(hints(run)).toEqual(['add-env'])
  })
})

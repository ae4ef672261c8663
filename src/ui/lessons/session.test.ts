// A lesson played headlessly through the page's own pieces: a fresh Lab, the session, the snapshot
// the panel reads, and the book that saves it.
import { describe, expect, it } from 'vitest'
import { lessonById, LESSONS, PROGRESS_KEY } from '../../lessons'
import { Lab } from '../lab.svelte'
import { ProgressBook } from './book.svelte'
import type { ProgressStore } from './progressStore'
import { LessonSession } from './session.svelte'
import { neighbours, newsSince, seenIn, solutionText, startText, textOf, type LessonSnapshot } from './view'

const first = lessonById('first-init-container')!

function memory(): ProgressStore & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

function manualThrottle() {
  const pending: (() => void)[] = []
  return {
    flushAll: () => pending.splice(0).forEach((w) => w()),
    make: (write: () => void) => ({
      schedule: () => void (pending.length === 0 && pending.push(write)),
      flush: () => pending.splice(0).forEach((w) => w()),
      cancel: () => void pending.splice(0),
    }),
  }
}

describe('LessonSession', () => {
  it('plays lesson 1: pauses at the question, explains the answer, and ends with every goal met', () => {
    const lab = new Lab()
    const session = new LessonSession(lab, first)
    expect(session.snapshot.goals.map((g) => g.met)).toEqual([false, false, false])
    lab.apply(startText(first, undefined))
    lab.advance(10_000)
    const pending = session.snapshot.pending
    expect(pending?.id).toBe('next-status')
    expect(lab.playing).toBe(false)
    expect(session.answer('not-a-choice')).toBeUndefined()
    expect(session.answer('running')).toEqual({ id: 'next-status', choice: 'running', correct: false, answer: 'pod-initializing' })
    expect(session.snapshot.pending).toBeUndefined()
    session.continue()
    expect(session.feedback).toBeUndefined()
    expect(lab.playing).toBe(true)
    lab.advance(30_000)
    lab.exec('kubectl logs myapp-pod -c init-setup')
    const snap = session.snapshot
    expect(snap.done).toBe(true)
    expect(snap.met).toBe(3)
    expect(snap.progress).toEqual({ done: true, goals: ['watched-init', 'predicted-next', 'read-init-logs'], predictions: { 'next-status': 'running' } })
  })

  it('shows hints that react to what the learner did', () => {
    const lab = new Lab()
    const session = new LessonSession(lab, first)
    lab.exec('kubectl logs myapp-pod')
    expect(session.snapshot.hints).toContain('logs-needs-c')
  })

  it('resumes saved goals and answers on a fresh Lab', () => {
    const lab = new Lab()
    const session = new LessonSession(lab, first, { done: false, goals: ['watched-init'], predictions: { 'next-status': 'pod-initializing' } })
    expect(session.snapshot.goals.filter((g) => g.met).map((g) => g.id)).toEqual(['watched-init', 'predicted-next'])
  })
})

describe('ProgressBook', () => {
  it('keeps a run and an edit in memory at once, and writes them on the throttle', () => {
    const store = memory()
    const th = manualThrottle()
    const book = new ProgressBook(store, 1000, th.make)
    book.record('first-init-container', { done: false, goals: ['watched-init'], predictions: {} })
    book.edit('first-init-container', 'kind: Pod\n', 42)
    expect(book.progress.lessons['first-init-container']).toEqual({ done: false, goals: ['watched-init'], predictions: {}, edit: 'kind: Pod\n', editedAt: 42 })
    expect(store.data.has(PROGRESS_KEY)).toBe(false)
    th.flushAll()
    expect(new ProgressBook(store).progress).toEqual(book.progress)
    book.reset('first-init-container')
    book.flush()
    expect(new ProgressBook(store).progress).toEqual({ lessons: {} })
    book.dispose()
  })

  it('imports a file or reports its error without changing anything', () => {
    const book = new ProgressBook(memory())
    const before = book.progress
    const bad = book.importText('{}')
    expect(bad.ok ? 'ok' : bad.error.code).toBe('not-progress')
    expect(book.progress).toBe(before)
    const other = new ProgressBook(memory())
    other.record('first-init-container', { done: true, goals: ['watched-init'], predictions: {} })
    const good = book.importText(other.exportText())
    expect(good.ok && good.count).toBe(1)
    expect(book.progress.lessons['first-init-container']?.done).toBe(true)
    book.dispose()
    other.dispose()
  })
})

describe('view helpers', () => {
  it('reads lesson text in the page language, English otherwise', () => {
    expect(textOf(first, 'zh-CN')).toBe(first.text['zh-CN'])
    expect(textOf(first, 'fr')).toBe(first.text.en)
    expect(textOf(first, undefined)).toBe(first.text.en)
  })

  it('finds neighbours in the list', () => {
    const ids = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
    expect(neighbours(ids, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } })
    expect(neighbours(ids, 'a')).toEqual({ previous: undefined, next: { id: 'b' } })
    expect(neighbours(ids, 'zz')).toEqual({})
  })

  it('opens on the saved edit, else the start file; the solution is its own file', () => {
    expect(startText(first, 'mine')).toBe('mine')
    expect(startText(first, undefined)).toBe(first.files['start.yaml'])
    for (const lesson of LESSONS) expect(solutionText(lesson), lesson.folder).toMatch(/kind:/)
  })

  it('tells news from what was already there: a new question, goals met, the lesson done', () => {
    const snap = (met: string[], pending?: string): LessonSnapshot => {
      const goals = ['a', 'b'].map((id) => ({ id, met: met.includes(id) }))
      return { goals, met: met.length, done: met.length === 2, hints: [], pending: pending ? { id: pending, choices: [], askedAt: 0 } : undefined, progress: { done: met.length === 2, goals: met, predictions: {} } }
    }
    const start = seenIn(snap(['a']))
    expect(newsSince(start, snap(['a'])).news).toEqual([])
    const asked = newsSince(start, snap(['a'], 'q'))
    expect(asked.news).toEqual([{ kind: 'question', id: 'q' }])
    expect(newsSince(asked.seen, snap(['a'], 'q')).news).toEqual([])
    expect(newsSince(asked.seen, snap(['a', 'b'])).news).toEqual([{ kind: 'goal', id: 'b' }, { kind: 'done' }])
    expect(seenIn(snap(['a', 'b']))).toMatchObject({ done: true })
  })
})

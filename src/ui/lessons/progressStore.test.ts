import { describe, expect, it } from 'vitest'
import { emptyProgress, PROGRESS_KEY, serializeProgress, type Progress } from '../../lessons'
import {
  createThrottle,
  exportFileName,
  forgetLesson,
  importProgress,
  lessonMark,
  loadProgress,
  recordEdit,
  recordRun,
  writeProgress,
  type ProgressStore,
} from './progressStore'

function memory(initial: Record<string, string> = {}): ProgressStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

const some: Progress = { lessons: { 'first-init-container': { done: false, goals: ['watched-init'], predictions: { 'next-status': 'running' } } } }

describe('progress storage', () => {
  it('round-trips through storage under PROGRESS_KEY', () => {
    const store = memory()
    expect(writeProgress(store, some)).toBe(true)
    expect(store.data.get(PROGRESS_KEY)).toBe(serializeProgress(some))
    expect(loadProgress(store)).toEqual(some)
  })

  it('starts empty without storage, without a save, or with a damaged one', () => {
    expect(loadProgress(undefined)).toEqual(emptyProgress())
    expect(loadProgress(memory())).toEqual(emptyProgress())
    expect(loadProgress(memory({ [PROGRESS_KEY]: '{oops' }))).toEqual(emptyProgress())
    const throwing: ProgressStore = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
    }
    expect(loadProgress(throwing)).toEqual(emptyProgress())
    expect(writeProgress(throwing, some)).toBe(false)
    expect(writeProgress(undefined, some)).toBe(false)
  })
})

describe('recordRun', () => {
  it('adds nothing for a run that has done nothing', () => {
    const p = emptyProgress()
    expect(recordRun(p, 'x', { done: false, goals: [], predictions: {} })).toBe(p)
  })

  it('keeps goals and answers for good, and returns the same object when nothing is new', () => {
    const once = recordRun(emptyProgress(), 'first-init-container', { done: false, goals: ['watched-init'], predictions: { 'next-status': 'running' } })
    expect(once).toEqual(some)
    expect(recordRun(once, 'first-init-container', { done: false, goals: [], predictions: {} })).toBe(once)
    expect(recordRun(once, 'first-init-container', { done: false, goals: ['watched-init'], predictions: { 'next-status': 'pod-initializing' } })).toBe(once)
    const done = recordRun(once, 'first-init-container', { done: true, goals: ['watched-init', 'read-init-logs'], predictions: {} })
    expect(done.lessons['first-init-container']).toEqual({ done: true, goals: ['watched-init', 'read-init-logs'], predictions: { 'next-status': 'running' } })
  })

  it('keeps the editor text beside the run, and a run report does not drop it', () => {
    const edited = recordEdit(emptyProgress(), 'a', 'kind: Pod', 1000)
    expect(edited.lessons.a).toEqual({ done: false, goals: [], predictions: {}, edit: 'kind: Pod', editedAt: 1000 })
    expect(recordEdit(edited, 'a', 'kind: Pod', 2000)).toBe(edited)
    const both = recordRun(edited, 'a', { done: false, goals: ['g'], predictions: {} })
    expect(both.lessons.a).toMatchObject({ goals: ['g'], edit: 'kind: Pod', editedAt: 1000 })
  })
})

describe('lessonMark', () => {
  it('tells done, started and new apart', () => {
    const p: Progress = {
      lessons: {
        d: { done: true, goals: ['a'], predictions: {} },
        g: { done: false, goals: ['a'], predictions: {} },
        q: { done: false, goals: [], predictions: { x: 'y' } },
        e: { done: false, goals: [], predictions: {}, edit: 'x' },
        z: { done: false, goals: [], predictions: {} },
      },
    }
    expect(['d', 'g', 'q', 'e', 'z', 'missing'].map((id) => lessonMark(p, id))).toEqual(['done', 'started', 'started', 'started', 'new', 'new'])
  })
})

describe('import and reset', () => {
  it('merges an exported file, local answers first', () => {
    const incoming: Progress = {
      lessons: {
        'first-init-container': { done: true, goals: ['read-init-logs'], predictions: { 'next-status': 'pod-initializing' } },
        'failing-init-container': { done: false, goals: ['read-error'], predictions: {} },
      },
    }
    const r = importProgress(some, serializeProgress(incoming))
    expect(r.ok && r.count).toBe(2)
    if (!r.ok) return
    expect(r.progress.lessons['first-init-container']).toEqual({ done: true, goals: ['watched-init', 'read-init-logs'], predictions: { 'next-status': 'running' } })
    expect(r.progress.lessons['failing-init-container']?.goals).toEqual(['read-error'])
  })

  it('reports why a file cannot be read, by code', () => {
    const code = (text: unknown) => {
      const r = importProgress(some, text)
      return r.ok ? 'ok' : r.error.code
    }
    expect(code('nope')).toBe('not-json')
    expect(code('{"format":"other"}')).toBe('not-progress')
    expect(code('{"format":"initlab-progress","version":99,"lessons":{}}')).toBe('newer-version')
    expect(code('{"format":"initlab-progress","version":1,"lessons":{"a":{"done":"yes"}}}')).toBe('bad-field')
    expect(code('x'.repeat(5_000_001))).toBe('too-large')
  })

  it('forgets one lesson', () => {
    expect(forgetLesson(some, 'first-init-container')).toEqual(emptyProgress())
    expect(forgetLesson(some, 'other')).toBe(some)
  })

  it('names export files by the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('initlab-progress-2026-01-05.json')
  })
})

describe('createThrottle', () => {
  function fakeTimers() {
    const queue: { fn: () => void; at: number; id: number }[] = []
    let now = 0
    let next = 1
    return {
      timers: {
        set: (fn: () => void, ms: number) => {
          queue.push({ fn, at: now + ms, id: next })
          return next++
        },
        clear: (h: unknown) => {
          const i = queue.findIndex((q) => q.id === h)
          if (i >= 0) queue.splice(i, 1)
        },
      },
      tick(ms: number) {
        now += ms
        for (const q of queue.filter((q) => q.at <= now)) {
          queue.splice(queue.indexOf(q), 1)
          q.fn()
        }
      },
    }
  }

  it('writes once per delay however many changes come, and flushes at once', () => {
    const t = fakeTimers()
    let writes = 0
    const th = createThrottle(() => writes++, 1000, t.timers)
    for (let i = 0; i < 10; i++) {
      th.schedule()
      t.tick(150)
    }
    // 1500 ms of changes: written at 1000, the rest waits for the next window.
    expect(writes).toBe(1)
    t.tick(1000)
    expect(writes).toBe(2)
    t.tick(5000)
    expect(writes).toBe(2)
    th.schedule()
    th.flush()
    expect(writes).toBe(3)
    th.flush()
    expect(writes).toBe(3)
    th.schedule()
    th.cancel()
    t.tick(5000)
    expect(writes).toBe(3)
  })
})

// Saved progress: a round trip through JSON, merging two saves, and imported files that are not
// what they claim (any text at all comes back as a result, never as an exception).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  emptyProgress,
  mergeProgress,
  parseProgress,
  PROGRESS_MAX_CHARS,
  serializeProgress,
  withLesson,
  withoutLesson,
  type Progress,
} from './progress'

const SAVED: Progress = {
  lessons: {
    'first-init-container': { done: true, goals: ['predicted-next', 'watched-init'], predictions: { 'next-status': 'running' }, edit: 'apiVersion: v1\n', editedAt: 1000 },
    'failing-init-container': { done: false, goals: [], predictions: {} },
  },
}

describe('serialize and parse', () => {
  it('round-trip, with stable text', () => {
    const text = serializeProgress(SAVED)
    const back = parseProgress(text)
    expect(back).toEqual({ ok: true, progress: SAVED })
    expect(serializeProgress((back as { progress: Progress }).progress)).toBe(text)
    expect(JSON.parse(text)).toMatchObject({ format: 'initlab-progress', version: 1 })
    expect(parseProgress(serializeProgress(emptyProgress()))).toEqual({ ok: true, progress: emptyProgress() })
  })

  it('refuses what is not a progress file, saying why', () => {
    const code = (text: unknown) => {
      const r = parseProgress(text)
      return r.ok ? 'ok' : r.error.code
    }
    expect(code('')).toBe('not-json')
    expect(code('{"format":')).toBe('not-json')
    expect(code(42)).toBe('not-json')
    expect(code('[]')).toBe('not-progress')
    expect(code('{"lessons":{}}')).toBe('not-progress')
    expect(code('{"format":"initlab-progress","version":2,"lessons":{}}')).toBe('newer-version')
    expect(code('{"format":"initlab-progress","version":"1","lessons":{}}')).toBe('bad-field')
    expect(code('x'.repeat(PROGRESS_MAX_CHARS + 1))).toBe('too-large')
  })

  it('names the bad field', () => {
    const file = (lessons: unknown) => JSON.stringify({ format: 'initlab-progress', version: 1, lessons })
    const error = (lessons: unknown) => {
      const r = parseProgress(file(lessons))
      return r.ok ? undefined : r.error
    }
    expect(error([])).toEqual({ code: 'bad-field', path: 'lessons', message: 'lessons: want an object from lesson id to progress' })
    expect(error({ 'a-b': { done: 'yes', goals: [] } })?.message).toBe('lessons.a-b.done: want true or false')
    expect(error({ 'a-b': { done: true, goals: [1] } })?.path).toBe('lessons.a-b.goals')
    expect(error({ 'a-b': { done: true, goals: [], predictions: { p: 3 } } })?.path).toBe('lessons.a-b.predictions.p')
    expect(error({ 'a-b': { done: true, goals: [], edit: {} } })?.path).toBe('lessons.a-b.edit')
    expect(error({ __proto__x: { done: true, goals: [] } })?.path).toBe('lessons.__proto__x')
    expect(error({ 'a-b': { done: true, goals: ['g', 'g'], future: 'kept out' } })).toBeUndefined()
  })

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseProgress(s).ok === 'boolean'))
    fc.assert(
      fc.property(fc.anything(), (v) => {
        let text: string | undefined
        try {
          text = JSON.stringify({ format: 'initlab-progress', version: 1, lessons: v })
        } catch {
          return true
        }
        return typeof parseProgress(text).ok === 'boolean'
      }),
    )
  })
})

describe('merge', () => {
  it('keeps every goal met, done from either side, the first answer and the newer edit', () => {
    const incoming: Progress = {
      lessons: {
        'first-init-container': { done: false, goals: ['read-init-logs'], predictions: { 'next-status': 'pod-initializing' }, edit: 'newer', editedAt: 2000 },
        'init-containers-in-order': { done: false, goals: ['counted'], predictions: {} },
      },
    }
    const merged = mergeProgress(SAVED, incoming)
    expect(merged.lessons['first-init-container']).toEqual({
      done: true,
      goals: ['predicted-next', 'watched-init', 'read-init-logs'],
      predictions: { 'next-status': 'running' },
      edit: 'newer',
      editedAt: 2000,
    })
    expect(Object.keys(merged.lessons).sort()).toEqual(['failing-init-container', 'first-init-container', 'init-containers-in-order'])
    expect(mergeProgress(incoming, SAVED).lessons['first-init-container'].edit).toBe('newer')
  })

  it('updates one lesson from a run, and forgets one on reset', () => {
    const p = withLesson(SAVED, 'failing-init-container', { goals: ['read-error'], predictions: { 'after-error': 'crash-loop' } })
    expect(p.lessons['failing-init-container']).toEqual({ done: false, goals: ['read-error'], predictions: { 'after-error': 'crash-loop' } })
    const edited = withLesson(p, 'first-init-container', { edit: 'kind: Pod\n', editedAt: 500 })
    expect(edited.lessons['first-init-container']).toMatchObject({ done: true, edit: 'kind: Pod\n', editedAt: 500 })
    expect(withLesson(edited, 'first-init-container', { done: false }).lessons['first-init-container']).toMatchObject({ done: true, edit: 'kind: Pod\n' })
    expect(Object.keys(withoutLesson(edited, 'first-init-container').lessons)).toEqual(['failing-init-container'])
    expect(SAVED.lessons['failing-init-container'].goals).toEqual([])
  })
})

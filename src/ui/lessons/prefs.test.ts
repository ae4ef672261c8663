import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFS, loadPrefs, parsePrefs, PREFS_KEY, resolveLesson, savePrefs, searchFor, withUrl, type PrefsStore } from './prefs'

function memory(initial: Record<string, string> = {}): PrefsStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

const lessons = [
  { id: 'first-init-container', folder: '01-first-init-container', order: 1 },
  { id: 'failing-init-container', folder: '03-failing-init-container', order: 3 },
]

describe('lesson prefs', () => {
  it('starts a newcomer in lessons mode with the panel open', () => {
    expect(loadPrefs('', memory())).toEqual({ mode: 'lessons', collapsed: false })
    expect(loadPrefs('', undefined)).toEqual(DEFAULT_PREFS)
  })

  it('remembers mode, lesson and panel state across a save and a load', () => {
    const store = memory()
    expect(savePrefs({ mode: 'sandbox', lesson: 'failing-init-container', collapsed: true }, store)).toBe(true)
    expect(JSON.parse(store.data.get(PREFS_KEY)!)).toEqual({ mode: 'sandbox', lesson: 'failing-init-container', collapsed: true })
    expect(loadPrefs('', store)).toEqual({ mode: 'sandbox', lesson: 'failing-init-container', collapsed: true })
  })

  it('ignores garbage field by field', () => {
    expect(parsePrefs('not json')).toEqual(DEFAULT_PREFS)
    expect(parsePrefs('[1]')).toEqual(DEFAULT_PREFS)
    expect(parsePrefs('{"mode":"quiz","lesson":"<b>","collapsed":"yes"}')).toEqual(DEFAULT_PREFS)
    expect(parsePrefs('{"mode":"sandbox","lesson":42}')).toEqual({ mode: 'sandbox', collapsed: false })
  })

  it('lets the URL name a lesson or the sandbox', () => {
    const saved = { mode: 'sandbox' as const, lesson: 'first-init-container', collapsed: true }
    expect(withUrl(saved, '?paused&lesson=03-failing-init-container')).toEqual({ mode: 'lessons', lesson: '03-failing-init-container', collapsed: true })
    expect(withUrl({ ...saved, mode: 'lessons' }, '?sandbox')).toMatchObject({ mode: 'sandbox', lesson: 'first-init-container' })
    expect(withUrl(saved, '?paused')).toBe(saved)
  })

  it('survives storage that throws', () => {
    const broken: PrefsStore = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
    }
    expect(loadPrefs('?sandbox', broken)).toEqual({ mode: 'sandbox', collapsed: false })
    expect(savePrefs(DEFAULT_PREFS, broken)).toBe(false)
  })

  it('resolves a lesson by id, folder or number, else the first', () => {
    expect(resolveLesson(lessons, 'failing-init-container')?.order).toBe(3)
    expect(resolveLesson(lessons, '03-failing-init-container')?.order).toBe(3)
    expect(resolveLesson(lessons, '3')?.order).toBe(3)
    expect(resolveLesson(lessons, '03')?.order).toBe(3)
    expect(resolveLesson(lessons, 'gone')?.order).toBe(1)
    expect(resolveLesson(lessons, undefined)?.order).toBe(1)
    expect(resolveLesson([], 'x')).toBeUndefined()
  })

  it('keeps the URL in step with the mode and lesson, leaving other parameters alone', () => {
    expect(searchFor('?paused&lesson=01-first-init-container', { mode: 'lessons', lesson: 'wait-for-service' })).toBe('?paused&lesson=wait-for-service')
    expect(searchFor('?paused&lesson=first-init-container', { mode: 'sandbox', lesson: 'first-init-container' })).toBe('?paused')
    expect(searchFor('?sandbox&paused', { mode: 'lessons', lesson: 'x' })).toBe('?paused')
    expect(searchFor('?paused', { mode: 'lessons', lesson: 'x' })).toBe('?paused')
    expect(searchFor('', { mode: 'sandbox' })).toBe('')
    expect(searchFor('?sandbox', { mode: 'sandbox' })).toBe('?sandbox')
    expect(searchFor('?a=1&lesson=y', { mode: 'lessons', lesson: 'z' })).toBe('?a=1&lesson=z')
  })
})

import { describe, it, expect, vi, afterEach } from 'vitest'
import { AUTOSAVE_KEY, createAutosaver, loadSaved, saveNow, type TextStore } from './autosave'

function fakeStore(): TextStore & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: k => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

afterEach(() => vi.useRealTimers())

describe('autosave', () => {
  it('round-trips text under initlab.editor.v1', () => {
    const store = fakeStore()
    expect(loadSaved(store)).toBeUndefined()
    expect(saveNow('kind: Pod\n', store)).toBe(true)
    expect(store.data.get('initlab.editor.v1')).toBe('kind: Pod\n')
    expect(AUTOSAVE_KEY).toBe('initlab.editor.v1')
    expect(loadSaved(store)).toBe('kind: Pod\n')
  })

  it('survives a storage that throws', () => {
    const broken: TextStore = { getItem: () => { throw new Error('denied') }, setItem: () => { throw new Error('quota') } }
    expect(loadSaved(broken)).toBeUndefined()
    expect(saveNow('x', broken)).toBe(false)
    expect(loadSaved(undefined)).toBeUndefined()
  })

  it('debounces writes and keeps only the last text; flush writes at once', () => {
    vi.useFakeTimers()
    const store = fakeStore()
    const saver = createAutosaver(300, store)
    saver.save('a')
    saver.save('ab')
    vi.advanceTimersByTime(299)
    expect(store.data.size).toBe(0)
    vi.advanceTimersByTime(1)
    expect(store.data.get(AUTOSAVE_KEY)).toBe('ab')
    saver.save('abc')
    saver.flush()
    expect(store.data.get(AUTOSAVE_KEY)).toBe('abc')
    saver.save('abcd')
    saver.dispose()
    expect(store.data.get(AUTOSAVE_KEY)).toBe('abcd')
  })
})

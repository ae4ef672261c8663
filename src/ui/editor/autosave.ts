// Keeps the editor text in localStorage so a reload or a crash loses nothing the learner typed.
// Storage access is guarded: private modes and full quotas throw, and losing autosave must not break editing.

import { browserStore, type KeyValueStore } from '../storage'

/** The localStorage key; bump the version if the stored shape ever changes. */
export const AUTOSAVE_KEY = 'initlab.editor.v1'

/** The storage surface used (a Map-backed fake in tests). */
export type TextStore = KeyValueStore

/** The saved text, or undefined when nothing was saved or storage is unavailable. */
export function loadSaved(store: TextStore | undefined = browserStore()): string | undefined {
  try {
    return store?.getItem(AUTOSAVE_KEY) ?? undefined
  } catch {
    return undefined
  }
}

/** Writes the text now; returns false when storage refused it. */
export function saveNow(text: string, store: TextStore | undefined = browserStore()): boolean {
  try {
    if (!store) return false
    store.setItem(AUTOSAVE_KEY, text)
    return true
  } catch {
    return false
  }
}

/** A debounced saver: `save` schedules a write after `delayMs`, `flush` writes any pending text at once. */
export interface Autosaver {
  save(text: string): void
  flush(): void
  dispose(): void
}

/** Creates a debounced saver; `flush` runs on `pagehide` so the last keystrokes survive a reload. */
export function createAutosaver(delayMs = 300, store: TextStore | undefined = browserStore()): Autosaver {
  let pending: string | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (pending !== undefined) saveNow(pending, store)
    pending = undefined
  }
  const onHide = () => flush()
  globalThis.addEventListener?.('pagehide', onHide)
  return {
    save(text) {
      pending = text
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(flush, delayMs)
    },
    flush,
    dispose() {
      flush()
      globalThis.removeEventListener?.('pagehide', onHide)
    },
  }
}

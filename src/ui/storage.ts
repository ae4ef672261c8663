// The browser's localStorage as the page uses it: possibly missing (some private windows throw on
// access, full quotas throw on write), so every read and write here fails quietly.

/** The minimal storage surface the page uses, so tests can pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>

/** The page's storage, or undefined where reading it throws. */
export function browserStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

/** The value stored under `key`, or null when there is none or storage fails. */
export function recall(key: string, store: KeyValueStore | undefined = browserStore()): string | null {
  try {
    return store?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** Stores `value` under `key`; false when storage is missing or refuses it (the choice still applies). */
export function remember(key: string, value: string, store: KeyValueStore | undefined = browserStore()): boolean {
  try {
    if (!store) return false
    store.setItem(key, value)
    return true
  } catch {
    return false
  }
}

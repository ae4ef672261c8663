import { describe, expect, it } from 'vitest'
import { type BackoffEntry, CRASH_BACKOFF, inBackoff, nextBackoff } from './backoff'

describe('crash-loop back-off', () => {
  it('lets the first restart through, then waits 10 s doubling to 300 s', () => {
    let entry: BackoffEntry | undefined
    let now = 0
    const delays: number[] = []
    for (let crash = 0; crash < 9; crash++) {
      const finishedAt = now
      if (inBackoff(entry, finishedAt, now, CRASH_BACKOFF)) {
        const wait = entry!.delayMs
        expect(inBackoff(entry, finishedAt, now + wait - 1, CRASH_BACKOFF)).toBe(true)
        expect(inBackoff(entry, finishedAt, now + wait, CRASH_BACKOFF)).toBe(false)
        now += wait
        delays.push(wait / 1000)
      } else delays.push(0)
      entry = nextBackoff(entry, finishedAt, now, CRASH_BACKOFF)
      now += 1000 // the container runs a second, then crashes again
    }
    expect(delays).toEqual([0, 10, 20, 40, 80, 160, 300, 300, 300])
  })

  it('starts over after running longer than twice the maximum', () => {
    let entry = nextBackoff(undefined, 0, 0, CRASH_BACKOFF)
    entry = nextBackoff(entry, 1000, 11_000, CRASH_BACKOFF)
    expect(entry.delayMs).toBe(20_000)
    // Ran 600.001 s after the last restart: the entry has expired.
    expect(inBackoff(entry, 11_000 + 600_001, 11_000 + 600_002, CRASH_BACKOFF)).toBe(false)
    expect(nextBackoff(entry, 11_000 + 600_001, 11_000 + 600_002, CRASH_BACKOFF).delayMs).toBe(10_000)
    // 600 s exactly is not expired yet.
    expect(nextBackoff(entry, 11_000 + 600_000, 11_000 + 600_000, CRASH_BACKOFF).delayMs).toBe(40_000)
  })
})

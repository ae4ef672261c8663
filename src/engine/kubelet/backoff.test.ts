import { describe, expect, it } from 'vitest'
import { CRASH_BACKOFF, inBackoff, nextBackoff, type BackoffTable } from './backoff'

describe('crash-loop back-off table', () => {
  it('lets the first restart through, then waits 10 s doubling to 300 s', () => {
    let table: BackoffTable = {}
    let now = 0
    const delays: number[] = []
    for (let crash = 0; crash < 9; crash++) {
      const finishedAt = now
      if (inBackoff(table, 'c', finishedAt, now, CRASH_BACKOFF)) {
        const wait = table.c.delayMs
        expect(inBackoff(table, 'c', finishedAt, now + wait - 1, CRASH_BACKOFF)).toBe(true)
        expect(inBackoff(table, 'c', finishedAt, now + wait, CRASH_BACKOFF)).toBe(false)
        now += wait
        delays.push(wait / 1000)
      } else delays.push(0)
      table = nextBackoff(table, 'c', finishedAt, now, CRASH_BACKOFF)
      now += 1000 // the container runs a second, then crashes again
    }
    expect(delays).toEqual([0, 10, 20, 40, 80, 160, 300, 300, 300])
  })

  it('starts over after running longer than twice the maximum', () => {
    let table: BackoffTable = nextBackoff({}, 'c', 0, 0, CRASH_BACKOFF)
    table = nextBackoff(table, 'c', 1000, 11_000, CRASH_BACKOFF)
    expect(table.c.delayMs).toBe(20_000)
    // Ran 601 s after the last restart: the entry has expired.
    expect(inBackoff(table, 'c', 11_000 + 600_001, 11_000 + 600_002, CRASH_BACKOFF)).toBe(false)
    expect(nextBackoff(table, 'c', 11_000 + 600_001, 11_000 + 600_002, CRASH_BACKOFF).c.delayMs).toBe(10_000)
    // 600 s exactly is not expired yet.
    expect(nextBackoff(table, 'c', 11_000 + 600_000, 11_000 + 600_000, CRASH_BACKOFF).c.delayMs).toBe(40_000)
  })
})

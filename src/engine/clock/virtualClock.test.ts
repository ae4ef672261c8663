import { describe, expect, it } from 'vitest'
import { createActor, setup } from 'xstate'
import { VirtualClock } from './virtualClock'

describe('VirtualClock', () => {
  it('fires each timer at its own due time, in due order', () => {
    const clock = new VirtualClock(1000)
    const seen: [string, number][] = []
    clock.setTimeout(() => seen.push(['b', clock.now()]), 200)
    clock.setTimeout(() => seen.push(['a', clock.now()]), 100)
    clock.setTimeout(() => seen.push(['c', clock.now()]), 200)
    clock.advance(500)
    expect(seen).toEqual([['a', 1100], ['b', 1200], ['c', 1200]])
    expect(clock.now()).toBe(1500)
  })

  it('fires timers created by timers when they fall inside the advance', () => {
    const clock = new VirtualClock(0)
    const seen: number[] = []
    const tick = () => {
      seen.push(clock.now())
      if (seen.length < 5) clock.setTimeout(tick, 10)
    }
    clock.setTimeout(tick, 10)
    clock.advance(35)
    expect(seen).toEqual([10, 20, 30])
    clock.advance(100)
    expect(seen).toEqual([10, 20, 30, 40, 50])
  })

  it('skips cleared timers and reports the next due time', () => {
    const clock = new VirtualClock(0)
    const a = clock.setTimeout(() => { throw new Error('cleared') }, 10)
    clock.setTimeout(() => {}, 20)
    clock.clearTimeout(a)
    expect(clock.nextDue()).toBe(20)
    expect(clock.pending()).toBe(1)
    clock.advance(100)
    expect(clock.nextDue()).toBeUndefined()
  })

  it('step() jumps to the next due instant only', () => {
    const clock = new VirtualClock(0)
    clock.setTimeout(() => {}, 50)
    clock.setTimeout(() => {}, 70)
    expect(clock.step()).toBe(true)
    expect(clock.now()).toBe(50)
    expect(clock.step()).toBe(true)
    expect(clock.now()).toBe(70)
    expect(clock.step()).toBe(false)
  })

  it('drives xstate delayed transitions', () => {
    const machine = setup({}).createMachine({
      initial: 'a',
      states: { a: { after: { 1000: 'b' } }, b: { after: { 2000: 'c' } }, c: {} },
    })
    const clock = new VirtualClock(0)
    const actor = createActor(machine, { clock }).start()
    clock.advance(999)
    expect(actor.getSnapshot().value).toBe('a')
    clock.advance(1)
    expect(actor.getSnapshot().value).toBe('b')
    clock.advance(5000)
    expect(actor.getSnapshot().value).toBe('c')
  })

  it('handles a hundred thousand timers quickly', () => {
    const clock = new VirtualClock(0)
    let fired = 0
    for (let i = 0; i < 100_000; i++) clock.setTimeout(() => fired++, (i * 7919) % 100_000)
    clock.advance(100_000)
    expect(fired).toBe(100_000)
  })
})

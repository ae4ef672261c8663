// Placing marks and bars on a track.
import { describe, expect, it } from 'vitest'
import { crowdedExits, itemsOf, placeBar } from './marks'

const span = { from: 0, to: 100_000 }
const exit = (at: number) => ({ at, exitCode: 1, reason: 'Error' })
const marker = (at: number, reason: string) => ({ at, reason, message: '', type: 'Normal' as const })

describe('itemsOf', () => {
  it('keeps the marks in view, oldest first, an exit before the events of its instant', () => {
    const items = itemsOf([exit(50_000), exit(150_000)], [marker(50_000, 'Started'), marker(10_000, 'Pulled')], span)
    expect(items.map((i) => (i.exit ? `exit@${i.at}` : `${i.marker.reason}@${i.at}`))).toEqual(['Pulled@10000', 'exit@50000', 'Started@50000'])
  })
})

describe('crowdedExits', () => {
  it('turns exits closer than a badge into notches, on a narrow track only', () => {
    const items = itemsOf([exit(10_000), exit(13_000), exit(60_000)], [], span)
    expect([...crowdedExits(items, span, 390)]).toEqual([10_000, 13_000])
    expect([...crowdedExits(items, span, 1000)]).toEqual([])
  })
})

describe('placeBar', () => {
  it('cuts a bar to the span and picks the longest words that fit', () => {
    const s = { kind: 'backoff' as const, from: -20_000, to: 50_000, label: 'CrashLoopBackOff' }
    const texts = ['CrashLoopBackOff · back-off 20 s', 'back-off 20 s']
    expect(placeBar(s, span, 600, texts)).toEqual({ left: 0, width: 50, text: 'CrashLoopBackOff · back-off 20 s' })
    expect(placeBar(s, span, 300, texts)).toEqual({ left: 0, width: 50, text: 'back-off 20 s' })
    expect(placeBar(s, span, 100, texts)).toEqual({ left: 0, width: 50 })
  })
})

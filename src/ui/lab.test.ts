// The page's model of the cluster, headless: the status log keeps every step even when the clock
// jumps, and the clock only runs while playing, at the chosen speed.
import { describe, expect, it } from 'vitest'
import { EXAMPLES } from '../lessons/examples'
import { Lab } from './lab.svelte'

const twoInits = EXAMPLES.find((e) => e.id === '01-two-init-containers')!.yaml

describe('Lab', () => {
  it('logs every STATUS change of a pod, even across one long jump', () => {
    const lab = new Lab()
    expect(lab.apply(twoInits).stdout).toBe('pod/myapp-pod created\n')
    lab.advance(60_000)
    expect(lab.statusLog.map((c) => `${Math.floor((c.at - lab.startedAt) / 1000)}s ${c.status}`)).toEqual([
      '0s Pending',
      '0s Init:0/2',
      '7s Init:1/2',
      '11s PodInitializing',
      '11s Running',
    ])
    expect(lab.pods.map((p) => p.metadata.name)).toEqual(['myapp-pod'])
  })

  it('starts a re-created pod log afresh', () => {
    const lab = new Lab()
    lab.apply(twoInits)
    lab.advance(60_000)
    lab.exec('kubectl delete pod myapp-pod --now')
    lab.advance(60_000)
    lab.apply(twoInits)
    expect(lab.statusLog.at(-1)?.status).toBe('Pending')
    expect(lab.pods).toHaveLength(1)
  })

  it('moves the clock only while playing, at its speed', () => {
    const lab = new Lab()
    const t0 = lab.now
    lab.speed = 10
    lab.tick(100)
    expect(lab.now - t0).toBe(1_000)
    lab.playing = false
    lab.tick(100)
    expect(lab.now - t0).toBe(1_000)
  })

  it('skips to the next change, and stays put when nothing is scheduled', () => {
    const lab = new Lab()
    const t0 = lab.now
    lab.skipToNextChange()
    expect(lab.now).toBe(t0)
    lab.apply(twoInits)
    lab.skipToNextChange()
    expect(lab.now).toBeGreaterThan(t0)
    expect(lab.statusLog.length).toBeGreaterThanOrEqual(1)
  })
})

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { EXAMPLES } from '../lessons/examples'
import { Lab } from './lab.svelte'
import { MAX_SHARE_CHARS, readShared, shareFragment } from './share'

const crashLoop = EXAMPLES.find((e) => e.id === '04-init-fails-always')!.yaml

describe('shared session links', () => {
  it('round-trips a session, Chinese text and all', () => {
    const inputs = [
      { at: 1000, end: 1000, line: 'kubectl apply -f -', stdin: 'metadata:\n  name: 中文 ✓\n' },
      { at: 5000, end: 35_000, line: 'kubectl delete pod x' },
    ]
    const hash = shareFragment(7, inputs, 1000, 61_000)
    expect(hash).toMatch(/^#session=[A-Za-z0-9_-]+$/)
    expect(readShared(hash)).toEqual({
      seed: 7,
      at: 60_000,
      inputs: [
        { at: 0, end: 0, line: 'kubectl apply -f -', stdin: 'metadata:\n  name: 中文 ✓\n' },
        { at: 4000, end: 34_000, line: 'kubectl delete pod x' },
      ],
    })
  })

  it('refuses what is not a session, and never throws', () => {
    expect(readShared('')).toBeUndefined()
    expect(readShared('#other=abc')).toBeUndefined()
    expect(readShared('#session=!!!')).toBeUndefined()
    expect(readShared(`#session=${'A'.repeat(MAX_SHARE_CHARS + 1)}`)).toBeUndefined()
    const bad = (o: unknown) => `#session=${btoa(JSON.stringify(o)).replace(/=+$/, '')}`
    expect(readShared(bad({ seed: 1, at: 0, inputs: [{ at: 5, end: 1, line: 'x' }] }))).toBeUndefined()
    expect(readShared(bad({ seed: 1, at: 0, inputs: [{ at: 5, end: 5, line: 'x' }, { at: 1, end: 1, line: 'y' }] }))).toBeUndefined()
    expect(readShared(bad({ seed: 'x', at: 0, inputs: [] }))).toBeUndefined()
    expect(readShared(bad({ seed: 1, at: -1, inputs: [] }))).toBeUndefined()
    fc.assert(fc.property(fc.string(), (s) => {
      readShared(`#session=${s}`)
      readShared(s)
    }))
  })

  it('a Lab restored from a link is the cluster that made it, at the same moment', () => {
    const lab = new Lab(3)
    lab.apply(crashLoop)
    lab.advance(45_000)
    lab.exec('kubectl get pods')
    lab.advance(20_000)
    const shared = readShared(shareFragment(lab.seed, lab.inputs, lab.startedAt, lab.liveNow))!
    const copy = new Lab(shared.seed)
    copy.restore(shared.inputs, shared.at)
    expect(copy.liveNow - copy.startedAt).toBe(65_000)
    expect(copy.inputs.map((i) => [i.at - copy.startedAt, i.line])).toEqual(lab.inputs.map((i) => [i.at - lab.startedAt, i.line]))
    expect(copy.sandbox.exec('kubectl get pods -o yaml').stdout).toBe(lab.sandbox.exec('kubectl get pods -o yaml').stdout)
    expect(copy.sandbox.exec('kubectl get events -o yaml').stdout).toBe(lab.sandbox.exec('kubectl get events -o yaml').stdout)
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { helpFor, HELP_DOCS, optionsText, rootHelp } from './index'

const golden = (name: string) => readFileSync(new URL(`./testdata/${name}.txt`, import.meta.url), 'utf8')

describe('help texts, byte for byte against kubectl v1.35.2', () => {
  it('prints the root help for kubectl alone', () => {
    expect(rootHelp()).toBe(golden('root'))
    expect(helpFor([])).toBe(golden('root'))
  })

  for (const doc of HELP_DOCS) {
    const name = doc.path.join('_')
    it(`kubectl ${doc.path.join(' ')} --help`, () => {
      expect(helpFor(doc.path)).toBe(golden(name))
    })
  }

  it('lists the global options', () => {
    expect(optionsText()).toBe(golden('options'))
  })

  it('prints nothing for options --help, as kubectl does', () => {
    expect(helpFor(['options'])).toBe('')
  })

  it('has no help for commands initlab does not implement', () => {
    expect(helpFor(['expose'])).toBeUndefined()
    expect(helpFor(['set', 'env'])).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { expandVars } from './expand'

// Cases from Kubernetes' expansion tests: inputs and expected outputs.
const vars: Record<string, string> = { VAR_A: 'A', VAR_B: 'B', VAR_C: 'C', VAR_EMPTY: '' }
const cases: [string, string][] = [
  ['$(VAR_A)', 'A'],
  ['___$(VAR_B)___', '___B___'],
  ['$(VAR_A)-$(VAR_B)', 'A-B'],
  ['$(VAR_DNE)', '$(VAR_DNE)'],
  ['$$(VAR_A)', '$(VAR_A)'],
  ['$$$(VAR_A)', '$A'],
  ['$(VAR_EMPTY)x', 'x'],
  ['$(VAR_A', '$(VAR_A'],
  ['$VAR_A', '$VAR_A'],
  ['foo$', 'foo$'],
  ['$(VAR_A)$(VAR_A', 'A$(VAR_A'],
  ['f000-$$VAR_A', 'f000-$VAR_A'],
]

describe('expandVars', () => {
  it.each(cases)('%s -> %s', (input, want) => {
    expect(expandVars(input, (n) => vars[n])).toBe(want)
  })
})

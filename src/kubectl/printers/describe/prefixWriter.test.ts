import { describe, expect, it } from 'vitest'
import { escapeTerminal, LEVEL_0, LEVEL_1, NestedPrefixWriter, PrefixWriter } from './prefixWriter'

describe('PrefixWriter', () => {
  it('indents two spaces per level and aligns cells across consecutive lines', () => {
    const w = new PrefixWriter()
    w.write(LEVEL_0, 'Name:\tp\n')
    w.write(LEVEL_1, 'IP:\t10.0.0.1\n')
    expect(w.text()).toBe('Name:  p\n  IP:  10.0.0.1\n')
  })

  it('starts a new alignment block after flush()', () => {
    const w = new PrefixWriter()
    w.write(LEVEL_0, 'Long label:\tx\n')
    w.flush()
    w.write(LEVEL_0, 'A:\ty\n')
    expect(w.text()).toBe('Long label:  x\nA:  y\n')
  })

  it('defuses ESC and CR like cli-runtime', () => {
    expect(escapeTerminal('a\x1b[31mb\rc')).toBe('a^[[31mb\\rc')
  })

  it('nests writes, writeLine included', () => {
    const w = new PrefixWriter()
    const nested = new NestedPrefixWriter(w, 2)
    nested.write(LEVEL_0, 'Labels:\t')
    nested.writeLine('<none>')
    expect(w.text()).toBe('    Labels:      <none>\n')
  })
})

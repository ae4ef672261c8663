import { describe, expect, it } from 'vitest'
import { writeAnnotations, writeLabels } from './meta'
import { PrefixWriter } from './prefixWriter'

// Expected text as kubectl v1.35.2 printed it (see the describe-kitchen-sink golden).
describe('writeLabels', () => {
  it('prints sorted k=v lines aligned under the first', () => {
    const w = new PrefixWriter()
    writeLabels(w, 'Labels', { b: '2', a: '1', 'app.kubernetes.io/name': 'x' })
    expect(w.text()).toBe('Labels:  a=1\n         app.kubernetes.io/name=x\n         b=2\n')
  })

  it('prints <none> for no labels', () => {
    const w = new PrefixWriter()
    writeLabels(w, 'Node-Selectors', undefined)
    expect(w.text()).toBe('Node-Selectors:  <none>\n')
  })
})

describe('writeAnnotations', () => {
  it('puts long and multi-line values on their own lines, cut at 140 bytes', () => {
    const w = new PrefixWriter()
    writeAnnotations(w, 'Annotations', { short: 'v', multi: 'line1\nline2\n', long: 'a'.repeat(150) })
    expect(w.text()).toBe(
      'Annotations:  long:\n' +
        `                ${'a'.repeat(138)}...\n` +
        '              multi:\n' +
        '                line1\n' +
        '                line2\n' +
        '              short: v\n',
    )
  })
})

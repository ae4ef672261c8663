import { describe, expect, it } from 'vitest'
import {
  duplicate, forbidden, formatInvalidError, formatInvalidStatusMessage, goQuote, invalid, notFound, notSupported, required,
  statusCauses, tooLong, tooMany,
} from './fieldErrors'

describe('field error messages (apimachinery field/errors.go ErrorBody)', () => {
  it('Required and Forbidden never print the value', () => {
    expect(required('spec.containers[0].image').message).toBe('spec.containers[0].image: Required value')
    expect(required('metadata.name', 'name or generateName is required').message).toBe('metadata.name: Required value: name or generateName is required')
    expect(forbidden('spec.initContainers[0].livenessProbe', 'may not be set for init containers without restartPolicy=Always').message)
      .toBe('spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always')
  })

  it('Invalid prints strings quoted, numbers and bools bare, other values as JSON', () => {
    expect(invalid('a', 'x"y', 'bad').message).toBe('a: Invalid value: "x\\"y": bad')
    expect(invalid('a', 5, 'must be 1').message).toBe('a: Invalid value: 5: must be 1')
    expect(invalid('a', true, 'd').message).toBe('a: Invalid value: true: d')
    expect(invalid('a', null, 'd').message).toBe('a: Invalid value: null: d')
    expect(invalid('a', ['<b>'], 'd').message).toBe('a: Invalid value: ["\\u003cb\\u003e"]: d')
    expect(invalid('a', { b: 1, a: 2 }, 'd').message).toBe('a: Invalid value: {"b":1,"a":2}: d')
    expect(invalid('a', '', 'd').message).toBe('a: Invalid value: "": d')
  })

  it('Duplicate, NotFound, NotSupported, TooMany, TooLong', () => {
    expect(duplicate('spec.initContainers[0].name', 'app').message).toBe('spec.initContainers[0].name: Duplicate value: "app"')
    expect(notFound('spec.containers[0].volumeMounts[0].name', 'x').message).toBe('spec.containers[0].volumeMounts[0].name: Not found: "x"')
    expect(notSupported('spec.restartPolicy', 'Sometimes', ['Always', 'OnFailure', 'Never']).message)
      .toBe('spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"')
    expect(tooMany('spec.initContainers[0].restartPolicyRules', 21, 20).message)
      .toBe('spec.initContainers[0].restartPolicyRules: Too many: 21: must have at most 20 items')
    expect(tooMany('x', -1, 1).message).toBe('x: Too many: must have at most 1 item')
    expect(tooLong('metadata.annotations', 262144).message).toBe('metadata.annotations: Too long: may not be more than 262144 bytes')
  })

  it('carries the Go type constant and the bad value', () => {
    const e = invalid('f', 3, 'd')
    expect(e).toEqual({ field: 'f', type: 'FieldValueInvalid', detail: 'd', value: 3, message: 'f: Invalid value: 3: d' })
    expect(required('f').type).toBe('FieldValueRequired')
    expect('value' in required('f')).toBe(false)
  })

  it('quotes like Go %q', () => {
    expect(goQuote('a\nb\tc')).toBe('"a\\nb\\tc"')
    expect(goQuote('\u0001')).toBe('"\\x01"')
    expect(goQuote('héllo')).toBe('"héllo"')
    expect(goQuote('\u200b')).toBe('"\\u200b"')
  })
})

describe('422 rendering', () => {
  const a = forbidden('spec.initContainers[0].livenessProbe', 'may not be set for init containers without restartPolicy=Always')
  const b = required('spec.initContainers[0].image')

  it('kubectl prints one cause on the heading line', () => {
    expect(formatInvalidError('Pod', 'myapp-pod', [a])).toBe(
      'The Pod "myapp-pod" is invalid: spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always\n')
  })

  it('kubectl prints several causes as * lines under a heading with a trailing space, duplicates dropped', () => {
    expect(formatInvalidError('Pod', 'myapp-pod', [a, b, a])).toBe(
      'The Pod "myapp-pod" is invalid: \n' +
      '* spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always\n' +
      '* spec.initContainers[0].image: Required value\n')
  })

  it('falls back to "The request is invalid" without kind and name', () => {
    expect(formatInvalidError('', '', [])).toBe('The request is invalid\n')
  })

  it('the Status message aggregates several errors as [e1, e2]', () => {
    expect(formatInvalidStatusMessage('Pod', 'p', [a])).toBe(`Pod "p" is invalid: ${a.message}`)
    expect(formatInvalidStatusMessage('Pod', 'p', [a, b, b])).toBe(`Pod "p" is invalid: [${a.message}, ${b.message}]`)
    expect(statusCauses([b])).toEqual([{ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.initContainers[0].image' }])
  })
})

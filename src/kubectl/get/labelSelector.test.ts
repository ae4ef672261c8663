import { describe, expect, it } from 'vitest'
import { matchesLabels, parseLabelSelector } from './labelSelector'

function matches(selector: string, labels: Record<string, string>): boolean {
  const parsed = parseLabelSelector(selector)
  if (!parsed.ok) throw new Error(parsed.error)
  return matchesLabels(parsed.requirements, labels)
}

function error(selector: string): string {
  const parsed = parseLabelSelector(selector)
  return parsed.ok ? '(parsed)' : parsed.error
}

const KEY_REGEX = "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"

describe('label selector matching', () => {
  const web = { app: 'web', version: '10' }
  it.each([
    ['app=web', true],
    ['app==web', true],
    ['app!=web', false],
    ['app!=db', true],
    ['missing!=x', true],
    ['app in (web,db)', true],
    ['app in (db)', false],
    ['app notin (db)', true],
    ['missing notin (db)', true],
    ['app', true],
    ['missing', false],
    ['!missing', true],
    ['!app', false],
    ['app=web,version=10', true],
    ['app=web,!version', false],
    ['version>9', true],
    ['version<10', false],
    ['app>1', false],
    ['app=', false],
    ['', true],
    ['  app = web  ', true],
    ['app in (web , db)', true],
    ['x in (in,notin)', false],
  ])('%j on app=web,version=10 is %s', (selector, want) => {
    expect(matches(selector, web)).toBe(want)
  })

  it('matches an empty value against a missing key only for `notin` and `!=`', () => {
    expect(matches('app in ()', {})).toBe(false)
    expect(matches('app in ()', { app: '' })).toBe(true)
    expect(matches('app=', { app: '' })).toBe(true)
  })
})

describe('label selector errors (the API server words)', () => {
  it.each([
    ['app in', "unable to parse requirement: found '' expected: '('"],
    ['app in (web', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['app in (web db)', "unable to parse requirement: found 'db', expected: ',' or ')'"],
    ['app in (=)', "unable to parse requirement: found '=', expected: ',', ')' or identifier"],
    ['app in (web,=)', "unable to parse requirement: found '=', expected: ',', or identifier"],
    ['app=(web)', "unable to parse requirement: found '(', expected: identifier"],
    ['a b', "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"],
    ['a !b', "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt"],
    ['app,', "found '', expected: identifier after ','"],
    [',app', "found ',', expected: !, identifier, or 'end of string'"],
    ['!!', "unable to parse requirement: found '!', expected: identifier"],
    ['!a=b', "found '=', expected: ',' or 'end of string'"],
    ['a=b c', "found 'c', expected: ',' or 'end of string'"],
    ['app:web', `unable to parse requirement: <nil>: Invalid value: "app:web": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character ${KEY_REGEX}`],
    ['-bad=1', `unable to parse requirement: <nil>: Invalid value: "-bad": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character ${KEY_REGEX}`],
    ['version>x', `unable to parse requirement: values[0]: Invalid value: "x": for 'Gt', 'Lt' operators, the value must be an integer`],
    ['app=bad!', "found '!', expected: ',' or 'end of string'"],
    [
      'app=bad@value',
      "unable to parse requirement: values[0][app]: Invalid value: \"bad@value\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ],
  ])('%j', (selector, want) => {
    expect(error(selector)).toBe(want)
  })
})

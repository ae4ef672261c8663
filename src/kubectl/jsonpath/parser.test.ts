// Cases ported from client-go util/jsonpath parser_test.go (TestParser, TestFailParser).

import { describe, expect, it } from 'vitest'
import type { JsonPathNode, ListNode, SliceParam } from './nodes'
import { JsonPathSyntaxError, parseTemplate } from './parser'

const list = (...nodes: JsonPathNode[]): ListNode => ({ type: 'list', nodes })
const text = (t: string): JsonPathNode => ({ type: 'text', text: t })
const field = (name: string): JsonPathNode => ({ type: 'field', name })
const ident = (name: string): JsonPathNode => ({ type: 'identifier', name })
const p = (value: number, known: boolean, derived = false): SliceParam => ({ value, known, derived })
const array = (a: SliceParam, b: SliceParam, c: SliceParam): JsonPathNode => ({ type: 'array', params: [a, b, c] })
const filter = (left: ListNode, operator: string, right: ListNode): JsonPathNode => ({ type: 'filter', left, right, operator })
const none = p(0, false)
const osImage = list(field('status'), field('nodeInfo'), field('osImage'))

describe('parseTemplate (TestParser)', () => {
  it.each<[string, string, JsonPathNode[]]>([
    ['plain', 'hello jsonpath', [text('hello jsonpath')]],
    ['variable', 'hello {.jsonpath}', [text('hello '), list(field('jsonpath'))]],
    ['arrayfiled', "hello {['jsonpath']}", [text('hello '), list(field('jsonpath'))]],
    ['quote', '{"{"}', [list(text('{'))]],
    ['array', '{[1:3]}', [list(array(p(1, true), p(3, true), none))]],
    ['allarray', '{.book[*].author}', [list(field('book'), array(none, none, none), field('author'))]],
    ['wildcard', '{.bicycle.*}', [list(field('bicycle'), { type: 'wildcard' })]],
    ['filter', '{[?(@.price<3)]}', [list(filter(list(field('price')), '<', list({ type: 'int', value: 3 })))]],
    ['recursive', '{..}', [list({ type: 'recursive' })]],
    ['recurField', '{..price}', [list({ type: 'recursive' }, field('price'))]],
    ['arraydict', "{['book.price']}", [list(field('book'), field('price'))]],
    [
      'union',
      "{['bicycle.price', 3, 'book.price']}",
      [
        list({
          type: 'union',
          nodes: [list(field('bicycle'), field('price')), list(array(p(3, true), p(4, true, true), none)), list(field('book'), field('price'))],
        }),
      ],
    ],
    ['range', '{range .items}{.name},{end}', [list(ident('range'), field('items')), list(field('name')), text(','), list(ident('end'))]],
    ['paired parentheses in quotes', '{[?(@.status.nodeInfo.osImage == "()")]}', [list(filter(osImage, '==', list(text('()'))))]],
    [
      'paired parentheses in double quotes and with double quotes escape',
      '{[?(@.status.nodeInfo.osImage == "(\\"\\")")]}',
      [list(filter(osImage, '==', list(text('("")'))))],
    ],
    ['unregular parentheses in double quotes', '{[?(@.test == "())(")]}', [list(filter(list(field('test')), '==', list(text('())('))))]],
    ['plain text in single quotes', "{[?(@.status.nodeInfo.osImage == 'Linux')]}", [list(filter(osImage, '==', list(text('Linux'))))]],
    ['test filter suffix', '{[?(@.status.nodeInfo.osImage == "{[()]}")]}', [list(filter(osImage, '==', list(text('{[()]}'))))]],
    ['double inside single', `{[?(@.status.nodeInfo.osImage == "''")]}`, [list(filter(osImage, '==', list(text("''"))))]],
    ['single inside double', `{[?(@.status.nodeInfo.osImage == '""')]}`, [list(filter(osImage, '==', list(text('""'))))]],
    ['single containing escaped single', "{[?(@.status.nodeInfo.osImage == '\\\\\\'')]}", [list(filter(osImage, '==', list(text("\\'"))))]],
    ['negative index slice, equals a[len-5] to a[len-1]', '{[-5:]}', [list(array(p(-5, true), none, none))]],
    ['negative index slice, equals a[len-1]', '{[-1]}', [list(array(p(-1, true), p(0, true, true), none))]],
    ['negative index slice, equals a[1] to a[len-1]', '{[1:-1]}', [list(array(p(1, true), p(-1, true), none))]],
    ['empty brackets select the first element', '{[]}', [list(array(p(0, false), p(1, true, true), none))]],
    ['exists filter', '{[?(@.z)]}', [list(filter(list(field('z')), 'exists', list()))]],
    ['escaped dots stay in the field name', '{.labels.kubernetes\\.io/hostname}', [list(field('labels'), field('kubernetes.io/hostname'))]],
    ['literals', '{1}{2.5}{true}{-3}{"x"}', [list({ type: 'int', value: 1 }), list({ type: 'float', value: 2.5 }), list({ type: 'bool', value: true }), list({ type: 'int', value: -3 }), list(text('x'))]],
    ['root and current markers are skipped', '{$.a}{@.b}', [list(field('a')), list(field('b'))]],
  ])('%s', (_name, template, nodes) => {
    expect(parseTemplate(template).nodes).toEqual(nodes)
  })
})

describe('parseTemplate errors (TestFailParser)', () => {
  it.each([
    ['unclosed action', '{.hello', 'unclosed action'],
    ['unrecognized character', '{*}', "unrecognized character in action: U+002A '*'"],
    ['invalid number', '{+12.3.0}', 'cannot parse number +12.3.0'],
    ['unterminated array', '{[1}', 'unterminated array'],
    ['unterminated filter', '{[?(.price]}', 'unterminated filter'],
    ['invalid multiple recursive descent', '{........}', 'invalid multiple recursive descent'],
    ['malformat input', '{\\\\\\}', "unrecognized character in action: U+005C '\\'"],
    ['newline inside an action', '{.a\n}', 'unclosed action'],
    ['tab inside an action', '{.a\t.b}', 'unrecognized character in action: U+0009'],
    ['unclosed filter bracket', '{[?(@.x)}', 'unclosed array expect ]'],
    ['double-quoted key', '{["name"]}', 'invalid array index "name"'],
    ['bad union member', '{[0,x]}', 'invalid array index x'],
    ['index not a number', '{[-]}', 'array index - is not a number'],
    ['huge index', '{[99999999999999999999]}', 'array index 99999999999999999999 is not a number'],
    ['unterminated string', '{"abc}', 'unterminated quoted string'],
    ['bad escape', '{"a\\qb"}', 'unquote string "a\\qb" error invalid syntax'],
    ['and is not an operator', '{[?(@.a=="x" && @.b==1)]}', "unrecognized character in action: U+0026 '&'"],
  ])('%s', (_name, template, message) => {
    expect(() => parseTemplate(template)).toThrow(new JsonPathSyntaxError(message))
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { listWrapper, toJson, toJsonList } from './json'

// Goldens are the stdout of a real kubectl v1.35.2 `get -o json` for the .json beside them.
const DIR = fileURLToPath(new URL('../testdata/printers/', import.meta.url))

describe('toJson against kubectl v1.35.2', () => {
  const objects = readdirSync(DIR).filter((f) => /^object-.*\.json$/.test(f))
  for (const file of objects) {
    it(file, () => {
      const obj = JSON.parse(readFileSync(DIR + file, 'utf8'))
      expect(toJson(obj)).toBe(readFileSync(DIR + file.replace(/\.json$/, '.json.golden.txt'), 'utf8'))
    })
  }
  it('wraps several objects in a List', () => {
    const items = JSON.parse(readFileSync(DIR + 'list-two-pods.json', 'utf8'))
    expect(toJsonList(items)).toBe(readFileSync(DIR + 'list-two-pods.json.golden.txt', 'utf8'))
  })
})

// Checked against kubectl v1.35.2 with the same values.
describe('toJson', () => {
  it('sorts keys by bytes, integer-like keys included, and indents by four spaces', () => {
    expect(toJson({ b: 1, '10': 2, a: [1, { z: true, '2': null }], e: {}, f: [] })).toBe(
      '{\n    "10": 2,\n    "a": [\n        1,\n        {\n            "2": null,\n            "z": true\n        }\n    ],\n    "b": 1,\n    "e": {},\n    "f": []\n}\n',
    )
  })

  it('escapes <, >, & and the JS line separators like Go', () => {
    expect(toJson({ m: 'a && b <c> \u2028' })).toBe('{\n    "m": "a \\u0026\\u0026 b \\u003cc\\u003e \\u2028"\n}\n')
  })

  it('builds the v1 List kubectl prints for several objects', () => {
    expect(listWrapper([{ a: 1 }])).toEqual({ apiVersion: 'v1', items: [{ a: 1 }], kind: 'List', metadata: { resourceVersion: '' } })
  })
})

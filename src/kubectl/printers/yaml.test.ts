import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { toYaml, toYamlList, YAML_CONTROL_CHARACTERS } from './yaml'

// Goldens are the stdout of a real kubectl v1.35.2 `get -o yaml` for the .json beside them.
// Never regenerate them from our own output.
const DIR = fileURLToPath(new URL('../testdata/printers/', import.meta.url))

describe('toYaml against kubectl v1.35.2', () => {
  const objects = readdirSync(DIR).filter((f) => /^object-.*\.json$/.test(f))
  it('has golden cases', () => expect(objects.length).toBeGreaterThanOrEqual(5))
  for (const file of objects) {
    it(file, () => {
      const obj = JSON.parse(readFileSync(DIR + file, 'utf8'))
      expect(toYaml(obj)).toBe(readFileSync(DIR + file.replace(/\.json$/, '.yaml.golden.txt'), 'utf8'))
    })
  }
  it('wraps several objects in a List', () => {
    const items = JSON.parse(readFileSync(DIR + 'list-two-pods.json', 'utf8'))
    expect(toYamlList(items)).toBe(readFileSync(DIR + 'list-two-pods.yaml.golden.txt', 'utf8'))
  })
})

// Each expectation below was checked against kubectl v1.35.2 with the same value.
describe('toYaml scalars', () => {
  const one = (v: unknown) => toYaml({ k: v })

  it('double-quotes strings that would read back as another type', () => {
    expect(one('true')).toBe('k: "true"\n')
    expect(one('')).toBe('k: ""\n')
    expect(one('1')).toBe('k: "1"\n')
    expect(one('0x1F')).toBe('k: "0x1F"\n')
    expect(one('1e3')).toBe('k: "1e3"\n')
    expect(one('2026-01-01T09:00:00Z')).toBe('k: "2026-01-01T09:00:00Z"\n')
    expect(one('12:30')).toBe('k: "12:30"\n')
    expect(one('yes')).toBe('k: "yes"\n')
  })

  it('single-quotes strings the YAML syntax would misread', () => {
    expect(one('containers with unready status: [app]')).toBe("k: 'containers with unready status: [app]'\n")
    expect(one('*x')).toBe("k: '*x'\n")
    expect(one("it's: x")).toBe("k: 'it''s: x'\n")
    expect(one(' a')).toBe("k: ' a'\n")
  })

  it('leaves plain strings alone, including ones that only look odd', () => {
    expect(one('busybox:1.28')).toBe('k: busybox:1.28\n')
    expect(one('a#b')).toBe('k: a#b\n')
    expect(one('1Gi')).toBe('k: 1Gi\n')
    expect(one('é中')).toBe('k: é中\n')
  })

  it('escapes what is not printable in double quotes, and everything after a leading BOM', () => {
    expect(one('a\tb')).toBe('k: "a\\tb"\n')
    expect(one('😀')).toBe('k: "\\U0001F600"\n')
    expect(one('\ufeff@:')).toBe('k: "\\uFEFF\\x40\\x3A"\n')
  })

  it('prints multi-line strings as literal blocks with chomping indicators', () => {
    expect(one('a\nb')).toBe('k: |-\n  a\n  b\n')
    expect(one('a\n')).toBe('k: |\n  a\n')
    expect(one('a\n\n')).toBe('k: |+\n  a\n\n')
    expect(one(' lead\nx')).toBe('k: |2-\n   lead\n  x\n')
    expect(one('tail \nx')).toBe('k: "tail \\nx"\n')
  })

  it('folds long plain and quoted strings at a space after column 80', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')
    // The break comes at the first space once the column is past 80.
    expect(one(words)).toBe('k: w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22\n  w23 w24 w25 w26 w27 w28 w29\n')
  })

  it('prints numbers as go-yaml reads them back from Go JSON', () => {
    expect(toYaml({ a: 420, b: 0.5, c: 1234567.5, d: 1e-7, e: 2 ** 63, f: 1e21, g: -(2 ** 53) })).toBe(
      'a: 420\nb: 0.5\nc: 1.2345675e+06\nd: 1e-07\ne: 9223372036854776000\nf: 1e+21\ng: -9007199254740992\n',
    )
  })

  it('turns a raw NEL into folded spaces, as the YAML parser reads Go JSON', () => {
    expect(one('a\u0085b')).toBe('k: a b\n')
  })

  it('fails like kubectl on DEL and C1 control characters', () => {
    expect(() => one('a\x7fb')).toThrow(YAML_CONTROL_CHARACTERS)
    expect(YAML_CONTROL_CHARACTERS).toBe('yaml: control characters are not allowed')
  })
})

// Checked against kubectl v1.35.2 too.
describe('toYaml structure', () => {
  it('sorts keys the go-yaml v2 way: digit runs as numbers, letters after other characters', () => {
    expect(toYaml({ a10: 1, a2: 1, ab: 1, 'a-b': 1, A: 1, _x: 1 })).toBe('_x: 1\nA: 1\na-b: 1\na2: 1\na10: 1\nab: 1\n')
  })

  it('does not indent sequences under their key, prints empty collections in flow style, quotes the key "n"', () => {
    expect(toYaml({ spec: { containers: [{ name: 'a', args: ['x'] }], volumes: [], securityContext: {} }, n: null })).toBe(
      '"n": null\nspec:\n  containers:\n  - args:\n    - x\n    name: a\n  securityContext: {}\n  volumes: []\n',
    )
  })

  it('writes keys over 128 bytes as complex keys', () => {
    expect(toYaml({ ['k'.repeat(129)]: 'v' })).toBe(`? ${'k'.repeat(129)}\n: v\n`)
  })
})

// `kubectl get -o yaml`: sigs.k8s.io/yaml turns the object's JSON into go-yaml v2 values (map keys in
// v2's natural order) and go-yaml v2's emitter prints them: block style, 2-space indent, sequences not
// indented under their key, strings quoted only when they must be, lines folded after column 80. Pure.

import { Emitter, type Node } from './yamlEmitter'

const isLetter = (c: string): boolean => /\p{L}/u.test(c)
const isDigit = (c: string): boolean => /\p{Nd}/u.test(c)

/** go-yaml v2's keyList.Less for string keys: letters after other runes, digit runs compared as numbers. */
function keyLess(a: string, b: string): boolean {
  const ar = Array.from(a)
  const br = Array.from(b)
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue
    const al = isLetter(ar[i])
    const bl = isLetter(br[i])
    if (al && bl) return ar[i] < br[i]
    if (al || bl) return bl
    let an = 0n
    let bn = 0n
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1n
          bn = 1n
          break
        }
      }
    }
    let ai = i
    let bi = i
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10n + BigInt(ar[ai].charCodeAt(0) - 48)
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10n + BigInt(br[bi].charCodeAt(0) - 48)
    if (an !== bn) return an < bn
    if (ai !== bi) return ai < bi
    return ar[i] < br[i]
  }
  return ar.length < br.length
}

/** strconv.FormatFloat(f, 'g', -1, 64): shortest digits, exponent form below 1e-4 and from 1e6 on. */
function goFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan'
  if (!Number.isFinite(f)) return f > 0 ? '.inf' : '-.inf'
  const [mant, expText] = f.toExponential().split('e')
  const exp = Number(expText)
  if (exp < -4 || exp >= 6) return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  return String(f)
}

const INT64 = 2n ** 63n
const UINT64 = 2n ** 64n

/** A JSON number as go-yaml reads the text Go's JSON encoder wrote for it: int64, uint64 or float64. */
function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) {
    const text = JSON.stringify(n)
    const big = BigInt(text)
    if ((big >= -INT64 && big < INT64) || (big >= 0n && big < UINT64)) return text
  }
  return goFloat(n)
}

/**
 * Go's JSON encoder leaves U+0085 (NEL) raw and go-yaml's parser reads it as a line break inside the
 * double-quoted JSON string, so it folds: a single NEL (with the spaces around it) becomes a space,
 * n of them n-1 newlines.
 */
function foldNel(s: string): string {
  if (!s.includes('\x85')) return s
  return s.replace(/ *(?:\x85 *)+/g, (run) => {
    const breaks = run.split('\x85').length - 1
    return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1)
  })
}

/** The value go-yaml v2 holds after reading the object's JSON (what Go's encoding/json would write). */
function toNode(value: unknown): Node {
  if (value === null || value === undefined) return { t: 'raw', v: 'null' }
  if (typeof value === 'boolean') return { t: 'raw', v: String(value) }
  if (typeof value === 'number') return { t: 'raw', v: Number.isFinite(value) ? numberText(value) : 'null' }
  if (typeof value === 'bigint') return { t: 'raw', v: value.toString() }
  if (typeof value === 'string') return { t: 'str', v: foldNel(value) }
  if (Array.isArray(value)) return { t: 'seq', items: value.map((v) => (v === undefined ? toNode(null) : toNode(v))) }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && typeof v !== 'function')
      .map(([k, v]): [string, Node] => [foldNel(k), toNode(v)])
      .sort(([a], [b]) => (keyLess(a, b) ? -1 : keyLess(b, a) ? 1 : 0))
    return { t: 'map', entries }
  }
  return { t: 'raw', v: 'null' }
}

/** What kubectl prints after `error: ` when a string holds DEL or a C1 control (see toYaml). */
export const YAML_CONTROL_CHARACTERS = 'yaml: control characters are not allowed'

// Go's JSON encoder writes DEL and U+0080-U+009F (except U+0085) raw, and go-yaml's reader refuses them.
const YAML_FORBIDDEN = /[\x7f-\x84\x86-\x9f]/

function hasForbidden(value: unknown): boolean {
  if (typeof value === 'string') return YAML_FORBIDDEN.test(value)
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return value.some(hasForbidden)
  return Object.entries(value).some(([k, v]) => YAML_FORBIDDEN.test(k) || hasForbidden(v))
}

/**
 * The stdout of `kubectl get <one object> -o yaml`. Use toYamlList for several objects. Throws an
 * Error with message YAML_CONTROL_CHARACTERS where kubectl fails the same way.
 */
export function toYaml(obj: unknown): string {
  if (hasForbidden(obj)) throw new Error(YAML_CONTROL_CHARACTERS)
  const emitter = new Emitter()
  emitter.node(toNode(obj), false, false)
  return emitter.text()
}

/** The stdout of `kubectl get <several> -o yaml`: the items wrapped in a v1 List. */
export function toYamlList(items: readonly unknown[]): string {
  return toYaml({ apiVersion: 'v1', items: [...items], kind: 'List', metadata: { resourceVersion: '' } })
}

// Builds the JSON value sigs.k8s.io/yaml would produce from a parsed `yaml` document: go-yaml v2
// scalars (YAML 1.1 booleans, octal ints), its merge and alias rules, and the JSON conversion errors.
// Owns no parsing; returns errors as text, never throws on its own.

import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml'

/** The converted value, or an error in kubectl's words (after `error converting YAML to JSON: `). */
export type Converted = { ok: true; value: unknown } | { ok: false; text: string; offset?: number }

/** Marks a pair written as `: value`, which go-yaml rejects while parsing (the caller finds the line). */
export const EMPTY_KEY = 'yaml: did not find expected key'

/** Beyond this many nodes built through aliases, go-yaml gives up on the document. */
const MAX_ALIAS_NODES = 100_000

class ConvertError extends Error {
  constructor(readonly text: string, readonly offset?: number) { super(text) }
}

/** Converts a parsed document's contents to JSON-compatible data the way kubectl's YAML reader does. */
export function toJsonValue(doc: Document): Converted {
  const state = { aliasNodes: 0, resolving: new Set<Node>() }
  try {
    return { ok: true, value: convert(doc.contents as Node | null, doc, state, false) }
  } catch (e) {
    if (e instanceof ConvertError) return { ok: false, text: e.text, offset: e.offset }
    if (e instanceof RangeError) return { ok: false, text: 'yaml: exceeded max depth of 10000' }
    throw e
  }
}

interface State { aliasNodes: number; resolving: Set<Node> }

function convert(node: Node | null | undefined, doc: Document, st: State, viaAlias: boolean): unknown {
  if (node === null || node === undefined) return null
  if (viaAlias && ++st.aliasNodes > MAX_ALIAS_NODES) throw new ConvertError('yaml: document contains excessive aliasing')
  if (isAlias(node)) {
    const target = node.resolve(doc)
    if (!target) throw new ConvertError(`yaml: unknown anchor '${node.source}' referenced`, node.range?.[0])
    if (st.resolving.has(target)) throw new ConvertError(`yaml: anchor '${node.source}' value contains itself`, node.range?.[0])
    st.resolving.add(target)
    try { return convert(target, doc, st, true) } finally { st.resolving.delete(target) }
  }
  if (isScalar(node)) return scalar(node.value, node.source, node.type)
  if (isSeq(node)) return node.items.map(item => convert(item as Node, doc, st, viaAlias))
  if (isMap(node)) {
    const out: Record<string, unknown> = {}
    for (const pair of node.items as Pair<Node | null, Node | null>[]) addPair(out, pair, doc, st, viaAlias)
    return out
  }
  return null
}

function addPair(out: Record<string, unknown>, pair: Pair<Node | null, Node | null>, doc: Document, st: State, viaAlias: boolean): void {
  const key = pair.key
  if (key === null || (isScalar(key) && key.source === '' && key.range?.[0] === key.range?.[1])) throw new ConvertError(EMPTY_KEY)
  if (isScalar(key) && key.type === 'PLAIN' && key.source === '<<') {
    // go-yaml v2 copies merged keys in order, so later pairs (and later merges) win.
    for (const src of mergeSources(pair.value, doc)) {
      const merged = convert(src, doc, st, viaAlias)
      if (merged && typeof merged === 'object' && !Array.isArray(merged)) Object.assign(out, merged)
      else throw new ConvertError('yaml: map merge requires map or sequence of maps as the value', pair.value?.range?.[0])
    }
    return
  }
  const value = convert(pair.value, doc, st, viaAlias)
  const k = convert(key, doc, st, viaAlias)
  Object.defineProperty(out, jsonKey(k, value, key), { value, enumerable: true, writable: true, configurable: true })
}

function mergeSources(value: Node | null, doc: Document): Node[] {
  const target = isAlias(value) ? value.resolve(doc) : value
  if (isSeq(target)) return target.items as Node[]
  return target ? [value as Node] : []
}

/** Map keys as sigs.k8s.io/yaml turns them into JSON object keys. */
function jsonKey(k: unknown, value: unknown, node: Node | null): string {
  if (typeof k === 'string') return k
  if (typeof k === 'number' || typeof k === 'boolean') return String(k)
  if (k === null) {
    throw new ConvertError(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSyntax(value)}`, node?.range?.[0])
  }
  throw new ConvertError(`yaml: invalid map key: ${goSyntax(k)}`, node?.range?.[0])
}

/** Scalars as go-yaml v2 resolves them, then as encoding/json can write them. */
function scalar(value: unknown, source: string | undefined, type: string | undefined): unknown {
  if (value instanceof Uint8Array) return new TextDecoder().decode(value)
  if (typeof value === 'string' && type === 'PLAIN' && /^[-+]?0[oO][0-7_]+$/.test(value)) {
    // Go's base-0 integer parsing also accepts the 0o prefix that YAML 1.1 does not define.
    const sign = value.startsWith('-') ? -1 : 1
    return sign * parseInt(value.replace(/^[-+]?0[oO]/, '').replace(/_/g, ''), 8)
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new ConvertError(`json: unsupported value: ${Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf'}`)
  }
  if (typeof value === 'bigint') return Number(value)
  if (value === undefined) return source === undefined ? null : source
  return value
}

/** Go's `%#v` rendering for the values that can show up in these messages. */
export function goSyntax(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)'
  if (typeof v === 'string') return JSON.stringify(v)
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`
  const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `map[interface {}]interface {}{${entries.map(([k, x]) => `${JSON.stringify(k)}:${goSyntax(x)}`).join(', ')}}`
}

// `kubectl get -o json`: cli-runtime's JSONPrinter over an unstructured object, i.e. Go's
// json.MarshalIndent(obj, "", "    ") of a map, so keys come out sorted. Pure.

/** Go sorts map keys by their UTF-8 bytes, which is code point order (JS sorts UTF-16 units). */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0)
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i]
  return x.length - y.length
}

/** Go's encoding/json escapes these even inside strings, for safe embedding in HTML and JavaScript. */
const GO_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' }

function quote(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c])
}

/** Writes JSON by hand: a JS object would move integer-like keys ("10") ahead of the others. */
function write(value: unknown, indent: string): string {
  if (value === null || value === undefined || typeof value === 'function') return 'null'
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null'
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'boolean') return String(value)
  const inner = indent + '    '
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return '[\n' + value.map((v) => inner + write(v, inner)).join(',\n') + '\n' + indent + ']'
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function')
  if (entries.length === 0) return '{}'
  entries.sort(([a], [b]) => byCodePoint(a, b))
  return '{\n' + entries.map(([k, v]) => `${inner}${quote(k)}: ${write(v, inner)}`).join(',\n') + '\n' + indent + '}'
}

/**
 * The stdout of `kubectl get <one object> -o json`: sorted keys, 4-space indent, Go's HTML-safe
 * escapes, a final newline. Use toJsonList for several objects.
 */
export function toJson(obj: unknown): string {
  return write(obj, '') + '\n'
}

/** The List that `kubectl get` prints for zero or several objects (and for a plain `kubectl get pods`). */
export function listWrapper(items: readonly unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items: [...items], kind: 'List', metadata: { resourceVersion: '' } }
}

/** The stdout of `kubectl get <several> -o json`: the items wrapped in a v1 List. */
export function toJsonList(items: readonly unknown[]): string {
  return toJson(listWrapper(items))
}

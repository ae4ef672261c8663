// Tolerant readers for validation: the input may be any JSON (a learner's YAML), so every read coerces
// to the Go zero value instead of throwing. Also the tiny field-path builders.

/** Object view of a value, or an empty object. */
export function obj(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
}

/** True when the value is a (non-array) object, i.e. a non-nil Go pointer to a struct. */
export function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** Array view of a value, or an empty array. */
export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}

/** String view of a value, or ''. */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : ''
}

/** Number view of a value, or 0. */
export function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0
}

/** Optional number: undefined unless the value is a finite number (a nil Go pointer otherwise). */
export function optNum(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

/** String-keyed map view (map[string]string), keeping insertion order. */
export function strMap(v: unknown): [string, string][] {
  return Object.entries(obj(v)).map(([k, val]) => [k, str(val)])
}

/** Field path child: `a.b`. */
export const child = (path: string, name: string): string => (path ? `${path}.${name}` : name)
/** Field path index: `a[0]`. */
export const index = (path: string, i: number): string => `${path}[${i}]`
/** Field path key: `a[key]`. */
export const key = (path: string, k: string): string => `${path}[${k}]`

// The values a JSONPath evaluation passes around, with the Go kinds kubectl's reflection-based
// engine would see: data decoded from JSON (map, slice, string, int64, float64, bool, nil) plus the
// literals a template can write (int, float64, bool) and the bytes of a string (uint8).

/** A JSON document as kubectl's unstructured decoder produces it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/** A number whose Go type is not the one its JSON shape implies: template literals and string bytes. */
export class Typed {
  constructor(
    readonly kind: 'int' | 'float64' | 'uint8',
    readonly value: number,
  ) {}
}

/**
 * Go's invalid reflect.Value: what the engine holds for a nil range item or nil root. Unlike a nil
 * inside a map or slice it is not skipped by field lookups, and it prints as `<no value>`.
 */
export const NO_VALUE: unique symbol = Symbol('no value')

/** Anything the evaluator can hold. */
export type GoValue = JsonValue | Typed | typeof NO_VALUE

/** The Go kind of a value, in the terms the engine's type switches use. */
export type GoKind = 'map' | 'slice' | 'string' | 'int' | 'uint' | 'float' | 'bool' | 'nil' | 'invalid'

const INT64_LIMIT = 2 ** 63

/** True for a JSON object (Go map[string]interface{}). */
export function isMap(v: GoValue): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Typed)
}

/**
 * The kind of a value. A JSON number is an int64 when it is whole and fits, as apimachinery's
 * decoder makes it (kubectl get re-encodes lists, so 2.0 arrives as the int 2), else a float64.
 */
export function goKind(v: GoValue): GoKind {
  if (v === NO_VALUE) return 'invalid'
  if (v === null) return 'nil'
  if (v instanceof Typed) return v.kind === 'int' ? 'int' : v.kind === 'uint8' ? 'uint' : 'float'
  if (Array.isArray(v)) return 'slice'
  switch (typeof v) {
    case 'string':
      return 'string'
    case 'boolean':
      return 'bool'
    case 'number':
      return Number.isInteger(v) && Math.abs(v) < INT64_LIMIT ? 'int' : 'float'
    default:
      return 'map'
  }
}

/** The numeric value of an int, uint or float value. */
export function numberOf(v: GoValue): number {
  return v instanceof Typed ? v.value : (v as number)
}

/** Go's reflect type name, as `%v is not array or slice` prints it. */
export function goTypeName(v: GoValue): string {
  if (v instanceof Typed) return v.kind === 'int' ? 'int' : v.kind
  switch (goKind(v)) {
    case 'map':
      return 'map[string]interface {}'
    case 'slice':
      return '[]interface {}'
    case 'string':
      return 'string'
    case 'int':
      return 'int64'
    case 'float':
      return 'float64'
    case 'bool':
      return 'bool'
    default:
      return 'interface {}'
  }
}

/** A copy of JSON-like data with undefined fields dropped, as it would arrive from the API server. */
export function toJsonValue(data: unknown): JsonValue {
  const text = JSON.stringify(data)
  return text === undefined ? null : (JSON.parse(text) as JsonValue)
}

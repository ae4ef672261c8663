// The vocabulary of initlab's API schemas: field types as the API server's Go structs declare them,
// with the Go type names its JSON decoder prints in errors. Data only, plus tiny builders.

/** A field's type; `go` is the Go type name as encoding/json prints it (`int32`, `v1.RestartPolicy`). */
export type FieldType =
  | { kind: 'string' | 'integer' | 'boolean'; go: string }
  /** resource.Quantity: a string or number such as `500m`, `1Gi`, `2`. */
  | { kind: 'quantity' }
  /** intstr.IntOrString: a port number or a port name. */
  | { kind: 'intOrString' }
  /** metav1.Time: an RFC 3339 timestamp string. */
  | { kind: 'time' }
  /** []byte: base64 text. */
  | { kind: 'bytes' }
  /** A nested struct, by its key in the struct table. */
  | { kind: 'struct'; ref: string }
  | { kind: 'array'; items: FieldType }
  /** A map with string keys; `go` names a named map type such as `v1.ResourceList`. */
  | { kind: 'map'; values: FieldType; go?: string }
  /** An object initlab does not model field by field (affinity, CSI sources): any keys accepted. */
  | { kind: 'opaque'; go: string }

/** One field: its type and a one-line description in initlab's words. */
export interface Field { type: FieldType; description: string }

/** A Go struct: `go` is its qualified name (`v1.Container`); `fields` in API order. */
export interface StructSchema { go: string; fields: Record<string, Field> }

/** Every struct, by key (usually the Go name without its package). */
export type StructTable = Record<string, StructSchema>

const f = (type: FieldType, description: string): Field => ({ type, description })

/** Builders for field declarations; each takes the description and, where it varies, the Go type. */
export const F = {
  str: (d: string, go = 'string') => f({ kind: 'string', go }, d),
  i32: (d: string) => f({ kind: 'integer', go: 'int32' }, d),
  i64: (d: string) => f({ kind: 'integer', go: 'int64' }, d),
  bool: (d: string) => f({ kind: 'boolean', go: 'bool' }, d),
  quantity: (d: string) => f({ kind: 'quantity' }, d),
  intOrString: (d: string) => f({ kind: 'intOrString' }, d),
  time: (d: string) => f({ kind: 'time' }, d),
  bytes: (d: string) => f({ kind: 'bytes' }, d),
  obj: (ref: string, d: string) => f({ kind: 'struct', ref }, d),
  list: (ref: string, d: string) => f({ kind: 'array', items: { kind: 'struct', ref } }, d),
  strings: (d: string, go = 'string') => f({ kind: 'array', items: { kind: 'string', go } }, d),
  i32s: (d: string) => f({ kind: 'array', items: { kind: 'integer', go: 'int32' } }, d),
  i64s: (d: string) => f({ kind: 'array', items: { kind: 'integer', go: 'int64' } }, d),
  stringMap: (d: string) => f({ kind: 'map', values: { kind: 'string', go: 'string' } }, d),
  resources: (d: string) => f({ kind: 'map', values: { kind: 'quantity' }, go: 'v1.ResourceList' }, d),
  opaque: (go: string, d: string) => f({ kind: 'opaque', go }, d),
  opaqueList: (go: string, d: string) => f({ kind: 'array', items: { kind: 'opaque', go } }, d),
}

/** The Go type name encoding/json prints for a field of this type. */
export function goTypeName(t: FieldType, structs: StructTable): string {
  switch (t.kind) {
    case 'string':
    case 'integer':
    case 'boolean':
    case 'opaque':
      return t.go
    case 'quantity': return 'resource.Quantity'
    case 'intOrString': return 'intstr.IntOrString'
    case 'time': return 'v1.Time'
    case 'bytes': return '[]uint8'
    case 'struct': return structs[t.ref]?.go ?? `v1.${t.ref}`
    case 'array': return `[]${goTypeName(t.items, structs)}`
    case 'map': return t.go ?? `map[string]${goTypeName(t.values, structs)}`
  }
}

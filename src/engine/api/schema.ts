// The object schemas initlab checks manifests against: one table of Go structs (see schema/*.ts)
// and the root struct of each kind. Data only; decode.ts walks it, the editor can turn it into JSON Schema.

import { CONTAINER_STRUCTS } from './schema/container'
import { META_STRUCTS } from './schema/meta'
import { POD_STRUCTS } from './schema/pod'
import { goTypeName, type Field, type FieldType, type StructSchema, type StructTable } from './schema/types'
import { VOLUME_STRUCTS } from './schema/volume'
import { WORKLOAD_STRUCTS } from './schema/workloads'

export type { Field, FieldType, StructSchema, StructTable } from './schema/types'

/** Every modelled struct, keyed by Go name (`PodSpec`, `Container`, `ObjectMeta`, ...). */
export const STRUCTS: StructTable = {
  ...META_STRUCTS,
  ...POD_STRUCTS,
  ...CONTAINER_STRUCTS,
  ...VOLUME_STRUCTS,
  ...WORKLOAD_STRUCTS,
}

/** Root struct per kind; kinds missing here (Service, Node, Event) are not checked field by field. */
const ROOTS: Record<string, string> = {
  Pod: 'Pod',
  ConfigMap: 'ConfigMap',
  Secret: 'Secret',
  Namespace: 'Namespace',
  Deployment: 'Deployment',
  ReplicaSet: 'ReplicaSet',
  Job: 'Job',
}

/** The root struct of a kind's objects, if initlab models it. */
export function schemaFor(kind: string): StructSchema | undefined {
  const root = ROOTS[kind]
  return root ? STRUCTS[root] : undefined
}

/** The Go type name the API server's decoder prints for a field type. */
export function goType(t: FieldType): string {
  return goTypeName(t, STRUCTS)
}

/** The declared field at a path of keys (indexes are skipped), e.g. `spec.initContainers[0].image`. */
export function fieldAt(kind: string, path: readonly (string | number)[]): Field | undefined {
  const root = schemaFor(kind)
  if (!root) return undefined
  let t: FieldType = { kind: 'struct', ref: ROOTS[kind] }
  let field: Field | undefined
  for (const seg of path) {
    while (t.kind === 'array' && typeof seg === 'string') t = t.items
    if (typeof seg === 'number') {
      if (t.kind !== 'array') return undefined
      t = t.items
      continue
    }
    if (t.kind === 'map') { field = { type: t.values, description: field?.description ?? '' }; t = t.values; continue }
    if (t.kind !== 'struct') return undefined
    field = STRUCTS[t.ref]?.fields[seg]
    if (!field) return undefined
    t = field.type
  }
  return field
}

// Builds the OpenAPI v3 document an API server would serve for one kind, from the engine's schema
// table plus initlab's descriptions and the schema facts: the input `kubectl explain` renders.

import { STRUCTS, type FieldType } from '../../engine/api/schema'
import type { KindInfo } from '../../engine/api/kinds'
import { FIELD_DESCRIPTIONS, TYPE_DESCRIPTIONS } from './descriptions'
import { ENUMS, REQUIRED } from './facts'

/** A JSON schema node as the OpenAPI v3 document holds it. */
export interface OpenApiSchema {
  type?: string
  format?: string
  description?: string
  enum?: string[]
  default?: unknown
  properties?: Record<string, OpenApiSchema>
  required?: string[]
  items?: OpenApiSchema
  additionalProperties?: OpenApiSchema
  allOf?: OpenApiSchema[]
  oneOf?: OpenApiSchema[]
  $ref?: string
  'x-kubernetes-group-version-kind'?: { group: string; kind: string; version: string }[]
}

/** The parts of an OpenAPI v3 document that explain reads. */
export interface OpenApiDocument {
  openapi: string
  info: { title: string; version: string }
  paths: Record<string, unknown>
  components: { schemas: Record<string, OpenApiSchema> }
}

const META = new Set(['ObjectMeta', 'OwnerReference', 'LabelSelector', 'LabelSelectorRequirement', 'ManagedFieldsEntry', 'Time'])
const APPS = new Set(['Deployment', 'DeploymentSpec', 'DeploymentStatus', 'DeploymentStrategy', 'ReplicaSet', 'ReplicaSetSpec', 'ReplicaSetStatus'])
const BATCH = new Set(['Job', 'JobSpec', 'JobStatus', 'PodFailurePolicy', 'SuccessPolicy'])

/** The qualified schema name of a Go type (`Container` -> `io.k8s.api.core.v1.Container`). */
export function schemaName(type: string): string {
  if (type === 'Quantity') return 'io.k8s.apimachinery.pkg.api.resource.Quantity'
  if (type === 'IntOrString') return 'io.k8s.apimachinery.pkg.util.intstr.IntOrString'
  if (META.has(type)) return `io.k8s.apimachinery.pkg.apis.meta.v1.${type}`
  if (APPS.has(type)) return `io.k8s.api.apps.v1.${type}`
  if (BATCH.has(type)) return `io.k8s.api.batch.v1.${type}`
  return `io.k8s.api.core.v1.${type}`
}

const ref = (type: string): OpenApiSchema => ({ $ref: `#/components/schemas/${schemaName(type)}` })

/** The bare Go type name of an opaque type (`v1.Affinity` -> `Affinity`). */
const bareName = (go: string) => go.slice(go.lastIndexOf('.') + 1)

class Builder {
  readonly schemas: Record<string, OpenApiSchema> = {}

  /** Adds a named type and everything it references. */
  type(name: string): void {
    const key = schemaName(name)
    if (this.schemas[key]) return
    const description = TYPE_DESCRIPTIONS[name]
    const withDescription = (s: OpenApiSchema): OpenApiSchema => (description ? { description, ...s } : s)
    if (name === 'Quantity') { this.schemas[key] = withDescription({ oneOf: [{ type: 'string' }, { type: 'number' }] }); return }
    if (name === 'IntOrString') { this.schemas[key] = withDescription({ format: 'int-or-string', oneOf: [{ type: 'integer' }, { type: 'string' }] }); return }
    if (name === 'Time') { this.schemas[key] = withDescription({ type: 'string', format: 'date-time' }); return }
    const struct = STRUCTS[name]
    this.schemas[key] = withDescription({ type: 'object' })
    if (!struct) return
    const properties: Record<string, OpenApiSchema> = {}
    for (const [field, def] of Object.entries(struct.fields)) {
      const description = FIELD_DESCRIPTIONS[`${name}.${field}`] ?? def.description
      properties[field] = { ...this.field(def.type), description }
      const values = ENUMS[`${name}.${field}`]
      if (values) properties[field].enum = [...values]
    }
    const schema: OpenApiSchema = { ...this.schemas[key], properties }
    if (REQUIRED[name]) schema.required = [...REQUIRED[name]]
    this.schemas[key] = schema
  }

  /** The schema of a field of this type, without its description. */
  field(t: FieldType): OpenApiSchema {
    switch (t.kind) {
      case 'string': return { type: 'string' }
      case 'integer': return { type: 'integer', format: t.go === 'int64' ? 'int64' : 'int32' }
      case 'boolean': return { type: 'boolean' }
      case 'bytes': return { type: 'string', format: 'byte' }
      case 'quantity': return this.wrapped('Quantity')
      case 'intOrString': return this.wrapped('IntOrString')
      case 'time': return this.wrapped('Time')
      case 'struct': return { ...this.wrapped(t.ref), default: {} }
      case 'opaque': return this.wrapped(bareName(t.go))
      case 'array': return { type: 'array', items: this.item(t.items) }
      case 'map': return { type: 'object', additionalProperties: this.item(t.values) }
    }
  }

  /** An array item or map value: refs stand alone there, as in the API server's document. */
  private item(t: FieldType): OpenApiSchema {
    if (t.kind === 'quantity') { this.type('Quantity'); return ref('Quantity') }
    return this.field(t)
  }

  private wrapped(type: string): OpenApiSchema {
    this.type(type)
    return { allOf: [ref(type)] }
  }
}

/** The OpenAPI v3 document of a kind's group-version, holding every type the kind uses. Pure. */
export function openApiFor(kind: KindInfo, serverVersion: string): OpenApiDocument {
  const b = new Builder()
  b.type(kind.kind)
  const root = b.schemas[schemaName(kind.kind)]
  root['x-kubernetes-group-version-kind'] = [{ group: kind.group, kind: kind.kind, version: kind.version }]
  const prefix = kind.group === '' ? '/api/v1' : `/apis/${kind.apiVersion}`
  const scope = kind.namespaced ? `${prefix}/namespaces/{namespace}/${kind.resource}` : `${prefix}/${kind.resource}`
  const gvk = { group: kind.group, version: kind.version, kind: kind.kind }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: serverVersion },
    paths: { [`${scope}/{name}`]: { get: { 'x-kubernetes-group-version-kind': gvk } } },
    components: { schemas: b.schemas },
  }
}

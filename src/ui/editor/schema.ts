// Turns initlab's own struct table (src/engine/api/schema.ts) into one JSON Schema for monaco-yaml,
// so completion and hover docs use the same field names, types and descriptions as validation, in
// English (the table's own words) or Simplified Chinese (docs.zh-CN.ts).
// Pure data transformation: no Monaco import, so it is unit-tested in Node.

import { KINDS, STRUCTS, schemaFor, type FieldType, type StructTable } from '../../sandbox'
import type { Locale } from '../i18n/locales'
import { ZH_CN_FIELD_DOCS, ZH_CN_SCHEMA_TEXTS } from './docs.zh-CN'

/** The JSON Schema subset this file emits (draft-07, which monaco-yaml's language service reads). */
export interface JsonSchema {
  $schema?: string
  $ref?: string
  type?: string | string[]
  description?: string
  markdownDescription?: string
  properties?: Record<string, JsonSchema>
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  enum?: string[]
  definitions?: Record<string, JsonSchema>
  allOf?: JsonSchema[]
  if?: JsonSchema
  then?: JsonSchema
  required?: string[]
}

/** The descriptions the schema writes itself, outside the struct table. */
export interface SchemaTexts {
  apiVersion: string
  kind: string
  metadata: string
  /** The apiVersion description once `kind` is known. */
  apiVersionOf: (kind: string) => string
}

const EN_TEXTS: SchemaTexts = {
  apiVersion: 'API group and version, such as v1 or apps/v1.',
  kind: 'What sort of object this is.',
  metadata: 'Name, namespace, labels and annotations.',
  apiVersionOf: (kind) => `API version of a ${kind}.`,
}

/** Picks a field's description: the struct table's English, or its translation. */
export type Describe = (struct: string, field: string, english: string) => string

const inEnglish: Describe = (_struct, _field, english) => english

/** The describer for a locale; a field missing from a translation falls back to English. */
export function describerFor(locale: Locale): Describe {
  if (locale === 'en') return inEnglish
  return (struct, field, english) => ZH_CN_FIELD_DOCS[`${struct}.${field}`] ?? english
}

/** Kinds a learner writes; Event and Node are the system's own, so the editor does not offer them. */
export const EDITOR_KINDS: readonly string[] = KINDS.map(k => k.kind).filter(k => k !== 'Event' && k !== 'Node')

/** JSON Schema for one field type; structs become `$ref`s into `definitions`. */
export function typeSchema(t: FieldType): JsonSchema {
  switch (t.kind) {
    case 'string': return { type: 'string' }
    case 'integer': return { type: 'integer' }
    case 'boolean': return { type: 'boolean' }
    // Quantities and int-or-string ports are written both ways in real manifests (`cpu: 1`, `port: http`).
    case 'quantity': return { type: ['string', 'number'] }
    case 'intOrString': return { type: ['string', 'integer'] }
    case 'time':
    case 'bytes': return { type: 'string' }
    case 'struct': return { $ref: `#/definitions/${t.ref}` }
    case 'array': return { type: 'array', items: typeSchema(t.items) }
    case 'map': return { type: 'object', additionalProperties: typeSchema(t.values) }
    // Opaque objects (affinity, CSI) are accepted as any object, as the decoder does.
    case 'opaque': return { type: 'object' }
  }
}

/** Every struct of a table as a JSON Schema definition that rejects unknown keys, like the strict decoder. */
export function structDefinitions(structs: StructTable, describe: Describe = inEnglish): Record<string, JsonSchema> {
  const defs: Record<string, JsonSchema> = {}
  for (const [name, s] of Object.entries(structs)) {
    const properties: Record<string, JsonSchema> = {}
    for (const [key, field] of Object.entries(s.fields)) {
      properties[key] = { ...typeSchema(field.type), description: describe(name, key, field.description) }
    }
    defs[name] = { type: 'object', description: s.go, properties, additionalProperties: false }
  }
  return defs
}

/**
 * The whole editor schema: `kind` must be one initlab serves; each kind then pins its apiVersion and,
 * where initlab models the kind field by field, its struct. Descriptions are in `locale`.
 * Pure; the same input gives the same object.
 */
export function manifestSchema(locale: Locale = 'en'): JsonSchema {
  const texts = locale === 'en' ? EN_TEXTS : ZH_CN_SCHEMA_TEXTS
  const rules: JsonSchema[] = []
  for (const kind of EDITOR_KINDS) {
    const info = KINDS.find(k => k.kind === kind)
    if (!info) continue
    const root = schemaFor(kind)
    const rootName = root ? Object.keys(STRUCTS).find(n => STRUCTS[n] === root) : undefined
    const then: JsonSchema = {
      properties: { apiVersion: { enum: [info.apiVersion], description: texts.apiVersionOf(kind) } },
    }
    if (rootName) then.allOf = [{ $ref: `#/definitions/${rootName}` }]
    rules.push({ if: { properties: { kind: { enum: [kind] } }, required: ['kind'] }, then })
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: {
      apiVersion: { type: 'string', description: texts.apiVersion },
      kind: { enum: [...EDITOR_KINDS], description: texts.kind },
      metadata: { $ref: '#/definitions/ObjectMeta', description: texts.metadata },
    },
    required: ['apiVersion', 'kind'],
    allOf: rules,
    definitions: structDefinitions(STRUCTS, describerFor(locale)),
  }
}

// kubectl v1.35's "plaintext" explain output over an OpenAPI v3 document: the walk and layout of
// its built-in template (header, FIELD, DESCRIPTION, FIELDS, enums, -required-, --recursive).

import type { KindInfo } from '../../engine/api/kinds'
import type { OpenApiDocument, OpenApiSchema } from './openapi'
import { indent, wrapString } from './wordwrap'

type History = Readonly<Record<string, true>>

class Renderer {
  constructor(private readonly doc: OpenApiDocument, private readonly recursive: boolean) {}

  private resolve(refString: string | undefined): OpenApiSchema | undefined {
    const prefix = '#/components/schemas/'
    if (!refString?.startsWith(prefix)) return undefined
    return this.doc.components.schemas[refString.slice(prefix.length)]
  }

  /** Follows the field path; at its end prints DESCRIPTION and FIELDS. Empty when not found. */
  output(schema: OpenApiSchema, path: readonly string[], history: History): string {
    const refString = schema.$ref ?? ''
    const next: History = { ...history, [refString]: true }
    const resolved = this.resolve(schema.$ref) ?? schema
    if (path.length === 0) {
      let out = `DESCRIPTION:\n${indent(4, wrapString(this.description(resolved) || '<empty>', 76))}\n`
      const fields = this.fieldList(resolved, 1, {})
      if (fields) out += `FIELDS:\n${fields}`
      return out
    }
    if (refString && history[refString]) return ''
    const sub = resolved.properties?.[path[0]]
    if (sub) {
      let out = ''
      if (path.length === 1) out += `FIELD: ${path[0]} <${this.typeGuess(sub)}>\n${this.enumText(sub, true, -1, 0)}\n\n`
      return out + this.output(sub, path.slice(1), {})
    }
    if (resolved.items) return this.output(resolved.items, path, next)
    if (resolved.additionalProperties) return this.output(resolved.additionalProperties, path, next)
    for (const alternative of resolved.allOf ?? []) {
      const out = this.output(alternative, path, next)
      if (out) return out
    }
    return ''
  }

  /** Every description along refs, allOf, items and map values, one per line. */
  private description(schema: OpenApiSchema): string {
    const s = this.resolve(schema.$ref) ?? schema
    let out = s.description ? `${s.description}\n` : ''
    for (const alternative of s.allOf ?? []) out += this.description(alternative)
    if (s.items) out += this.description(s.items)
    if (s.additionalProperties) out += this.description(s.additionalProperties)
    return out
  }

  private fieldList(schema: OpenApiSchema, level: number, history: History): string {
    const refString = schema.$ref ?? ''
    if (refString && history[refString]) return ''
    const next: History = { ...history, [refString]: true }
    const resolved = this.resolve(schema.$ref) ?? schema
    let out = ''
    // Go templates range over map keys in sorted order.
    for (const name of Object.keys(resolved.properties ?? {}).sort()) {
      out += this.fieldDetail(resolved, name, level)
      if (this.recursive) out += this.fieldList(resolved.properties![name], level + 1, next)
    }
    for (const alternative of resolved.allOf ?? []) out += this.fieldList(alternative, level, next)
    if (resolved.items) out += this.fieldList(resolved.items, level, next)
    if (resolved.additionalProperties) out += this.fieldList(resolved.additionalProperties, level, next)
    return out
  }

  private fieldDetail(parent: OpenApiSchema, name: string, level: number): string {
    const pad = level * 2
    const field = parent.properties![name]
    let out = `${' '.repeat(pad)}${name}\t<${this.typeGuess(field)}>`
    if (parent.required?.includes(name)) out += ' -required-'
    out += `${this.enumText(field, false, 4, pad)}\n`
    if (!this.recursive) out += `${indent(pad + 2, wrapString(field.description || '<no description>', 78 - pad))}\n\n`
    return out
  }

  /** A short type hint: `string`, `[]Container`, `map[string]Quantity`, `Object`. */
  private typeGuess(schema: OpenApiSchema): string {
    if (schema.items) return `[]${this.typeGuess(schema.items)}`
    if (schema.additionalProperties) return `map[string]${this.typeGuess(schema.additionalProperties)}`
    if (schema.allOf && !schema.properties && schema.allOf.length === 1) return this.typeGuess(schema.allOf[0])
    if (schema.$ref) {
      const target = this.resolve(schema.$ref)
      if (!target || !target.type || target.type === 'object') return schema.$ref.split('/').at(-1)!.split('.').at(-1) || 'Object'
      return target.type
    }
    return schema.type === 'object' ? 'Object' : schema.type || 'Object'
  }

  /** `ENUM:` lines under a FIELD header, or the `enum: a, b, ....` line of a field list. */
  private enumText(schema: OpenApiSchema, long: boolean, limit: number, pad: number): string {
    if (!schema.enum?.length) return ''
    let out = long ? 'ENUM:' : `\n${' '.repeat(pad)}enum: `
    for (const [i, value] of schema.enum.entries()) {
      if (limit > -1 && i >= limit) { out += ', ....'; break }
      if (i > 0 && !long) out += ', '
      else if (long) out += '\n    '
      out += value === '' ? '""' : value
    }
    return out
  }
}

/** What `kubectl explain` prints, or its error line when a field on the path does not exist. Pure. */
export function renderExplain(
  doc: OpenApiDocument, kind: KindInfo, fieldPath: readonly string[], recursive: boolean,
): { ok: true; text: string } | { ok: false; error: string } {
  const root = Object.values(doc.components.schemas).find(s =>
    s['x-kubernetes-group-version-kind']?.some(g => g.group === kind.group && g.version === kind.version && g.kind === kind.kind))
  const body = root ? new Renderer(doc, recursive).output(root, fieldPath, {}) : ''
  if (!body) return { ok: false, error: `error: field "${fieldPath.at(-1)}" does not exist` }
  const group = kind.group ? `GROUP:      ${kind.group}\n` : ''
  return { ok: true, text: `${group}KIND:       ${kind.kind}\nVERSION:    ${kind.version}\n\n${body}\n` }
}

// What the API server's strict JSON decoding (sigs.k8s.io/json into the Go structs) and kubectl's
// client-side checks say about a manifest object: type mismatches, unknown fields, bad quantities.
// Walks the schema tables; knows nothing of validation rules (that is validation's job).

import { resolveKind, typeMetaProblems, validationError, type KindInfo } from './kinds'
import { goType, schemaFor, STRUCTS } from './schema'
import { goBase64Error, quantityError, timeError } from './decode/scalars'
import type { FieldType, StructSchema } from './schema'

/** Outcome of decoding; `message` is the line kubectl prints when it is the only error. */
export type DecodeResult =
  | { ok: true; object: Record<string, unknown> }
  | {
    ok: false
    message: string
    /** The bare error text, as kubectl lists it among several errors. */
    cause: string
    /** Field path of the (first) offending field, with indexes: `spec.initContainers[0].command`. */
    field?: string
    /** Every unknown field, for editor markers. */
    fields?: string[]
  }

/** How the request reached the server; kubectl names it in `error when <verb> "<source>"`. */
export interface DecodeOptions { source?: string; verb?: 'creating' | 'replacing' }

interface Problem { text: string; path: string }

interface Walk {
  strict: boolean
  saved?: Problem
  fatal?: Problem
  unknown: Problem[]
}

/** Marks the walk as finished after a fatal error (encoding/json returns those at once). */
class Fatal extends Error {}

/**
 * Decodes `obj` as the API server does for `kind` with fieldValidation=Strict (kubectl's default):
 * the first type error wins; otherwise every unknown field is listed. Pure; kinds without a modelled
 * schema always pass.
 */
export function decodeObject(obj: Record<string, unknown>, kind: KindInfo, options: DecodeOptions = {}): DecodeResult {
  const root = schemaFor(kind.kind)
  if (!root) return { ok: true, object: obj }
  const walk = walkRoot(obj, root, true)
  const problem = walk.fatal ?? walk.saved
  let detail: string
  let fields: string[] | undefined
  if (problem) {
    detail = problem.text
  } else if (walk.unknown.length) {
    detail = `strict decoding error: ${walk.unknown.map(u => u.text).join(', ')}`
    fields = walk.unknown.map(u => u.path)
  } else {
    return { ok: true, object: obj }
  }
  const cause = `error when ${options.verb ?? 'creating'} "${options.source ?? 'STDIN'}": ` +
    `${kind.kind} in version "${kind.version}" cannot be handled as a ${kind.kind}: ${detail}`
  return {
    ok: false,
    message: `Error from server (BadRequest): ${cause}`,
    cause,
    field: problem?.path ?? fields?.[0],
    ...(fields ? { fields } : {}),
  }
}

const METADATA_ONLY: StructSchema = {
  go: 'unstructured.metadataOnlyObject',
  fields: { metadata: { type: { kind: 'struct', ref: 'ObjectMeta' }, description: '' } },
}

/**
 * kubectl's own decode of a manifest's metadata before it contacts the server
 * (`error: unable to decode "STDIN": json: cannot unmarshal ...`), or undefined when it passes.
 */
export function clientMetadataError(obj: Record<string, unknown>, source = 'STDIN'): { message: string; field: string } | undefined {
  const walk = walkRoot({ metadata: obj.metadata }, METADATA_ONLY, false)
  const problem = walk.fatal ?? walk.saved
  return problem ? { message: `error: unable to decode "${source}": ${problem.text}`, field: problem.path } : undefined
}

/** The client-side steps of `kubectl apply -f` for one document, in kubectl's order. */
export type ClientCheck =
  | { ok: true; kind: KindInfo }
  /** `stop` is true for validation errors, which end the whole input stream in kubectl. */
  | { ok: false; message: string; field?: string; stop: boolean }

/** Runs type-meta validation, kubectl's metadata decode and the REST mapping for one document. */
export function clientCheck(obj: Record<string, unknown>, source = 'STDIN'): ClientCheck {
  const problems = typeMetaProblems(obj)
  if (problems.length) {
    return { ok: false, stop: true, message: validationError(source, problems), field: /kind/.test(problems[0]) ? 'kind' : 'apiVersion' }
  }
  const meta = clientMetadataError(obj, source)
  if (meta) return { ok: false, stop: false, ...meta }
  const kind = resolveKind(obj, source)
  return kind.ok ? kind : { ok: false, stop: false, message: kind.message, field: kind.field }
}

function walkRoot(obj: Record<string, unknown>, root: StructSchema, strict: boolean): Walk {
  const walk: Walk = { strict, unknown: [] }
  try {
    walkStruct(obj, root, walk, [], '')
  } catch (e) {
    if (!(e instanceof Fatal)) throw e
  }
  return walk
}

/** Keys in the order kubectl serialises them (encoding/json sorts map keys). */
function sortedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).sort()
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

function walkStruct(o: Record<string, unknown>, s: StructSchema, w: Walk, stack: string[], path: string): void {
  const structName = s.go.slice(s.go.indexOf('.') + 1)
  for (const key of sortedKeys(o)) {
    const field = s.fields[key]
    if (!field) {
      const p = join(path, key)
      if (w.strict && w.unknown.length < 100 && !w.unknown.some(u => u.path === p)) w.unknown.push({ text: `unknown field "${p}"`, path: p })
      continue
    }
    walkValue(o[key], field.type, w, { struct: structName, stack: [...stack, key] }, join(path, key))
  }
}

interface Ctx { struct: string; stack: string[] }

function typeError(w: Walk, what: string, t: FieldType, ctx: Ctx, path: string, fatal = false): void {
  const text = `json: cannot unmarshal ${what} into Go struct field ${ctx.struct}.${ctx.stack.join('.')} of type ${goType(t)}`
  if (fatal) { w.fatal = { text, path }; throw new Fatal() }
  w.saved ??= { text, path }
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'boolean') return 'bool'
  return typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : 'object'
}

const INT_RANGE: Record<string, [number, number]> = { int32: [-2147483648, 2147483647], int64: [-(2 ** 63), 2 ** 63 - 1] }

function walkValue(v: unknown, t: FieldType, w: Walk, ctx: Ctx, path: string): void {
  if (v === null || v === undefined) return
  const kind = jsonKind(v)
  switch (t.kind) {
    case 'string':
    case 'boolean':
      if (kind !== (t.kind === 'string' ? 'string' : 'bool')) typeError(w, kind, t, ctx, path)
      return
    case 'integer': {
      if (kind !== 'number') return typeError(w, kind, t, ctx, path)
      const [lo, hi] = INT_RANGE[t.go] ?? INT_RANGE.int64
      const n = v as number
      if (!Number.isInteger(n) || n < lo || n > hi) typeError(w, `number ${String(n)}`, t, ctx, path)
      return
    }
    case 'quantity': {
      const err = quantityError(kind === 'string' ? (v as string) : kind === 'number' ? String(v) : JSON.stringify(v))
      if (err) { w.fatal = { text: err, path }; throw new Fatal() }
      return
    }
    case 'intOrString': {
      if (kind === 'string') return
      const n = v as number
      const int32: FieldType = { kind: 'integer', go: 'int32' }
      if (kind !== 'number') return typeError(w, kind, int32, ctx, path, true)
      if (!Number.isInteger(n) || n < -2147483648 || n > 2147483647) typeError(w, `number ${String(n)}`, int32, ctx, path, true)
      return
    }
    case 'time': {
      if (kind !== 'string') return typeError(w, kind, { kind: 'string', go: 'string' }, ctx, path, true)
      const err = timeError(v as string)
      if (err) { w.fatal = { text: err, path }; throw new Fatal() }
      return
    }
    case 'bytes':
      if (kind === 'string') {
        const err = goBase64Error(v as string)
        if (err) w.saved ??= { text: err, path }
      } else if (kind !== 'array') typeError(w, kind, t, ctx, path)
      return
    case 'opaque':
      if (kind !== 'object') typeError(w, kind, t, ctx, path)
      return
    case 'struct': {
      if (kind !== 'object') return typeError(w, kind, t, ctx, path)
      const s = STRUCTS[t.ref]
      if (s) walkStruct(v as Record<string, unknown>, s, w, ctx.stack, path)
      return
    }
    case 'array':
      if (kind !== 'array') return typeError(w, kind, t, ctx, path)
      ;(v as unknown[]).forEach((item, i) => walkValue(item, t.items, w, ctx, `${path}[${i}]`))
      return
    case 'map': {
      if (kind !== 'object') return typeError(w, kind, t, ctx, path)
      const o = v as Record<string, unknown>
      for (const key of sortedKeys(o)) walkValue(o[key], t.values, w, ctx, join(path, key))
      return
    }
  }
}

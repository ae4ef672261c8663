// Field-level validation errors (apimachinery util/validation/field/errors.go) and the text a 422
// Invalid response turns into: the Status message and kubectl's stderr (kubectl cmd/util/helpers.go).
// Pure formatting; which errors a Pod gets is decided in ./validation.

import type { FieldError } from './types'

/** Go's ErrorType constants, as they appear in Status causes. */
export const ErrorType = {
  NotFound: 'FieldValueNotFound',
  Required: 'FieldValueRequired',
  Duplicate: 'FieldValueDuplicate',
  Invalid: 'FieldValueInvalid',
  NotSupported: 'FieldValueNotSupported',
  Forbidden: 'FieldValueForbidden',
  TooLong: 'FieldValueTooLong',
  TooMany: 'FieldValueTooMany',
  Internal: 'InternalError',
} as const

const TYPE_TEXT: Record<string, string> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  InternalError: 'Internal error',
}

const VALUE_LESS = new Set<string>([ErrorType.Required, ErrorType.Forbidden, ErrorType.TooLong, ErrorType.Internal])

/** Marks a value that Go leaves out of the message (TooMany with an unknown count). */
export const OMIT_VALUE = Symbol('omitValue')

/** Go's strconv.Quote / %q for a string. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    if (ch === '"' || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\r') out += '\\r'
    else if (c === 7) out += '\\a'
    else if (c === 8) out += '\\b'
    else if (c === 12) out += '\\f'
    else if (c === 11) out += '\\v'
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0')
    else if (ch === ' ' || /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch)) out += ch
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0')
    else out += '\\U' + c.toString(16).padStart(8, '0')
  }
  return out + '"'
}

function jsonString(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    if (ch === '"' || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) {
      out += '\\u' + c.toString(16).padStart(4, '0')
    } else out += ch
  }
  return out + '"'
}

/** Go's json.Marshal for plain JSON data (maps sorted by key, HTML characters escaped). */
export function goJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return jsonString(value)
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null'
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return '[' + value.map(goJson).join(',') + ']'
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return '{' + entries.map(([k, v]) => jsonString(k) + ':' + goJson(v)).join(',') + '}'
  }
  return 'null'
}

/** Renders a bad value the way ErrorBody does: numbers and bools bare, strings %q, the rest as JSON. */
export function formatBadValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (typeof value === 'string') return goQuote(value)
  return goJson(value)
}

function make(type: string, field: string, detail: string, value?: unknown): FieldError {
  let body = TYPE_TEXT[type] ?? `<unknown error ${goQuote(type)}>`
  if (!VALUE_LESS.has(type) && value !== OMIT_VALUE) body += ': ' + formatBadValue(value)
  if (detail.length > 0) body += ': ' + detail
  const err: FieldError = { field, type, detail, message: `${field}: ${body}` }
  if (!VALUE_LESS.has(type) && value !== OMIT_VALUE) err.value = value
  return err
}

/** field.Required: `<field>: Required value[: detail]`. */
export const required = (field: string, detail = ''): FieldError => make(ErrorType.Required, field, detail)
/** field.Forbidden: `<field>: Forbidden: detail`. */
export const forbidden = (field: string, detail: string): FieldError => make(ErrorType.Forbidden, field, detail)
/** field.Invalid: `<field>: Invalid value: <value>: detail`. */
export const invalid = (field: string, value: unknown, detail: string): FieldError =>
  make(ErrorType.Invalid, field, detail, value)
/** field.Duplicate: `<field>: Duplicate value: <value>`. */
export const duplicate = (field: string, value: unknown): FieldError => make(ErrorType.Duplicate, field, '', value)
/** field.NotFound: `<field>: Not found: <value>`; the detail is only set by callers that add one. */
export const notFound = (field: string, value: unknown, detail = ''): FieldError =>
  make(ErrorType.NotFound, field, detail, value)
/** field.NotSupported: the detail lists the valid values, each quoted, joined by `, `. */
export const notSupported = (field: string, value: unknown, validValues: readonly string[]): FieldError =>
  make(ErrorType.NotSupported, field, validValues.length ? 'supported values: ' + validValues.map(goQuote).join(', ') : '', value)
/** field.TooMany: `Too many: <actual>: must have at most N items`. */
export const tooMany = (field: string, actual: number, max: number): FieldError =>
  make(ErrorType.TooMany, field, max >= 0 ? `must have at most ${max} ${max === 1 ? 'item' : 'items'}` : 'has too many items',
    actual >= 0 ? actual : OMIT_VALUE)
/** field.TooLong: the value is never shown, only the limit in bytes. */
export const tooLong = (field: string, maxLength: number): FieldError =>
  make(ErrorType.TooLong, field, maxLength >= 0 ? `may not be more than ${maxLength} ${maxLength === 1 ? 'byte' : 'bytes'}` : 'value is too long')
/** field.InternalError. */
export const internalError = (field: string, detail: string): FieldError => make(ErrorType.Internal, field, detail)

/** The cause message (ErrorBody): the error text without its `<field>: ` prefix. */
export function errorBody(e: FieldError): string {
  return e.message.slice(e.field.length + 2)
}

function dedupe(messages: string[]): string[] {
  return [...new Set(messages)]
}

/** Status.message of a 422: `Pod "x" is invalid: <err>` or `... invalid: [e1, e2]` (duplicates dropped). */
export function formatInvalidStatusMessage(kind: string, name: string, errors: FieldError[]): string {
  const msgs = dedupe(errors.map((e) => e.message))
  const agg = msgs.length === 1 ? msgs[0] : `[${msgs.join(', ')}]`
  return `${kind} ${goQuote(name)} is invalid: ${agg}`
}

/** Status.details.causes of a 422, in error order. */
export function statusCauses(errors: FieldError[]): { reason: string; message: string; field: string }[] {
  return errors.map((e) => ({ reason: e.type, message: errorBody(e), field: e.field }))
}

/**
 * What kubectl writes to stderr for a 422 Invalid (ending in a newline): one cause on the heading line,
 * several causes as `* ` lines under `The Pod "x" is invalid: ` (trailing space kept).
 */
export function formatInvalidError(kind: string, name: string, errors: FieldError[]): string {
  const heading = kind || name ? `The ${kind} ${goQuote(name)} is invalid` : 'The request is invalid'
  const lines = dedupe(errors.map((e) => `${e.field}: ${errorBody(e)}`))
  if (lines.length === 0) return heading + '\n'
  if (lines.length === 1) return `${heading}: ${lines[0]}\n`
  return `${heading}: \n` + lines.map((l) => `* ${l}\n`).join('')
}

// Field selectors as the API server handles them: fields.ParseSelector (escaped `,` `=` `\`), the
// per-kind field label conversion that rejects unsupported fields (with its exact messages), and
// the registry's selectable field values each object is matched on.

import type { KubeObject } from '../../engine/api/types'
import { compareCodePoints } from '../jsonpath/goFormat'

/** One term: `field=value`, `field==value` or `field!=value`. */
export interface FieldTerm {
  field: string
  value: string
  negate: boolean
}

const OPERATORS = ['!=', '==', '=']

/** Splits on unescaped commas, keeping escapes in place. */
function splitTerms(selector: string): string[] {
  if (selector === '') return []
  const terms: string[] = []
  let start = 0
  let inSlash = false
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]
    if (inSlash) inSlash = false
    else if (c === '\\') inSlash = true
    else if (c === ',') {
      terms.push(selector.slice(start, i))
      start = i + 1
    }
  }
  terms.push(selector.slice(start))
  return terms
}

function unescape(value: string): { ok: true; value: string } | { ok: false; error: string } {
  let out = ''
  let inSlash = false
  for (const c of value) {
    if (inSlash) {
      if (c !== '\\' && c !== ',' && c !== '=') return { ok: false, error: `invalid field selector: invalid escape sequence: \\${c}` }
      out += c
      inSlash = false
    } else if (c === '\\') inSlash = true
    else if (c === ',' || c === '=') return { ok: false, error: `invalid field selector: unescaped character in value: ${c.codePointAt(0)}` }
    else out += c
  }
  if (inSlash) return { ok: false, error: 'invalid field selector: invalid escape sequence: \\' }
  return { ok: true, value: out }
}

/** The field labels the API server accepts per kind (AddFieldLabelConversionFunc in core/v1). */
const SUPPORTED: Record<string, readonly string[]> = {
  Pod: ['metadata.name', 'metadata.namespace', 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.podIPs', 'status.nominatedNodeName', 'spec.host'],
  Event: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type', 'metadata.namespace', 'metadata.name'],
  Namespace: ['status.phase', 'metadata.name'],
  Secret: ['type', 'metadata.namespace', 'metadata.name'],
  Service: ['metadata.namespace', 'metadata.name', 'spec.clusterIP', 'spec.type'],
  Node: ['metadata.name', 'spec.unschedulable'],
}

function convertLabel(kind: string, label: string): { ok: true; label: string } | { ok: false; error: string } {
  const supported = SUPPORTED[kind]
  if (!supported) {
    if (label === 'metadata.name' || label === 'metadata.namespace') return { ok: true, label }
    return { ok: false, error: `"${label}" is not a known field selector: only "metadata.name", "metadata.namespace"` }
  }
  if (!supported.includes(label)) return { ok: false, error: `field label not supported: ${label}` }
  // Old v1 clients sent spec.host for the node name.
  return { ok: true, label: kind === 'Pod' && label === 'spec.host' ? 'spec.nodeName' : label }
}

/** Parses `--field-selector` for `kind` as the API server does; `error` is the server's message. Pure. */
export function parseFieldSelector(selector: string, kind: string): { ok: true; terms: FieldTerm[] } | { ok: false; error: string } {
  const parts = splitTerms(selector).sort(compareCodePoints)
  const parsed: FieldTerm[] = []
  for (const part of parts) {
    if (part === '') continue
    let found: { at: number; op: string } | undefined
    for (let i = 0; i < part.length && !found; i++) {
      const op = OPERATORS.find((o) => part.startsWith(o, i))
      if (op) found = { at: i, op }
    }
    if (!found) return { ok: false, error: `invalid selector: '${selector}'; can't understand '${part}'` }
    const value = unescape(part.slice(found.at + found.op.length))
    if (!value.ok) return value
    parsed.push({ field: part.slice(0, found.at), value: value.value, negate: found.op === '!=' })
  }
  // Field labels are converted after the whole selector parsed.
  const terms: FieldTerm[] = []
  for (const t of parsed) {
    const converted = convertLabel(kind, t.field)
    if (!converted.ok) return converted
    terms.push({ ...t, field: converted.label })
  }
  return { ok: true, terms }
}

function rec(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
}

function s(v: unknown): string {
  return typeof v === 'string' ? v : ''
}

/** The registry's ToSelectableFields: the value of each selectable field of `obj`. */
export function selectableFields(obj: KubeObject, kind: string): Record<string, string> {
  const meta: Record<string, string> = { 'metadata.name': obj.metadata.name ?? '' }
  if (kind !== 'Node' && kind !== 'Namespace') meta['metadata.namespace'] = obj.metadata.namespace ?? ''
  const spec = rec(obj.spec)
  const status = rec(obj.status)
  switch (kind) {
    case 'Pod': {
      const podIPs = Array.isArray(status.podIPs) ? status.podIPs : []
      return {
        ...meta,
        'spec.nodeName': s(spec.nodeName),
        'spec.restartPolicy': s(spec.restartPolicy),
        'spec.schedulerName': s(spec.schedulerName),
        'spec.serviceAccountName': s(spec.serviceAccountName),
        'spec.hostNetwork': String(spec.hostNetwork === true),
        'status.phase': s(status.phase),
        'status.podIP': podIPs.length > 0 ? s(rec(podIPs[0]).ip) : '',
        'status.nominatedNodeName': s(status.nominatedNodeName),
      }
    }
    case 'Event': {
      const ref = rec(obj.involvedObject)
      return {
        ...meta,
        'involvedObject.kind': s(ref.kind),
        'involvedObject.namespace': s(ref.namespace),
        'involvedObject.name': s(ref.name),
        'involvedObject.uid': s(ref.uid),
        'involvedObject.apiVersion': s(ref.apiVersion),
        'involvedObject.resourceVersion': s(ref.resourceVersion),
        'involvedObject.fieldPath': s(ref.fieldPath),
        reason: s(obj.reason),
        reportingComponent: s(obj.reportingComponent),
        source: s(rec(obj.source).component) || s(obj.reportingComponent),
        type: s(obj.type),
      }
    }
    case 'Namespace':
      return { ...meta, 'status.phase': s(status.phase) }
    case 'Secret':
      return { ...meta, type: s(obj.type) || 'Opaque' }
    case 'Service':
      return { ...meta, 'spec.clusterIP': s(spec.clusterIP), 'spec.type': s(spec.type) || 'ClusterIP' }
    case 'Node':
      return { ...meta, 'spec.unschedulable': String(spec.unschedulable === true) }
  }
  return meta
}

/** True when `obj` satisfies every term (a field the object lacks counts as ''). */
export function matchesFields(terms: readonly FieldTerm[], obj: KubeObject, kind: string): boolean {
  if (terms.length === 0) return true
  const fields = selectableFields(obj, kind)
  return terms.every((t) => ((fields[t.field] ?? '') === t.value) !== t.negate)
}

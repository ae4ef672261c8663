// `--sort-by` as kubectl sorts (cmd/get/sorter.go): the first value the JSONPath finds in each
// object, compared by Go's isLess (strings that both parse as quantities by size, other strings
// byte by byte, numbers of one type numerically, nil first), an object without a value sorting
// before everything, and Go's unstable sort.Sort doing the swaps.

import { parseQuantity, compareQuantities } from '../../engine/api/quantity'
import { EvalError, findResults } from '../jsonpath/evaluate'
import { JsonPathSyntaxError, parseTemplate } from '../jsonpath/parser'
import type { ListNode } from '../jsonpath/nodes'
import { compareCodePoints } from '../jsonpath/goFormat'
import { goKind, goTypeName, toJsonValue, type GoValue } from '../jsonpath/values'
import { relaxedJsonPathExpression } from '../printers/customColumns'
import { goSortSlice } from '../printers/describe/goSort'

/** An isLess failure: kubectl stops with klog.Exitf. */
export class UnsortableError extends Error {}

function quantityOrUndefined(s: string): ReturnType<typeof parseQuantity> | undefined {
  try {
    return parseQuantity(s)
  } catch {
    return undefined
  }
}

/** isLess for two values found in unstructured objects (Go sees each as an interface{}). */
export function isLess(a: GoValue, b: GoValue): boolean {
  if (a === null && b === null) return false
  if (a === null) return true
  if (b === null) return false
  const ka = goKind(a)
  const kb = goKind(b)
  if (ka === 'string') {
    if (kb !== 'string') throw new UnsortableError('unsortable interface: interface')
    const qa = quantityOrUndefined(a as string)
    const qb = qa && quantityOrUndefined(b as string)
    if (qa && qb) return compareQuantities(qa, qb) < 0
    // kubectl v1.35 compares plain strings byte by byte: `pod-10` sorts before `pod-9`.
    return compareCodePoints(a as string, b as string) < 0
  }
  if (ka === 'int' || ka === 'float') {
    if (kb !== ka) throw new UnsortableError('unsortable interface: interface')
    return (a as number) < (b as number)
  }
  throw new UnsortableError(`unsortable type: ${goTypeName(a)}`)
}

/** The sort key of one object: the first value of the first result group, or undefined. */
function firstValue(root: ListNode, obj: unknown): GoValue | undefined {
  const groups = findResults(root, toJsonValue(obj), true)
  return groups.length > 0 && groups[0].length > 0 ? groups[0][0] : undefined
}

function lessByKey(keys: (GoValue | undefined)[]): (i: number, j: number) => boolean {
  return (i, j) => {
    if (keys[i] === undefined) return true
    if (keys[j] === undefined) return false
    return isLess(keys[i]!, keys[j]!)
  }
}

/**
 * What a sort produced: the new order as indexes into the input, or kubectl's error text. `fatal`
 * marks the klog.Exitf of an unsortable value: kubectl prints it as a klog line and exits 1.
 */
export type SortResult = { ok: true; order: number[] } | { ok: false; error: string; fatal?: string }

/**
 * SortObjects: sorts objects (a list's items) by `sortBy`. Errors: the relaxed-path message, a
 * JSONPath error, or `couldn't find any field with path ...` when no object has the field. Pure.
 */
export function sortObjects(objects: readonly unknown[], sortBy: string): SortResult {
  if (objects.length === 0) return { ok: true, order: [] }
  const relaxed = relaxedJsonPathExpression(sortBy)
  if (!relaxed.ok) return { ok: false, error: relaxed.error }
  const field = relaxed.expression
  let root: ListNode
  try {
    root = parseTemplate(field)
  } catch (e) {
    if (e instanceof JsonPathSyntaxError) return { ok: false, error: e.message }
    throw e
  }
  let keys: (GoValue | undefined)[]
  try {
    keys = objects.map((o) => firstValue(root, o))
  } catch (e) {
    if (e instanceof EvalError) return { ok: false, error: e.message }
    throw e
  }
  if (keys.every((k) => k === undefined)) return { ok: false, error: `couldn't find any field with path "${field}" in the list of objects` }
  return orderBy(keys, field, 'objects')
}

// Where klog.Exitf is called from, and the Go type it names, for RuntimeSort and TableSorter.
const EXIT_SITE = {
  objects: { file: 'sorter.go:329', type: '*unstructured.Unstructured' },
  table: { file: 'sorter.go:375', type: '[][][]reflect.Value' },
}

function orderBy(keys: (GoValue | undefined)[], field: string, site: keyof typeof EXIT_SITE): SortResult {
  const less = lessByKey(keys)
  try {
    return { ok: true, order: goSortSlice(keys.map((_, i) => i), less) }
  } catch (e) {
    if (!(e instanceof UnsortableError)) throw e
    const where = EXIT_SITE[site]
    return { ok: false, error: `Field ${field} in ${where.type} is an unsortable type: interface, err: ${e.message}`, fatal: where.file }
  }
}

/**
 * TableSorter: sorts the rows of one server Table (more than one row) by their objects. The error
 * is what NewTableSorter returns; `kubectl get` drops the table silently, `get -w` reports it. Pure.
 */
export function sortTableRows(objects: readonly unknown[], sortBy: string): SortResult {
  const relaxed = relaxedJsonPathExpression(sortBy)
  const field = relaxed.ok ? relaxed.expression : sortBy
  let root: ListNode
  try {
    root = parseTemplate(field)
  } catch (e) {
    if (e instanceof JsonPathSyntaxError) return { ok: false, error: `sorting error: ${e.message}` }
    throw e
  }
  let keys: (GoValue | undefined)[]
  try {
    keys = objects.map((o) => firstValue(root, o))
  } catch (e) {
    if (e instanceof EvalError) return { ok: false, error: e.message }
    throw e
  }
  if (objects.length > 0 && keys.every((k) => k === undefined)) {
    return { ok: false, error: `couldn't find any field with path "${field}" in the list of objects` }
  }
  return orderBy(keys, field, 'table')
}

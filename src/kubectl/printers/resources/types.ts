// The server-side Table of `kubectl get` (meta.k8s.io/v1 Table): the column definitions and cells
// the API server's printers produce, and the object each row stands for. No layout here.

import type { KubeObject } from '../../../engine/api/types'

/** One column as the API server defines it; kubectl upper-cases the name for the header. */
export interface ColumnDefinition {
  name: string
  /** 0: always shown; 1: only with `-o wide`. */
  priority: 0 | 1
  /** 'name' marks the column kubectl prefixes with `kind/` when several kinds are printed. */
  format?: 'name'
}

/** One row: the cells in column order (the API server always prints the wide set) and its object. */
export interface TableRow {
  cells: string[]
  object: KubeObject
}

/** A Table as the API server returns it for a list, a single object or a watch event. */
export interface ServerTable {
  columns: readonly ColumnDefinition[]
  rows: TableRow[]
}

/** The printer the API server registers for one kind (printers.go TableHandler). */
export interface TableHandler {
  columns: readonly ColumnDefinition[]
  /** The wide cells of one object at `now` (epoch ms). Pure. */
  cells(obj: KubeObject, now: number): string[]
}

/** Shorthand for a column definition. */
export function column(name: string, priority: 0 | 1 = 0, format?: 'name'): ColumnDefinition {
  return format ? { name, priority, format } : { name, priority }
}

/** A JSON object field as a record, {} when absent or not an object. */
export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** A field as a string, '' when absent or not a string (Go's zero value). */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** A field as an array, [] when absent. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

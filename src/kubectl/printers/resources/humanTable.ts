// kubectl's side of a server-side Table (cli-runtime HumanReadablePrinter): drop wide-only columns,
// add NAMESPACE / LABELS / the `kind/` name prefix, print the header only when the columns change,
// and escape cells. Text goes to a TabWriter the caller owns and flushes, so widths persist across
// calls as they do across a watch.

import { formatLabels } from '../table'
import type { TabWriter } from '../tabwriter'
import type { ColumnDefinition, ServerTable } from './types'

/** The flags of `kubectl get` that change how a Table is printed. */
export interface HumanPrintOptions {
  /** `-o wide`: keep priority-1 columns. */
  wide?: boolean
  /** `--no-headers`. */
  noHeaders?: boolean
  /** `--show-labels`: a LABELS column last. */
  showLabels?: boolean
  /** `-L key1,key2`: a column per label key (headed by the key's last `/` part, upper-cased). */
  labelColumns?: readonly string[]
  /** `-A` on a namespaced kind: a NAMESPACE column first. */
  withNamespace?: boolean
  /** Set when several kinds are printed: the lower-case kind that prefixes the name column (`pod/x`). */
  kindPrefix?: string
}

/** printTable's cell rule: cut at the first line break (adding "..."), then defuse ESC and CR. */
export function escapeCell(cell: string): string {
  const cut = cell.search(/[\f\n\r]/)
  const shown = cut >= 0 ? cell.slice(0, cut) + '...' : cell
  return shown.replaceAll('\x1b', '^[').replaceAll('\r', '\\r')
}

function sameColumns(a: readonly ColumnDefinition[] | undefined, b: readonly ColumnDefinition[]): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b)
}

/** One HumanReadablePrinter: kubectl makes one per resource type (and one per watch). */
export class HumanTablePrinter {
  private lastColumns: readonly ColumnDefinition[] | undefined
  private printedHeaders = false

  constructor(private readonly opts: HumanPrintOptions = {}) {}

  /** Writes one Table (a list, one object, or one watch event) to `writer`; the caller flushes. */
  print(table: ServerTable, writer: TabWriter): void {
    let noHeaders = this.opts.noHeaders ?? false
    if (this.printedHeaders && sameColumns(this.lastColumns, table.columns)) noHeaders = true
    if (!sameColumns(this.lastColumns, table.columns)) {
      this.lastColumns = table.columns
      this.printedHeaders = false
    }
    if (table.rows.length > 0) this.printedHeaders = true
    // Without a header line an empty table prints nothing; with one it waits for a table with rows.
    if (table.rows.length === 0) return
    const wide = this.opts.wide ?? false
    const shown = table.columns.map((c) => wide || c.priority === 0)
    const nameColumn = this.opts.kindPrefix ? table.columns.findIndex((c) => c.format === 'name') : -1
    if (!noHeaders) {
      const header = table.columns.filter((_, i) => shown[i]).map((c) => c.name.toUpperCase())
      if (this.opts.withNamespace) header.unshift('NAMESPACE')
      for (const key of this.opts.labelColumns ?? []) header.push((key.split('/').at(-1) ?? '').toUpperCase())
      if (this.opts.showLabels) header.push('LABELS')
      writer.write(header.join('\t') + '\n')
    }
    for (const row of table.rows) {
      const cells: string[] = []
      row.cells.forEach((cell, i) => {
        if (i >= table.columns.length || !shown[i]) return
        cells.push(i === nameColumn ? `${this.opts.kindPrefix}/${cell}` : cell)
      })
      if (this.opts.withNamespace) cells.unshift(row.object.metadata.namespace ?? '')
      for (const key of this.opts.labelColumns ?? []) cells.push(row.object.metadata.labels?.[key] ?? '')
      if (this.opts.showLabels) cells.push(formatLabels(row.object.metadata.labels))
      writer.write(cells.map(escapeCell).join('\t') + '\n')
    }
  }
}

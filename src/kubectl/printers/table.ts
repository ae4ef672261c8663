// The text of `kubectl get pods` (plain, -o wide, -A, --show-labels, --no-headers) and of
// `kubectl get pods -w`: server-side table cells (printPodRow) laid out by cli-runtime's table printer
// through the RememberWidths tabwriter. Pure; "now" is an argument.

import { printPodRow, type PodRow } from './podRow'
import { GET_TABWRITER, TabWriter } from './tabwriter'

/** The `kubectl get pods` flags that change the table's columns. */
export interface PodTableOptions {
  /** `-o wide`: adds IP, NODE, NOMINATED NODE, READINESS GATES. */
  wide?: boolean
  /** `--no-headers`. */
  noHeaders?: boolean
  /** `--show-labels`: adds LABELS as the last column. */
  showLabels?: boolean
  /** `-A` / `--all-namespaces`: adds NAMESPACE as the first column. */
  namespaceColumn?: boolean
}

/** Prints one watch event (or the initial list) and returns exactly the text kubectl writes for it. */
export interface PodWatchPrinter {
  /** The initial list: header and all rows in one flush; '' for an empty list (the header then waits for the first event). */
  list(pods: readonly unknown[], now: number): string
  /** One watch event: its row in a flush of its own, preceded by the header if none was printed yet. */
  row(pod: unknown, now: number): string
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** Orders strings by code point, which is Go's byte order for UTF-8. */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0)
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i]
  return x.length - y.length
}

/** labels.FormatLabels: `k=v` pairs sorted as whole strings and joined with ',', `<none>` when empty. */
export function formatLabels(labels: unknown): string {
  const pairs = Object.entries(record(labels))
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => `${key}=${value}`)
    .sort(byCodePoint)
  return pairs.length === 0 ? '<none>' : pairs.join(',')
}

/** What printTable does to a string cell: cut at the first line break (adding "...") and defuse terminal escapes. */
function escapeCell(cell: string): string {
  const cut = cell.search(/[\f\n\r]/)
  const shown = cut >= 0 ? cell.slice(0, cut) + '...' : cell
  return shown.replaceAll('\x1b', '^[').replaceAll('\r', '\\r')
}

function headerCells(opts: PodTableOptions): string[] {
  const cells = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']
  if (opts.wide) cells.push('IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES')
  if (opts.showLabels) cells.push('LABELS')
  return opts.namespaceColumn ? ['NAMESPACE', ...cells] : cells
}

function rowCells(pod: unknown, now: number, opts: PodTableOptions): string[] {
  const row: PodRow = printPodRow(pod, now)
  const metadata = record(record(pod).metadata)
  const cells = [row.name, row.ready, row.status, row.restarts, row.age]
  if (opts.wide) cells.push(row.ip, row.node, row.nominatedNode, row.readinessGates)
  if (opts.showLabels) cells.push(formatLabels(metadata.labels))
  if (opts.namespaceColumn) cells.unshift(typeof metadata.namespace === 'string' ? metadata.namespace : '')
  return cells.map(escapeCell)
}

/** Writes header (optional) and rows to the tabwriter; the last cell of a line ends in '\n', not '\t', so it is never padded. */
function writeTable(writer: TabWriter, pods: readonly unknown[], now: number, opts: PodTableOptions, header: boolean): void {
  if (header) writer.write(headerCells(opts).join('\t') + '\n')
  for (const pod of pods) writer.write(rowCells(pod, now, opts).join('\t') + '\n')
}

/** The stdout of `kubectl get pods` for pods in the order given; '' when there are none (kubectl then says "No resources found" on stderr). */
export function formatPodTable(pods: readonly unknown[], now: number, opts: PodTableOptions = {}): string {
  if (pods.length === 0) return ''
  const writer = new TabWriter(GET_TABWRITER)
  writeTable(writer, pods, now, opts, !opts.noHeaders)
  return writer.flush()
}

/**
 * The printer of `kubectl get pods -w`: one tabwriter with RememberWidths for the whole watch, flushed
 * after the initial list and after every event, so columns widen when a longer cell arrives and never narrow.
 */
export function createPodWatchPrinter(opts: PodTableOptions = {}): PodWatchPrinter {
  const writer = new TabWriter(GET_TABWRITER)
  // cli-runtime prints the header with the first table that has rows, never on its own.
  let headerPrinted = false
  const print = (pods: readonly unknown[], now: number): string => {
    if (pods.length === 0) return ''
    writeTable(writer, pods, now, opts, !opts.noHeaders && !headerPrinted)
    headerPrinted = true
    return writer.flush()
  }
  return {
    list: (pods, now) => print(pods, now),
    row: (pod, now) => print([pod], now),
  }
}

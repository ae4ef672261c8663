// `kubectl get` with table output (no -o, or -o wide): one server Table per answer, printed through
// one tabwriter that forgets its widths when the resource type changes, a blank line between types,
// `kind/name` when several types are printed, and "No resources found" when nothing was written.

import { serverTable } from '../printers/resources'
import { HumanTablePrinter } from '../printers/resources/humanTable'
import { GET_TABWRITER, TabWriter } from '../printers/tabwriter'
import { sortFailureOutput } from './errors'
import type { Info } from './fetch'
import type { GetOptions } from './options'
import { sortObjects, sortTableRows } from './sort'

/** What the table path printed and the errors it adds after the fetch errors. */
export interface HumanResult {
  stdout: string
  /** Replaces everything else on stderr when set (kubectl returns this error alone and exits 1). */
  fatal?: string
  /** The "No resources found" line, when nothing was printed and nothing failed. */
  notice?: string
}

/** The lower-case kind kubectl prefixes names with (`pod`, `deployment.apps`). */
export function kindPrefix(info: Info): string {
  return (info.kind.group ? `${info.kind.kind}.${info.kind.group}` : info.kind.kind).toLowerCase()
}

/** The unstructured shape of a Table answer, which is what kubectl sorts when it has several. */
function tableObject(info: Info): object {
  return { apiVersion: 'meta.k8s.io/v1', kind: 'Table', metadata: { resourceVersion: '' }, rows: info.objects.map((o) => ({ object: o })) }
}

/** Prints the answers as kubectl prints server-side tables; `hadErrors` suppresses the notice. Pure. */
export function printTables(infos: readonly Info[], opts: GetOptions, now: number, hadErrors: boolean): HumanResult {
  let order = infos.map((_, i) => i)
  if (opts.sortBy !== '' && infos.length > 1) {
    const sorted = sortObjects(infos.map(tableObject), opts.sortBy)
    if (!sorted.ok) return { stdout: '', fatal: sortFailureOutput(sorted, now) }
    order = sorted.order
  }
  const withKind = new Set(infos.map((i) => i.kind)).size > 1
  const writer = new TabWriter(GET_TABWRITER)
  let stdout = ''
  let separate = false
  const emit = (): void => {
    const text = writer.flush()
    if (text === '') return
    if (separate) stdout += '\n'
    separate = false
    stdout += text
  }
  let printer: HumanTablePrinter | undefined
  let lastKind: Info['kind'] | undefined
  for (const ix of order) {
    const info = infos[ix]
    if (!printer || info.kind !== lastKind) {
      emit()
      writer.setRememberedWidths([])
      if (lastKind && !opts.noHeaders && stdout.length > 0) separate = true
      printer = new HumanTablePrinter({
        wide: opts.output === 'wide',
        noHeaders: opts.noHeaders,
        showLabels: opts.showLabels,
        labelColumns: opts.labelColumns,
        withNamespace: opts.allNamespaces && info.kind.namespaced,
        kindPrefix: withKind ? kindPrefix(info) : undefined,
      })
      lastKind = info.kind
    }
    let objects = info.objects
    if (opts.sortBy !== '' && objects.length > 1) {
      const sorted = sortTableRows(objects, opts.sortBy)
      if (!sorted.ok && sorted.fatal) return { stdout: '', fatal: sortFailureOutput(sorted, now) }
      // kubectl ignores the printer's error here: the table is simply not printed.
      if (!sorted.ok) continue
      objects = sorted.order.map((i) => objects[i])
    }
    printer.print(serverTable(info.kind.kind, objects, now), writer)
  }
  emit()
  if (stdout !== '' || opts.ignoreNotFound || hadErrors) return { stdout }
  const namespaced = !opts.allNamespaces && infos.every((i) => i.kind.namespaced)
  return { stdout, notice: namespaced ? `No resources found in ${opts.namespace} namespace.\n` : 'No resources found\n' }
}

// `kubectl get -o yaml|json|name|jsonpath=...|custom-columns=...` (printGeneric): every object
// fetched goes into one v1 List, unless exactly one object was named (then it prints alone), the
// List is sorted for --sort-by, and a bad -o is only reported once the objects are fetched.

import { kubectlList } from '../jsonpath'
import { sortFailureOutput } from './errors'
import type { Info } from './fetch'
import type { GetOptions } from './options'
import { objectPrinter } from './output'
import { sortObjects } from './sort'

/** What printGeneric wrote and the errors it ends with (raw messages, in order). */
export interface GenericResult {
  stdout: string
  errors: string[]
  /** A klog exit (unsortable --sort-by value): the whole stderr, exit 1. */
  fatal?: string
}

/** Prints fetched answers with a non-table printer; `fetchErrors` are the request failures. Pure. */
export function printGeneric(
  infos: readonly Info[],
  fetchErrors: readonly string[],
  singleItemImplied: boolean,
  opts: GetOptions,
  now: number,
  readFile?: (path: string) => string | undefined,
): GenericResult {
  if (singleItemImplied && fetchErrors.length > 0) return { stdout: '', errors: [fetchErrors[0]] }
  const errors = [...fetchErrors]
  const objects = infos.flatMap((i) => i.objects)
  if (objects.length === 0 && opts.ignoreNotFound) return { stdout: '', errors }
  const made = objectPrinter({ output: opts.output, template: opts.template, noHeaders: opts.noHeaders, allowMissingKeys: opts.allowMissingKeys, readFile })
  if (!made.ok) return { stdout: '', errors: [made.error] }
  let target: unknown
  if (!singleItemImplied || objects.length !== 1) {
    let items = objects
    if (opts.sortBy !== '' && items.length > 0) {
      const sorted = sortObjects(items, opts.sortBy)
      if (!sorted.ok && sorted.fatal) return { stdout: '', errors, fatal: sortFailureOutput(sorted, now) }
      if (!sorted.ok) return { stdout: '', errors: [...errors, sorted.error] }
      items = sorted.order.map((i) => objects[i])
    }
    target = kubectlList(items)
  } else {
    target = objects[0]
  }
  const printed = made.printer.print(target)
  if (printed.error !== undefined) errors.push(printed.error)
  return { stdout: printed.out, errors }
}

// `kubectl get -w` / `--watch-only`: the initial answer, then one row (or object) per change the
// store reports, through one remembering tabwriter so columns only ever widen. startWatch never
// moves time: a page streams rows as its clock runs; runWatch is the headless form that runs the
// virtual clock itself (see its TSDoc for when it stops).

import type { KubeObject } from '../../engine/api/types'
import type { WatchEvent } from '../../engine/store/objectStore'
import type { KubectlEnv } from '../kubectl'
import { serverTable } from '../printers/resources'
import { HumanTablePrinter } from '../printers/resources/humanTable'
import { GET_TABWRITER, TabWriter } from '../printers/tabwriter'
import type { CommandResult } from '../result'
import { errorOutput, sortFailureOutput } from './errors'
import { fetchPlan, selectorFor, type Info } from './fetch'
import { parseGetArgs, type GetOptions } from './options'
import { objectPrinter, type ObjectPrinter } from './output'
import { planGet } from './resources'
import { sortTableRows } from './sort'

/** Where watch output goes: stdout rows, or stderr warnings. */
export type WatchOutput = (text: string, stream: 'stdout' | 'stderr') => void

/** A running watch. */
export interface WatchHandle {
  /** Stops following the store; nothing is printed after this. */
  stop(): void
  /** `--request-timeout` in ms (0: none): the watch should end that long after `startedAt`. */
  readonly requestTimeoutMs: number
  /** The virtual time the watch started. */
  readonly startedAt: number
}

/** One hour of virtual time: how long a headless watch without --request-timeout may run at most. */
export const HEADLESS_WATCH_CAP_MS = 3600_000

function isResult(x: WatchHandle | CommandResult): x is CommandResult {
  return 'exitCode' in x
}

/** Prints objects as the watch's printer does: table rows, or objects one by one in another format. */
interface WatchPrinter {
  print(kind: string, objects: KubeObject[], at: number): { out: string; error?: string }
}

function makePrinter(opts: GetOptions, readFile?: (p: string) => string | undefined): WatchPrinter | { error: string } {
  if (opts.humanReadable) {
    const writer = new TabWriter(GET_TABWRITER)
    // The watch passes -A straight through, so even cluster-scoped kinds get a NAMESPACE column.
    const printer = new HumanTablePrinter({ wide: opts.output === 'wide', noHeaders: opts.noHeaders, showLabels: opts.showLabels, labelColumns: opts.labelColumns, withNamespace: opts.allNamespaces })
    return {
      print(kind, objects, at) {
        printer.print(serverTable(kind, objects, at), writer)
        return { out: writer.flush() }
      },
    }
  }
  const made = objectPrinter({ output: opts.output, template: opts.template, noHeaders: opts.noHeaders, allowMissingKeys: opts.allowMissingKeys, readFile })
  if (!made.ok) return { error: made.error }
  const p: ObjectPrinter = made.printer
  return {
    print(_kind, objects) {
      let out = ''
      for (const o of objects) {
        const r = p.print(o)
        out += r.out
        if (r.error !== undefined) return { out, error: r.error }
      }
      return { out }
    },
  }
}

/**
 * Starts `kubectl get <argv>` as a watch (`-w` is implied; `--watch-only` skips the initial list):
 * prints the initial answer through `onOutput`, then a row per store change, and never moves the
 * clock. Returns the finished result instead when the command fails before watching.
 */
export function startWatch(argv: readonly string[], env: KubectlEnv, onOutput: WatchOutput): WatchHandle | CommandResult {
  let parsed = parseGetArgs(argv)
  // -w is implied: this is the watch of `kubectl get <argv>`.
  if (parsed.ok && !parsed.options.watch && !parsed.options.watchOnly) parsed = parseGetArgs(['-w', ...argv])
  if (!parsed.ok) return { stdout: '', stderr: parsed.stderr, exitCode: 1 }
  const opts = parsed.options
  if (parsed.warnings) onOutput(parsed.warnings, 'stderr')
  const selector = opts.labelSelector !== '' || opts.fieldSelector !== ''
  const planned = planGet(opts.args, { selector, allNamespaces: opts.allNamespaces, singleResourceType: true })
  if (!planned.ok) return { stdout: '', stderr: errorOutput([planned.error]), exitCode: 1 }
  const plan = planned.plan
  const cluster = env.cluster
  // Without ContinueOnError the first failed request ends the command.
  const fetched = fetchPlan(cluster, plan, { ...opts, ignoreNotFound: false })
  if (fetched.errors.length > 0) {
    if (opts.ignoreNotFound && fetched.errors.every((e) => e.startsWith('Error from server (NotFound)'))) return { stdout: '', stderr: '', exitCode: 0 }
    return { stdout: '', stderr: errorOutput([fetched.errors[0]]), exitCode: 1 }
  }
  const printer = makePrinter(opts, env.files)
  if ('error' in printer) return { stdout: '', stderr: errorOutput([printer.error]), exitCode: 1 }
  const info: Info = plan.mode === 'list' ? fetched.infos[0] : { kind: plan.items[0].kind, objects: fetched.infos.flatMap((i) => i.objects), isList: plan.items.length > 1 }
  const now = cluster.now()
  if (!opts.watchOnly) {
    let initial = info.objects
    if (opts.humanReadable && opts.sortBy !== '' && initial.length > 1) {
      const sorted = sortTableRows(initial, opts.sortBy)
      if (!sorted.ok) return { stdout: '', stderr: sortFailureOutput(sorted, now, (m) => `unable to output the provided object: ${m}`), exitCode: 1 }
      initial = sorted.order.map((i) => initial[i])
    }
    const printed = printer.print(info.kind.kind, initial, now)
    if (printed.out) onOutput(printed.out, 'stdout')
    if (printed.error !== undefined) return { stdout: '', stderr: errorOutput([`unable to output the provided object: ${printed.error}`]), exitCode: 1 }
  }
  if (plan.mode === 'names' && plan.items.length > 1) {
    return { stdout: '', stderr: 'error: you may only watch a single resource or type of resource at a time\n', exitCode: 1 }
  }
  const kind = info.kind
  const name = plan.mode === 'names' ? plan.items[0].name : undefined
  const namespace = opts.allNamespaces || !kind.namespaced ? undefined : opts.namespace
  const match = selectorFor(kind, opts.labelSelector, opts.fieldSelector)
  const matches = (o: KubeObject): boolean => match.ok && match.matches(o)
  // Objects the watch currently sees, so a change that makes one stop matching still shows.
  const seen = new Set(info.objects.map((o) => o.metadata.name ?? ''))
  let stopped = false
  const unsubscribe = cluster.store.watch((ev: WatchEvent) => {
    if (stopped || ev.kind !== kind.kind) return
    const obj = ev.object
    const objName = obj.metadata.name ?? ''
    if (namespace !== undefined && obj.metadata.namespace !== namespace) return
    if (name !== undefined && objName !== name) return
    const nowMatches = ev.type !== 'DELETED' && matches(obj)
    if (!nowMatches && !seen.has(objName)) return
    if (nowMatches) seen.add(objName)
    else seen.delete(objName)
    const printed = printer.print(kind.kind, [obj], ev.at)
    if (printed.out) onOutput(printed.out, 'stdout')
    // A watch whose printer fails ends there, as UntilWithoutRetry stops on the error.
    if (printed.error !== undefined) {
      onOutput(errorOutput([printed.error]), 'stderr')
      stopped = true
      unsubscribe()
    }
  })
  return {
    stop() {
      stopped = true
      unsubscribe()
    },
    requestTimeoutMs: opts.requestTimeoutMs,
    startedAt: now,
  }
}

/**
 * Headless `kubectl get -w`: starts the watch, then runs the virtual clock step by step (each row
 * gets its own AGE) until `--request-timeout` has passed; without one, until the cluster has
 * nothing pending or one hour of virtual time has passed, whichever comes first. Returns every row.
 */
export function runWatch(argv: readonly string[], env: KubectlEnv): CommandResult {
  let stdout = ''
  let stderr = ''
  const started = startWatch(argv, env, (text, stream) => {
    if (stream === 'stdout') stdout += text
    else stderr += text
  })
  if (isResult(started)) return { stdout: stdout + started.stdout, stderr: stderr + started.stderr, exitCode: started.exitCode }
  const cluster = env.cluster
  const timeout = started.requestTimeoutMs
  const end = started.startedAt + (timeout > 0 ? timeout : HEADLESS_WATCH_CAP_MS)
  for (let steps = 0; steps < 1_000_000; steps++) {
    const next = cluster.nextChangeAt()
    if (next === undefined && timeout === 0) break
    if (next === undefined || next > end) {
      cluster.advance(Math.max(0, end - cluster.now()))
      break
    }
    cluster.advance(Math.max(0, next - cluster.now()))
  }
  started.stop()
  return { stdout, stderr, exitCode: 0 }
}

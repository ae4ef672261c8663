// `kubectl get`: read the flags and arguments, fetch what they name from the API server, print it
// as server-side tables (no -o, -o wide) or with another printer, and follow changes with -w.
// The pieces live in ../get/; this file only strings them together.

import { errorOutput } from '../get/errors'
import { fetchPlan } from '../get/fetch'
import { printGeneric } from '../get/generic'
import { printTables } from '../get/human'
import { parseGetArgs } from '../get/options'
import { planGet } from '../get/resources'
import { runWatch } from '../get/watch'
import type { KubectlEnv } from '../kubectl'
import type { CommandResult } from '../result'

/** Runs `kubectl get`. Reads the cluster at its current time; with -w it runs the virtual clock (see runWatch). */
export function get(argv: string[], env: KubectlEnv): CommandResult {
  const parsed = parseGetArgs(argv)
  if (!parsed.ok) return { stdout: '', stderr: parsed.stderr, exitCode: 1 }
  const opts = parsed.options
  if (opts.watch || opts.watchOnly) return runWatch(argv, env)
  const selector = opts.labelSelector !== '' || opts.fieldSelector !== ''
  const planned = planGet(opts.args, { selector, allNamespaces: opts.allNamespaces, singleResourceType: false })
  if (!planned.ok) return { stdout: '', stderr: parsed.warnings + errorOutput([planned.error]), exitCode: 1 }
  const plan = planned.plan
  const fetched = fetchPlan(env.cluster, plan, opts)
  if (!opts.humanReadable) {
    const single = plan.mode === 'names' && plan.singleItemImplied
    const r = printGeneric(fetched.infos, fetched.errors, single, opts, env.cluster.now(), env.files)
    if (r.fatal !== undefined) return { stdout: '', stderr: parsed.warnings + r.fatal, exitCode: 1 }
    return { stdout: r.stdout, stderr: parsed.warnings + errorOutput(r.errors), exitCode: r.errors.length > 0 ? 1 : 0 }
  }
  const r = printTables(fetched.infos, opts, env.cluster.now(), fetched.errors.length > 0)
  if (r.fatal !== undefined) return { stdout: '', stderr: parsed.warnings + r.fatal, exitCode: 1 }
  const stderr = parsed.warnings + (r.notice ?? '') + errorOutput(fetched.errors)
  return { stdout: r.stdout, stderr, exitCode: fetched.errors.length > 0 ? 1 : 0 }
}

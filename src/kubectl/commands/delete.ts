// `kubectl delete pod NAME... [-n NS] [--grace-period=N] [--wait=false]`: graceful deletion.
// Like kubectl, it waits (on the virtual clock) until the pods are gone unless --wait=false.

import type { KubectlEnv } from '../kubectl'
import { fail, type CommandResult } from '../result'

const POD_NAMES = new Set(['po', 'pod', 'pods'])
/** kubectl's default --timeout=0 means "a week"; the virtual clock makes that cheap. */
const WAIT_LIMIT_MS = 7 * 24 * 3600 * 1000

/** Runs `kubectl delete`. */
export function del(args: string[], env: KubectlEnv): CommandResult {
  let namespace = 'default'
  let grace: number | undefined
  let wait = true
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '-n' || a === '--namespace') namespace = args[++i] ?? ''
    else if (a.startsWith('--namespace=')) namespace = a.slice('--namespace='.length)
    else if (a.startsWith('--grace-period=')) grace = Number(a.slice('--grace-period='.length))
    else if (a === '--now') grace = 1
    else if (a === '--wait=false') wait = false
    else if (a === '--wait' || a === '--wait=true') wait = true
    else if (a.startsWith('-')) return fail(`error: unknown flag: ${a.split('=')[0]}\nSee 'kubectl delete --help' for usage.`)
    else positional.push(a)
  }
  let [resource, ...names] = positional
  if (resource?.includes('/')) {
    names = [resource, ...names].map((n) => n.split('/')[1])
    resource = positional[0].split('/')[0]
  }
  if (resource === undefined) return fail('error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'')
  if (!POD_NAMES.has(resource)) return fail(`error: the server doesn't have a resource type "${resource}"`)
  if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified')
  const cluster = env.cluster
  let stdout = ''
  let stderr = ''
  const pending: string[] = []
  for (const name of names) {
    const r = cluster.deletePod(namespace, name, grace === 0 ? 0 : grace)
    if (!r.ok) stderr += `Error from server (NotFound): pods "${name}" not found\n`
    else {
      stdout += `pod "${name}" deleted\n`
      pending.push(name)
    }
  }
  if (wait) {
    const deadline = cluster.now() + WAIT_LIMIT_MS
    while (pending.some((n) => cluster.store.get('Pod', namespace, n)) && cluster.now() < deadline) {
      const next = cluster.nextChangeAt()
      if (next === undefined) break
      cluster.clock.advanceTo(Math.min(next, deadline))
    }
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 }
}

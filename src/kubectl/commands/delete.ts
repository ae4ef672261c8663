// `kubectl delete pod NAME... [-n NS] [--grace-period=N] [--now] [--wait=false]`: graceful deletion.
// Like kubectl, it waits (on the virtual clock) until the pods are gone unless --wait=false.

import { flagError, parseFlags, type FlagSpec } from '../flags'
import type { KubectlEnv } from '../kubectl'
import { fail, type CommandResult } from '../result'

const FLAGS: FlagSpec[] = [
  { name: 'grace-period', type: 'int', default: -1 },
  { name: 'now', type: 'bool', default: false },
  { name: 'force', type: 'bool', default: false },
  { name: 'wait', type: 'bool', default: true },
  { name: 'filename', shorthand: 'f', type: 'stringArray', default: [] },
]

const POD_NAMES = new Set(['po', 'pod', 'pods'])
/** kubectl's default --timeout=0 means "a week"; the virtual clock makes that cheap. */
const WAIT_LIMIT_MS = 7 * 24 * 3600 * 1000

/** Runs `kubectl delete`. */
export function del(argv: string[], env: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('delete', parsed.error))
  const { flags, args } = parsed
  const namespace = (flags.namespace as string) || 'default'
  let grace = flags['grace-period'] as number
  if (flags.now) grace = 1
  let resource: string | undefined = args[0]
  let names = args.slice(1)
  if (resource?.includes('/')) {
    names = args.map((n) => n.split('/')[1])
    resource = args[0].split('/')[0]
  }
  if (resource === undefined) {
    return fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'")
  }
  if (!POD_NAMES.has(resource)) return fail(`error: the server doesn't have a resource type "${resource}"`)
  if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified')
  const cluster = env.cluster
  let stdout = ''
  let stderr = ''
  const pending: string[] = []
  for (const name of names) {
    const r = cluster.deletePod(namespace, name, grace >= 0 ? grace : undefined)
    if (!r.ok) stderr += `Error from server (NotFound): pods "${name}" not found\n`
    else {
      stdout += `pod "${name}" deleted\n`
      pending.push(name)
    }
  }
  if (flags.wait) {
    const deadline = cluster.now() + WAIT_LIMIT_MS
    while (pending.some((n) => cluster.store.get('Pod', namespace, n)) && cluster.now() < deadline) {
      const next = cluster.nextChangeAt()
      if (next === undefined) break
      cluster.clock.advanceTo(Math.min(next, deadline))
    }
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 }
}

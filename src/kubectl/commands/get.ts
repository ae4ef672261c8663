// `kubectl get pods [NAME...] [-n NS | -A] [-o wide] [--no-headers] [--show-labels]`: the table the
// API server builds (server-side printing) and kubectl aligns.

import type { Pod } from '../../engine/api/types'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import type { KubectlEnv } from '../kubectl'
import { formatPodTable } from '../printers/table'
import { fail, ok, type CommandResult } from '../result'

const FLAGS: FlagSpec[] = [
  { name: 'output', shorthand: 'o', type: 'string', default: '' },
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', default: false },
  { name: 'no-headers', type: 'bool', default: false },
  { name: 'show-labels', type: 'bool', default: false },
]

const POD_NAMES = new Set(['po', 'pod', 'pods'])

/** Runs `kubectl get`. Pure: reads the cluster state at its current time. */
export function get(argv: string[], env: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('get', parsed.error))
  const { flags, args } = parsed
  const all = flags['all-namespaces'] as boolean
  const namespace = (flags.namespace as string) || 'default'
  const output = flags.output as string
  if (output !== '' && output !== 'wide') return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: wide`)
  const opts = { wide: output === 'wide', noHeaders: flags['no-headers'] as boolean, showLabels: flags['show-labels'] as boolean, namespaceColumn: all }
  const [resource, ...names] = args
  if (resource === undefined) {
    return fail("You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples")
  }
  if (!POD_NAMES.has(resource)) return fail(`error: the server doesn't have a resource type "${resource}"`)
  const cluster = env.cluster
  let pods: Pod[] = cluster.pods(all ? undefined : namespace)
  if (names.length > 0) {
    const found: Pod[] = []
    let stderr = ''
    for (const name of names) {
      const pod = pods.find((p) => p.metadata.name === name)
      if (pod) found.push(pod)
      else stderr += `Error from server (NotFound): pods "${name}" not found\n`
    }
    const table = found.length > 0 ? formatPodTable(found, cluster.now(), { ...opts, namespaceColumn: false }) : ''
    return { stdout: table, stderr, exitCode: stderr ? 1 : 0 }
  }
  if (pods.length === 0) {
    return { stdout: '', stderr: all ? 'No resources found\n' : `No resources found in ${namespace} namespace.\n`, exitCode: 0 }
  }
  return ok(formatPodTable(pods, cluster.now(), opts))
}

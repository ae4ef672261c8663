// `kubectl get pods [NAME...] [-n NS | -A] [-o wide] [--no-headers]`: the table the API server
// builds (server-side printing) and kubectl aligns.

import { formatPodTable } from '../printers/table'
import type { KubectlEnv } from '../kubectl'
import { fail, ok, type CommandResult } from '../result'
import type { Pod } from '../../engine/api/types'

const POD_NAMES = new Set(['po', 'pod', 'pods'])

/** Runs `kubectl get`. Pure: reads the cluster state at its current time. */
export function get(args: string[], env: KubectlEnv): CommandResult {
  let namespace = 'default'
  let all = false
  let wide = false
  let noHeaders = false
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '-n' || a === '--namespace') namespace = args[++i] ?? ''
    else if (a.startsWith('--namespace=')) namespace = a.slice('--namespace='.length)
    else if (a === '-A' || a === '--all-namespaces') all = true
    else if (a === '-o' || a === '--output') wide = args[++i] === 'wide'
    else if (a === '-owide' || a === '-o=wide' || a === '--output=wide') wide = true
    else if (a === '--no-headers') noHeaders = true
    else if (a.startsWith('-')) return fail(`error: unknown flag: ${a.split('=')[0]}\nSee 'kubectl get --help' for usage.`)
    else positional.push(a)
  }
  const [resource, ...names] = positional
  if (resource === undefined) {
    return fail("You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples")
  }
  if (!POD_NAMES.has(resource)) return fail(`error: the server doesn't have a resource type "${resource}"`)
  const cluster = env.cluster
  let pods: Pod[] = cluster.pods(all ? undefined : namespace)
  if (names.length > 0) {
    const found: Pod[] = []
    const errors: string[] = []
    for (const name of names) {
      const pod = pods.find((p) => p.metadata.name === name)
      if (pod) found.push(pod)
      else errors.push(`Error from server (NotFound): pods "${name}" not found`)
    }
    const table = found.length > 0 ? formatPodTable(found, cluster.now(), { wide, noHeaders }) : ''
    if (errors.length > 0) return fail(errors.join('\n'), 1, table)
    pods = found
  }
  if (pods.length === 0) {
    return { stdout: '', stderr: all ? 'No resources found\n' : `No resources found in ${namespace} namespace.\n`, exitCode: 0 }
  }
  return ok(formatPodTable(pods, cluster.now(), { wide, noHeaders, namespaceColumn: all }))
}

// `kubectl set image pod/NAME CONTAINER=IMAGE...` (also `pod NAME`, and `*=IMAGE` for every
// container): patches container images, init containers included, as a running pod allows.

import type { Container, Pod } from '../../engine/api/types'
import { formatInvalidError } from '../../engine/api/fieldErrors'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import type { KubectlEnv } from '../kubectl'
import { fail, type CommandResult } from '../result'

const FLAGS: FlagSpec[] = [{ name: 'all', type: 'bool', default: false }]
const POD_NAMES = new Set(['po', 'pod', 'pods'])

/** Runs `kubectl set <subcommand>`; only `image` exists here. */
export function set(argv: string[], env: KubectlEnv): CommandResult {
  const [sub, ...rest] = argv
  if (sub !== 'image') return fail(sub === undefined ? "error: Unknown command\nSee 'kubectl set -h' for help and examples" : `error: unknown command "${sub}" for "kubectl set"`)
  return setImage(rest, env)
}

function setImage(argv: string[], env: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('set image', parsed.error))
  const namespace = (parsed.flags.namespace as string) || 'default'
  const words = parsed.args
  const updates = words.filter((w) => w.includes('='))
  const resources = words.filter((w) => !w.includes('='))
  const names: string[] = []
  if (resources[0]?.includes('/')) {
    for (const r of resources) {
      const [type, name] = r.split('/')
      if (!POD_NAMES.has(type)) return fail(`error: the server doesn't have a resource type "${type}"`)
      names.push(name)
    }
  } else if (resources.length > 0) {
    if (!POD_NAMES.has(resources[0])) return fail(`error: the server doesn't have a resource type "${resources[0]}"`)
    names.push(...resources.slice(1))
  }
  if (names.length === 0) {
    return fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'")
  }
  if (updates.length === 0) return fail("error: at least one image update is required\nSee 'kubectl set image -h' for help and examples")
  let stdout = ''
  let stderr = ''
  for (const name of names) {
    const pod = env.cluster.store.get<Pod>('Pod', namespace, name)
    if (!pod) {
      stderr += `Error from server (NotFound): pods "${name}" not found\n`
      continue
    }
    const patch = (list: Container[] | undefined, target: string, image: string) =>
      list?.map((c) => (target === '*' || c.name === target ? { ...c, image } : c))
    let spec = pod.spec
    for (const update of updates) {
      const eq = update.indexOf('=')
      const target = update.slice(0, eq)
      const image = update.slice(eq + 1)
      const known = [...(spec.initContainers ?? []), ...spec.containers].some((c) => target === '*' || c.name === target)
      if (!known) return { stdout, stderr: stderr + `error: unable to find container named "${target}"\n`, exitCode: 1 }
      spec = { ...spec, initContainers: patch(spec.initContainers, target, image), containers: patch(spec.containers, target, image)! }
      if (!pod.spec.initContainers) delete spec.initContainers
    }
    const r = env.cluster.updatePod({ ...pod, spec })
    if (!r.ok) stderr += r.reason === 'Invalid' ? formatInvalidError('Pod', name, r.errors ?? []) : `Error from server (${r.reason}): ${r.message}\n`
    else stdout += `pod/${name} image ${r.object === pod ? 'unchanged' : 'updated'}\n`
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 }
}

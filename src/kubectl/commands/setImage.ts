// `kubectl set image pod/NAME CONTAINER=IMAGE...` (also `pod NAME`, `deployment/NAME`, and
// `*=IMAGE` for every container): patches container images, init containers included. A pod's
// change is what a running pod allows; a workload's template change rolls out new pods.

import { resourceFor, type KindInfo } from '../../engine/api/kinds'
import type { Container, Pod, PodSpec } from '../../engine/api/types'
import { formatInvalidError } from '../../engine/api/fieldErrors'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import type { KubectlEnv } from '../kubectl'
import { fail, type CommandResult } from '../result'

const FLAGS: FlagSpec[] = [{ name: 'all', type: 'bool', default: false }]

const patch = (list: Container[] | undefined, target: string, image: string) =>
  list?.map((c) => (target === '*' || c.name === target ? { ...c, image } : c))

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
  const targets: { kind: KindInfo; name: string }[] = []
  if (resources[0]?.includes('/')) {
    for (const r of resources) {
      const [type, name] = r.split('/')
      const kind = resourceFor(type)
      if (!kind) return fail(`error: the server doesn't have a resource type "${type}"`)
      targets.push({ kind, name })
    }
  } else if (resources.length > 0) {
    const kind = resourceFor(resources[0])
    if (!kind) return fail(`error: the server doesn't have a resource type "${resources[0]}"`)
    for (const name of resources.slice(1)) targets.push({ kind, name })
  }
  if (targets.length === 0) {
    return fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'")
  }
  if (updates.length === 0) return fail("error: at least one image update is required\nSee 'kubectl set image -h' for help and examples")
  let stdout = ''
  let stderr = ''
  for (const { kind, name } of targets) {
    const object = env.cluster.store.get(kind.kind, kind.namespaced ? namespace : undefined, name)
    if (!object) {
      stderr += `Error from server (NotFound): ${kind.resource} "${name}" not found\n`
      continue
    }
    // Pods carry their containers in spec; workloads in spec.template.spec.
    const podSpec = (kind.kind === 'Pod' ? object.spec : (object.spec as { template?: { spec?: PodSpec } } | undefined)?.template?.spec) as PodSpec | undefined
    if (!podSpec) {
      stderr += `error: ${kind.resource} "${name}" has no containers to update\n`
      continue
    }
    let spec: PodSpec = podSpec
    for (const update of updates) {
      const eq = update.indexOf('=')
      const target = update.slice(0, eq)
      const image = update.slice(eq + 1)
      const known = [...(spec.initContainers ?? []), ...spec.containers].some((c) => target === '*' || c.name === target)
      if (!known) return { stdout, stderr: stderr + `error: unable to find container named "${target}"\n`, exitCode: 1 }
      spec = { ...spec, initContainers: patch(spec.initContainers, target, image), containers: patch(spec.containers, target, image)! }
      if (!podSpec.initContainers) delete spec.initContainers
    }
    // kubectl sends no patch when nothing changed, and prints nothing for that object.
    if (JSON.stringify(spec) === JSON.stringify(podSpec)) continue
    const resource = `${kind.singular}${kind.group ? '.' + kind.group : ''}/${name}`
    if (kind.kind === 'Pod') {
      const pod = object as Pod
      const r = env.cluster.updatePod({ ...pod, spec })
      if (!r.ok) stderr += r.reason === 'Invalid' ? formatInvalidError('Pod', name, r.errors ?? []) : `Error from server (${r.reason}): ${r.message}\n`
      else stdout += `${resource} image updated\n`
      continue
    }
    const workloadSpec = object.spec as { template: { spec: PodSpec } }
    const r = env.cluster.putObject({ ...object, spec: { ...workloadSpec, template: { ...workloadSpec.template, spec } } }, 'apply')
    if (!r.ok) stderr += r.errors ? formatInvalidError(kind.kind, name, r.errors) : `Error from server (${r.reason}): ${r.message}\n`
    else stdout += `${resource} image updated\n`
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 }
}

// `kubectl replace -f FILE [--force]`: PUT the whole object. A Pod written by hand lacks what the API
// server added (node, service account volume, tolerations), so replacing a running pod fails with
// the update rule's error, as on a real cluster, unless --force deletes and recreates it.

import { decodeObject } from '../../engine/api/decode'
import { formatInvalidError } from '../../engine/api/fieldErrors'
import type { Pod } from '../../engine/api/types'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import type { KubectlEnv } from '../kubectl'
import { readManifests } from '../manifests'
import { fail, type CommandResult } from '../result'
import { del } from './delete'

const FLAGS: FlagSpec[] = [
  { name: 'filename', shorthand: 'f', type: 'stringArray', default: [] },
  { name: 'force', type: 'bool', default: false },
  { name: 'grace-period', type: 'int', default: -1 },
]

/** Runs `kubectl replace`. */
export function replace(argv: string[], env: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('replace', parsed.error))
  const files = parsed.flags.filename as string[]
  if (files.length === 0) return fail('error: must specify one of -f and -k')
  let stdout = ''
  let stderr = ''
  const read = readManifests(files, env)
  stderr += read.errors.map((e) => e + '\n').join('')
  for (const { object: obj, kind: info, source } of read.objects) {
    const decoded = decodeObject(obj as unknown as Record<string, unknown>, info, { source, verb: 'replacing' })
    if (!decoded.ok) {
      stderr += decoded.message + '\n'
      continue
    }
    const name = obj.metadata?.name ?? ''
    const namespace = obj.metadata?.namespace ?? ((parsed.flags.namespace as string) || 'default')
    const resource = `${info.singular}/${name}`
    if (info.kind !== 'Pod') {
      const existing = env.cluster.store.get(info.kind, info.namespaced ? namespace : undefined, name)
      if (!existing) {
        stderr += `Error from server (NotFound): error when replacing "${source}": ${info.resource} "${name}" not found\n`
        continue
      }
      env.cluster.putObject({ ...obj, metadata: { ...obj.metadata, namespace } }, 'apply')
      stdout += `${resource} replaced\n`
      continue
    }
    const pod = { ...obj, metadata: { ...obj.metadata, namespace } } as Pod
    if (parsed.flags.force) {
      // --force: delete (waiting until it is gone), then create.
      if (env.cluster.store.get('Pod', namespace, name)) stdout += del(['pod', name, '-n', namespace], env).stdout
      const created = env.cluster.createPod(pod)
      if (!created.ok) stderr += created.reason === 'Invalid' ? formatInvalidError('Pod', name, created.errors ?? []) : `Error from server (${created.reason}): ${created.message}\n`
      else stdout += `${resource} replaced\n`
      continue
    }
    if (!env.cluster.store.get('Pod', namespace, name)) {
      stderr += `Error from server (NotFound): error when replacing "${source}": pods "${name}" not found\n`
      continue
    }
    const r = env.cluster.updatePod(pod)
    if (!r.ok) stderr += r.reason === 'Invalid' ? formatInvalidError('Pod', name, r.errors ?? []) : `Error from server (${r.reason}): ${r.message}\n`
    else stdout += `${resource} replaced\n`
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 }
}

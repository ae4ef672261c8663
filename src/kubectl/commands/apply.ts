// `kubectl apply -f FILE|-` and `kubectl create -f`: read manifests, map each to a kind, send it to
// the API server, and print `kind/name created|configured|unchanged` or the server's error.
// Files are read through env.files (the sandbox has no disk); `-` is standard input.

import { decodeObject } from '../../engine/api/decode'
import { formatInvalidError } from '../../engine/api/fieldErrors'
import type { KubeObject, Pod } from '../../engine/api/types'
import { LAST_APPLIED, lastAppliedValue, threeWayMerge } from '../apply/merge'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import type { KubectlEnv } from '../kubectl'
import { readManifests } from '../manifests'

const FLAGS: FlagSpec[] = [{ name: 'filename', shorthand: 'f', type: 'stringArray', default: [] }]
import { fail, type CommandResult } from '../result'

/** Runs `kubectl apply` (or `create` when `mode` says so). */
export function apply(argv: string[], env: KubectlEnv, mode: 'apply' | 'create' = 'apply'): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError(mode, parsed.error))
  const files = parsed.flags.filename as string[]
  const namespaceFlag = (parsed.flags.namespace as string) || undefined
  if (files.length === 0) return fail('error: must specify one of -f and -k')
  let stdout = ''
  // kubectl reads every document first (reading errors come first), then sends them one by one.
  const { objects, errors } = readManifests(files, env)
  for (const { object: obj, kind: info, source } of objects) {
    const decoded = decodeObject(obj as unknown as Record<string, unknown>, info, { source, verb: 'creating' })
    if (!decoded.ok) {
      errors.push(decoded.message)
      continue
    }
    const name = obj.metadata?.name ?? ''
    const resource = `${info.singular}${info.group ? '.' + info.group : ''}/${name}`
    if (namespaceFlag !== undefined) obj.metadata = { ...obj.metadata, namespace: obj.metadata?.namespace ?? namespaceFlag }
    if (info.kind !== 'Pod') {
      const r = env.cluster.putObject(mode === 'apply' ? applied(env, obj, info.namespaced) : obj, mode)
      if (r.ok) stdout += `${resource} ${r.action}\n`
      else if (r.errors) errors.push(formatInvalidError(info.kind, name, r.errors))
      else errors.push(`Error from server (${r.reason}): error when creating "${source}": ${r.message}`)
      continue
    }
    const namespace = obj.metadata?.namespace ?? 'default'
    const existing = env.cluster.store.get<Pod>('Pod', namespace, name)
    if (existing && mode === 'create') {
      errors.push(`Error from server (AlreadyExists): error when creating "${source}": pods "${name}" already exists`)
      continue
    }
    // apply remembers what it applied, so that the next apply can tell what the user removed.
    const manifest = { ...obj, metadata: { ...obj.metadata, namespace } } as Pod
    if (mode === 'apply') {
      manifest.metadata.annotations = { ...manifest.metadata.annotations, [LAST_APPLIED]: lastAppliedValue(manifest) }
    }
    const r = existing ? env.cluster.updatePod(mergeForApply(existing, manifest)) : env.cluster.createPod(manifest)
    if (r.ok) {
      stdout += `${resource} ${!existing ? 'created' : r.object === existing ? 'unchanged' : 'configured'}\n`
    } else if (r.reason === 'Invalid') {
      errors.push(formatInvalidError('Pod', name, r.errors ?? []))
    } else {
      errors.push(`Error from server (${r.reason}): error when ${existing ? 'applying patch' : 'creating'} "${source}": ${r.message}`)
    }
  }
  if (errors.length === 0) return { stdout, stderr: '', exitCode: 0 }
  return { stdout, stderr: errors.map((e) => (e.endsWith('\n') ? e : e + '\n')).join(''), exitCode: 1 }
}

/**
 * What apply sends for any other kind: the manifest with its last-applied annotation, merged with
 * the live object when there is one, so fields set by the server or controllers (a Deployment's
 * revision annotation, a Service's clusterIP) stay and an unchanged manifest is `unchanged`.
 */
function applied(env: KubectlEnv, obj: KubeObject, namespaced: boolean): KubeObject {
  const namespace = namespaced ? obj.metadata?.namespace ?? 'default' : undefined
  const metadata = { ...obj.metadata, ...(namespace === undefined ? {} : { namespace }) }
  const manifest = { ...obj, metadata } as KubeObject
  manifest.metadata.annotations = { ...manifest.metadata.annotations, [LAST_APPLIED]: lastAppliedValue(manifest as never) }
  const live = env.cluster.store.get(obj.kind ?? '', namespace, obj.metadata?.name ?? '')
  return live ? mergeForApply(live, manifest) : manifest
}

/** The object apply sends for an object that exists: live merged with the manifest, status left out. */
function mergeForApply<T extends KubeObject>(live: T, manifest: T): T {
  const raw = live.metadata.annotations?.[LAST_APPLIED]
  let last: unknown
  try {
    last = raw ? JSON.parse(raw) : undefined
  } catch {
    last = undefined
  }
  const { status: _, ...liveSpec } = live
  return threeWayMerge(liveSpec, last, manifest) as T
}

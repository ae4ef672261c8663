// `kubectl delete TYPE NAME... | TYPE/NAME... | -f FILE | TYPE -l SELECTOR | TYPE --all`: graceful
// deletion of pods (the kubelet stops their containers first), immediate for other kinds. Like
// kubectl, it waits (on the virtual clock) until the objects are gone unless --wait=false.

import { resourceFor, type KindInfo } from '../../engine/api/kinds'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import { matchesLabels, parseLabelSelector } from '../get/labelSelector'
import type { KubectlEnv } from '../kubectl'
import { readManifests } from '../manifests'
import { fail, type CommandResult } from '../result'

const FLAGS: FlagSpec[] = [
  { name: 'grace-period', type: 'int', default: -1 },
  { name: 'now', type: 'bool', default: false },
  { name: 'force', type: 'bool', default: false },
  { name: 'wait', type: 'bool', default: true },
  { name: 'all', type: 'bool', default: false },
  { name: 'selector', shorthand: 'l', type: 'string', default: '' },
  { name: 'filename', shorthand: 'f', type: 'stringArray', default: [] },
]

/** kubectl's default --timeout=0 means "a week"; the virtual clock makes that cheap. */
const WAIT_LIMIT_MS = 7 * 24 * 3600 * 1000

const NO_RESOURCES =
  "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'"

interface Target {
  kind: KindInfo
  namespace: string | undefined
  name: string
}

/** Runs `kubectl delete`. */
export function del(argv: string[], env: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('delete', parsed.error))
  const { flags, args } = parsed
  const namespace = (flags.namespace as string) || 'default'
  const grace = flags.now ? 1 : (flags['grace-period'] as number)
  const files = flags.filename as string[]
  const targets: Target[] = []
  let stderr = ''

  if (files.length > 0) {
    if (args.length > 0) return fail(`error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`)
    const read = readManifests(files, env)
    stderr += read.errors.map((e) => e + '\n').join('')
    for (const { object, kind } of read.objects) {
      targets.push({ kind, namespace: kind.namespaced ? object.metadata?.namespace ?? namespace : undefined, name: object.metadata?.name ?? '' })
    }
  } else {
    if (args.length === 0) return fail(NO_RESOURCES)
    if (args[0].includes('/')) {
      for (const arg of args) {
        const [type, name] = arg.split('/')
        const kind = resourceFor(type)
        if (!kind) return fail(`error: the server doesn't have a resource type "${type}"`)
        targets.push({ kind, namespace: kind.namespaced ? namespace : undefined, name })
      }
    } else {
      const kind = resourceFor(args[0])
      if (!kind) return fail(`error: the server doesn't have a resource type "${args[0]}"`)
      const names = args.slice(1)
      const selector = flags.selector as string
      if (names.length > 0 && (selector || flags.all)) return fail('error: name cannot be provided when a selector is specified')
      if (names.length === 0 && !selector && !flags.all) return fail('error: resource(s) were provided, but no name was specified')
      const ns = kind.namespaced ? namespace : undefined
      if (names.length > 0) for (const name of names) targets.push({ kind, namespace: ns, name })
      else {
        const parsedSelector = selector ? parseLabelSelector(selector) : undefined
        if (parsedSelector && !parsedSelector.ok) return fail(`error: ${parsedSelector.error}`)
        const objects = env.cluster.store.list(kind.kind, ns)
        const chosen = parsedSelector?.ok ? objects.filter((o) => matchesLabels(parsedSelector.requirements, o.metadata.labels)) : objects
        if (chosen.length === 0) return { stdout: '', stderr: ns ? `No resources found in ${ns} namespace.\n` : 'No resources found\n', exitCode: 0 }
        for (const o of chosen) targets.push({ kind, namespace: ns, name: o.metadata.name ?? '' })
      }
    }
  }

  const cluster = env.cluster
  let stdout = ''
  const pending: Target[] = []
  for (const t of targets) {
    const exists = cluster.store.get(t.kind.kind, t.namespace, t.name)
    if (!exists) {
      stderr += `Error from server (NotFound): ${t.kind.resource} "${t.name}" not found\n`
      continue
    }
    if (t.kind.kind === 'Pod') cluster.deletePod(t.namespace ?? 'default', t.name, grace >= 0 ? grace : undefined)
    else cluster.store.delete(t.kind.kind, t.namespace, t.name)
    stdout += `${t.kind.singular} "${t.name}" deleted\n`
    pending.push(t)
  }
  if (flags.wait) {
    const deadline = cluster.now() + WAIT_LIMIT_MS
    while (pending.some((t) => cluster.store.get(t.kind.kind, t.namespace, t.name)) && cluster.now() < deadline) {
      const next = cluster.nextChangeAt()
      if (next === undefined) break
      cluster.clock.advanceTo(Math.min(next, deadline))
    }
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 }
}

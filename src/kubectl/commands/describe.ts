// `kubectl describe (TYPE [NAME_PREFIX...] | TYPE/NAME... | -l SELECTOR | -f FILE)` for pods, nodes
// and services, with kubectl v1.35's argument rules, error texts, name-prefix fallback and separators.
// Pure: reads the store at the cluster's current time.

import { parseManifests } from '../../engine/api/manifest'
import { clientCheck } from '../../engine/api/decode'
import { resourceFor, unknownResourceError, type KindInfo } from '../../engine/api/kinds'
import type { KubeEvent, KubeObject, Pod } from '../../engine/api/types'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import type { KubectlEnv } from '../kubectl'
import { describeNode, nodeEvents, nonTerminatedPods } from '../printers/describe/node'
import { describePod } from '../printers/describe/pod'
import { describeService, serviceEndpointSlices } from '../printers/describe/service'
import { eventsFor } from '../printers/describe/events'
import { fail, type CommandResult } from '../result'
import { matchesLabels, parseLabelSelector } from '../get/labelSelector'

const FLAGS: FlagSpec[] = [
  { name: 'selector', shorthand: 'l', type: 'string', default: '' },
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', default: false },
  { name: 'show-events', type: 'bool', default: true },
  { name: 'filename', shorthand: 'f', type: 'stringArray', default: [] },
  { name: 'recursive', shorthand: 'R', type: 'bool', default: false },
  { name: 'chunk-size', type: 'int', default: 500 },
]

/** Namespaces every cluster has; others exist once a Namespace object is stored. */
const BUILT_IN_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system']

/** One thing to fetch: a named object, or every object of a kind (namespace undefined: all namespaces). */
interface Request {
  kind: KindInfo
  name?: string
  namespace?: string
}

type Requests = { ok: true; requests: Request[] } | { ok: false; error: string }

const NOT_BOTH = "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'"

function kindOf(arg: string): KindInfo | string {
  return resourceFor(arg) ?? unknownResourceError(arg)
}

/** ResourceTypeOrNameArgs: `TYPE[,TYPE] [NAME...]` or `TYPE/NAME...`, with the builder's error texts. */
function requestsFromArgs(args: string[], namespace: string | undefined, hasSelector: boolean): Requests {
  if (args.some((a) => a.includes('/'))) {
    if (!args.every((a) => a.includes('/'))) return { ok: false, error: NOT_BOTH }
    const requests: Request[] = []
    for (const arg of args) {
      const parts = arg.split('/')
      if (parts.length > 2) return { ok: false, error: 'error: arguments in resource/name form may not have more than one slash' }
      if (parts[0] === '' || parts[1] === '') return { ok: false, error: 'error: arguments in resource/name form must have a single resource and name' }
      const kind = kindOf(parts[0])
      if (typeof kind === 'string') return { ok: false, error: kind }
      requests.push({ kind, name: parts[1], namespace })
    }
    if (hasSelector) return { ok: false, error: 'error: selectors and the all flag cannot be used when passing resource/name arguments' }
    return { ok: true, requests }
  }
  const kinds: KindInfo[] = []
  for (const type of args[0].split(',')) {
    const kind = kindOf(type)
    if (typeof kind === 'string') return { ok: false, error: kind }
    kinds.push(kind)
  }
  const names = args.slice(1)
  if (names.length > 0 && hasSelector) return { ok: false, error: 'error: name cannot be provided when a selector is specified' }
  if (names.length === 0) return { ok: true, requests: kinds.map((kind) => ({ kind, namespace })) }
  return { ok: true, requests: kinds.flatMap((kind) => names.map((name) => ({ kind, name, namespace }))) }
}

/** The objects named in manifests given with -f, in file and document order. */
function requestsFromFiles(files: string[], env: KubectlEnv, namespace: string | undefined): Requests {
  const requests: Request[] = []
  for (const file of files) {
    const text = file === '-' ? env.stdin ?? '' : env.files?.(file)
    if (text === undefined) return { ok: false, error: `error: the path "${file}" does not exist` }
    const parsed = parseManifests(text, file === '-' ? 'STDIN' : file)
    if (parsed.error) return { ok: false, error: parsed.error }
    for (const doc of parsed.documents) {
      const checked = clientCheck(doc.object, file === '-' ? 'STDIN' : file)
      if (!checked.ok) return { ok: false, error: checked.message }
      const meta = (doc.object.metadata ?? {}) as { name?: string; namespace?: string }
      requests.push({ kind: checked.kind, name: meta.name ?? '', namespace: meta.namespace ?? namespace })
    }
  }
  return { ok: true, requests }
}

/** Whether `namespace` exists: a built-in one or a stored Namespace object. */
export function namespaceExists(env: KubectlEnv, namespace: string): boolean {
  return BUILT_IN_NAMESPACES.includes(namespace) || env.cluster.store.get('Namespace', undefined, namespace) !== undefined
}

/** The NotFound text for a named object; kubectl v1.35 reports a missing namespace (other than default) instead. */
export function notFound(env: KubectlEnv, kind: KindInfo, name: string, namespace: string | undefined): string {
  const ns = namespace ?? 'default'
  if (kind.namespaced && ns !== 'default' && !namespaceExists(env, ns)) return `Error from server (NotFound): namespaces "${ns}" not found`
  const resource = kind.group ? `${kind.resource}.${kind.group}` : kind.resource
  return `Error from server (NotFound): ${resource} "${name}" not found`
}

/** EnhanceListError's wording for a list the server refused (here: a label selector it cannot parse). */
export function listError(kind: KindInfo, selector: string, message: string): string {
  const gvr = `${kind.group}/${kind.version}, Resource=${kind.resource}`
  return `Error from server (BadRequest): Unable to find "${gvr}" that match label selector "${selector}", field selector "": ${message}`
}

function fetch(env: KubectlEnv, req: Request, selector: string): KubeObject[] | string {
  const store = env.cluster.store
  const ns = req.kind.namespaced ? req.namespace : undefined
  if (req.name !== undefined) {
    const found = store.get(req.kind.kind, req.kind.namespaced ? req.namespace ?? 'default' : undefined, req.name)
    return found ? [found] : notFound(env, req.kind, req.name, req.namespace)
  }
  const parsed = parseLabelSelector(selector)
  if (!parsed.ok) return listError(req.kind, selector, parsed.error)
  return store.list(req.kind.kind, ns).filter((o) => matchesLabels(parsed.requirements, o.metadata?.labels))
}

/**
 * Drops the Events section, which describePod always writes last (`--show-events=false`). Safe for
 * alignment: an events table has a tabwriter block of its own, and `Events:  <none>` shares its block
 * with the wider `Node-Selectors:` line, so removing it changes no other line.
 */
function withoutEvents(text: string): string {
  const at = text.lastIndexOf('\nEvents:')
  return at < 0 ? text : text.slice(0, at + 1)
}

/** One object's describe text, or an error line for kinds initlab cannot describe. */
function describeObject(env: KubectlEnv, obj: KubeObject, kind: KindInfo, showEvents: boolean): { ok: true; text: string } | { ok: false; error: string } {
  const cluster = env.cluster
  const now = cluster.now()
  const ns = obj.metadata?.namespace
  const events = (k: string): KubeEvent[] | undefined => {
    if (!showEvents) return undefined
    return eventsFor(obj.metadata ?? {}, cluster.eventList(ns)).filter((e) => (e.involvedObject?.kind ?? k) === k)
  }
  switch (kind.kind) {
    case 'Pod': {
      const text = describePod(obj as Pod, cluster.eventList(ns), now)
      return { ok: true, text: showEvents ? text : withoutEvents(text) }
    }
    case 'Node': {
      const name = obj.metadata?.name ?? ''
      const lease = cluster.store.get('Lease', 'kube-node-lease', name)
      const shown = showEvents ? nodeEvents(obj, cluster.eventList()) : undefined
      return { ok: true, text: describeNode(obj, nonTerminatedPods(name, cluster.pods()), shown, now, lease) }
    }
    case 'Service':
      return { ok: true, text: describeService(obj, serviceEndpointSlices(obj, cluster.pods(ns)), events('Service'), now) }
    default:
      return { ok: false, error: `error: initlab cannot describe ${kind.resource} yet (it describes pods, nodes and services)` }
  }
}

/** DescribeMatchingResources: every object of the type whose name starts with the prefix, each followed by a blank line. */
function describeByPrefix(env: KubectlEnv, args: string[], namespace: string, showEvents: boolean, notFoundError: string): CommandResult {
  if (args[0].includes('/')) return fail(notFoundError)
  if (args[0].includes(',')) return fail('error: you may only specify a single resource type')
  const kind = resourceFor(args[0]) as KindInfo
  const prefixed = env.cluster.store.list(kind.kind, kind.namespaced ? namespace : undefined).filter((o) => (o.metadata?.name ?? '').startsWith(args[1]))
  if (prefixed.length === 0) return fail(notFoundError)
  let stdout = ''
  for (const obj of prefixed) {
    const d = describeObject(env, obj, kind, showEvents)
    if (!d.ok) return fail(d.error)
    stdout += d.text + '\n'
  }
  return { stdout, stderr: '', exitCode: 0 }
}

/** Runs `kubectl describe`. Pure: reads the cluster state at its current time. */
export function describe(argv: string[], env: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('describe', parsed.error))
  const { flags, args } = parsed
  const allNamespaces = flags['all-namespaces'] as boolean
  const namespace = (flags.namespace as string) || 'default'
  const selector = flags.selector as string
  const files = flags.filename as string[]
  const showEvents = flags['show-events'] as boolean
  if (args.length === 0 && files.length === 0) {
    return fail('error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.')
  }
  const scope = allNamespaces ? undefined : namespace
  const fromArgs = args.length > 0 ? requestsFromArgs(args, scope, selector !== '') : { ok: true as const, requests: [] }
  if (!fromArgs.ok) return fail(fromArgs.error)
  const fromFiles = files.length > 0 ? requestsFromFiles(files, env, namespace) : { ok: true as const, requests: [] }
  if (!fromFiles.ok) return fail(fromFiles.error)
  const requests = [...fromFiles.requests, ...fromArgs.requests]
  if (allNamespaces && requests.some((r) => r.name !== undefined)) return fail('error: a resource cannot be retrieved by name across all namespaces')

  const found: { obj: KubeObject; kind: KindInfo }[] = []
  const errors: string[] = []
  for (const req of requests) {
    const result = fetch(env, req, selector)
    if (typeof result === 'string') errors.push(result)
    else for (const obj of result) found.push({ obj, kind: req.kind })
  }
  // Two arguments and a single NotFound: kubectl retries them as `TYPE NAME_PREFIX` (which never
  // matches for TYPE/NAME pairs) and, when that finds nothing either, prints only the first error.
  if (errors.length === 1 && errors[0].startsWith('Error from server (NotFound)') && args.length === 2 && files.length === 0) {
    return describeByPrefix(env, args, namespace, showEvents, errors[0])
  }
  const texts: string[] = []
  for (const { obj, kind } of found) {
    const d = describeObject(env, obj, kind, showEvents)
    if (d.ok) texts.push(d.text)
    else if (!errors.includes(d.error)) errors.push(d.error)
  }
  if (found.length === 0 && errors.length === 0) {
    return { stdout: '', stderr: allNamespaces ? 'No resources found\n' : `No resources found in ${namespace} namespace.\n`, exitCode: 0 }
  }
  const stderr = errors.map((e) => e + '\n').join('')
  return { stdout: texts.join('\n\n'), stderr, exitCode: errors.length > 0 ? 1 : 0 }
}

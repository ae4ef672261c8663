// How `kubectl get` reads its arguments (cli-runtime's resource Builder): `TYPE`, `TYPE NAME...`,
// `TYPE1,TYPE2`, `TYPE/NAME...`, the `all` category, the REST mapping of each type, and the
// Builder's exact errors. Pure: nothing is fetched here.

import { KINDS, type KindInfo } from '../../engine/api/kinds'

/** What to fetch: whole lists (filtered by selectors), or objects by name in argument order. */
export type GetPlan =
  | { mode: 'list'; kinds: KindInfo[] }
  | { mode: 'names'; items: { kind: KindInfo; name: string }[]; singleItemImplied: boolean }

/** The flags that change how arguments are read. */
export interface PlanOptions {
  /** `-l` or `--field-selector` was given (non-blank). */
  selector: boolean
  /** `-A`. */
  allNamespaces: boolean
  /** `-w`/`--watch-only`: the Builder then allows one resource type only. */
  singleResourceType: boolean
}

/** The resources of the `all` category that initlab serves, in discovery order (no DaemonSets, StatefulSets, HPAs, CronJobs). */
const ALL_CATEGORY = ['pods', 'services', 'deployments', 'replicasets', 'jobs']

/** The kind a type argument names (plural, singular, short name; `.group` or `.version.group`). */
export function mapResource(arg: string): KindInfo | undefined {
  const parts = arg.toLowerCase().split('.')
  const name = parts[0]
  const named = KINDS.filter((k) => k.resource === name || k.singular === name || k.shortNames.includes(name))
  if (parts.length === 1) return named[0]
  if (parts.length >= 3) {
    const version = parts[1]
    const group = parts.slice(2).join('.')
    const exact = named.find((k) => k.version === version && k.group === group)
    if (exact) return exact
  }
  const group = parts.slice(1).join('.')
  return named.find((k) => k.group === group)
}

/** kubectl's error for a type it cannot map; it names the part before the first dot. */
export function unknownTypeError(arg: string): string {
  return `the server doesn't have a resource type "${arg.split('.')[0]}"`
}

/** SplitResourceArgument: comma-separated, duplicates (as typed) dropped. */
function splitTypes(arg: string): string[] {
  return [...new Set(arg.split(','))]
}

function replaceAliases(arg: string): string {
  return arg
    .split(',')
    .map((a) => (a === 'all' ? ALL_CATEGORY.join(',') : a))
    .join(',')
}

type Result = { ok: true; plan: GetPlan } | { ok: false; error: string }

function fail(error: string): Result {
  return { ok: false, error }
}

function mapAll(types: string[]): { ok: true; kinds: KindInfo[] } | { ok: false; error: string } {
  const kinds: KindInfo[] = []
  for (const t of types) {
    const kind = mapResource(t)
    if (!kind) return { ok: false, error: unknownTypeError(t) }
    if (!kinds.includes(kind)) kinds.push(kind)
  }
  return { ok: true, kinds }
}

const NAME_ACROSS_NAMESPACES = 'a resource cannot be retrieved by name across all namespaces'

/** Reads `kubectl get` arguments into a plan, or the Builder's error (without `error: `). Pure. */
export function planGet(args: readonly string[], opts: PlanOptions): Result {
  let argv = [...args]
  // `a,b NAME` means `a/NAME b/NAME`.
  if (argv.length >= 2) {
    const types = splitTypes(argv[0])
    if (types.length > 1) argv = types.flatMap((t) => argv.slice(1).map((n) => `${t}/${n}`))
  }
  const slashed = argv.filter((a) => a.includes('/')).length
  if (slashed > 0) {
    if (slashed !== argv.length) {
      return fail("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'")
    }
    const tuples: { type: string; name: string }[] = []
    for (const a of argv) {
      const seg = a.split('/')
      if (seg.length !== 2) return fail('arguments in resource/name form may not have more than one slash')
      if (seg[0] === '' || seg[1] === '' || splitTypes(seg[0])[0] === '') return fail('arguments in resource/name form must have a single resource and name')
      tuples.push({ type: seg[0], name: seg[1] })
    }
    if (opts.selector) return fail('selectors and the all flag cannot be used when passing resource/name arguments')
    const byType = new Map<string, KindInfo>()
    for (const t of tuples) {
      if (byType.has(t.type)) continue
      const kind = mapResource(t.type)
      if (!kind) return fail(unknownTypeError(t.type))
      byType.set(t.type, kind)
    }
    if (opts.singleResourceType && new Set(byType.values()).size > 1) return fail('you may only specify a single resource type')
    const items = tuples.map((t) => ({ kind: byType.get(t.type)!, name: t.name }))
    if (opts.allNamespaces && items.some((i) => i.kind.namespaced)) return fail(NAME_ACROSS_NAMESPACES)
    return { ok: true, plan: { mode: 'names', items, singleItemImplied: items.length === 1 } }
  }
  if (argv.length === 0) {
    return fail(
      "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
    )
  }
  const types = splitTypes(replaceAliases(argv[0]))
  const names = argv.slice(1)
  // One argument lists everything: the Builder sets an empty selector, so names and selectors exclude each other.
  if (names.length === 0 || opts.selector) {
    if (names.length > 0) return fail('name cannot be provided when a selector is specified')
    if (opts.singleResourceType && types.length > 1) return fail('you may only specify a single resource type')
    const mapped = mapAll(types)
    if (!mapped.ok) return fail(mapped.error)
    return { ok: true, plan: { mode: 'list', kinds: mapped.kinds } }
  }
  if (types.length > 1) return fail('you must specify only one resource')
  const kind = mapResource(types[0])
  if (!kind) return fail(unknownTypeError(types[0]))
  if (opts.allNamespaces && kind.namespaced) return fail(NAME_ACROSS_NAMESPACES)
  return { ok: true, plan: { mode: 'names', items: names.map((name) => ({ kind, name })), singleItemImplied: names.length === 1 } }
}

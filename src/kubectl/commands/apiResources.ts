// `kubectl api-resources` and `kubectl api-versions`: what API discovery of the simulated cluster
// returns for the kinds the object store serves, filtered, sorted and printed as kubectl does.

import { KINDS, type KindInfo } from '../../engine/api/kinds'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import { helpFor } from '../help/index'
import type { KubectlEnv } from '../kubectl'
import { GET_TABWRITER, TabWriter } from '../printers/tabwriter'
import { toYaml } from '../printers/yaml'
import { fail, ok, type CommandResult } from '../result'

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch']

/** Verbs and categories a v1.35 API server's discovery lists per resource (facts, not in kinds.ts). */
const DISCOVERY: Record<string, { verbs: readonly string[]; categories?: readonly string[] }> = {
  configmaps: { verbs: ALL_VERBS },
  events: { verbs: ALL_VERBS },
  namespaces: { verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] },
  nodes: { verbs: ALL_VERBS },
  pods: { verbs: ALL_VERBS, categories: ['all'] },
  secrets: { verbs: ALL_VERBS },
  services: { verbs: ALL_VERBS, categories: ['all'] },
  deployments: { verbs: ALL_VERBS, categories: ['all'] },
  replicasets: { verbs: ALL_VERBS, categories: ['all'] },
  jobs: { verbs: ALL_VERBS, categories: ['all'] },
}

/** One resource as metav1.APIResource serializes it (field order matters for -o json). */
interface ApiResource {
  name: string
  singularName: string
  namespaced: boolean
  group?: string
  version: string
  kind: string
  verbs: string[]
  shortNames?: string[]
  categories?: string[]
}

function toApiResource(k: KindInfo): ApiResource {
  const facts = DISCOVERY[k.resource] ?? { verbs: ALL_VERBS }
  return {
    name: k.resource,
    singularName: k.singular,
    namespaced: k.namespaced,
    ...(k.group ? { group: k.group } : {}),
    version: k.version,
    kind: k.kind,
    verbs: [...facts.verbs],
    ...(k.shortNames.length ? { shortNames: [...k.shortNames] } : {}),
    ...(facts.categories ? { categories: [...facts.categories] } : {}),
  }
}

const FLAGS: FlagSpec[] = [
  { name: 'api-group', type: 'string', default: '' },
  { name: 'cached', type: 'bool', default: false },
  { name: 'categories', type: 'stringArray', default: [] },
  { name: 'namespaced', type: 'bool', default: true },
  { name: 'no-headers', type: 'bool', default: false },
  { name: 'output', shorthand: 'o', type: 'string', default: '' },
  { name: 'show-managed-fields', type: 'bool', default: false },
  { name: 'sort-by', type: 'string', default: '' },
  { name: 'verbs', type: 'stringArray', default: [] },
]

/** pflag's StringSlice: every occurrence may hold several comma-separated values. */
const slice = (v: unknown) => (v as string[]).flatMap(s => s.split(',')).filter(s => s !== '')

const FORMATS = 'json,kyaml,name,wide,yaml'

/** Runs `kubectl api-resources`. Pure: discovery is a constant of the simulated API server. */
export function apiResources(argv: string[], _env?: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('api-resources', parsed.error))
  const { flags, args, set } = parsed
  if (flags.help === true) return ok(helpFor(['api-resources']))
  if (args.length > 0) return fail(`error: unexpected arguments: [${args.join(' ')}]\nSee 'kubectl api-resources -h' for help and examples`)
  const output = flags.output as string
  if (!['', 'wide', 'name', 'json', 'yaml', 'kyaml'].includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${FORMATS}`)
  }
  if (output === 'kyaml') return fail('error: initlab does not support -o kyaml yet; use -o yaml')
  const sortBy = flags['sort-by'] as string
  if (sortBy !== '' && sortBy !== 'name' && sortBy !== 'kind') return fail('error: --sort-by accepts only name or kind')
  const verbs = slice(flags.verbs)
  const categories = slice(flags.categories)
  const resources = KINDS.map(toApiResource).filter(r =>
    (!set.has('api-group') || (r.group ?? '') === flags['api-group']) &&
    (!set.has('namespaced') || r.namespaced === flags.namespaced) &&
    verbs.every(v => r.verbs.includes(v)) &&
    categories.every(c => r.categories?.includes(c)))
  const key = (r: ApiResource) => (sortBy === 'name' ? r.name : sortBy === 'kind' ? r.kind : r.group ?? '')
  // Array.prototype.sort is stable, as kubectl's sort.Stable.
  resources.sort((a, b) => compare(key(a), key(b)) || compare(a.name, b.name))
  if (output === 'name') return ok(resources.map(r => `${r.name}${r.group ? `.${r.group}` : ''}\n`).join(''))
  const list = { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: '', resources: resources.length ? resources : null }
  if (output === 'json') return ok(`${JSON.stringify(list, null, 4)}\n`)
  if (output === 'yaml') return ok(toYaml(list))
  const wide = output === 'wide'
  const w = new TabWriter(GET_TABWRITER)
  if (!flags['no-headers']) w.write(`NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND${wide ? '\tVERBS\tCATEGORIES' : ''}\n`)
  for (const r of resources) {
    const apiVersion = r.group ? `${r.group}/${r.version}` : r.version
    let row = `${r.name}\t${(r.shortNames ?? []).join(',')}\t${apiVersion}\t${r.namespaced}\t${r.kind}`
    if (wide) row += `\t${r.verbs.join(',')}\t${(r.categories ?? []).join(',')}`
    w.write(`${row}\n`)
  }
  return ok(w.flush())
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Runs `kubectl api-versions`: every group/version the simulated API server serves, sorted. Pure. */
export function apiVersions(argv: string[], _env?: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, [])
  if (!parsed.ok) return fail(flagError('api-versions', parsed.error))
  if (parsed.flags.help === true) return ok(helpFor(['api-versions']))
  if (parsed.args.length > 0) return fail(`error: unexpected arguments: [${parsed.args.join(' ')}]\nSee 'kubectl api-versions -h' for help and examples`)
  const versions = [...new Set(KINDS.map(k => k.apiVersion))].sort()
  return ok(versions.map(v => `${v}\n`).join(''))
}

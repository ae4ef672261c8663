// The kinds the object store serves, and kubectl's client-side checks that map a manifest to one:
// its type-meta validation and the REST mapping (with their exact error texts). No schemas here.

/** One served kind, as API discovery describes it. */
export interface KindInfo {
  /** API group, `''` for the core group. */
  group: string
  version: string
  /** `v1` or `group/version`. */
  apiVersion: string
  kind: string
  /** Plural resource name, e.g. `pods`. */
  resource: string
  singular: string
  shortNames: readonly string[]
  namespaced: boolean
}

function info(apiVersion: string, kind: string, resource: string, shortNames: string[], namespaced = true): KindInfo {
  const slash = apiVersion.indexOf('/')
  return {
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
    apiVersion,
    kind,
    resource,
    singular: kind.toLowerCase(),
    shortNames,
    namespaced,
  }
}

/** Every kind initlab knows, in discovery order. */
export const KINDS: readonly KindInfo[] = [
  info('v1', 'ConfigMap', 'configmaps', ['cm']),
  info('v1', 'Event', 'events', ['ev']),
  info('v1', 'Namespace', 'namespaces', ['ns'], false),
  info('v1', 'Node', 'nodes', ['no'], false),
  info('v1', 'Pod', 'pods', ['po']),
  info('v1', 'Secret', 'secrets', []),
  info('v1', 'Service', 'services', ['svc']),
  info('apps/v1', 'Deployment', 'deployments', ['deploy']),
  info('apps/v1', 'ReplicaSet', 'replicasets', ['rs']),
  info('batch/v1', 'Job', 'jobs', []),
]

/** The kind served at (apiVersion, kind), exact match as the API server requires. */
export function kindFor(apiVersion: string, kind: string): KindInfo | undefined {
  return KINDS.find(k => k.apiVersion === apiVersion && k.kind === kind)
}

/**
 * The kind a kubectl resource argument names: plural, singular, short name or kind, in any case,
 * optionally qualified as `deployments.apps` or `deployments.v1.apps`.
 */
export function resourceFor(arg: string): KindInfo | undefined {
  const [name, ...rest] = arg.toLowerCase().split('.')
  const qualifier = rest.join('.')
  return KINDS.find(k => {
    const names = [k.resource, k.singular, k.kind.toLowerCase(), ...k.shortNames]
    if (!names.includes(name)) return false
    if (qualifier === '') return true
    return qualifier === k.group || qualifier === `${k.version}.${k.group}` || (k.group === '' && qualifier === k.version)
  })
}

/** kubectl's error for a resource argument it cannot map (`kubectl get foo`). */
export function unknownResourceError(arg: string): string {
  return `error: the server doesn't have a resource type "${arg}"`
}

/** The suffix kubectl puts after every client-side validation failure. */
const STOP_VALIDATE = 'if you choose to ignore these errors, turn validation off with --validate=false'

/** kubectl's line for validation problems in one document; several are listed Go-aggregate style. */
export function validationError(source: string, problems: readonly string[]): string {
  const unique = [...new Set(problems)]
  const agg = unique.length === 1 ? unique[0] : `[${unique.join(', ')}]`
  return `error: error validating "${source}": error validating data: ${agg}; ${STOP_VALIDATE}`
}

/**
 * kubectl's client-side check of apiVersion and kind (run before anything reaches the server, and
 * it stops the whole stream): the problems in kubectl's words, none when the document passes.
 */
export function typeMetaProblems(obj: Record<string, unknown>): string[] {
  const problems: string[] = []
  const apiVersion = obj.apiVersion
  if (apiVersion === undefined || apiVersion === null) problems.push('apiVersion not set')
  else if (typeof apiVersion !== 'string') problems.push("apiVersion isn't string type")
  else if (apiVersion.split('/').length > 2) problems.push(`unexpected GroupVersion string: ${apiVersion}`)
  const kind = obj.kind
  if (kind === undefined || kind === null) problems.push('kind not set')
  else if (typeof kind !== 'string') problems.push("kind isn't string type")
  return problems
}

/** Result of mapping a manifest to a served kind; `message` is the line kubectl prints alone. */
export type KindResolution = { ok: true; kind: KindInfo } | { ok: false; message: string; field: string }

/**
 * Maps a document that passed `typeMetaProblems` to its kind, with kubectl's errors for an empty
 * kind and for kinds or versions the server does not serve. Pure.
 */
export function resolveKind(obj: Record<string, unknown>, source = 'STDIN'): KindResolution {
  const apiVersion = String(obj.apiVersion ?? '')
  const kind = String(obj.kind ?? '')
  if (kind === '') {
    return { ok: false, field: 'kind', message: `error: unable to decode "${source}": Object 'Kind' is missing in '${goJson(obj)}'` }
  }
  // An empty apiVersion lets the REST mapper pick the preferred version of the core group.
  const found = apiVersion === '' ? KINDS.find(k => k.group === '' && k.kind === kind) : kindFor(apiVersion, kind)
  if (found) return { ok: true, kind: found }
  const meta = (obj.metadata && typeof obj.metadata === 'object' ? obj.metadata : {}) as Record<string, unknown>
  const where = apiVersion === '' ? `in group ""` : `in version "${apiVersion}"`
  return {
    ok: false,
    field: 'kind',
    message: `error: resource mapping not found for name: ${goQuote(meta.name)} namespace: ${goQuote(meta.namespace)} ` +
      `from "${source}": no matches for kind "${kind}" ${where}\nensure CRDs are installed first`,
  }
}

function goQuote(v: unknown): string {
  return JSON.stringify(typeof v === 'string' ? v : '')
}

/** encoding/json's rendering of converted YAML: compact, keys sorted, HTML characters escaped. */
export function goJson(v: unknown): string {
  if (v === null || typeof v !== 'object') {
    return (JSON.stringify(v) ?? 'null').replace(/[<>&\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  }
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`
  const keys = Object.keys(v).sort()
  return `{${keys.map(k => `${goJson(k)}:${goJson((v as Record<string, unknown>)[k])}`).join(',')}}`
}

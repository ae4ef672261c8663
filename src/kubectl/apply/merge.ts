// What `kubectl apply` sends for an object that exists: a three-way merge of the live object, the
// configuration applied last time (the last-applied annotation) and the new manifest, with lists of
// named things (containers, volumes, env, ports, ...) merged by their key as strategic merge patch
// does. Fields the server added (defaults, admission) stay; fields dropped from the manifest go.

/** The annotation in which kubectl apply remembers what it applied. */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration'

// Lists merged element by element, by this key (the patchMergeKey of the Go types).
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  env: 'name',
  ports: 'containerPort',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  readinessGates: 'conditionType',
  resourceClaims: 'name',
  schedulingGates: 'name',
}

type Json = unknown
type Obj = Record<string, Json>

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The object kubectl apply asks the server to store, given live, last-applied and the manifest. Pure. */
export function threeWayMerge(live: Json, last: Json, manifest: Json, field = ''): Json {
  if (isObj(manifest) && isObj(live)) {
    const out: Obj = { ...live }
    for (const [key, value] of Object.entries(manifest)) out[key] = threeWayMerge(live[key], isObj(last) ? last[key] : undefined, value, key)
    if (isObj(last)) for (const key of Object.keys(last)) if (!(key in manifest)) delete out[key]
    return out
  }
  const mergeKey = MERGE_KEYS[field]
  if (mergeKey && Array.isArray(manifest) && Array.isArray(live)) {
    const keyOf = (v: Json) => (isObj(v) ? JSON.stringify(v[mergeKey]) : undefined)
    const lastList = Array.isArray(last) ? last : []
    const liveByKey = new Map(live.map((v) => [keyOf(v), v]))
    const lastByKey = new Map(lastList.map((v) => [keyOf(v), v]))
    const manifestKeys = new Set(manifest.map(keyOf))
    // The manifest's elements in its order, then live elements it never owned (e.g. added by admission).
    const merged = manifest.map((v) => threeWayMerge(liveByKey.get(keyOf(v)), lastByKey.get(keyOf(v)), v))
    const kept = live.filter((v) => !manifestKeys.has(keyOf(v)) && !lastByKey.has(keyOf(v)))
    return [...merged, ...kept]
  }
  return manifest
}

/** The last-applied annotation's value: the manifest as compact JSON with sorted keys, and a newline. */
export function lastAppliedValue(manifest: Json): string {
  return JSON.stringify(sortKeys(withoutLastApplied(manifest))) + '\n'
}

// kubectl sets the annotation on the object, then serializes it with the annotation removed:
// an otherwise empty annotations map stays as {}.
function withoutLastApplied(manifest: Json): Json {
  if (!isObj(manifest) || !isObj(manifest.metadata)) return manifest
  const { [LAST_APPLIED]: _, ...annotations } = isObj(manifest.metadata.annotations) ? manifest.metadata.annotations : {}
  return { ...manifest, metadata: { ...manifest.metadata, annotations } }
}

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (!isObj(v)) return v
  const out: Obj = {}
  for (const key of Object.keys(v).sort()) out[key] = sortKeys(v[key])
  return out
}

// API-server defaulting of a core/v1 Pod (pkg/apis/core/v1/defaults.go and the generated
// SetObjectDefaults_Pod), plus the canonical re-encoding of quantities. Pure: returns a new object
// whose keys follow the Go struct field order; never mutates its input. Admission lives in ./admission.

import type { Pod } from './types'
import { formatQuantity, roundUpToMilli, tryParseQuantity } from './quantity'

type Obj = Record<string, unknown>

/** JSON key order of the v1 Go structs, for building objects the way the API server serializes them. */
export const KEY_ORDER = {
  pod: ['apiVersion', 'kind', 'metadata', 'spec', 'status'],
  metadata: ['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp',
    'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields'],
  spec: ['volumes', 'initContainers', 'containers', 'ephemeralContainers', 'restartPolicy', 'terminationGracePeriodSeconds',
    'activeDeadlineSeconds', 'dnsPolicy', 'nodeSelector', 'serviceAccountName', 'serviceAccount', 'automountServiceAccountToken',
    'nodeName', 'hostNetwork', 'hostPID', 'hostIPC', 'shareProcessNamespace', 'securityContext', 'imagePullSecrets', 'hostname',
    'subdomain', 'affinity', 'schedulerName', 'tolerations', 'hostAliases', 'priorityClassName', 'priority', 'dnsConfig',
    'readinessGates', 'runtimeClassName', 'enableServiceLinks', 'preemptionPolicy', 'overhead', 'topologySpreadConstraints',
    'setHostnameAsFQDN', 'os', 'hostUsers', 'schedulingGates', 'resourceClaims', 'resources', 'hostnameOverride'],
  container: ['name', 'image', 'command', 'args', 'workingDir', 'ports', 'envFrom', 'env', 'resources', 'resizePolicy',
    'restartPolicy', 'restartPolicyRules', 'volumeMounts', 'volumeDevices', 'livenessProbe', 'readinessProbe', 'startupProbe',
    'lifecycle', 'terminationMessagePath', 'terminationMessagePolicy', 'imagePullPolicy', 'securityContext', 'stdin', 'stdinOnce', 'tty'],
  port: ['name', 'hostPort', 'containerPort', 'protocol', 'hostIP'],
  env: ['name', 'value', 'valueFrom'],
  envSource: ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'],
  fieldRef: ['apiVersion', 'fieldPath'],
  resourceFieldRef: ['containerName', 'resource', 'divisor'],
  resources: ['limits', 'requests', 'claims'],
  resizePolicy: ['resourceName', 'restartPolicy'],
  volumeMount: ['name', 'readOnly', 'recursiveReadOnly', 'mountPath', 'subPath', 'mountPropagation', 'subPathExpr'],
  probe: ['exec', 'httpGet', 'tcpSocket', 'grpc', 'initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold',
    'failureThreshold', 'terminationGracePeriodSeconds'],
  httpGet: ['path', 'port', 'host', 'scheme', 'httpHeaders'],
  lifecycle: ['postStart', 'preStop', 'stopSignal'],
  handler: ['exec', 'httpGet', 'tcpSocket', 'sleep'],
  volume: ['name', 'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi',
    'glusterfs', 'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile',
    'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO',
    'storageos', 'csi', 'ephemeral', 'image'],
  emptyDir: ['medium', 'sizeLimit'],
  hostPath: ['path', 'type'],
  secretVolume: ['secretName', 'items', 'defaultMode', 'optional'],
  configMapVolume: ['name', 'items', 'defaultMode', 'optional'],
  keyToPath: ['key', 'path', 'mode'],
  downwardAPIVolume: ['items', 'defaultMode'],
  downwardAPIFile: ['path', 'fieldRef', 'resourceFieldRef', 'mode'],
  projected: ['sources', 'defaultMode'],
  projection: ['secret', 'downwardAPI', 'configMap', 'serviceAccountToken', 'clusterTrustBundle', 'podCertificate'],
  serviceAccountToken: ['audience', 'expirationSeconds', 'path'],
  configMapProjection: ['name', 'items', 'optional'],
  toleration: ['key', 'operator', 'value', 'effect', 'tolerationSeconds'],
} as const

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v)

/** Returns a copy of `value` with the listed keys first, in that order, then any others as they were. */
export function orderLikeGo(value: Obj, order: readonly string[]): Obj {
  const out: Obj = {}
  for (const k of order) if (value[k] !== undefined) out[k] = value[k]
  for (const [k, v] of Object.entries(value)) if (!(k in out) && v !== undefined) out[k] = v
  return out
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T))

// Quantities are re-encoded canonically, after the milli round-up SetDefaults_ResourceList applies.
function resourceList(list: unknown, roundUp: boolean): unknown {
  if (!isObj(list)) return list
  const out: Obj = {}
  for (const [k, v] of Object.entries(list)) {
    const q = tryParseQuantity(v)
    out[k] = q ? formatQuantity(roundUp ? roundUpToMilli(q) : q) : v
  }
  return out
}

function quantity(v: unknown): unknown {
  const q = tryParseQuantity(v)
  return q ? formatQuantity(q) : v
}

/** imagePullPolicy default: Always when the reference has no tag and no digest, or the tag is `latest`. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  const at = image.indexOf('@')
  const name = at >= 0 ? image.slice(0, at) : image
  const lastSlash = name.lastIndexOf('/')
  const colon = name.lastIndexOf(':')
  const tag = colon > lastSlash ? name.slice(colon + 1) : ''
  const repo = colon > lastSlash ? name.slice(0, colon) : name
  // An unparsable reference yields no tag in Go, hence IfNotPresent.
  const valid = repo.length > 0 && /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(stripHost(repo))
  if (!valid) return 'IfNotPresent'
  if (at >= 0) return tag === 'latest' ? 'Always' : 'IfNotPresent'
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent'
}

function stripHost(repo: string): string {
  const first = repo.split('/')[0]
  const isHost = repo.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
  return isHost ? repo.slice(first.length + 1) : repo
}

function handler(h: unknown): unknown {
  if (!isObj(h)) return h
  const out: Obj = { ...h }
  if (isObj(h.httpGet)) out.httpGet = orderLikeGo({ ...h.httpGet, path: h.httpGet.path || '/', scheme: h.httpGet.scheme || 'HTTP' }, KEY_ORDER.httpGet)
  return orderLikeGo(out, KEY_ORDER.probe)
}

function probe(p: unknown): unknown {
  if (!isObj(p)) return p
  const h = handler(p) as Obj
  return orderLikeGo({
    ...h,
    timeoutSeconds: p.timeoutSeconds || 1,
    periodSeconds: p.periodSeconds || 10,
    successThreshold: p.successThreshold || 1,
    failureThreshold: p.failureThreshold || 3,
  }, KEY_ORDER.probe)
}

function fieldRef(ref: unknown): unknown {
  return isObj(ref) ? orderLikeGo({ ...ref, apiVersion: ref.apiVersion || 'v1' }, KEY_ORDER.fieldRef) : ref
}

function envVar(e: unknown): unknown {
  if (!isObj(e) || !isObj(e.valueFrom)) return isObj(e) ? orderLikeGo(e, KEY_ORDER.env) : e
  const from: Obj = { ...e.valueFrom, fieldRef: fieldRef(e.valueFrom.fieldRef) }
  if (isObj(from.resourceFieldRef)) {
    const r = from.resourceFieldRef
    from.resourceFieldRef = orderLikeGo({ ...r, divisor: r.divisor === undefined ? undefined : quantity(r.divisor) }, KEY_ORDER.resourceFieldRef)
  }
  return orderLikeGo({ ...e, valueFrom: orderLikeGo(from, KEY_ORDER.envSource) }, KEY_ORDER.env)
}

function container(c: unknown, app: boolean, hostNetwork: boolean): unknown {
  if (!isObj(c)) return c
  const out: Obj = { ...c }
  const res: Obj = isObj(c.resources) ? { ...c.resources } : {}
  if (isObj(res.limits)) {
    // SetDefaults_Pod: a limit without a request becomes the request.
    res.requests = { ...(isObj(res.requests) ? res.requests : {}) }
    for (const [k, v] of Object.entries(res.limits)) if (!(k in (res.requests as Obj))) (res.requests as Obj)[k] = v
  }
  res.limits = resourceList(res.limits, true)
  res.requests = resourceList(res.requests, true)
  out.resources = orderLikeGo(res, KEY_ORDER.resources)
  if (app && isObj(res.requests)) {
    // InPlacePodVerticalScaling (GA): cpu/memory requests get a NotRequired resize policy.
    const policies = Array.isArray(c.resizePolicy) ? [...c.resizePolicy] : []
    const named = new Set(policies.map((p) => (isObj(p) ? p.resourceName : undefined)))
    for (const r of ['cpu', 'memory']) {
      if (r in res.requests && !named.has(r)) policies.push({ resourceName: r, restartPolicy: 'NotRequired' })
    }
    if (policies.length) out.resizePolicy = policies.map((p) => (isObj(p) ? orderLikeGo(p, KEY_ORDER.resizePolicy) : p))
  }
  if (Array.isArray(c.ports)) {
    out.ports = c.ports.map((p) => {
      if (!isObj(p)) return p
      const port: Obj = { ...p, protocol: p.protocol || 'TCP' }
      if (hostNetwork && !port.hostPort) port.hostPort = port.containerPort
      return orderLikeGo(port, KEY_ORDER.port)
    })
  }
  if (Array.isArray(c.env)) out.env = c.env.map(envVar)
  if (Array.isArray(c.volumeMounts)) out.volumeMounts = c.volumeMounts.map((m) => (isObj(m) ? orderLikeGo(m, KEY_ORDER.volumeMount) : m))
  for (const k of ['livenessProbe', 'readinessProbe', 'startupProbe']) if (c[k] !== undefined) out[k] = probe(c[k])
  if (isObj(c.lifecycle)) {
    const lc: Obj = { ...c.lifecycle }
    for (const k of ['postStart', 'preStop']) if (isObj(lc[k])) lc[k] = orderLikeGo(handler(lc[k]) as Obj, KEY_ORDER.handler)
    out.lifecycle = orderLikeGo(lc, KEY_ORDER.lifecycle)
  }
  out.terminationMessagePath = c.terminationMessagePath || '/dev/termination-log'
  out.terminationMessagePolicy = c.terminationMessagePolicy || 'File'
  out.imagePullPolicy = c.imagePullPolicy || defaultPullPolicy(typeof c.image === 'string' ? c.image : '')
  return orderLikeGo(out, KEY_ORDER.container)
}

const items = (list: unknown, order: readonly string[]): unknown =>
  Array.isArray(list) ? list.map((i) => (isObj(i) ? orderLikeGo(i, order) : i)) : list

function downwardFiles(list: unknown): unknown {
  return Array.isArray(list)
    ? list.map((f) => (isObj(f) ? orderLikeGo({ ...f, fieldRef: fieldRef(f.fieldRef) }, KEY_ORDER.downwardAPIFile) : f))
    : list
}

function projection(src: unknown): unknown {
  if (!isObj(src)) return src
  const out: Obj = { ...src }
  if (isObj(src.serviceAccountToken)) {
    out.serviceAccountToken = orderLikeGo({ ...src.serviceAccountToken, expirationSeconds: src.serviceAccountToken.expirationSeconds ?? 3600 }, KEY_ORDER.serviceAccountToken)
  }
  if (isObj(src.configMap)) out.configMap = orderLikeGo({ ...src.configMap, items: items(src.configMap.items, KEY_ORDER.keyToPath) }, KEY_ORDER.configMapProjection)
  if (isObj(src.secret)) out.secret = orderLikeGo({ ...src.secret, items: items(src.secret.items, KEY_ORDER.keyToPath) }, KEY_ORDER.configMapProjection)
  if (isObj(src.downwardAPI)) out.downwardAPI = { ...src.downwardAPI, items: downwardFiles(src.downwardAPI.items) }
  return orderLikeGo(out, KEY_ORDER.projection)
}

function volume(v: unknown): unknown {
  if (!isObj(v)) return v
  const out: Obj = { ...v }
  // SetDefaults_Volume: a volume with no source is an emptyDir.
  if (!KEY_ORDER.volume.slice(1).some((k) => isObj(v[k]))) out.emptyDir = {}
  if (isObj(out.emptyDir)) {
    const ed = out.emptyDir
    out.emptyDir = orderLikeGo({ ...ed, sizeLimit: ed.sizeLimit === undefined ? undefined : quantity(ed.sizeLimit) }, KEY_ORDER.emptyDir)
  }
  if (isObj(v.hostPath)) out.hostPath = orderLikeGo({ ...v.hostPath, type: v.hostPath.type ?? '' }, KEY_ORDER.hostPath)
  if (isObj(v.secret)) out.secret = orderLikeGo({ ...v.secret, items: items(v.secret.items, KEY_ORDER.keyToPath), defaultMode: v.secret.defaultMode ?? 420 }, KEY_ORDER.secretVolume)
  if (isObj(v.configMap)) out.configMap = orderLikeGo({ ...v.configMap, items: items(v.configMap.items, KEY_ORDER.keyToPath), defaultMode: v.configMap.defaultMode ?? 420 }, KEY_ORDER.configMapVolume)
  if (isObj(v.downwardAPI)) out.downwardAPI = orderLikeGo({ ...v.downwardAPI, items: downwardFiles(v.downwardAPI.items), defaultMode: v.downwardAPI.defaultMode ?? 420 }, KEY_ORDER.downwardAPIVolume)
  if (isObj(v.projected)) {
    const p = v.projected
    out.projected = orderLikeGo({ ...p, sources: Array.isArray(p.sources) ? p.sources.map(projection) : p.sources, defaultMode: p.defaultMode ?? 420 }, KEY_ORDER.projected)
  }
  return orderLikeGo(out, KEY_ORDER.volume)
}

/** Applies API-server defaulting to a Pod and returns a new, Go-ordered object; the input is left untouched. */
export function defaultPod(pod: Pod): Pod {
  const src = (isObj(pod) ? clone(pod) : {}) as Obj
  const spec: Obj = isObj(src.spec) ? { ...src.spec } : {}
  const hostNetwork = spec.hostNetwork === true
  if (Array.isArray(spec.volumes)) spec.volumes = spec.volumes.map(volume)
  if (Array.isArray(spec.initContainers)) spec.initContainers = spec.initContainers.map((c) => container(c, false, hostNetwork))
  if (Array.isArray(spec.containers)) spec.containers = spec.containers.map((c) => container(c, true, hostNetwork))
  spec.restartPolicy = spec.restartPolicy || 'Always'
  spec.terminationGracePeriodSeconds ??= 30
  spec.dnsPolicy = spec.dnsPolicy || 'ClusterFirst'
  if (!isObj(spec.securityContext)) spec.securityContext = {}
  spec.schedulerName = spec.schedulerName || 'default-scheduler'
  spec.enableServiceLinks ??= true
  if (Array.isArray(spec.tolerations)) spec.tolerations = items(spec.tolerations, KEY_ORDER.toleration)
  if (isObj(spec.overhead)) spec.overhead = resourceList(spec.overhead, true)
  if (isObj(spec.resources)) {
    const r = spec.resources
    spec.resources = orderLikeGo({ ...r, limits: resourceList(r.limits, true), requests: resourceList(r.requests, true) }, KEY_ORDER.resources)
  }
  const out: Obj = { ...src, spec: orderLikeGo(spec, KEY_ORDER.spec) }
  if (isObj(src.metadata)) out.metadata = orderLikeGo(src.metadata, KEY_ORDER.metadata)
  return orderLikeGo(out, KEY_ORDER.pod) as Pod
}

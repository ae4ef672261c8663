// Mutating admission a default cluster applies to every new Pod (namespace, ServiceAccount with its
// kube-api-access projected volume, DefaultTolerationSeconds, Priority). Pure: randomness comes in
// through opts.randomSuffix; the input is never mutated.

import type { Pod } from './types'
import { KEY_ORDER, orderLikeGo } from './defaults'

type Obj = Record<string, unknown>

/** Where the service-account token, CA bundle and namespace file are mounted in every container. */
export const SERVICE_ACCOUNT_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount'
/** Prefix of the projected token volume's name; five random characters follow. */
export const API_ACCESS_VOLUME_PREFIX = 'kube-api-access-'

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v)

function apiAccessVolume(name: string): Obj {
  return {
    name,
    projected: {
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
      defaultMode: 420,
    },
  }
}

function withMount(c: unknown, volumeName: string): unknown {
  if (!isObj(c)) return c
  const mounts = Array.isArray(c.volumeMounts) ? c.volumeMounts : []
  // The plugin leaves alone a container that already mounts something at the token path.
  if (mounts.some((m) => isObj(m) && m.mountPath === SERVICE_ACCOUNT_MOUNT_PATH)) return c
  const mount = orderLikeGo({ name: volumeName, readOnly: true, mountPath: SERVICE_ACCOUNT_MOUNT_PATH }, KEY_ORDER.volumeMount)
  return orderLikeGo({ ...c, volumeMounts: [...mounts, mount] }, KEY_ORDER.container)
}

const DEFAULT_TOLERATIONS = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']

function withDefaultTolerations(list: unknown): unknown[] {
  const tolerations = Array.isArray(list) ? [...list] : []
  for (const key of DEFAULT_TOLERATIONS) {
    // An existing toleration for the key (or for every key) with effect NoExecute or any effect covers it.
    const covered = tolerations.some((t) => isObj(t) && (t.key === key || !t.key) && (!t.effect || t.effect === 'NoExecute'))
    if (!covered) tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 })
  }
  return tolerations
}

/** Runs the default admission plugins over a defaulted Pod and returns the admitted copy. */
export function admitPod(pod: Pod, opts: { namespace: string; randomSuffix: () => string }): Pod {
  const src = (isObj(pod) ? JSON.parse(JSON.stringify(pod)) : {}) as Obj
  const metadata: Obj = { ...(isObj(src.metadata) ? src.metadata : {}), namespace: opts.namespace }
  const spec: Obj = isObj(src.spec) ? { ...src.spec } : {}
  const sa = typeof spec.serviceAccountName === 'string' && spec.serviceAccountName ? spec.serviceAccountName : 'default'
  spec.serviceAccountName = sa
  // The v1 conversion mirrors the deprecated field.
  spec.serviceAccount = sa
  if (spec.automountServiceAccountToken !== false) {
    const volumeName = API_ACCESS_VOLUME_PREFIX + opts.randomSuffix()
    const volumes = Array.isArray(spec.volumes) ? spec.volumes : []
    spec.volumes = [...volumes, orderLikeGo(apiAccessVolume(volumeName), KEY_ORDER.volume)]
    if (Array.isArray(spec.initContainers)) spec.initContainers = spec.initContainers.map((c) => withMount(c, volumeName))
    if (Array.isArray(spec.containers)) spec.containers = spec.containers.map((c) => withMount(c, volumeName))
  }
  spec.tolerations = withDefaultTolerations(spec.tolerations).map((t) => (isObj(t) ? orderLikeGo(t, KEY_ORDER.toleration) : t))
  if (typeof spec.priority !== 'number') spec.priority = 0
  if (typeof spec.preemptionPolicy !== 'string') spec.preemptionPolicy = 'PreemptLowerPriority'
  return orderLikeGo({ ...src, metadata: orderLikeGo(metadata, KEY_ORDER.metadata), spec: orderLikeGo(spec, KEY_ORDER.spec) }, KEY_ORDER.pod) as Pod
}

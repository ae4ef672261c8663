// The contents of a pod's volumes as the kubelet's volume plugins lay them out: emptyDir trees
// kept per pod (shared by its containers, kept across restarts), configMap/secret/downwardAPI and
// projected volumes rendered from the API objects at container start, and the mounts per container.

import type { ConfigMap, Container, Pod, Secret, Volume } from '../../api/types'
import type { ClusterView } from './clusterView'
import { expandVars } from './expand'
import { resolveFieldRef } from './fieldRef'
import { Tree, type Mount } from './fs'

/** Trees that outlive a container: emptyDirs per pod, hostPath per node path, claims per name. */
export type VolumeStore = Map<string, Tree>

const DEFAULT_MODE = 0o644

interface KeyToPath { key: string; path: string; mode?: number }
interface DownwardItem { path: string; fieldRef?: { fieldPath: string }; resourceFieldRef?: unknown; mode?: number }
interface ProjectedSource {
  configMap?: { name?: string; items?: KeyToPath[]; optional?: boolean }
  secret?: { name?: string; items?: KeyToPath[]; optional?: boolean }
  downwardAPI?: { items?: DownwardItem[] }
  serviceAccountToken?: { path: string; audience?: string; expirationSeconds?: number }
}

/** Decodes base64 into text (UTF-8 where valid, as a file read back by `cat`). */
export function decodeBase64(b64: string): string {
  try {
    const bin = atob(b64)
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0))
    return new TextDecoder().decode(bytes)
  } catch {
    return ''
  }
}

/** A ConfigMap's keys and values (data, then binaryData decoded). Pure. */
export function configMapData(cm: ConfigMap): Record<string, string> {
  const out: Record<string, string> = { ...cm.data }
  for (const [k, v] of Object.entries(cm.binaryData ?? {})) out[k] = decodeBase64(v)
  return out
}

/** A Secret's keys and decoded values (stringData wins, as the API server merges it). Pure. */
export function secretData(s: Secret): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(s.data ?? {})) out[k] = decodeBase64(v)
  return { ...out, ...s.stringData }
}

type Rendered = { tree: Tree } | { error: string }

// Files for `items` (or every key), as the atomic writer lays them out; a missing key is an error.
function keyFiles(tree: Tree, data: Record<string, string>, items: KeyToPath[] | undefined, mode: number, missing: (key: string) => string, optional: boolean): string | undefined {
  if (!items) {
    for (const key of Object.keys(data).sort()) tree.put(key, data[key], mode)
    return undefined
  }
  for (const item of items) {
    if (!(item.key in data)) {
      if (optional) continue
      return missing(item.key)
    }
    tree.put(item.path, data[item.key], item.mode ?? mode)
  }
  return undefined
}

/** A fake but well-formed service-account JWT for the pod. Pure. */
function serviceAccountToken(pod: Pod, now: number, expirationSeconds: number): string {
  const b64url = (o: unknown) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
  const iat = Math.floor(now / 1000)
  const ns = pod.metadata.namespace ?? 'default'
  const sa = pod.spec.serviceAccountName ?? 'default'
  const payload = {
    aud: ['https://kubernetes.default.svc.cluster.local'], exp: iat + expirationSeconds, iat, iss: 'https://kubernetes.default.svc.cluster.local',
    'kubernetes.io': { namespace: ns, pod: { name: pod.metadata.name, uid: pod.metadata.uid }, serviceaccount: { name: sa } },
    nbf: iat, sub: `system:serviceaccount:${ns}:${sa}`,
  }
  return `${b64url({ alg: 'RS256', kid: 'initlab' })}.${b64url(payload)}.c2ltdWxhdGVkLXNpZ25hdHVyZQ`
}

const SIMULATED_CA = '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIaW5pdGxhYjANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQD\nEwprdWJlcm5ldGVzMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowFTET\nMBEGA1UEAxMKa3ViZXJuZXRlczCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoC\n-----END CERTIFICATE-----\n'

function renderVolume(v: Volume, pod: Pod, view: ClusterView): Rendered {
  const ns = pod.metadata.namespace ?? 'default'
  const tree = new Tree()
  const failed = (msg: string): Rendered => ({ error: `MountVolume.SetUp failed for volume "${v.name}" : ${msg}` })
  if (v.configMap) {
    const cm = view.get('ConfigMap', ns, v.configMap.name ?? '') as ConfigMap | undefined
    if (!cm) return v.configMap.optional ? { tree } : failed(`configmap "${v.configMap.name ?? ''}" not found`)
    const err = keyFiles(tree, configMapData(cm), v.configMap.items, v.configMap.defaultMode ?? DEFAULT_MODE, (k) => `configmap references non-existent config key: ${k}`, !!v.configMap.optional)
    return err ? failed(err) : { tree }
  }
  if (v.secret) {
    const s = view.get('Secret', ns, v.secret.secretName ?? '') as Secret | undefined
    if (!s) return v.secret.optional ? { tree } : failed(`secret "${v.secret.secretName ?? ''}" not found`)
    const err = keyFiles(tree, secretData(s), v.secret.items, v.secret.defaultMode ?? DEFAULT_MODE, (k) => `references non-existent secret key: ${k}`, !!v.secret.optional)
    return err ? failed(err) : { tree }
  }
  if (v.downwardAPI) {
    const mode = v.downwardAPI.defaultMode ?? DEFAULT_MODE
    for (const item of (v.downwardAPI.items ?? []) as DownwardItem[]) downwardFile(tree, item, pod, mode)
    return { tree }
  }
  if (v.projected) {
    const mode = v.projected.defaultMode ?? DEFAULT_MODE
    for (const src of (v.projected.sources ?? []) as ProjectedSource[]) {
      if (src.serviceAccountToken) tree.put(src.serviceAccountToken.path, serviceAccountToken(pod, view.now(), src.serviceAccountToken.expirationSeconds ?? 3607), mode)
      if (src.configMap) {
        const name = src.configMap.name ?? ''
        const cm = view.get('ConfigMap', ns, name) as ConfigMap | undefined
        const data = cm ? configMapData(cm) : name === 'kube-root-ca.crt' ? { 'ca.crt': SIMULATED_CA } : undefined
        if (!data) {
          if (src.configMap.optional) continue
          return failed(`configmap "${name}" not found`)
        }
        const err = keyFiles(tree, data, src.configMap.items, mode, (k) => `configmap references non-existent config key: ${k}`, !!src.configMap.optional)
        if (err) return failed(err)
      }
      if (src.secret) {
        const s = view.get('Secret', ns, src.secret.name ?? '') as Secret | undefined
        if (!s) {
          if (src.secret.optional) continue
          return failed(`secret "${src.secret.name ?? ''}" not found`)
        }
        const err = keyFiles(tree, secretData(s), src.secret.items, mode, (k) => `references non-existent secret key: ${k}`, !!src.secret.optional)
        if (err) return failed(err)
      }
      for (const item of src.downwardAPI?.items ?? []) downwardFile(tree, item, pod, mode)
    }
    return { tree }
  }
  return { tree }
}

function downwardFile(tree: Tree, item: DownwardItem, pod: Pod, mode: number): void {
  const value = item.fieldRef ? resolveFieldRef(item.fieldRef.fieldPath, pod, true) : ''
  tree.put(item.path, value ?? '', item.mode ?? mode)
}

// Volumes whose contents live outside any one container, by the key they are shared under.
function sharedKey(v: Volume, pod: Pod): string | undefined {
  if (v.hostPath) return `host:${v.hostPath.path}`
  if (v.persistentVolumeClaim) return `pvc:${pod.metadata.namespace ?? 'default'}/${v.persistentVolumeClaim.claimName}`
  if (v.configMap || v.secret || v.downwardAPI || v.projected) return undefined
  return `pod:${pod.metadata.uid ?? ''}/${v.name}`
}

/** Why the pod's volumes cannot be set up (the FailedMount message), or undefined. */
export function volumeProblem(pod: Pod, view: ClusterView): string | undefined {
  for (const v of pod.spec.volumes ?? []) {
    const r = renderVolume(v, pod, view)
    if ('error' in r) return r.error
  }
  return undefined
}

/**
 * The container's mounts: shared trees come from `store` (created on first use), rendered ones are
 * fresh and always read-only, as the kubelet mounts them. Returns the FailedMount message on error.
 */
export function containerMounts(pod: Pod, container: Container, view: ClusterView, store: VolumeStore, env: Record<string, string>): Mount[] | { error: string } {
  const volumes = new Map((pod.spec.volumes ?? []).map((v) => [v.name, v]))
  const rendered = new Map<string, Tree>()
  const mounts: Mount[] = []
  for (const vm of container.volumeMounts ?? []) {
    const v = volumes.get(vm.name)
    if (!v) continue
    const key = sharedKey(v, pod)
    let tree: Tree
    let writable = true
    if (key) {
      tree = store.get(key) ?? new Tree()
      store.set(key, tree)
    } else {
      const cached = rendered.get(v.name)
      if (cached) tree = cached
      else {
        const r = renderVolume(v, pod, view)
        if ('error' in r) return r
        tree = r.tree
        rendered.set(v.name, tree)
      }
      writable = false
    }
    const subPath = vm.subPathExpr ? expandVars(vm.subPathExpr, (n) => env[n]) : vm.subPath
    // The kubelet creates a missing subPath as a directory in writable volumes.
    if (subPath && !tree.entries.has(subPath) && writable) tree.mkdirs(subPath)
    mounts.push({ path: vm.mountPath.replace(/\/+$/, '') || '/', tree, subPath: subPath || undefined, readOnly: vm.readOnly === true || !writable })
  }
  return mounts
}

/** Forgets a pod's emptyDirs (they are deleted with the pod). */
export function forgetPodVolumes(store: VolumeStore, uid: string): void {
  for (const key of [...store.keys()]) if (key.startsWith(`pod:${uid}/`)) store.delete(key)
}

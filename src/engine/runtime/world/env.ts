// A container's environment as the kubelet builds it (makeEnvironmentVariables) and containerd
// merges it over the image's ENV: envFrom, env with valueFrom and $(VAR) expansion, service links.
// Errors carry the kubelet's exact text; they become CreateContainerConfigError.

import type { ConfigMap, Container, Pod, Secret, Service } from '../../api/types'
import { KUBERNETES_SERVICE_IP } from '../../api/serviceDefaults'
import type { ClusterView } from './clusterView'
import { expandVars } from './expand'
import { resolveFieldRef, resolveResourceFieldRef } from './fieldRef'
import { secretData } from './volumes'

// Used when the store has no `kubernetes` Service: every cluster has one.
const KUBERNETES_SERVICE: Service = {
  apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default' },
  spec: { clusterIP: KUBERNETES_SERVICE_IP, ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }] },
}

const envName = (s: string) => s.replace(/-/g, '_').toUpperCase()

function hasClusterIP(svc: Service): boolean {
  return !!svc.spec.clusterIP && svc.spec.clusterIP !== 'None'
}

/** The docker-link style variables of one Service (envvars.FromServices). Pure. */
export function serviceLinkVars(svc: Service): [string, string][] {
  const ports = svc.spec.ports ?? []
  const ip = svc.spec.clusterIP ?? ''
  const prefix = envName(svc.metadata.name ?? '')
  if (ports.length === 0) return [[`${prefix}_SERVICE_HOST`, ip]]
  const out: [string, string][] = [[`${prefix}_SERVICE_HOST`, ip], [`${prefix}_SERVICE_PORT`, String(ports[0].port)]]
  for (const p of ports) if (p.name) out.push([`${prefix}_SERVICE_PORT_${envName(p.name)}`, String(p.port)])
  ports.forEach((p, i) => {
    const proto = (p.protocol ?? 'TCP').toLowerCase()
    const url = `${proto}://${ip}:${p.port}`
    if (i === 0) out.push([`${prefix}_PORT`, url])
    const pp = `${prefix}_PORT_${p.port}_${proto.toUpperCase()}`
    out.push([pp, url], [`${pp}_PROTO`, proto], [`${pp}_PORT`, String(p.port)], [`${pp}_ADDR`, ip])
  })
  return out
}

/** Service-link variables for a pod: the `kubernetes` Service always, its namespace's when enabled. */
export function serviceEnv(view: ClusterView, namespace: string, enableServiceLinks: boolean): Map<string, string> {
  const chosen = new Map<string, Service>()
  const master = (view.get('Service', 'default', 'kubernetes') as Service | undefined) ?? KUBERNETES_SERVICE
  if (hasClusterIP(master)) chosen.set('kubernetes', master)
  if (enableServiceLinks) {
    for (const svc of view.list('Service', namespace) as Service[]) {
      if (hasClusterIP(svc) && !(namespace === 'default' && svc.metadata.name === 'kubernetes')) chosen.set(svc.metadata.name ?? '', svc)
    }
  }
  const vars = new Map<string, string>()
  for (const name of [...chosen.keys()].sort()) for (const [k, v] of serviceLinkVars(chosen.get(name)!)) vars.set(k, v)
  return vars
}

/** The environment, or the kubelet's error when a referenced object or key is missing. */
export type EnvResult = { ok: true; env: Record<string, string> } | { ok: false; message: string }

/**
 * Builds the process environment: image ENV, HOSTNAME, the container's variables in declaration
 * order (envFrom, then env, each `$(VAR)`-expanded against what came before and the service links),
 * then the service links not overridden, then HOME. Reads the API objects through `view`.
 */
export function buildEnvironment(pod: Pod, container: Container, view: ClusterView, imageEnv: Record<string, string>, hostname: string): EnvResult {
  const ns = pod.metadata.namespace ?? 'default'
  const services = serviceEnv(view, ns, pod.spec.enableServiceLinks !== false)
  const configMaps = new Map<string, ConfigMap>()
  const secrets = new Map<string, Record<string, string>>()
  const getConfigMap = (name: string) => {
    if (!configMaps.has(name)) {
      const cm = view.get('ConfigMap', ns, name) as ConfigMap | undefined
      if (!cm) return undefined
      configMaps.set(name, cm)
    }
    return configMaps.get(name)
  }
  const getSecret = (name: string) => {
    if (!secrets.has(name)) {
      const s = view.get('Secret', ns, name) as Secret | undefined
      if (!s) return undefined
      secrets.set(name, secretData(s))
    }
    return secrets.get(name)
  }

  const vars = new Map<string, string>()
  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? ''
    if (from.configMapRef) {
      const name = from.configMapRef.name ?? ''
      const cm = getConfigMap(name)
      if (!cm) {
        if (from.configMapRef.optional) continue
        return { ok: false, message: `configmap "${name}" not found` }
      }
      for (const [k, v] of Object.entries(cm.data ?? {})) vars.set(prefix + k, v)
    } else if (from.secretRef) {
      const name = from.secretRef.name ?? ''
      const data = getSecret(name)
      if (!data) {
        if (from.secretRef.optional) continue
        return { ok: false, message: `secret "${name}" not found` }
      }
      for (const [k, v] of Object.entries(data)) vars.set(prefix + k, v)
    }
  }

  const lookup = (n: string) => vars.get(n) ?? services.get(n)
  for (const e of container.env ?? []) {
    let value = ''
    const from = e.valueFrom
    if (e.value) value = expandVars(e.value, lookup)
    else if (from?.fieldRef) value = resolveFieldRef(from.fieldRef.fieldPath, pod) ?? ''
    else if (from?.resourceFieldRef) {
      const target = from.resourceFieldRef.containerName
        ? [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((c) => c.name === from.resourceFieldRef!.containerName) ?? container
        : container
      value = resolveResourceFieldRef({ resource: from.resourceFieldRef.resource, divisor: from.resourceFieldRef.divisor }, target)
    } else if (from?.configMapKeyRef) {
      const { name = '', key, optional } = from.configMapKeyRef
      const cm = getConfigMap(name)
      if (!cm) {
        if (optional) continue
        return { ok: false, message: `configmap "${name}" not found` }
      }
      if (!Object.hasOwn(cm.data ?? {}, key)) {
        if (optional) continue
        return { ok: false, message: `couldn't find key ${key} in ConfigMap ${ns}/${name}` }
      }
      value = cm.data![key]
    } else if (from?.secretKeyRef) {
      const { name = '', key, optional } = from.secretKeyRef
      const data = getSecret(name)
      if (!data) {
        if (optional) continue
        return { ok: false, message: `secret "${name}" not found` }
      }
      if (!Object.hasOwn(data, key)) {
        if (optional) continue
        return { ok: false, message: `couldn't find key ${key} in Secret ${ns}/${name}` }
      }
      value = data[key]
    }
    vars.set(e.name, value)
  }

  const env: Record<string, string> = { ...imageEnv, HOSTNAME: hostname }
  for (const [k, v] of vars) env[k] = v
  for (const [k, v] of services) if (!vars.has(k)) env[k] = v
  env.HOME ??= '/root'
  return { ok: true, env }
}

/** Command and args with `$(VAR)` expanded against the container's environment. Pure. */
export function expandArgv(argv: string[], env: Record<string, string>): string[] {
  return argv.map((a) => expandVars(a, (n) => (Object.hasOwn(env, n) ? env[n] : undefined)))
}

// The object diff that follows "pod updates may not change fields other than ..." (apimachinery
// util/diff.Diff, the go-cmp replacement used since v1.34), applied to the internal core.PodSpec.
// Approximate by necessity: Go prints nested values with %v, which shows heap addresses for nested
// pointers; those are rendered as stable fake addresses here. Field order follows the internal types.

import { goQuote } from '../fieldErrors'
import { tryParseQuantity } from '../quantity'
import { arr, isObj, obj } from './util'

type T =
  | { k: 'str' | 'int' | 'bool'; name: string }
  | { k: 'ptr'; elem: T }
  | { k: 'slice'; name: string; elem: T }
  | { k: 'map'; name: string; elem: T }
  | { k: 'struct'; name: string; fields: [string, string, T][] }
  | { k: 'qty' }
  | { k: 'any'; name: string }

const s = (name = 'string'): T => ({ k: 'str', name })
const i64: T = { k: 'int', name: 'int64' }
const i32: T = { k: 'int', name: 'int32' }
const b: T = { k: 'bool', name: 'bool' }
const ptr = (elem: T): T => ({ k: 'ptr', elem })
const slice = (elem: T, name: string): T => ({ k: 'slice', name, elem })
const any = (name: string): T => ({ k: 'any', name })
const struct = (name: string, fields: [string, string, T][]): T => ({ k: 'struct', name, fields })
const resourceList: T = { k: 'map', name: 'core.ResourceList', elem: { k: 'qty' } }
const strMap: T = { k: 'map', name: 'map[string]string', elem: s() }

const probe = ptr(any('core.Probe'))
const container = struct('core.Container', [
  ['Name', 'name', s()], ['Image', 'image', s()], ['Command', 'command', slice(s(), '[]string')], ['Args', 'args', slice(s(), '[]string')],
  ['WorkingDir', 'workingDir', s()],
  ['Ports', 'ports', slice(struct('core.ContainerPort', [['Name', 'name', s()], ['HostPort', 'hostPort', i32], ['ContainerPort', 'containerPort', i32], ['Protocol', 'protocol', s('core.Protocol')], ['HostIP', 'hostIP', s()]]), '[]core.ContainerPort')],
  ['EnvFrom', 'envFrom', slice(any('core.EnvFromSource'), '[]core.EnvFromSource')],
  ['Env', 'env', slice(struct('core.EnvVar', [['Name', 'name', s()], ['Value', 'value', s()], ['ValueFrom', 'valueFrom', ptr(any('core.EnvVarSource'))]]), '[]core.EnvVar')],
  ['Resources', 'resources', struct('core.ResourceRequirements', [['Limits', 'limits', resourceList], ['Requests', 'requests', resourceList], ['Claims', 'claims', slice(any('core.ResourceClaim'), '[]core.ResourceClaim')]])],
  ['ResizePolicy', 'resizePolicy', slice(struct('core.ContainerResizePolicy', [['ResourceName', 'resourceName', s('core.ResourceName')], ['RestartPolicy', 'restartPolicy', s('core.ResourceResizeRestartPolicy')]]), '[]core.ContainerResizePolicy')],
  ['RestartPolicy', 'restartPolicy', ptr(s('core.ContainerRestartPolicy'))],
  ['RestartPolicyRules', 'restartPolicyRules', slice(any('core.ContainerRestartRule'), '[]core.ContainerRestartRule')],
  ['VolumeMounts', 'volumeMounts', slice(struct('core.VolumeMount', [['Name', 'name', s()], ['ReadOnly', 'readOnly', b], ['RecursiveReadOnly', 'recursiveReadOnly', ptr(s())], ['MountPath', 'mountPath', s()], ['SubPath', 'subPath', s()], ['MountPropagation', 'mountPropagation', ptr(s())], ['SubPathExpr', 'subPathExpr', s()]]), '[]core.VolumeMount')],
  ['VolumeDevices', 'volumeDevices', slice(any('core.VolumeDevice'), '[]core.VolumeDevice')],
  ['LivenessProbe', 'livenessProbe', probe], ['ReadinessProbe', 'readinessProbe', probe], ['StartupProbe', 'startupProbe', probe],
  ['Lifecycle', 'lifecycle', ptr(any('core.Lifecycle'))], ['TerminationMessagePath', 'terminationMessagePath', s()],
  ['TerminationMessagePolicy', 'terminationMessagePolicy', s('core.TerminationMessagePolicy')],
  ['ImagePullPolicy', 'imagePullPolicy', s('core.PullPolicy')], ['SecurityContext', 'securityContext', ptr(any('core.SecurityContext'))],
  ['Stdin', 'stdin', b], ['StdinOnce', 'stdinOnce', b], ['TTY', 'tty', b],
])
const VOLUME_SOURCES = ['hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'persistentVolumeClaim', 'rbd', 'quobyte', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc',
  'azureFile', 'configMap', 'vsphereVolume', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO',
  'storageos', 'csi', 'ephemeral', 'image']
const volume = struct('core.Volume', [['Name', 'name', s()], ['VolumeSource', '', struct('core.VolumeSource', VOLUME_SOURCES.map((k) => [k, k, ptr(any(k))] as [string, string, T]))]])
const toleration = struct('core.Toleration', [['Key', 'key', s()], ['Operator', 'operator', s('core.TolerationOperator')], ['Value', 'value', s()], ['Effect', 'effect', s('core.TaintEffect')], ['TolerationSeconds', 'tolerationSeconds', ptr(i64)]])
const SECURITY_FIELDS = ['hostNetwork', 'hostPID', 'hostIPC', 'shareProcessNamespace', 'hostUsers', 'seLinuxOptions', 'windowsOptions',
  'runAsUser', 'runAsGroup', 'runAsNonRoot', 'supplementalGroups', 'supplementalGroupsPolicy', 'fsGroup', 'fsGroupChangePolicy',
  'sysctls', 'seccompProfile', 'appArmorProfile', 'seLinuxChangePolicy']
const podSecurityContext = struct('core.PodSecurityContext', SECURITY_FIELDS.map((k, n) =>
  [k, k, n < 3 ? b : k === 'supplementalGroups' || k === 'sysctls' ? slice(any(k), '[]') : ptr(any(k))] as [string, string, T]))

const POD_SPEC: [string, string, T][] = [
  ['Volumes', 'volumes', slice(volume, '[]core.Volume')], ['InitContainers', 'initContainers', slice(container, '[]core.Container')],
  ['Containers', 'containers', slice(container, '[]core.Container')], ['EphemeralContainers', 'ephemeralContainers', slice(any('core.EphemeralContainer'), '[]core.EphemeralContainer')],
  ['RestartPolicy', 'restartPolicy', s('core.RestartPolicy')], ['TerminationGracePeriodSeconds', 'terminationGracePeriodSeconds', ptr(i64)],
  ['ActiveDeadlineSeconds', 'activeDeadlineSeconds', ptr(i64)], ['DNSPolicy', 'dnsPolicy', s('core.DNSPolicy')], ['NodeSelector', 'nodeSelector', strMap],
  ['ServiceAccountName', 'serviceAccountName', s()], ['AutomountServiceAccountToken', 'automountServiceAccountToken', ptr(b)], ['NodeName', 'nodeName', s()],
  ['SecurityContext', 'securityContext', ptr(podSecurityContext)], ['ImagePullSecrets', 'imagePullSecrets', slice(any('core.LocalObjectReference'), '[]core.LocalObjectReference')],
  ['Hostname', 'hostname', s()], ['Subdomain', 'subdomain', s()], ['SetHostnameAsFQDN', 'setHostnameAsFQDN', ptr(b)], ['Affinity', 'affinity', ptr(any('core.Affinity'))],
  ['SchedulerName', 'schedulerName', s()], ['Tolerations', 'tolerations', slice(toleration, '[]core.Toleration')], ['HostAliases', 'hostAliases', slice(any('core.HostAlias'), '[]core.HostAlias')],
  ['PriorityClassName', 'priorityClassName', s()], ['Priority', 'priority', ptr(i32)], ['PreemptionPolicy', 'preemptionPolicy', ptr(s('core.PreemptionPolicy'))],
  ['DNSConfig', 'dnsConfig', ptr(any('core.PodDNSConfig'))], ['ReadinessGates', 'readinessGates', slice(any('core.PodReadinessGate'), '[]core.PodReadinessGate')],
  ['RuntimeClassName', 'runtimeClassName', ptr(s())], ['Overhead', 'overhead', resourceList], ['EnableServiceLinks', 'enableServiceLinks', ptr(b)],
  ['TopologySpreadConstraints', 'topologySpreadConstraints', slice(any('core.TopologySpreadConstraint'), '[]core.TopologySpreadConstraint')],
  ['OS', 'os', ptr(any('core.PodOS'))], ['SchedulingGates', 'schedulingGates', slice(any('core.PodSchedulingGate'), '[]core.PodSchedulingGate')],
  ['ResourceClaims', 'resourceClaims', slice(any('core.PodResourceClaim'), '[]core.PodResourceClaim')], ['Resources', 'resources', ptr(any('core.ResourceRequirements'))],
  ['HostnameOverride', 'hostnameOverride', ptr(s())],
]

// The internal spec keeps hostNetwork & co. inside securityContext.
function internalSpec(spec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...spec }
  const moved = ['hostNetwork', 'hostPID', 'hostIPC', 'shareProcessNamespace', 'hostUsers'].filter((k) => k in spec)
  if (moved.length || isObj(spec.securityContext)) {
    out.securityContext = { ...obj(spec.securityContext), ...Object.fromEntries(moved.map((k) => [k, spec[k]])) }
  }
  return out
}

class Printer {
  private next = 0xc000100000
  private addr(): string { const a = this.next; this.next += 0x60; return '0x' + a.toString(16) }

  // %v of a nested value: pointers below the top level print as addresses.
  v(t: T, x: unknown, nested: boolean): string {
    switch (t.k) {
      case 'str': return typeof x === 'string' ? x : ''
      case 'int': return String(typeof x === 'number' ? x : 0)
      case 'bool': return String(x === true)
      case 'qty': {
        const q = tryParseQuantity(x)
        return q ? `{{${q.nanos} -9} {<nil>}  ${q.format}}` : '{{0 0} {<nil>}  }'
      }
      case 'ptr':
        if (x === undefined || x === null) return '<nil>'
        return nested ? this.addr() : this.v(t.elem, x, true)
      case 'slice': return '[' + arr(x).map((e) => this.v(t.elem, e, true)).join(' ') + ']'
      case 'map': return 'map[' + Object.keys(obj(x)).sort().map((k) => `${k}:${this.v(t.elem, obj(x)[k], true)}`).join(' ') + ']'
      case 'struct': return '{' + t.fields.map(([, jk, ft]) => this.v(ft, jk ? obj(x)[jk] : x, true)).join(' ') + '}'
      case 'any': return isObj(x) ? '{' + Object.values(x).map((e) => (isObj(e) || Array.isArray(e) ? this.addr() : String(e))).join(' ') + '}' : String(x ?? '<nil>')
    }
  }

  // formatValue: the type-annotated rendering of one top-level field.
  field(t: T, x: unknown): string {
    const absent = x === undefined || x === null
    switch (t.k) {
      case 'str': return `${t.name}(${formatString(typeof x === 'string' ? x : '')})`
      case 'int': case 'bool': return `${t.name}(${this.v(t, x, false)})`
      case 'ptr': return absent ? 'nil' : `*${typeName(t.elem)}(${this.v(t.elem, x, false)})`
      case 'slice': return arr(x).length === 0 ? `${t.name}{}` : `${t.name}${this.v(t, x, false)}`
      case 'map': return Object.keys(obj(x)).length === 0 ? `${t.name}{}` : `${t.name}${this.v(t, x, false)}`
      default: return `${typeName(t)}(${this.v(t, x, false)})`
    }
  }
}

// Quoted when quoting adds nothing, else a raw backtick string when that stays on one line.
function formatString(x: string): string {
  const q = goQuote(x)
  if (q.length === x.length + 2) return q
  return /[`\n]/.test(x) || /[^\t\p{L}\p{M}\p{N}\p{P}\p{S} ]/u.test(x) ? q : '`' + x + '`'
}

function typeName(t: T): string {
  return t.k === 'ptr' ? '*' + typeName(t.elem) : t.k === 'qty' ? 'resource.Quantity' : t.name
}

function isZero(t: T, x: unknown): boolean {
  if (x === undefined || x === null) return true
  if (t.k === 'str') return x === ''
  if (t.k === 'int') return x === 0
  if (t.k === 'bool') return x === false
  if (t.k === 'slice') return arr(x).length === 0
  if (t.k === 'map') return Object.keys(obj(x)).length === 0
  return false
}

/** Renders the PodSpec diff the way util/diff.Diff lays it out: changed fields as -/+ pairs, other non-zero fields as context. */
export function podSpecDiff(oldSpec: unknown, newSpec: unknown, same: (t: string, a: unknown, b: unknown) => boolean): string {
  const a = internalSpec(obj(oldSpec))
  const b2 = internalSpec(obj(newSpec))
  const p = new Printer()
  let out = '  core.PodSpec{\n'
  for (const [goName, jsonKey, t] of POD_SPEC) {
    const x = a[jsonKey], y = b2[jsonKey]
    if (!same(jsonKey, x, y)) {
      out += `- \t${goName}: ${p.field(t, x)},\n+ \t${goName}: ${p.field(t, y)},\n`
    } else if (!isZero(t, x)) out += `  \t${goName}: ${p.field(t, x)},\n`
  }
  return out + '  }'
}

// `kubectl describe pod` (describe.describePod, kubectl v1.35) as one pure function: the pod and the
// events in API list order in, the exact stdout out. Sections follow describePod's order.

import type { Container, KubeEvent, Pod, Toleration } from '../../../engine/api/types'
import { podQOSClass } from '../../../engine/api/qos'
import { humanDuration, timestampMs } from '../humanDuration'
import { formatTime, writeContainers, writeResources } from './containers'
import { eventsFor, writeEvents } from './events'
import { goSortSlice } from './goSort'
import { byCodePoint, writeAnnotations, writeLabels } from './meta'
import { LEVEL_0, LEVEL_1, PrefixWriter, type DescribeWriter } from './prefixWriter'
import { writeVolumes } from './volumes'

/** printTolerationsMultiline: `key=value:Effect op=Exists for 300s`, sorted by key with Go's (unstable) sort. */
function writeTolerations(w: DescribeWriter, tolerations: readonly Toleration[] | undefined): void {
  w.write(LEVEL_0, 'Tolerations:\t')
  if (!tolerations || tolerations.length === 0) return w.writeLine('<none>')
  goSortSlice(tolerations, (a, b) => (a.key ?? '') < (b.key ?? '')).forEach((t, i) => {
    if (i > 0) {
      w.write(LEVEL_0, '')
      w.write(LEVEL_0, '\t')
    }
    let text = t.key ?? ''
    if (t.value) text += `=${t.value}`
    if (t.effect) text += `:${t.effect}`
    if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists'
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) text += ` for ${t.tolerationSeconds}s`
    w.write(LEVEL_0, `${text}\n`)
  })
}

interface LabelSelector {
  matchLabels?: Record<string, string>
  matchExpressions?: { key: string; operator: string; values?: string[] }[]
}

/** metav1.FormatLabelSelector: requirements sorted by key, `<none>` for an empty selector. */
function formatLabelSelector(sel: LabelSelector): string {
  const reqs: [string, string][] = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => [k, `${k}=${v}`])
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort(byCodePoint).join(',')
    const text = { In: `${e.key} in (${values})`, NotIn: `${e.key} notin (${values})`, Exists: e.key, DoesNotExist: `!${e.key}` }[e.operator]
    if (text === undefined) return '<error>'
    reqs.push([e.key, text])
  }
  const out = reqs.sort((a, b) => byCodePoint(a[0], b[0])).map(([, t]) => t).join(',')
  return out === '' ? '<none>' : out
}

interface SpreadConstraint {
  topologyKey?: string
  whenUnsatisfiable?: string
  maxSkew?: number
  labelSelector?: LabelSelector
}

function writeTopologySpread(w: DescribeWriter, constraints: unknown): void {
  if (!Array.isArray(constraints) || constraints.length === 0) return
  const sorted = goSortSlice(constraints as SpreadConstraint[], (a, b) => (a.topologyKey ?? '') < (b.topologyKey ?? ''))
  w.write(LEVEL_0, 'Topology Spread Constraints:\t')
  sorted.forEach((c, i) => {
    if (i > 0) w.write(LEVEL_0, '\t')
    let text = `${c.topologyKey ?? ''}:${c.whenUnsatisfiable ?? ''} when max skew ${c.maxSkew ?? 0} is exceeded`
    if (c.labelSelector) text += ` for selector ${formatLabelSelector(c.labelSelector)}`
    w.write(LEVEL_0, `${text}\n`)
  })
}

function writeConditionTable(w: DescribeWriter, title: string, rows: readonly [string, string][]): void {
  w.write(LEVEL_0, `${title}:\n  Type\tStatus\n`)
  for (const [type, status] of rows) w.write(LEVEL_1, `${type} \t${status} \n`)
}

/**
 * The stdout of `kubectl describe pod` for `pod`, given every event in the namespace (list order) and
 * "now" in epoch ms for the ages. Only events whose involvedObject is this pod are shown.
 */
export function describePod(pod: Pod, events: readonly KubeEvent[], now: number): string {
  const w = new PrefixWriter()
  const meta = pod.metadata ?? {}
  const spec = pod.spec ?? { containers: [] }
  const status = pod.status ?? {}
  w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`)
  w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`)
  if (spec.priority !== undefined && spec.priority !== null) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`)
  if (spec.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`)
  if (spec.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`)
  if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`)
  w.write(LEVEL_0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n')
  if (status.startTime) w.write(LEVEL_0, `Start Time:\t${formatTime(status.startTime)}\n`)
  writeLabels(w, 'Labels', meta.labels)
  writeAnnotations(w, 'Annotations', meta.annotations)
  if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    const at = timestampMs(meta.deletionTimestamp)
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${at === undefined ? '<unknown>' : humanDuration(now - at)})\n`)
    w.write(LEVEL_0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? 0}s\n`)
  } else {
    w.write(LEVEL_0, `Status:\t${status.phase ?? ''}\n`)
  }
  if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`)
  if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`)
  const seccomp = spec.securityContext?.seccompProfile as { type?: string; localhostProfile?: string } | undefined
  if (seccomp) {
    w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type ?? ''}\n`)
    if (seccomp.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`)
  }
  w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`)
  if (!status.podIPs || status.podIPs.length === 0) w.write(LEVEL_0, 'IPs:\t<none>\n')
  else {
    w.write(LEVEL_0, 'IPs:\n')
    for (const ip of status.podIPs) w.write(LEVEL_1, `IP:\t${ip.ip}\n`)
  }
  const controller = (meta.ownerReferences ?? []).find((r) => r.controller === true)
  if (controller) w.write(LEVEL_0, `Controlled By:\t${controller.kind}/${controller.name}\n`)
  if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`)
  if (spec.resources) {
    w.write(LEVEL_0, 'Resources:\n')
    writeResources(w, spec.resources, LEVEL_1)
  }
  if ((spec.initContainers ?? []).length > 0) writeContainers(w, 'Init Containers', pod, spec.initContainers ?? [], status.initContainerStatuses)
  writeContainers(w, 'Containers', pod, spec.containers ?? [], status.containerStatuses)
  const ephemeral = (spec.ephemeralContainers ?? []) as Container[]
  if (ephemeral.length > 0) writeContainers(w, 'Ephemeral Containers', pod, ephemeral, status.ephemeralContainerStatuses)
  const conditions = status.conditions ?? []
  if ((spec.readinessGates ?? []).length > 0) {
    const rows = (spec.readinessGates ?? []).map((g): [string, string] => [g.conditionType, conditions.find((c) => c.type === g.conditionType)?.status ?? '<none>'])
    writeConditionTable(w, 'Readiness Gates', rows)
  }
  if (conditions.length > 0) writeConditionTable(w, 'Conditions', conditions.map((c): [string, string] => [c.type, c.status]))
  writeVolumes(w, spec.volumes)
  w.write(LEVEL_0, `QoS Class:\t${status.qosClass || podQOSClass(pod)}\n`)
  writeLabels(w, 'Node-Selectors', spec.nodeSelector)
  writeTolerations(w, spec.tolerations)
  writeTopologySpread(w, spec.topologySpreadConstraints)
  writeEvents(w, eventsFor(meta, events), now)
  return w.text()
}

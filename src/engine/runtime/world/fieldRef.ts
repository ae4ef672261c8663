// The downward API: pod fields (fieldRef) and container resources (resourceFieldRef) as the
// kubelet renders them into env values and downwardAPI volume files. Pure.

import type { Container, Pod } from '../../api/types'
import { parseQuantity } from '../../api/quantity'

// fieldpath.FormatMap: sorted `key="value"` lines, no trailing newline.
function formatMap(m: Record<string, string> | undefined): string {
  return Object.keys(m ?? {}).sort().map((k) => `${k}=${JSON.stringify(m![k])}`).join('\n')
}

/** A fieldRef's value; `whole` allows metadata.labels/annotations (volumes only). Undefined when unsupported. */
export function resolveFieldRef(fieldPath: string, pod: Pod, whole = false): string | undefined {
  const sub = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(fieldPath)
  if (sub) return (sub[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[sub[2]] ?? ''
  switch (fieldPath) {
    case 'metadata.name': return pod.metadata.name ?? ''
    case 'metadata.namespace': return pod.metadata.namespace ?? 'default'
    case 'metadata.uid': return pod.metadata.uid ?? ''
    case 'metadata.labels': return whole ? formatMap(pod.metadata.labels) : undefined
    case 'metadata.annotations': return whole ? formatMap(pod.metadata.annotations) : undefined
    case 'spec.nodeName': return pod.spec.nodeName ?? ''
    case 'spec.serviceAccountName': return pod.spec.serviceAccountName ?? ''
    case 'status.hostIP': return pod.status?.hostIP ?? ''
    case 'status.hostIPs': return (pod.status?.hostIPs ?? []).map((a) => a.ip).join(',')
    case 'status.podIP': return pod.status?.podIP ?? ''
    case 'status.podIPs': return (pod.status?.podIPs ?? []).map((a) => a.ip).join(',')
    default: return undefined
  }
}

/** What the node offers when a limit is unset (its allocatable). */
export const NODE_ALLOCATABLE: Record<string, string> = { cpu: '4', memory: '8148000Ki', 'ephemeral-storage': '102626232Ki' }

/** The effective memory limit of a container in bytes (node allocatable when unset). Pure. */
export function memoryLimitBytes(container: Container): number {
  const q = container.resources?.limits?.memory ?? NODE_ALLOCATABLE.memory
  try {
    return Number(parseQuantity(String(q)).nanos / 1_000_000_000n)
  } catch {
    return Number(parseQuantity(NODE_ALLOCATABLE.memory).nanos / 1_000_000_000n)
  }
}

/** A resourceFieldRef's value: the quantity divided by the divisor, rounded up. Pure. */
export function resolveResourceFieldRef(ref: { resource: string; divisor?: string | number }, container: Container): string {
  const [kind, name] = ref.resource.split('.') as ['limits' | 'requests', string]
  const set = container.resources?.[kind]?.[name]
  const value = set ?? (kind === 'limits' ? NODE_ALLOCATABLE[name] : undefined) ?? '0'
  const divisor = ref.divisor === undefined || ref.divisor === '0' || ref.divisor === 0 ? '1' : String(ref.divisor)
  try {
    const v = parseQuantity(String(value)).nanos
    const d = parseQuantity(divisor).nanos
    return String((v + d - 1n) / d)
  } catch {
    return '0'
  }
}

// printNode and printNamespace (pkg/printers/internalversion/printers.go): NAME STATUS ROLES AGE
// VERSION (wide: INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME) and NAME STATUS AGE.

import type { KubeObject } from '../../../engine/api/types'
import { translateTimestampSince } from '../humanDuration'
import { column, list, record, str, type TableHandler } from './types'

const ROLE_PREFIX = 'node-role.kubernetes.io/'
const ROLE_LABEL = 'kubernetes.io/role'

/** findNodeRoles: `node-role.kubernetes.io/<role>` keys and `kubernetes.io/role` values, sorted, unique. */
export function nodeRoles(labels: Record<string, string> | undefined): string[] {
  const roles = new Set<string>()
  for (const [k, v] of Object.entries(labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX)) {
      const role = k.slice(ROLE_PREFIX.length)
      if (role) roles.add(role)
    } else if (k === ROLE_LABEL && v !== '') roles.add(v)
  }
  return [...roles].sort()
}

function address(status: Record<string, unknown>, type: string): string {
  const found = list(status.addresses).map(record).find((a) => a.type === type)
  return found ? str(found.address) : '<none>'
}

function nodeCells(obj: KubeObject, now: number): string[] {
  const status = record(obj.status)
  // Only the Ready condition counts; the last one of that type wins, as in Go's map.
  let ready: Record<string, unknown> | undefined
  for (const c of list(status.conditions).map(record)) if (c.type === 'Ready') ready = c
  const states = ready ? [ready.status === 'True' ? 'Ready' : 'NotReady'] : ['Unknown']
  if (record(obj.spec).unschedulable === true) states.push('SchedulingDisabled')
  const roles = nodeRoles(obj.metadata.labels).join(',') || '<none>'
  const info = record(status.nodeInfo)
  return [
    obj.metadata.name ?? '',
    states.join(','),
    roles,
    translateTimestampSince(obj.metadata.creationTimestamp, now),
    str(info.kubeletVersion),
    address(status, 'InternalIP'),
    address(status, 'ExternalIP'),
    str(info.osImage) || '<unknown>',
    str(info.kernelVersion) || '<unknown>',
    str(info.containerRuntimeVersion) || '<unknown>',
  ]
}

/** The Node table printer. */
export const nodeTable: TableHandler = {
  columns: [
    column('Name', 0, 'name'),
    column('Status'),
    column('Roles'),
    column('Age'),
    column('Version'),
    column('Internal-IP', 1),
    column('External-IP', 1),
    column('OS-Image', 1),
    column('Kernel-Version', 1),
    column('Container-Runtime', 1),
  ],
  cells: nodeCells,
}

/** The Namespace table printer. */
export const namespaceTable: TableHandler = {
  columns: [column('Name', 0, 'name'), column('Status'), column('Age')],
  cells: (obj: KubeObject, now: number) => [
    obj.metadata.name ?? '',
    str(record(obj.status).phase),
    translateTimestampSince(obj.metadata.creationTimestamp, now),
  ],
}

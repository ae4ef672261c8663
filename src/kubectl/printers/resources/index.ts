// The API server's table printers by kind, and the Table it returns for a list of objects: pods and
// events come from the pinned printers (podRow, events), the other kinds from this folder.

import type { KubeEvent, KubeObject } from '../../../engine/api/types'
import { eventCells } from '../events'
import { printPodRow } from '../podRow'
import { configMapTable, secretTable } from './configMap'
import { jobTable } from './job'
import { deploymentTable, replicaSetTable } from './workload'
import { namespaceTable, nodeTable } from './node'
import { serviceTable } from './service'
import { column, type ServerTable, type TableHandler } from './types'

export type { ColumnDefinition, ServerTable, TableHandler, TableRow } from './types'

const podTable: TableHandler = {
  columns: [
    column('Name', 0, 'name'),
    column('Ready'),
    column('Status'),
    column('Restarts'),
    column('Age'),
    column('IP', 1),
    column('Node', 1),
    column('Nominated Node', 1),
    column('Readiness Gates', 1),
  ],
  cells: (obj, now) => {
    const r = printPodRow(obj, now)
    return [r.name, r.ready, r.status, r.restarts, r.age, r.ip, r.node, r.nominatedNode, r.readinessGates]
  },
}

const eventTable: TableHandler = {
  columns: [
    column('Last Seen'),
    column('Type'),
    column('Reason'),
    column('Object'),
    column('Subobject', 1),
    column('Source', 1),
    column('Message'),
    column('First Seen', 1),
    column('Count', 1),
    column('Name', 1, 'name'),
  ],
  cells: (obj, now) => {
    const c = eventCells(obj as KubeEvent, now)
    return [c.lastSeen, c.type, c.reason, c.object, c.subobject, c.source, c.message, c.firstSeen, c.count, c.name]
  },
}

const HANDLERS: Record<string, TableHandler> = {
  Pod: podTable,
  Event: eventTable,
  Service: serviceTable,
  ConfigMap: configMapTable,
  Secret: secretTable,
  Node: nodeTable,
  Namespace: namespaceTable,
  Job: jobTable,
  Deployment: deploymentTable,
  ReplicaSet: replicaSetTable,
}

// What the API server prints for a kind without a registered printer (the default table convertor).
const defaultTable: TableHandler = {
  columns: [column('Name', 0, 'name'), column('Created At')],
  cells: (obj) => [obj.metadata.name ?? '', obj.metadata.creationTimestamp ?? ''],
}

/** The table printer the API server uses for `kind`. */
export function tableHandler(kind: string): TableHandler {
  return HANDLERS[kind] ?? defaultTable
}

/** The Table the API server returns for `objects` of `kind` at `now`. Pure. */
export function serverTable(kind: string, objects: readonly KubeObject[], now: number): ServerTable {
  const handler = tableHandler(kind)
  return { columns: handler.columns, rows: objects.map((object) => ({ cells: handler.cells(object, now), object })) }
}

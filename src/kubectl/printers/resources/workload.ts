// printDeployment and printReplicaSet of the API server's printers: READY as ready/desired,
// UP-TO-DATE, AVAILABLE (Deployments), DESIRED/CURRENT/READY (ReplicaSets), and with -o wide the
// pod template's containers, images and the selector.

import { translateTimestampSince } from '../humanDuration'
import { column, record, type TableHandler } from './types'

function templateCells(spec: Record<string, unknown>): string[] {
  const containers = ((record(record(spec.template).spec).containers ?? []) as { name?: string; image?: string }[])
  const selector = record(record(spec.selector).matchLabels)
  return [
    containers.map((c) => c.name ?? '').join(','),
    containers.map((c) => c.image ?? '').join(','),
    Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(',') || '<none>',
  ]
}

/** The Deployment table. */
export const deploymentTable: TableHandler = {
  columns: [column('Name', 0, 'name'), column('Ready'), column('Up-to-date'), column('Available'), column('Age'), column('Containers', 1), column('Images', 1), column('Selector', 1)],
  cells: (obj, now) => {
    const spec = record(obj.spec)
    const status = record(obj.status)
    return [
      obj.metadata.name ?? '',
      `${Number(status.readyReplicas ?? 0)}/${Number(spec.replicas ?? 0)}`,
      String(Number(status.updatedReplicas ?? 0)),
      String(Number(status.availableReplicas ?? 0)),
      translateTimestampSince(obj.metadata.creationTimestamp, now),
      ...templateCells(spec),
    ]
  },
}

/** The ReplicaSet table. */
export const replicaSetTable: TableHandler = {
  columns: [column('Name', 0, 'name'), column('Desired'), column('Current'), column('Ready'), column('Age'), column('Containers', 1), column('Images', 1), column('Selector', 1)],
  cells: (obj, now) => {
    const spec = record(obj.spec)
    const status = record(obj.status)
    return [
      obj.metadata.name ?? '',
      String(Number(spec.replicas ?? 0)),
      String(Number(status.replicas ?? 0)),
      String(Number(status.readyReplicas ?? 0)),
      translateTimestampSince(obj.metadata.creationTimestamp, now),
      ...templateCells(spec),
    ]
  },
}

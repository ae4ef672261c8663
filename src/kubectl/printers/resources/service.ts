// printService (pkg/printers/internalversion/printers.go): NAME TYPE CLUSTER-IP EXTERNAL-IP
// PORT(S) AGE, wide SELECTOR. The API server prints with Wide set, so load-balancer addresses are
// never clipped to 16 characters in `kubectl get`.

import type { KubeObject } from '../../../engine/api/types'
import { translateTimestampSince } from '../humanDuration'
import { formatLabels } from '../table'
import { column, list, record, str, type TableHandler } from './types'

function externalIP(spec: Record<string, unknown>, status: Record<string, unknown>, type: string): string {
  const externalIPs = list(spec.externalIPs).map(str)
  switch (type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>'
    case 'LoadBalancer': {
      // sets.NewString(...).List(): unique and sorted.
      const lb = new Set<string>()
      for (const ing of list(record(status.loadBalancer).ingress)) {
        const i = record(ing)
        if (str(i.ip)) lb.add(str(i.ip))
        else if (str(i.hostname)) lb.add(str(i.hostname))
      }
      const lbIPs = [...lb].sort()
      if (externalIPs.length > 0) return [...lbIPs, ...externalIPs].join(',')
      return lbIPs.length > 0 ? lbIPs.join(',') : '<pending>'
    }
    case 'ExternalName':
      return str(spec.externalName)
  }
  return '<unknown>'
}

function ports(spec: Record<string, unknown>): string {
  const pieces = list(spec.ports).map((p) => {
    const port = record(p)
    // The API server defaults the protocol to TCP; initlab's store keeps manifests as written.
    const protocol = str(port.protocol) || 'TCP'
    const nodePort = typeof port.nodePort === 'number' && port.nodePort > 0 ? `:${port.nodePort}` : ''
    return `${String(port.port ?? 0)}${nodePort}/${protocol}`
  })
  return pieces.length > 0 ? pieces.join(',') : '<none>'
}

function cells(obj: KubeObject, now: number): string[] {
  const spec = record(obj.spec)
  // Defaulted by the API server when the manifest leaves it out.
  const type = str(spec.type) || 'ClusterIP'
  const clusterIPs = list(spec.clusterIPs).map(str)
  const clusterIP = clusterIPs[0] ?? (str(spec.clusterIP) || '<none>')
  return [
    obj.metadata.name ?? '',
    type,
    clusterIP,
    externalIP(spec, record(obj.status), type),
    ports(spec),
    translateTimestampSince(obj.metadata.creationTimestamp, now),
    formatLabels(spec.selector),
  ]
}

/** The Service table printer. */
export const serviceTable: TableHandler = {
  columns: [
    column('Name', 0, 'name'),
    column('Type'),
    column('Cluster-IP'),
    column('External-IP'),
    column('Port(s)'),
    column('Age'),
    column('Selector', 1),
  ],
  cells,
}

// The default simulated cluster's nodes as data: a tainted kind control plane and two small workers,
// sized so that one pod's init request can exceed what a worker has. Builds Node objects; no state.

import type { KubeObject, Taint } from '../api/types'
import { nodeObject, type NodeOptions } from '../nodeObject'

/** The label and NoSchedule taint kubeadm puts on a control-plane node. */
export const CONTROL_PLANE_ROLE = 'node-role.kubernetes.io/control-plane'

/** One node of the default cluster: its kubelet facts and how it differs from the others. */
export interface DefaultNodeSpec {
  name: string
  ip: string
  /** First three octets of the node's /24 pod CIDR. */
  podCIDRPrefix: string
  options: NodeOptions
}

const controlPlaneTaint: Taint = { key: CONTROL_PLANE_ROLE, effect: 'NoSchedule' }
const WORKER_SIZE = { cpu: '2', memory: '4Gi', pods: '110' }

/**
 * The default cluster: `initlab-control-plane` (tainted, as kind leaves it) and two workers of
 * 2 CPU / 4Gi, so an init container asking for 3 CPU can never be scheduled while one asking for
 * 1500m fits only on an idle worker. IPs follow kind's docker network; worker 1 keeps 172.18.0.2.
 */
export const DEFAULT_NODE_SPECS: readonly DefaultNodeSpec[] = [
  {
    name: 'initlab-control-plane',
    ip: '172.18.0.4',
    podCIDRPrefix: '10.244.0',
    options: {
      ...WORKER_SIZE,
      labels: { [CONTROL_PLANE_ROLE]: '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' },
      taints: [controlPlaneTaint],
    },
  },
  { name: 'initlab-worker', ip: '172.18.0.2', podCIDRPrefix: '10.244.1', options: { ...WORKER_SIZE } },
  { name: 'initlab-worker2', ip: '172.18.0.3', podCIDRPrefix: '10.244.2', options: { ...WORKER_SIZE } },
]

/**
 * The default cluster's Node objects, registered at `createdAt` (virtual epoch ms); `uidOf` gives
 * each node its uid (from the cluster's seeded ids). Pure.
 */
export function defaultNodes(createdAt: number, uidOf: (name: string) => string): KubeObject[] {
  return DEFAULT_NODE_SPECS.map((spec) =>
    nodeObject(
      { name: spec.name, ip: spec.ip, images: new Map(), pullerFreeAt: 0, nextPodIP: 2, podCIDRPrefix: spec.podCIDRPrefix },
      uidOf(spec.name),
      createdAt,
      `${spec.podCIDRPrefix}.0/24`,
      spec.options,
    ),
  )
}

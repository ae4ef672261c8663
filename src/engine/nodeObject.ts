// The Node API object for a simulated node, as the kubelet registers it: labels, capacity,
// conditions and node info of a small kind-like worker running Kubernetes v1.35 on containerd.

import type { KubeObject, Taint } from './api/types'
import { rfc3339 } from './format/time'
import type { NodeFacts } from './kubelet/deps'

/** Version strings the simulated node reports (and `kubectl version` echoes for the server). */
export const KUBERNETES_VERSION = 'v1.35.0'
export const CONTAINER_RUNTIME_VERSION = 'containerd://2.1.3'

/** What differs between the nodes of a cluster: extra labels (roles), taints and sizes. */
export interface NodeOptions {
  /** Labels added after the kubelet's own (e.g. `node-role.kubernetes.io/control-plane: ''`). */
  labels?: Record<string, string>
  taints?: Taint[]
  /** cpu, memory and pods, as quantities; allocatable equals capacity, as on a kind node. */
  cpu?: string
  memory?: string
  pods?: string
}

/** The Node object of `node`, registered at `createdAt` (virtual epoch ms), sized and tainted by `opts`. Pure. */
export function nodeObject(node: NodeFacts, uid: string, createdAt: number, podCIDR: string, opts: NodeOptions = {}): KubeObject {
  const created = rfc3339(createdAt)
  const resources = {
    cpu: opts.cpu ?? '4', 'ephemeral-storage': '102626232Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0',
    memory: opts.memory ?? '8148000Ki', pods: opts.pods ?? '110',
  }
  const spec: Record<string, unknown> = { podCIDR, podCIDRs: [podCIDR], providerID: `kind://docker/initlab/${node.name}` }
  if (opts.taints && opts.taints.length > 0) spec.taints = opts.taints.map((t) => ({ ...t }))
  const condition = (type: string, status: string, reason: string, message: string) => ({
    type, status, lastHeartbeatTime: created, lastTransitionTime: created, reason, message,
  })
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: node.name,
      uid,
      creationTimestamp: created,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': node.name,
        'kubernetes.io/os': 'linux',
        ...opts.labels,
      },
      annotations: {
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec,
    status: {
      capacity: { ...resources },
      allocatable: { ...resources },
      conditions: [
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [{ address: node.ip, type: 'InternalIP' }, { address: node.name, type: 'Hostname' }],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: '0c6a2c7d3f1e4b6c9a8d7e5f4a3b2c1d',
        systemUUID: '5b1f8c2e-3d4a-4e6b-9c7d-8e9f0a1b2c3d',
        bootID: '7e6d5c4b-3a29-4817-8f6e-5d4c3b2a1908',
        kernelVersion: '6.8.0-60-generic',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        containerRuntimeVersion: CONTAINER_RUNTIME_VERSION,
        kubeletVersion: KUBERNETES_VERSION,
        kubeProxyVersion: '',
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  }
}

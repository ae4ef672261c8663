// The Node API object for a simulated node, as the kubelet registers it: labels, capacity,
// conditions and node info of a small kind-like worker running Kubernetes v1.35 on containerd.

import type { KubeObject } from './api/types'
import { rfc3339 } from './format/time'
import type { NodeFacts } from './kubelet/deps'

/** Version strings the simulated node reports (and `kubectl version` echoes for the server). */
export const KUBERNETES_VERSION = 'v1.35.0'
export const CONTAINER_RUNTIME_VERSION = 'containerd://2.1.3'

/** The Node object of `node`, registered at `createdAt` (virtual epoch ms). Pure. */
export function nodeObject(node: NodeFacts, uid: string, createdAt: number, podCIDR: string): KubeObject {
  const created = rfc3339(createdAt)
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
      },
      annotations: {
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { podCIDR, podCIDRs: [podCIDR], providerID: `kind://docker/initlab/${node.name}` },
    status: {
      capacity: { cpu: '4', 'ephemeral-storage': '102626232Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '8148000Ki', pods: '110' },
      allocatable: { cpu: '4', 'ephemeral-storage': '102626232Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '8148000Ki', pods: '110' },
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

import { describe, expect, it } from 'vitest'
import type { KubeObject } from '../../../engine/api/types'
import { configMapTable, secretTable } from './configMap'
import { serverTable, tableHandler } from './index'
import { namespaceTable, nodeRoles, nodeTable } from './node'
import { serviceTable } from './service'

const NOW = Date.UTC(2026, 0, 1, 9, 0, 0)
const created = '2026-01-01T08:58:30Z' // 90s before NOW

function obj(kind: string, name: string, rest: Record<string, unknown> = {}, meta: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'v1', kind, metadata: { name, namespace: 'default', creationTimestamp: created, ...meta }, ...rest }
}

describe('Service cells (printService)', () => {
  const cells = (spec: Record<string, unknown>, status: Record<string, unknown> = {}) => serviceTable.cells(obj('Service', 'svc', { spec, status }), NOW)

  it('prints a ClusterIP service, with the selector as the wide column', () => {
    expect(cells({ type: 'ClusterIP', clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'], selector: { b: '2', a: '1' }, ports: [{ port: 80, protocol: 'TCP' }] })).toEqual(
      ['svc', 'ClusterIP', '10.96.0.10', '<none>', '80/TCP', '90s', 'a=1,b=2'],
    )
  })

  it('fills in what the API server defaults: type ClusterIP and protocol TCP', () => {
    expect(cells({ ports: [{ port: 80 }, { port: 53, protocol: 'UDP' }] })).toEqual(['svc', 'ClusterIP', '<none>', '<none>', '80/TCP,53/UDP', '90s', '<none>'])
  })

  it('shows node ports and external IPs', () => {
    expect(cells({ type: 'NodePort', clusterIPs: ['10.96.1.1'], externalIPs: ['1.2.3.4', '5.6.7.8'], ports: [{ port: 443, nodePort: 30443, protocol: 'TCP' }] })).toEqual(
      ['svc', 'NodePort', '10.96.1.1', '1.2.3.4,5.6.7.8', '443:30443/TCP', '90s', '<none>'],
    )
  })

  it('shows a load balancer as <pending>, then its sorted, unique ingress addresses (never clipped)', () => {
    expect(cells({ type: 'LoadBalancer', ports: [] })[3]).toBe('<pending>')
    const ingress = [{ ip: '203.0.113.9' }, { hostname: 'a-very-long-load-balancer.example.com' }, { ip: '203.0.113.9' }, { ip: '198.51.100.1' }]
    expect(cells({ type: 'LoadBalancer' }, { loadBalancer: { ingress } })[3]).toBe('198.51.100.1,203.0.113.9,a-very-long-load-balancer.example.com')
    expect(cells({ type: 'LoadBalancer', externalIPs: ['1.1.1.1'] }, { loadBalancer: { ingress: [{ ip: '2.2.2.2' }] } })[3]).toBe('2.2.2.2,1.1.1.1')
  })

  it('shows an ExternalName service and a headless one', () => {
    expect(cells({ type: 'ExternalName', externalName: 'docs.example.com' })).toEqual(['svc', 'ExternalName', '<none>', 'docs.example.com', '<none>', '90s', '<none>'])
    expect(cells({ clusterIP: 'None', clusterIPs: ['None'], ports: [{ port: 80 }] }).slice(1, 5)).toEqual(['ClusterIP', 'None', '<none>', '80/TCP'])
  })

  it('prints <unknown> for a type it does not know', () => {
    expect(cells({ type: 'Weird' })[3]).toBe('<unknown>')
  })
})

describe('ConfigMap and Secret cells', () => {
  it('counts data and binaryData keys', () => {
    expect(configMapTable.cells(obj('ConfigMap', 'cfg', { data: { a: '1', b: '2' }, binaryData: { c: 'AA==' } }), NOW)).toEqual(['cfg', '3', '90s'])
    expect(configMapTable.cells(obj('ConfigMap', 'empty'), NOW)).toEqual(['empty', '0', '90s'])
  })

  it('prints the secret type (Opaque by default) and counts data plus stringData keys once', () => {
    expect(secretTable.cells(obj('Secret', 's', { stringData: { password: 'x', user: 'y' }, data: { user: 'eQ==' } }), NOW)).toEqual(['s', 'Opaque', '2', '90s'])
    expect(secretTable.cells(obj('Secret', 'tls', { type: 'kubernetes.io/tls', data: { 'tls.crt': 'eA==', 'tls.key': 'eA==' } }), NOW)).toEqual(['tls', 'kubernetes.io/tls', '2', '90s'])
  })
})

describe('Node and Namespace cells', () => {
  const node = (extra: Record<string, unknown>, labels: Record<string, string> = {}) =>
    nodeTable.cells(obj('Node', 'w1', extra, { namespace: undefined, labels }), NOW)

  it('prints Ready, roles, age, version and the wide node info', () => {
    const status = {
      conditions: [{ type: 'MemoryPressure', status: 'False' }, { type: 'Ready', status: 'True' }],
      addresses: [{ type: 'Hostname', address: 'w1' }, { type: 'InternalIP', address: '172.18.0.2' }],
      nodeInfo: { kubeletVersion: 'v1.35.0', osImage: 'Debian GNU/Linux 12 (bookworm)', kernelVersion: '6.8.0', containerRuntimeVersion: 'containerd://2.1.3' },
    }
    expect(node({ status }, { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'worker' })).toEqual(
      ['w1', 'Ready', 'control-plane,worker', '90s', 'v1.35.0', '172.18.0.2', '<none>', 'Debian GNU/Linux 12 (bookworm)', '6.8.0', 'containerd://2.1.3'],
    )
  })

  it('prints NotReady, Unknown and SchedulingDisabled, and <unknown> node info', () => {
    expect(node({ status: { conditions: [{ type: 'Ready', status: 'False' }] } }).slice(1, 3)).toEqual(['NotReady', '<none>'])
    expect(node({ spec: { unschedulable: true }, status: {} }).slice(1, 2)).toEqual(['Unknown,SchedulingDisabled'])
    expect(node({ status: {} }).slice(4)).toEqual(['', '<none>', '<none>', '<unknown>', '<unknown>', '<unknown>'])
  })

  it('finds roles in node-role labels and the kubernetes.io/role label, sorted and unique', () => {
    expect(nodeRoles({ 'node-role.kubernetes.io/': '', 'node-role.kubernetes.io/b': '', 'kubernetes.io/role': 'a', 'node-role.kubernetes.io/a': '' })).toEqual(['a', 'b'])
    expect(nodeRoles({ 'kubernetes.io/role': '' })).toEqual([])
  })

  it('prints a namespace phase', () => {
    expect(namespaceTable.cells(obj('Namespace', 'default', { status: { phase: 'Active' } }), NOW)).toEqual(['default', 'Active', '90s'])
  })
})

describe('serverTable', () => {
  it('builds one row per object with the kind printer, pods and events included', () => {
    const pod = obj('Pod', 'p', { spec: { containers: [{ name: 'c' }] }, status: { phase: 'Pending' } })
    const table = serverTable('Pod', [pod], NOW)
    expect(table.columns.map((c) => c.name)).toEqual(['Name', 'Ready', 'Status', 'Restarts', 'Age', 'IP', 'Node', 'Nominated Node', 'Readiness Gates'])
    expect(table.rows).toEqual([{ cells: ['p', '0/1', 'Pending', '0', '90s', '<none>', '<none>', '<none>', '<none>'], object: pod }])
    expect(tableHandler('Event').columns.filter((c) => c.priority === 0).map((c) => c.name)).toEqual(['Last Seen', 'Type', 'Reason', 'Object', 'Message'])
    expect(tableHandler('Event').columns.find((c) => c.format === 'name')).toEqual({ name: 'Name', priority: 1, format: 'name' })
  })

  it('falls back to the default table (NAME, CREATED AT) for kinds without a printer', () => {
    expect(serverTable('StatefulSet', [obj('StatefulSet', 'd')], NOW).rows[0].cells).toEqual(['d', created])
  })

  it('prints Deployments and ReplicaSets as the API server does', () => {
    const d = { ...obj('Deployment', 'web'), spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } }, status: { readyReplicas: 1, updatedReplicas: 2, availableReplicas: 1 } }
    expect(serverTable('Deployment', [d], NOW).rows[0].cells.slice(0, 4)).toEqual(['web', '1/2', '2', '1'])
    expect(serverTable('Deployment', [d], NOW).rows[0].cells.slice(5)).toEqual(['nginx', 'nginx:1.27', 'app=web'])
    const rs = { ...obj('ReplicaSet', 'web-abc'), spec: { replicas: 2 }, status: { replicas: 2, readyReplicas: 1 } }
    expect(serverTable('ReplicaSet', [rs], NOW).rows[0].cells.slice(0, 4)).toEqual(['web-abc', '2', '2', '1'])
  })
})

import { describe, expect, it } from 'vitest'
import { KINDS } from '../../engine/api/kinds'
import { createSandbox } from '../../sandbox'
import { getObject, listObjects, namespaceExists } from './source'

const kind = (k: string) => KINDS.find((i) => i.kind === k)!

describe('objects the store does not hold yet', () => {
  it('has the four namespaces, Active, created with the cluster', () => {
    const sb = createSandbox()
    const node = sb.cluster.store.list('Node')[0]
    const ns = listObjects(sb.cluster, kind('Namespace'), undefined)
    expect(ns.map((n) => n.metadata.name)).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system'])
    expect(ns.every((n) => n.metadata.creationTimestamp === node.metadata.creationTimestamp && (n.status as { phase: string }).phase === 'Active')).toBe(true)
    expect(ns[0].metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'default' })
    expect(namespaceExists(sb.cluster, 'kube-public')).toBe(true)
    expect(namespaceExists(sb.cluster, 'nosuch')).toBe(false)
  })

  it('has the kubernetes Service in default only, and a kube-root-ca.crt ConfigMap in every namespace', () => {
    const sb = createSandbox()
    const svc = getObject(sb.cluster, kind('Service'), 'default', 'kubernetes')!
    expect(svc.spec).toMatchObject({ clusterIP: '10.96.0.1', type: 'ClusterIP', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] })
    expect(listObjects(sb.cluster, kind('Service'), 'kube-system')).toEqual([])
    const cms = listObjects(sb.cluster, kind('ConfigMap'), undefined)
    expect(cms.map((c) => `${c.metadata.namespace}/${c.metadata.name}`)).toEqual([
      'default/kube-root-ca.crt',
      'kube-node-lease/kube-root-ca.crt',
      'kube-public/kube-root-ca.crt',
      'kube-system/kube-root-ca.crt',
    ])
    expect((cms[0].data as Record<string, string>)['ca.crt']).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/)
  })

  it('lets a stored object of the same name win, and keeps synthesized uids stable', () => {
    const a = createSandbox()
    const b = createSandbox({ seed: 7 })
    expect(getObject(a.cluster, kind('Namespace'), '', 'default')!.metadata.uid).toBe(getObject(b.cluster, kind('Namespace'), '', 'default')!.metadata.uid)
    a.exec('kubectl apply -f -', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: kubernetes\nspec:\n  ports:\n  - port: 8443\n')
    const svcs = listObjects(a.cluster, kind('Service'), 'default')
    expect(svcs).toHaveLength(1)
    expect(svcs[0].spec).toMatchObject({ ports: [{ port: 8443, protocol: 'TCP', targetPort: 8443 }], type: 'ClusterIP' })
  })
})

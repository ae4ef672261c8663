import { describe, expect, it } from 'vitest'
import type { Container, Volume } from '../../api/types'
import { FakeCluster, pod, run } from './testkit'
import { volumeProblem } from './volumes'
import { createWorldRuntime } from './worldRuntime'

const sh = (script: string, volumeMounts: Container['volumeMounts']): Container => ({ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', script], volumeMounts })

describe('volume contents', () => {
  it('renders configMap items with modes, downwardAPI labels and the kube-api-access files', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    cluster.put({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { 'app.conf': 'port=8080\n', other: 'x' }, binaryData: { 'logo.txt': btoa('hi') } })
    const volumes: Volume[] = [
      { name: 'cfg', configMap: { name: 'cfg', items: [{ key: 'app.conf', path: 'conf/app.conf', mode: 0o600 }] } },
      { name: 'all', configMap: { name: 'cfg', defaultMode: 0o400 } },
      { name: 'info', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }, { path: 'name', fieldRef: { fieldPath: 'metadata.name' } }] } },
      { name: 'kube-api-access-abcde', projected: { defaultMode: 420, sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }, { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } }, { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } }] } },
    ]
    const c = sh('ls /cfg /cfg/conf /all; cat /cfg/conf/app.conf /all/logo.txt; echo; cat /info/labels; echo; cat /info/name; echo; ls /sa; cat /sa/namespace; echo; head -c 12 /sa/ca.crt; echo', [
      { name: 'cfg', mountPath: '/cfg' }, { name: 'all', mountPath: '/all' }, { name: 'info', mountPath: '/info' }, { name: 'kube-api-access-abcde', mountPath: '/sa', readOnly: true },
    ])
    const p = cluster.put(pod('web', { volumes, containers: [c] }, { labels: { app: 'web', tier: 'front' } }))
    const r = run(rt, cluster, p, c)
    expect(r.log).toBe('/all:\napp.conf\nlogo.txt\nother\n\n/cfg:\nconf\n\n/cfg/conf:\napp.conf\nport=8080\nhi\napp="web"\ntier="front"\nweb\nca.crt\nnamespace\ntoken\ndefault\n-----BEGIN C\n')
  })

  it('mounts a subPath of a volume and enforces readOnly', () => {
    const cluster = new FakeCluster()
    const rt = createWorldRuntime(cluster)
    const vol: Volume[] = [{ name: 'data', emptyDir: {} }]
    const w = sh('echo one > /work/f; ls /work', [{ name: 'data', mountPath: '/work', subPath: 'app/a' }])
    const p = cluster.put(pod('p', { volumes: vol, containers: [w] }))
    expect(run(rt, cluster, p, w).log).toBe('f\n')
    const r = sh('ls /all/app; cat /all/app/a/f; echo two >> /all/app/a/f', [{ name: 'data', mountPath: '/all', readOnly: true }])
    expect(run(rt, cluster, p, r).log).toBe("a\none\nsh: can't create /all/app/a/f: Read-only file system\n")
  })

  it('reports a volume that cannot be set up with the FailedMount text', () => {
    const cluster = new FakeCluster()
    const p = pod('p', { volumes: [{ name: 'cfg', configMap: { name: 'nope' } }], containers: [] })
    expect(volumeProblem(p, cluster)).toBe('MountVolume.SetUp failed for volume "cfg" : configmap "nope" not found')
    cluster.put({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'nope', namespace: 'default' }, data: {} })
    const q = pod('q', { volumes: [{ name: 'cfg', configMap: { name: 'nope', items: [{ key: 'k', path: 'k' }] } }], containers: [] })
    expect(volumeProblem(q, cluster)).toBe('MountVolume.SetUp failed for volume "cfg" : configmap references non-existent config key: k')
  })
})

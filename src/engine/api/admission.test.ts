import { describe, expect, it } from 'vitest'
import type { Pod } from './types'
import { admitPod } from './admission'
import { defaultPod } from './defaults'

const opts = { namespace: 'default', randomSuffix: () => 'x7k2q' }
const pod = (): Pod => defaultPod({
  metadata: { name: 'p' },
  spec: { initContainers: [{ name: 'init', image: 'busybox' }], containers: [{ name: 'app', image: 'busybox' }] },
})

describe('admitPod', () => {
  it('adds namespace, service account, the kube-api-access volume and mounts, tolerations and priority', () => {
    const a = admitPod(pod(), opts)
    expect(a.metadata.namespace).toBe('default')
    expect(a.spec.serviceAccountName).toBe('default')
    expect(a.spec.serviceAccount).toBe('default')
    expect(a.spec.volumes).toEqual([{
      name: 'kube-api-access-x7k2q',
      projected: {
        sources: [
          { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
          { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
          { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
        ],
        defaultMode: 420,
      },
    }])
    const mount = { name: 'kube-api-access-x7k2q', readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }
    expect(a.spec.initContainers![0].volumeMounts).toEqual([mount])
    expect(a.spec.containers[0].volumeMounts).toEqual([mount])
    expect(a.spec.tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ])
    expect(a.spec.priority).toBe(0)
    expect(a.spec.preemptionPolicy).toBe('PreemptLowerPriority')
  })

  it('puts the service account fields and tolerations where the Go struct has them', () => {
    const keys = Object.keys(admitPod(pod(), opts).spec)
    expect(keys).toEqual(['volumes', 'initContainers', 'containers', 'restartPolicy', 'terminationGracePeriodSeconds', 'dnsPolicy',
      'serviceAccountName', 'serviceAccount', 'securityContext', 'schedulerName', 'tolerations', 'priority', 'enableServiceLinks', 'preemptionPolicy'])
  })

  it('keeps a named service account and skips the token when automount is off', () => {
    const p = pod()
    p.spec.serviceAccountName = 'builder'
    p.spec.automountServiceAccountToken = false
    const a = admitPod(p, opts)
    expect(a.spec.serviceAccount).toBe('builder')
    expect(a.spec.volumes).toBeUndefined()
    expect(a.spec.containers[0].volumeMounts).toBeUndefined()
  })

  it('does not duplicate existing NoExecute tolerations for those keys', () => {
    const p = pod()
    p.spec.tolerations = [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 10 }]
    expect(admitPod(p, opts).spec.tolerations).toEqual([
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 10 },
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ])
  })

  it('leaves its input alone and skips containers that already mount the token path', () => {
    const p = pod()
    p.spec.containers[0].volumeMounts = [{ name: 'mine', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }]
    const before = JSON.stringify(p)
    const a = admitPod(p, opts)
    expect(JSON.stringify(p)).toBe(before)
    expect(a.spec.containers[0].volumeMounts).toEqual([{ name: 'mine', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }])
  })
})

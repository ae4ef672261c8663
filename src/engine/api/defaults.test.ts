import { describe, expect, it } from 'vitest'
import type { Pod } from './types'
import { defaultPod, defaultPullPolicy, KEY_ORDER, orderLikeGo } from './defaults'

const basic = (): Pod => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'myapp-pod', labels: { app: 'myapp' } },
  spec: {
    initContainers: [{ name: 'init-myservice', image: 'busybox:1.28', command: ['sh', '-c', 'sleep 2'] }],
    containers: [{ name: 'myapp-container', image: 'busybox:1.28', command: ['sh', '-c', 'sleep 3600'] }],
  },
})

describe('defaultPod', () => {
  it('fills the PodSpec and container defaults the API server adds', () => {
    const container = { resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'IfNotPresent' }
    expect(defaultPod(basic())).toEqual({
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'myapp-pod', labels: { app: 'myapp' } },
      spec: {
        initContainers: [{ name: 'init-myservice', image: 'busybox:1.28', command: ['sh', '-c', 'sleep 2'], ...container }],
        containers: [{ name: 'myapp-container', image: 'busybox:1.28', command: ['sh', '-c', 'sleep 3600'], ...container }],
        restartPolicy: 'Always', terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst', securityContext: {},
        schedulerName: 'default-scheduler', enableServiceLinks: true,
      },
    })
  })

  it('orders keys like the Go structs', () => {
    const d = defaultPod(basic())
    expect(Object.keys(d.spec)).toEqual(['initContainers', 'containers', 'restartPolicy', 'terminationGracePeriodSeconds', 'dnsPolicy',
      'securityContext', 'schedulerName', 'enableServiceLinks'])
    expect(Object.keys(d.spec.containers[0])).toEqual(['name', 'image', 'command', 'resources', 'terminationMessagePath',
      'terminationMessagePolicy', 'imagePullPolicy'])
  })

  it('never mutates its input', () => {
    const input = basic()
    const copy = JSON.parse(JSON.stringify(input))
    defaultPod(input)
    expect(input).toEqual(copy)
  })

  it('keeps values that are already set', () => {
    const p = basic()
    p.spec.restartPolicy = 'Never'
    p.spec.terminationGracePeriodSeconds = 0
    p.spec.containers[0].imagePullPolicy = 'Never'
    const d = defaultPod(p)
    expect(d.spec.restartPolicy).toBe('Never')
    expect(d.spec.terminationGracePeriodSeconds).toBe(0)
    expect(d.spec.containers[0].imagePullPolicy).toBe('Never')
  })

  it('copies limits into missing requests, canonicalizes quantities and adds resize policies for app containers', () => {
    const p = basic()
    p.spec.containers[0].resources = { limits: { cpu: 0.5, memory: '128Mi' }, requests: { memory: '64Mi' } }
    p.spec.initContainers![0].resources = { limits: { cpu: '1000m' } }
    const d = defaultPod(p)
    expect(d.spec.containers[0].resources).toEqual({ limits: { cpu: '500m', memory: '128Mi' }, requests: { memory: '64Mi', cpu: '500m' } })
    expect(d.spec.containers[0].resizePolicy).toEqual([{ resourceName: 'cpu', restartPolicy: 'NotRequired' }, { resourceName: 'memory', restartPolicy: 'NotRequired' }])
    expect(d.spec.initContainers![0].resources).toEqual({ limits: { cpu: '1' }, requests: { cpu: '1' } })
    expect(d.spec.initContainers![0].resizePolicy).toBeUndefined()
  })

  it('rounds quantities up to milli precision', () => {
    const p = basic()
    p.spec.containers[0].resources = { requests: { cpu: '100u' } }
    expect(defaultPod(p).spec.containers[0].resources).toEqual({ requests: { cpu: '1m' } })
  })

  it('defaults probes, httpGet, ports and env fieldRef', () => {
    const p = basic()
    p.spec.containers[0] = {
      ...p.spec.containers[0],
      ports: [{ containerPort: 80 }],
      env: [{ name: 'NS', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } }],
      livenessProbe: { httpGet: { port: 80 } },
      readinessProbe: { exec: { command: ['true'] }, periodSeconds: 5 },
    }
    const c = defaultPod(p).spec.containers[0]
    expect(c.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }])
    expect(c.env).toEqual([{ name: 'NS', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } } }])
    expect(c.livenessProbe).toEqual({ httpGet: { path: '/', port: 80, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 })
    expect(c.readinessProbe).toEqual({ exec: { command: ['true'] }, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 })
  })

  it('defaults volumes: no source means emptyDir, modes 420, hostPath type ""', () => {
    const p = basic()
    p.spec.volumes = [
      { name: 'data' },
      { name: 'cfg', configMap: { name: 'c' } },
      { name: 'sec', secret: { secretName: 's' } },
      { name: 'host', hostPath: { path: '/tmp' } },
      { name: 'dapi', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
      { name: 'scratch', emptyDir: { sizeLimit: '1024Mi' } },
    ]
    expect(defaultPod(p).spec.volumes).toEqual([
      { name: 'data', emptyDir: {} },
      { name: 'cfg', configMap: { name: 'c', defaultMode: 420 } },
      { name: 'sec', secret: { secretName: 's', defaultMode: 420 } },
      { name: 'host', hostPath: { path: '/tmp', type: '' } },
      { name: 'dapi', downwardAPI: { items: [{ path: 'labels', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.labels' } }], defaultMode: 420 } },
      { name: 'scratch', emptyDir: { sizeLimit: '1Gi' } },
    ])
  })

  it('with hostNetwork, container ports default their hostPort', () => {
    const p = basic()
    p.spec.hostNetwork = true
    p.spec.containers[0].ports = [{ containerPort: 8080 }]
    expect(defaultPod(p).spec.containers[0].ports).toEqual([{ hostPort: 8080, containerPort: 8080, protocol: 'TCP' }])
  })

  it('does not throw on junk', () => {
    expect(() => defaultPod(null as unknown as Pod)).not.toThrow()
    expect(() => defaultPod({ metadata: 1, spec: { containers: 'x', volumes: [null, 3] } } as unknown as Pod)).not.toThrow()
  })
})

describe('defaultPullPolicy', () => {
  it.each([
    ['busybox', 'Always'], ['busybox:latest', 'Always'], ['busybox:1.36', 'IfNotPresent'],
    ['docker.io/library/busybox:1.36', 'IfNotPresent'], ['localhost:5000/app', 'Always'], ['localhost:5000/app:v1', 'IfNotPresent'],
    ['nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'IfNotPresent'],
    ['', 'IfNotPresent'], ['Busybox', 'IfNotPresent'],
  ])('%s -> %s', (image, policy) => {
    expect(defaultPullPolicy(image)).toBe(policy)
  })
})

describe('orderLikeGo', () => {
  it('puts known keys first in order and keeps unknown ones after', () => {
    expect(Object.keys(orderLikeGo({ zeta: 1, image: 'x', name: 'a' }, KEY_ORDER.container))).toEqual(['name', 'image', 'zeta'])
  })
})

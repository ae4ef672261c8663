// tail -F as a container's main process in a simulated cluster: it shows what a sibling container
// appends to a shared emptyDir, keeps the container running, and goes only when the pod is deleted
// (PID 1 ignores SIGTERM, so after the 30 s grace period).

import { describe, expect, it } from 'vitest'
import type { Pod } from '../../../api/types'
import { Cluster } from '../../../cluster'

const logPod = (): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'logs' },
  spec: {
    containers: [
      { name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo "line $i" >> /var/log/app.log; sleep 5; done'], volumeMounts: [{ name: 'logs', mountPath: '/var/log' }] },
      { name: 'shipper', image: 'busybox:1.36', command: ['tail', '-F', '/var/log/app.log'], volumeMounts: [{ name: 'logs', mountPath: '/var/log' }] },
    ],
    volumes: [{ name: 'logs', emptyDir: {} }],
  },
})

const shipperLog = (cluster: Cluster) => {
  const pod = cluster.store.get<Pod>('Pod', 'default', 'logs')
  const id = pod?.status?.containerStatuses?.find((s) => s.name === 'shipper')?.containerID ?? ''
  return cluster.containerLog(id).map((l) => l.text).join('')
}

describe('tail -F in a pod', () => {
  it('ships the lines another container appends, keeps running, and ends with the pod', () => {
    const cluster = new Cluster()
    expect(cluster.createPod(logPod()).ok).toBe(true)
    cluster.advance(60_000)
    const pod = cluster.store.get<Pod>('Pod', 'default', 'logs')
    expect(pod?.status?.phase).toBe('Running')
    expect(pod?.status?.containerStatuses?.find((s) => s.name === 'shipper')?.state?.running).toBeDefined()
    // One line every 5 s from the start at 2.6 s: twelve lines in the first minute.
    const lines = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `line ${from + k}\n`).join('')
    expect(shipperLog(cluster)).toBe(lines(1, 12))
    cluster.advance(20_000)
    expect(shipperLog(cluster)).toBe(lines(1, 16))

    expect(cluster.deletePod('default', 'logs').ok).toBe(true)
    cluster.advance(25_000)
    expect(cluster.store.get<Pod>('Pod', 'default', 'logs')).toBeDefined()
    cluster.advance(30_000)
    expect(cluster.store.get<Pod>('Pod', 'default', 'logs')).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { lastAppliedValue, LAST_APPLIED, threeWayMerge } from './merge'

describe('threeWayMerge', () => {
  const live = {
    metadata: { name: 'a', uid: 'u', labels: { app: 'x', team: 'y' } },
    spec: {
      containers: [{ name: 'c', image: 'nginx:1.27', imagePullPolicy: 'IfNotPresent', volumeMounts: [{ name: 'tok', mountPath: '/var/run/secrets' }] }],
      tolerations: [{ key: 'node.kubernetes.io/not-ready' }],
      restartPolicy: 'Always',
    },
  }
  const last = { metadata: { name: 'a', labels: { app: 'x', team: 'y' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } }

  it('changes what the manifest changes and keeps what the server added', () => {
    const manifest = { metadata: { name: 'a', labels: { app: 'x', team: 'y' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] } }
    expect(threeWayMerge(live, last, manifest)).toEqual({
      ...live,
      spec: { ...live.spec, containers: [{ ...live.spec.containers[0], image: 'nginx:1.25' }] },
    })
  })

  it('removes fields that were applied before and are gone from the manifest', () => {
    const manifest = { metadata: { name: 'a', labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } }
    expect((threeWayMerge(live, last, manifest) as typeof live).metadata.labels).toEqual({ app: 'x' })
  })

  it('stores the manifest as sorted compact JSON with a newline, without its own annotation', () => {
    expect(lastAppliedValue({ kind: 'Pod', apiVersion: 'v1', metadata: { name: 'a', annotations: { [LAST_APPLIED]: 'old' } } })).toBe('{"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"name":"a"}}\n')
  })
})

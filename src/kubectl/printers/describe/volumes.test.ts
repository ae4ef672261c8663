import { describe, expect, it } from 'vitest'
import { PrefixWriter } from './prefixWriter'
import { writeVolumes } from './volumes'

// Expected text as kubectl v1.35.2 printed it (see the describe-kitchen-sink golden).
describe('writeVolumes', () => {
  it('prints <none> without volumes', () => {
    const w = new PrefixWriter()
    writeVolumes(w, [])
    expect(w.text()).toBe('Volumes:  <none>\n')
  })

  it('prints the kube-api-access projected volume', () => {
    const w = new PrefixWriter()
    writeVolumes(w, [
      {
        name: 'kube-api-access-bzglg',
        projected: {
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
            { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
          ],
          defaultMode: 420,
        },
      },
    ])
    expect(w.text()).toBe(
      'Volumes:\n' +
        '  kube-api-access-bzglg:\n' +
        '    Type:                    Projected (a volume that contains injected data from multiple sources)\n' +
        '    TokenExpirationSeconds:  3607\n' +
        '    ConfigMapName:           kube-root-ca.crt\n' +
        '    Optional:                false\n' +
        '    DownwardAPI:             true\n',
    )
  })

  it('prints emptyDir defaults and <unknown> for sources it does not model', () => {
    const w = new PrefixWriter()
    writeVolumes(w, [{ name: 'data', emptyDir: {} }, { name: 'weird' }])
    expect(w.text()).toBe(
      'Volumes:\n' +
        '  data:\n' +
        "    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)\n" +
        '    Medium:     \n' +
        '    SizeLimit:  <unset>\n' +
        '  weird:\n' +
        '  <unknown>\n',
    )
  })
})

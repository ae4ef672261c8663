import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Container, Pod } from '../types'
import { admitPod } from '../admission'
import { defaultPod } from '../defaults'
import { formatInvalidError } from '../fieldErrors'
import { podDecodeError, validatePodCreate } from './index'

const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
const NOT_FOR_INIT = 'may not be set for init containers without restartPolicy=Always'

function build(mutate: (p: Pod) => void = () => {}): Pod {
  const p: Pod = {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'myapp-pod' },
    spec: {
      initContainers: [{ name: 'init-myservice', image: 'busybox:1.28', command: ['sh', '-c', 'sleep 2'] }],
      containers: [{ name: 'myapp-container', image: 'busybox:1.28' }],
    },
  }
  mutate(p)
  return admitPod(defaultPod(p), { namespace: 'default', randomSuffix: () => 'abcde' })
}
const messages = (mutate: (p: Pod) => void): string[] => validatePodCreate(build(mutate)).map((e) => e.message)
const init = (p: Pod): Container => p.spec.initContainers![0]
const app = (p: Pod): Container => p.spec.containers[0]

describe('validatePodCreate: a valid pod', () => {
  it('has no errors once defaulted and admitted', () => {
    expect(validatePodCreate(build())).toEqual([])
  })
})

describe('validatePodCreate: metadata', () => {
  it('requires a name or generateName', () => {
    expect(messages((p) => { delete p.metadata.name })).toEqual(['metadata.name: Required value: name or generateName is required'])
  })
  it('checks the name as a DNS-1123 subdomain', () => {
    expect(messages((p) => { p.metadata.name = 'My_Pod' })).toEqual([
      "metadata.name: Invalid value: \"My_Pod\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ])
  })
  it('checks labels', () => {
    expect(messages((p) => { p.metadata.labels = { app: 'bad value' } })).toEqual([
      "metadata.labels: Invalid value: \"bad value\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ])
  })
})

describe('validatePodCreate: containers', () => {
  it('requires at least one app container', () => {
    expect(messages((p) => { p.spec.containers = [] })).toEqual(['spec.containers: Required value'])
  })
  it('requires container names and checks them as DNS-1123 labels', () => {
    expect(messages((p) => { app(p).name = '' })).toEqual(['spec.containers[0].name: Required value'])
    expect(messages((p) => { app(p).name = 'My_App' })).toEqual([`spec.containers[0].name: Invalid value: "My_App": ${LABEL_MSG}`])
    expect(messages((p) => { app(p).name = 'a.b' })).toEqual(['spec.containers[0].name: Invalid value: "a.b": must not contain dots'])
    expect(messages((p) => { app(p).name = 'a'.repeat(64) })).toEqual([`spec.containers[0].name: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`])
  })
  it('requires an image', () => {
    expect(messages((p) => { app(p).image = '' })).toEqual(['spec.containers[0].image: Required value'])
  })
  it('rejects duplicate app container names on the later one', () => {
    expect(messages((p) => { p.spec.containers.push({ name: 'myapp-container', image: 'nginx' }) })).toEqual(['spec.containers[1].name: Duplicate value: "myapp-container"'])
  })
  it('validates container restartPolicy values (ContainerRestartRules on)', () => {
    expect(messages((p) => { app(p).restartPolicy = 'Never' })).toEqual([])
    expect(messages((p) => { app(p).restartPolicy = 'Sometimes' })).toEqual(['spec.containers[0].restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"'])
  })
  it('checks image whitespace on pods', () => {
    expect(messages((p) => { app(p).image = ' nginx' })).toEqual(['spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace'])
  })
  it('checks ports', () => {
    expect(messages((p) => { app(p).ports = [{ containerPort: 70000 }] })).toEqual(['spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive'])
    expect(messages((p) => { app(p).ports = [{ name: 'http', containerPort: 80 }, { name: 'http', containerPort: 81 }] })).toEqual(['spec.containers[0].ports[1].name: Duplicate value: "http"'])
    expect(messages((p) => { app(p).ports = [{ containerPort: 80, protocol: 'HTTP' }] })).toEqual(['spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'])
  })
  it('checks env var names (relaxed rules) and valueFrom', () => {
    expect(messages((p) => { app(p).env = [{ name: 'A=B' }] })).toEqual(["spec.containers[0].env[0].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='"])
    expect(messages((p) => { app(p).env = [{ name: '' }] })).toEqual(['spec.containers[0].env[0].name: Required value'])
    expect(messages((p) => { app(p).env = [{ name: 'X', valueFrom: { fieldRef: { fieldPath: 'spec.foo' } } }] }))
      .toEqual(['spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "spec.foo": error converting fieldPath: field label not supported: spec.foo'])
    expect(messages((p) => { app(p).env = [{ name: 'X', valueFrom: { fieldRef: { fieldPath: 'status.phase' } } }] }))
      .toEqual(['spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"'])
  })
})

describe('validatePodCreate: resources', () => {
  it('requests must not exceed limits, reported on the requests map', () => {
    expect(messages((p) => { app(p).resources = { requests: { cpu: '2' }, limits: { cpu: '1' } } }))
      .toEqual(['spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1'])
    expect(messages((p) => { app(p).resources = { requests: { memory: '1Gi' }, limits: { memory: '512Mi' } } }))
      .toEqual(['spec.containers[0].resources.requests: Invalid value: "1Gi": must be less than or equal to memory limit of 512Mi'])
  })
  it('rejects negative quantities', () => {
    expect(messages((p) => { app(p).resources = { requests: { cpu: '-1' } } }))
      .toEqual(['spec.containers[0].resources.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0'])
  })
  it('rejects unknown resource names', () => {
    expect(messages((p) => { app(p).resources = { requests: { gpu: '1' } } })).toEqual([
      'spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource type or fully qualified',
      'spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource for containers',
    ])
  })
  it('extended resources must be integers and requests must equal limits', () => {
    expect(messages((p) => { app(p).resources = { limits: { 'example.com/gpu': '500m' } } })).toEqual([
      'spec.containers[0].resources.limits[example.com/gpu]: Invalid value: "500m": must be an integer',
      'spec.containers[0].resources.requests[example.com/gpu]: Invalid value: "500m": must be an integer',
    ])
    expect(messages((p) => { app(p).resources = { limits: { 'example.com/gpu': '2' }, requests: { 'example.com/gpu': '1' } } }))
      .toEqual(['spec.containers[0].resources.requests: Invalid value: "1": must be equal to example.com/gpu limit of 2'])
  })
  it('unparsable quantities are a decode error, not a field error', () => {
    const p = build((q) => { app(q).resources = { limits: { cpu: 'abc' } } })
    expect(podDecodeError(p)).toBe("Pod in version \"v1\" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
    expect(podDecodeError(build())).toBeNull()
    expect(() => validatePodCreate(p)).not.toThrow()
  })
  it('pod-level requests must cover the containers', () => {
    expect(messages((p) => { app(p).resources = { requests: { cpu: '2' } }; p.spec.resources = { requests: { cpu: '1' } } }))
      .toEqual(['spec.resources.requests[cpu]: Invalid value: "1": must be greater than or equal to aggregate container requests of 2'])
  })
})

describe('validatePodCreate: volumes and mounts', () => {
  it('mounts must name a valid volume and have a unique path', () => {
    expect(messages((p) => { app(p).volumeMounts = [{ name: 'x', mountPath: '/data' }] })).toEqual(['spec.containers[0].volumeMounts[0].name: Not found: "x"'])
    expect(messages((p) => {
      p.spec.volumes = [{ name: 'data', emptyDir: {} }]
      app(p).volumeMounts = [{ name: 'data', mountPath: '' }, { name: 'data', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }]
    })).toEqual([
      'spec.containers[0].volumeMounts[0].mountPath: Required value',
    ])
  })
  it('volume names are unique labels and each volume has one source', () => {
    expect(messages((p) => { p.spec.volumes = [{ name: 'data', emptyDir: {} }, { name: 'data', emptyDir: {} }] })).toEqual(['spec.volumes[1].name: Duplicate value: "data"'])
    expect(messages((p) => { p.spec.volumes = [{ name: 'data', emptyDir: {}, configMap: { name: 'c' } }] })).toEqual(['spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type'])
    expect(messages((p) => { p.spec.volumes = [{ name: 'Data' }] })).toEqual([`spec.volumes[0].name: Invalid value: "Data": ${LABEL_MSG}`])
  })
  it('a mount of a volume that failed validation is not found', () => {
    expect(messages((p) => { p.spec.volumes = [{ name: 'cfg', configMap: {} }]; app(p).volumeMounts = [{ name: 'cfg', mountPath: '/c' }] })).toEqual([
      'spec.volumes[0].configMap.name: Required value',
      'spec.containers[0].volumeMounts[0].name: Not found: "cfg"',
    ])
  })
})

describe('validatePodCreate: pod-level fields', () => {
  it('restartPolicy, dnsPolicy and activeDeadlineSeconds', () => {
    expect(messages((p) => { p.spec.restartPolicy = 'Sometimes' })).toEqual(['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'])
    expect(messages((p) => { p.spec.dnsPolicy = 'Google' })).toEqual(['spec.dnsPolicy: Unsupported value: "Google": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"'])
    expect(messages((p) => { p.spec.activeDeadlineSeconds = 0 })).toEqual(['spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive'])
  })
  it('accepts a negative terminationGracePeriodSeconds, as the API server does', () => {
    expect(messages((p) => { p.spec.terminationGracePeriodSeconds = -1 })).toEqual([])
  })
})

describe('validatePodCreate: init containers', () => {
  it('forbids lifecycle and probes on plain init containers, in Go order', () => {
    expect(messages((p) => {
      init(p).startupProbe = { exec: { command: ['true'] } }
      init(p).readinessProbe = { exec: { command: ['true'] } }
      init(p).livenessProbe = { exec: { command: ['true'] } }
      init(p).lifecycle = { postStart: { exec: { command: ['true'] } } }
    })).toEqual([
      `spec.initContainers[0].lifecycle: Forbidden: ${NOT_FOR_INIT}`,
      `spec.initContainers[0].livenessProbe: Forbidden: ${NOT_FOR_INIT}`,
      `spec.initContainers[0].readinessProbe: Forbidden: ${NOT_FOR_INIT}`,
      `spec.initContainers[0].startupProbe: Forbidden: ${NOT_FOR_INIT}`,
    ])
  })
  it('validates sidecar probes like app containers', () => {
    expect(messages((p) => { init(p).restartPolicy = 'Always'; init(p).livenessProbe = { exec: { command: ['true'] } } })).toEqual([])
    expect(messages((p) => { init(p).restartPolicy = 'Always'; init(p).livenessProbe = { exec: { command: ['true'] }, successThreshold: 2 } }))
      .toEqual(['spec.initContainers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1'])
    expect(messages((p) => { init(p).restartPolicy = 'Always'; init(p).startupProbe = {} }))
      .toEqual(['spec.initContainers[0].startupProbe: Required value: must specify a handler type'])
    expect(messages((p) => { init(p).restartPolicy = 'Always'; init(p).readinessProbe = { exec: { command: [] }, httpGet: { port: 80 }, terminationGracePeriodSeconds: 5 } })).toEqual([
      'spec.initContainers[0].readinessProbe.exec.command: Required value',
      'spec.initContainers[0].readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type',
      'spec.initContainers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 5: must not be set for readinessProbes',
    ])
  })
  it('checks restartPolicy values and rules', () => {
    expect(messages((p) => { init(p).restartPolicy = 'OnFailure' })).toEqual([])
    expect(messages((p) => { init(p).restartPolicy = 'Sometimes' })).toEqual(['spec.initContainers[0].restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"'])
    expect(messages((p) => { init(p).restartPolicyRules = [{ action: 'Restart', exitCodes: { operator: 'In', values: [1] } }] }))
      .toEqual(['spec.initContainers[0].restartPolicy: Required value: must specify restartPolicy when restart rules are used'])
    expect(messages((p) => { init(p).restartPolicy = 'Always'; init(p).restartPolicyRules = [{ action: 'Restart' }] }))
      .toEqual(['spec.initContainers[0].restartPolicyRules: Forbidden: restartPolicyRules are not allowed for init containers with restart policy Always'])
    const rules = Array.from({ length: 21 }, () => ({ action: 'Restart', exitCodes: { operator: 'In', values: [1] } }))
    expect(messages((p) => { init(p).restartPolicy = 'Never'; init(p).restartPolicyRules = rules }))
      .toEqual(['spec.initContainers[0].restartPolicyRules: Too many: 21: must have at most 20 items'])
  })
  it('reports a name clash with an app container on the init container', () => {
    expect(messages((p) => { init(p).name = 'myapp-container' })).toEqual(['spec.initContainers[0].name: Duplicate value: "myapp-container"'])
  })
  it('rejects RestartContainer resize policies on plain init containers', () => {
    expect(messages((p) => { init(p).resizePolicy = [{ resourceName: 'cpu', restartPolicy: 'RestartContainer' }] }))
      .toEqual(['spec.initContainers[0].resizePolicy[0].restartPolicy: Invalid value: "RestartContainer": must not be set to \'RestartContainer\' for non-sidecar initContainers'])
  })
  it('orders several errors the way the API server does', () => {
    const errs = validatePodCreate(build((p) => {
      init(p).name = 'Bad_Name'
      init(p).livenessProbe = { exec: { command: ['true'] } }
      init(p).lifecycle = { preStop: { exec: { command: ['true'] } } }
      p.spec.initContainers!.push({ name: 'myapp-container', image: '' })
      app(p).image = ''
      p.spec.restartPolicy = 'Sometimes'
    }))
    expect(formatInvalidError('Pod', 'myapp-pod', errs)).toBe([
      'The Pod "myapp-pod" is invalid: ',
      '* spec.containers[0].image: Required value',
      `* spec.initContainers[0].name: Invalid value: "Bad_Name": ${LABEL_MSG}`,
      `* spec.initContainers[0].lifecycle: Forbidden: ${NOT_FOR_INIT}`,
      `* spec.initContainers[0].livenessProbe: Forbidden: ${NOT_FOR_INIT}`,
      '* spec.initContainers[1].image: Required value',
      '* spec.initContainers[1].name: Duplicate value: "myapp-container"',
      '* spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
      '',
    ].join('\n'))
  })
})

describe('validatePodCreate: create-only rules', () => {
  it('forbids ephemeral containers and nodeName with scheduling gates', () => {
    expect(messages((p) => { p.spec.ephemeralContainers = [{ name: 'dbg' }] })).toContain('spec.ephemeralContainers: Forbidden: cannot be set on create')
    expect(messages((p) => { p.spec.nodeName = 'node-1'; p.spec.schedulingGates = [{ name: 'example.com/gate' }] }))
      .toEqual(['spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared'])
  })
})

describe('validatePodCreate never throws', () => {
  const junk = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined))
  const loose = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, junk, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('name', 'image', 'cpu', 'limits', 'requests', 'exec', 'port', 'restartPolicy', 'x'), tie('value'), { maxKeys: 4 })),
  })).value
  const containerArb = fc.record({
    name: fc.oneof(fc.string(), junk), image: fc.oneof(fc.string(), junk), restartPolicy: fc.oneof(fc.constantFrom('Always', 'Never', 'x'), junk),
    resources: fc.oneof(loose, fc.record({ limits: fc.dictionary(fc.constantFrom('cpu', 'memory', 'a/b'), fc.oneof(fc.string(), fc.integer(), junk)) })),
    livenessProbe: loose, lifecycle: loose, ports: loose, env: loose, volumeMounts: loose, restartPolicyRules: loose, resizePolicy: loose,
  }, { requiredKeys: [] })
  const podArb = fc.record({
    metadata: fc.oneof(loose, fc.record({ name: fc.oneof(fc.string(), junk), labels: loose, annotations: loose }, { requiredKeys: [] })),
    spec: fc.oneof(loose, fc.record({
      containers: fc.oneof(fc.array(fc.oneof(containerArb, junk), { maxLength: 3 }), junk),
      initContainers: fc.oneof(fc.array(fc.oneof(containerArb, junk), { maxLength: 3 }), junk),
      volumes: loose, tolerations: loose, restartPolicy: loose, overhead: loose, resources: loose, terminationGracePeriodSeconds: junk,
    }, { requiredKeys: [] })),
  }, { requiredKeys: [] })

  it('on random pod-shaped input, raw or defaulted', () => {
    fc.assert(fc.property(podArb, (raw) => {
      const pod = raw as unknown as Pod
      expect(Array.isArray(validatePodCreate(pod))).toBe(true)
      const admitted = admitPod(defaultPod(pod), { namespace: 'default', randomSuffix: () => 'abcde' })
      expect(Array.isArray(validatePodCreate(admitted))).toBe(true)
      podDecodeError(pod)
    }), { numRuns: 400 })
  })
  it('on non-objects', () => {
    for (const v of [null, undefined, 3, 'pod', [], [1]]) expect(() => validatePodCreate(v as unknown as Pod)).not.toThrow()
  })
})

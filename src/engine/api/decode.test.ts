// Tests for strict decoding. The server-side texts follow apiserver's transformDecodeError,
// apimachinery's strictDecodingError and sigs.k8s.io/json; the client-side `unable to decode`
// texts were checked against a real kubectl v1.35.2.

import { describe, expect, it } from 'vitest'
import { clientCheck, clientMetadataError, decodeObject } from './decode'
import { goBase64Error, quantityError } from './decode/scalars'
import { kindFor, type KindInfo } from './kinds'
import { parseManifests } from './manifest'

const POD = kindFor('v1', 'Pod') as KindInfo
const PREFIX = 'Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: '

/** A pod manifest with one init container and one app container, plus overrides. */
function pod(init: Record<string, unknown> = {}, app: Record<string, unknown> = {}, spec: Record<string, unknown> = {}) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'demo' },
    spec: {
      initContainers: [{ name: 'init', image: 'busybox', ...init }],
      containers: [{ name: 'app', image: 'nginx', ...app }],
      ...spec,
    },
  }
}

const fail = (obj: Record<string, unknown>, kind = POD) => {
  const r = decodeObject(obj, kind)
  if (r.ok) throw new Error('expected a decode error')
  return r
}

describe('decodeObject: unknown fields', () => {
  it('accepts a well-formed pod', () => {
    const obj = pod({ command: ['sh', '-c', 'sleep 2'] }, { ports: [{ containerPort: 80 }], resources: { limits: { cpu: '500m', memory: '128Mi' } } })
    expect(decodeObject(obj, POD)).toEqual({ ok: true, object: obj })
  })

  it('names one unknown field with its index path', () => {
    const r = fail(pod({ foo: 1 }))
    expect(r.message).toBe(`${PREFIX}strict decoding error: unknown field "spec.initContainers[0].foo"`)
    expect(r.field).toBe('spec.initContainers[0].foo')
  })

  it('lists several unknown fields in the order of the sorted JSON kubectl sends', () => {
    const r = fail({ ...pod({ livenessprobe: {} }, { imagePullpolicy: 'Always' }), metadata: { name: 'demo', app: 'x' } })
    expect(r.message).toBe(`${PREFIX}strict decoding error: unknown field "metadata.app", unknown field "spec.containers[0].imagePullpolicy", unknown field "spec.initContainers[0].livenessprobe"`)
    expect(r.fields).toEqual(['metadata.app', 'spec.containers[0].imagePullpolicy', 'spec.initContainers[0].livenessprobe'])
  })

  it('takes the verb and source from the request', () => {
    const r = fail(pod({ foo: 1 }))
    const replaced = decodeObject(pod({ foo: 1 }), POD, { verb: 'replacing', source: 'pod.yaml' })
    expect(replaced.ok || replaced.message).toBe(r.message.replace('creating "STDIN"', 'replacing "pod.yaml"'))
    expect(replaced.ok || replaced.cause).toBe(r.cause.replace('creating "STDIN"', 'replacing "pod.yaml"'))
  })
})

describe('decodeObject: type errors', () => {
  it('reports a string where a list is expected', () => {
    const r = fail(pod({ command: 'sleep 10' }))
    expect(r.message).toBe(`${PREFIX}json: cannot unmarshal string into Go struct field Container.spec.initContainers.command of type []string`)
    expect(r.field).toBe('spec.initContainers[0].command')
  })

  it('reports a number inside a string list', () => {
    expect(fail(pod({}, { command: ['sleep', 1200] })).message)
      .toBe(`${PREFIX}json: cannot unmarshal number into Go struct field Container.spec.containers.command of type string`)
  })

  it('reports a map where a list of structs is expected', () => {
    expect(fail(pod({}, { ports: { containerPort: 80 } })).message)
      .toBe(`${PREFIX}json: cannot unmarshal object into Go struct field Container.spec.containers.ports of type []v1.ContainerPort`)
  })

  it('reports quoted numbers, fractions and overflow in integer fields', () => {
    expect(fail(pod({}, { ports: [{ containerPort: '80' }] })).message)
      .toBe(`${PREFIX}json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32`)
    expect(fail(pod({}, {}, { terminationGracePeriodSeconds: 1.5 })).message)
      .toBe(`${PREFIX}json: cannot unmarshal number 1.5 into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64`)
    expect(fail(pod({}, { livenessProbe: { periodSeconds: 3000000000 } })).message)
      .toBe(`${PREFIX}json: cannot unmarshal number 3000000000 into Go struct field Probe.spec.containers.livenessProbe.periodSeconds of type int32`)
  })

  it('prints named Go types for enum-like strings and structs', () => {
    expect(fail(pod({}, {}, { restartPolicy: 5 })).message)
      .toBe(`${PREFIX}json: cannot unmarshal number into Go struct field PodSpec.spec.restartPolicy of type v1.RestartPolicy`)
    expect(fail({ ...pod(), spec: 'x' }).message).toBe(`${PREFIX}json: cannot unmarshal string into Go struct field Pod.spec of type v1.PodSpec`)
    expect(fail(pod({ livenessProbe: [] })).message)
      .toBe(`${PREFIX}json: cannot unmarshal array into Go struct field Container.spec.initContainers.livenessProbe of type v1.Probe`)
    expect(fail(pod({}, {}, { nodeSelector: { disk: true } })).message)
      .toBe(`${PREFIX}json: cannot unmarshal bool into Go struct field PodSpec.spec.nodeSelector of type string`)
  })

  it('reports the first type error only, and it beats unknown fields', () => {
    const r = fail(pod({ command: 'a', zzz: 1 }, { args: 'b' }))
    expect(r.message).toBe(`${PREFIX}json: cannot unmarshal string into Go struct field Container.spec.containers.args of type []string`)
  })

  it('rejects bad quantities at once, before earlier type errors', () => {
    const r = fail(pod({}, { args: 'x', resources: { limits: { memory: 'lots' } } }))
    expect(r.message).toBe(`${PREFIX}quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`)
    expect(r.field).toBe('spec.containers[0].resources.limits.memory')
  })

  it('checks int-or-string ports as int32', () => {
    expect(fail(pod({}, { livenessProbe: { httpGet: { port: true } } })).message)
      .toBe(`${PREFIX}json: cannot unmarshal bool into Go struct field HTTPGetAction.spec.containers.livenessProbe.httpGet.port of type int32`)
    expect(decodeObject(pod({}, { livenessProbe: { httpGet: { port: 'http' } } }), POD).ok).toBe(true)
  })

  it('lets null through anywhere', () => {
    expect(decodeObject(pod({ command: null, resources: null }, {}, { restartPolicy: null }), POD).ok).toBe(true)
  })
})

describe('decodeObject: other kinds', () => {
  it('checks Deployment pod templates and names the kind and version', () => {
    const dep = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { replicas: '2', template: { spec: { containers: [] } } } }
    const r = fail(dep, kindFor('apps/v1', 'Deployment') as KindInfo)
    expect(r.message).toBe('Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32')
  })

  it('decodes Secret data as base64', () => {
    const r = fail({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { password: 'hello' } }, kindFor('v1', 'Secret') as KindInfo)
    expect(r.cause).toBe('error when creating "STDIN": Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 4')
  })

  it('does not check kinds without a schema', () => {
    expect(decodeObject({ apiVersion: 'v1', kind: 'Service', spec: { whatever: 1 } }, kindFor('v1', 'Service') as KindInfo).ok).toBe(true)
  })
})

describe('client-side checks (kubectl v1.35.2)', () => {
  it('decodes metadata types the way kubectl does before sending', () => {
    expect(clientMetadataError({ metadata: { name: 5 } })?.message)
      .toBe('error: unable to decode "STDIN": json: cannot unmarshal number into Go struct field ObjectMeta.metadata.name of type string')
    expect(clientMetadataError({ metadata: { name: 'x', labels: { a: 1 } } })?.message)
      .toBe('error: unable to decode "STDIN": json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string')
    expect(clientMetadataError({ metadata: 5 })?.message)
      .toBe('error: unable to decode "STDIN": json: cannot unmarshal number into Go struct field metadataOnlyObject.metadata of type v1.ObjectMeta')
    expect(clientMetadataError({ metadata: { name: 'x', foo: 1 } })).toBeUndefined()
  })

  it('catches YAML 1.1 surprises such as name: yes', () => {
    const doc = parseManifests('apiVersion: v1\nkind: Pod\nmetadata:\n  name: yes\n').documents[0]
    expect(clientCheck(doc.object)).toEqual({
      ok: false,
      stop: false,
      field: 'metadata.name',
      message: 'error: unable to decode "STDIN": json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.name of type string',
    })
  })

  it('runs validation, decode and mapping in kubectl order', () => {
    expect(clientCheck({ kind: 'Foo', metadata: { name: 5 } })).toMatchObject({ ok: false, stop: true, field: 'apiVersion' })
    expect(clientCheck({ apiVersion: 'v1', kind: 'Foo', metadata: { name: 5 } })).toMatchObject({ ok: false, stop: false, field: 'metadata.name' })
    expect(clientCheck({ apiVersion: 'v1', kind: 'Foo', metadata: { name: 'x' } })).toMatchObject({ ok: false, stop: false, field: 'kind' })
    const ok = clientCheck({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } })
    expect(ok.ok && ok.kind.resource).toBe('pods')
  })
})

describe('scalar parsers', () => {
  it('parses quantities like resource.ParseQuantity', () => {
    for (const q of ['0', '1', '500m', '1.5', '.5', '128Mi', '1Gi', '2e3', '1E-2', '+1', '-1k']) expect(quantityError(q)).toBeUndefined()
    expect(quantityError('lots')).toMatch(/^quantities must match/)
    expect(quantityError('1.2.3')).toMatch(/^quantities must match/)
    expect(quantityError('1Gb')).toMatch(/^quantities must match/)
    expect(quantityError('1KM')).toBe("unable to parse quantity's suffix")
    expect(quantityError('true')).toMatch(/^quantities must match/)
  })

  it('decodes base64 like encoding/base64 StdEncoding', () => {
    expect(goBase64Error('aGVsbG8=')).toBeUndefined()
    expect(goBase64Error('aGVs\nbG8=')).toBeUndefined()
    expect(goBase64Error('hello')).toBe('illegal base64 data at input byte 4')
    expect(goBase64Error('abc!')).toBe('illegal base64 data at input byte 3')
    expect(goBase64Error('aGk')).toBe('illegal base64 data at input byte 0')
    expect(goBase64Error('aGk=x')).toBe('illegal base64 data at input byte 4')
  })
})

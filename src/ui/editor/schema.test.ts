import { describe, it, expect } from 'vitest'
import { EDITOR_KINDS, manifestSchema, structDefinitions, typeSchema } from './schema'

describe('typeSchema', () => {
  it('maps each field type to its JSON Schema', () => {
    expect(typeSchema({ kind: 'integer', go: 'int32' })).toEqual({ type: 'integer' })
    expect(typeSchema({ kind: 'quantity' })).toEqual({ type: ['string', 'number'] })
    expect(typeSchema({ kind: 'intOrString' })).toEqual({ type: ['string', 'integer'] })
    expect(typeSchema({ kind: 'array', items: { kind: 'struct', ref: 'Container' } }))
      .toEqual({ type: 'array', items: { $ref: '#/definitions/Container' } })
    expect(typeSchema({ kind: 'map', values: { kind: 'string', go: 'string' } }))
      .toEqual({ type: 'object', additionalProperties: { type: 'string' } })
    expect(typeSchema({ kind: 'opaque', go: 'v1.Affinity' })).toEqual({ type: 'object' })
  })
})

describe('structDefinitions', () => {
  it('keeps field names and descriptions and rejects unknown keys', () => {
    const defs = structDefinitions({
      Probe: { go: 'v1.Probe', fields: { periodSeconds: { type: { kind: 'integer', go: 'int32' }, description: 'How often.' } } },
    })
    expect(defs).toEqual({
      Probe: {
        type: 'object',
        description: 'v1.Probe',
        properties: { periodSeconds: { type: 'integer', description: 'How often.' } },
        additionalProperties: false,
      },
    })
  })
})

describe('manifestSchema', () => {
  const schema = manifestSchema()

  it('offers the kinds a learner writes', () => {
    expect(EDITOR_KINDS).toEqual(['ConfigMap', 'Namespace', 'Pod', 'Secret', 'Service', 'Deployment', 'ReplicaSet', 'Job'])
    expect(schema.properties?.kind?.enum).toEqual(EDITOR_KINDS)
  })

  it('pins apiVersion and the root struct per kind', () => {
    const pod = schema.allOf?.find(r => r.if?.properties?.kind?.enum?.[0] === 'Pod')
    expect(pod?.then).toEqual({
      properties: { apiVersion: { enum: ['v1'], description: 'API version of a Pod.' } },
      allOf: [{ $ref: '#/definitions/Pod' }],
    })
    const deploy = schema.allOf?.find(r => r.if?.properties?.kind?.enum?.[0] === 'Deployment')
    expect(deploy?.then?.properties?.apiVersion?.enum).toEqual(['apps/v1'])
    const svc = schema.allOf?.find(r => r.if?.properties?.kind?.enum?.[0] === 'Service')
    expect(svc?.then?.allOf).toBeUndefined()
  })

  it('carries initlab\'s descriptions for container fields', () => {
    const spec = schema.definitions?.PodSpec
    expect(spec?.properties?.initContainers).toEqual({
      type: 'array',
      items: { $ref: '#/definitions/Container' },
      description: 'Containers run one by one, each to completion, before the app containers.',
    })
    expect(schema.definitions?.Container?.properties?.command?.type).toBe('array')
  })

  it('has a definition for every $ref it uses', () => {
    const refs = JSON.stringify(schema).match(/#\/definitions\/[A-Za-z]+/g) ?? []
    for (const ref of new Set(refs)) expect(schema.definitions).toHaveProperty(ref.slice('#/definitions/'.length))
  })
})

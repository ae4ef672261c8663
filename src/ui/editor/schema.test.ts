import { describe, it, expect } from 'vitest'
import { STRUCTS } from '../../sandbox'
import { ZH_CN_FIELD_DOCS } from './docs.zh-CN'
import { EDITOR_KINDS, manifestSchema, structDefinitions, typeSchema, type JsonSchema } from './schema'

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

describe('manifestSchema in Simplified Chinese', () => {
  const en = manifestSchema('en')
  const zh = manifestSchema('zh-CN')
  const fieldKeys = Object.entries(STRUCTS).flatMap(([name, s]) => Object.keys(s.fields).map(f => `${name}.${f}`))

  it('has a Chinese description for every field of every struct', () => {
    expect(fieldKeys.length).toBeGreaterThan(400)
    expect(fieldKeys.filter(k => !(k in ZH_CN_FIELD_DOCS))).toEqual([])
  })

  it('has no Chinese description for a field that no longer exists', () => {
    const known = new Set(fieldKeys)
    expect(Object.keys(ZH_CN_FIELD_DOCS).filter(k => !known.has(k))).toEqual([])
  })

  it('writes each text on one line, in Chinese', () => {
    for (const [key, text] of Object.entries(ZH_CN_FIELD_DOCS)) {
      expect(text, key).toMatch(/^[^\n]+$/)
      expect(text, key).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('keeps enum values, field names and examples as they are written in YAML', () => {
    // Code-like words: an inner capital, a path, a port or an image tag (IfNotPresent, SIGTERM,
    // busybox:1.36), or a capitalised word in an `A, B or C` list of values (Always, Never).
    const codeLike = /[A-Za-z][\w$()./:-]*(?:[A-Z]|[.:/$])[\w$()./:-]*\w|\b[A-Z]\w*(?=,)|(?<=\bor )[A-Z]\w*/g
    const prose = new Set(['e.g', 'Key/value', 'key/value', 'Name', 'User', 'Why'])
    const lost: string[] = []
    for (const [name, s] of Object.entries(STRUCTS)) {
      for (const [field, { description }] of Object.entries(s.fields)) {
        const zhText = ZH_CN_FIELD_DOCS[`${name}.${field}`] ?? ''
        for (const token of description.match(codeLike) ?? []) {
          // An English plural (ClusterTrustBundles) reads as the singular in Chinese.
          if (!prose.has(token) && !zhText.includes(token.replace(/s$/, ''))) lost.push(`${name}.${field}: ${token}`)
        }
      }
    }
    expect(lost).toEqual([])
  })

  it('uses the Chinese texts for zh-CN and the English ones by default', () => {
    expect(manifestSchema()).toEqual(en)
    const container = (schema: JsonSchema) => schema.definitions?.Container?.properties
    expect(container(en)?.restartPolicy?.description).toBe('For init containers, Always makes a sidecar; also Never or OnFailure.')
    expect(container(zh)?.restartPolicy?.description).toBe('重启策略：Init 容器设为 Always 即成为边车容器；也可为 Never 或 OnFailure。')
    expect(container(en)?.imagePullPolicy?.description).toBe('Always, IfNotPresent or Never.')
    expect(container(zh)?.imagePullPolicy?.description).toBe('镜像拉取策略：Always、IfNotPresent 或 Never。')
    expect(container(zh)?.image?.description).toBe('要运行的镜像，例如 busybox:1.36。')
    expect(zh.definitions?.PodSpec?.properties?.initContainers?.description)
      .toBe('Init 容器：在应用容器之前逐个运行，每个都要运行至完成。')
    expect(zh.properties?.apiVersion?.description).toBe('API 组和版本，例如 v1 或 apps/v1。')
    expect(zh.properties?.metadata?.description).toBe('名称、命名空间、标签和注解。')
    const podRule = zh.allOf?.find(r => r.if?.properties?.kind?.enum?.[0] === 'Pod')
    expect(podRule?.then?.properties?.apiVersion?.description).toBe('Pod 的 API 版本。')
  })

  it('changes only descriptions between languages', () => {
    const withoutDescriptions = (schema: JsonSchema): unknown =>
      JSON.parse(JSON.stringify(schema, (key, value: unknown) => (key === 'description' ? undefined : value)))
    expect(withoutDescriptions(zh)).toEqual(withoutDescriptions(en))
  })
})

// The manifest editor's hover docs in Simplified Chinese: one description per `Struct.field` of the
// engine's struct table, plus the texts schema.ts writes itself. The parts sit in docs.zh-CN.*.ts by topic;
// schema.test.ts fails when a field has no Chinese text or a key no longer names a field.

import { CONTAINER_STRUCT_DOCS } from './docs.zh-CN.container'
import { META_DOCS, type StructDocs } from './docs.zh-CN.meta'
import { POD_DOCS } from './docs.zh-CN.pod'
import { VOLUME_DOCS } from './docs.zh-CN.volume'
import { WORKLOAD_DOCS } from './docs.zh-CN.workloads'
import type { SchemaTexts } from './schema'

function flatten(parts: readonly StructDocs[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of parts) {
    for (const [struct, fields] of Object.entries(part)) {
      for (const [field, text] of Object.entries(fields)) {
        const key = `${struct}.${field}`
        // A struct described in two parts would silently lose one of them.
        if (key in out) throw new Error(`docs.zh-CN: ${key} is described twice`)
        out[key] = text
      }
    }
  }
  return out
}

/** Chinese field descriptions keyed `Struct.field` (`Container.restartPolicy`), as in the engine's STRUCTS. */
export const ZH_CN_FIELD_DOCS: Readonly<Record<string, string>> = flatten([
  META_DOCS,
  POD_DOCS,
  CONTAINER_STRUCT_DOCS,
  VOLUME_DOCS,
  WORKLOAD_DOCS,
])

/** Chinese for the top-level descriptions schema.ts writes itself. */
export const ZH_CN_SCHEMA_TEXTS: SchemaTexts = {
  apiVersion: 'API 组和版本，例如 v1 或 apps/v1。',
  kind: '对象的类别。',
  metadata: '名称、命名空间、标签和注解。',
  apiVersionOf: (kind) => `${kind} 的 API 版本。`,
}

// Simplified Chinese hover docs for object metadata and label selectors, plus the apiVersion/kind/metadata
// trio every top-level kind shares. Field names, enum values and examples stay as written in YAML.

/** Chinese descriptions per struct key, then per field name, as the editor's hover shows them. */
export type StructDocs = Record<string, Record<string, string>>

/** The apiVersion, kind and metadata descriptions of a top-level kind's own struct. */
export function typeMetaDocs(apiVersion: string, kind: string): Record<string, string> {
  return {
    apiVersion: `API 版本：${apiVersion}。`,
    kind: `类别：${kind}。`,
    metadata: '名称、命名空间、标签和注解。',
  }
}

/** ObjectMeta, owner references and label selectors. */
export const META_DOCS: StructDocs = {
  ObjectMeta: {
    name: '对象名称，在同一命名空间的同类对象中唯一。',
    generateName: 'name 为空时，服务器在这个前缀后补上随机字符作为名称。',
    namespace: '对象所在的命名空间；为空表示 default 命名空间。',
    selfLink: '已弃用的对象链接；服务器不再填写。',
    uid: '服务器在创建对象时分配的唯一 ID。',
    resourceVersion: '所存对象的版本，用于乐观并发控制。',
    generation: 'spec 变更的计数，由服务器设置。',
    creationTimestamp: '服务器保存该对象的时间。',
    deletionTimestamp: '请求删除的时间；由服务器设置。',
    deletionGracePeriodSeconds: '删除后对象还剩多少秒用于终止。',
    labels: '键值对形式的标签，供选择算符匹配。',
    annotations: '任意键值对形式的注解，供工具和人阅读。',
    ownerReferences: '该对象所属的对象（属主）；属主删除时它也随之删除。',
    finalizers: '对象真正删除前必须先移除的 Finalizer 名称。',
    managedFields: '哪个管理者设置了哪个字段（服务器端应用的记录）。',
  },
  OwnerReference: {
    apiVersion: '属主的 API 版本。',
    kind: '属主的类别（kind）。',
    name: '属主的名称。',
    uid: '属主的 UID。',
    controller: '为 true 表示这是管理该对象的那个属主（控制器）。',
    blockOwnerDeletion: '在该对象删除之前保留属主（前台删除）。',
  },
  LabelSelector: {
    matchLabels: '对象必须带有的标签，缺一不可。',
    matchExpressions: '基于集合的标签条件，必须全部满足。',
  },
  LabelSelectorRequirement: {
    key: '条件检查的标签键。',
    operator: 'In、NotIn、Exists 或 DoesNotExist。',
    values: 'In 和 NotIn 使用的值；Exists 和 DoesNotExist 时为空。',
  },
}

// Simplified Chinese hover docs for the other kinds a learner writes: ConfigMap, Secret, Namespace,
// Deployment, ReplicaSet, Job. Mirrors src/engine/api/schema/workloads.ts.

import { typeMetaDocs, type StructDocs } from './docs.zh-CN.meta'

/** The non-Pod kinds and their specs, keyed like the engine's struct table. */
export const WORKLOAD_DOCS: StructDocs = {
  ConfigMap: {
    ...typeMetaDocs('v1', 'ConfigMap'),
    immutable: '设置后禁止再修改数据。',
    data: '按键存放的文本值。',
    binaryData: '按键存放的二进制值，经 base64 编码。',
  },
  Secret: {
    ...typeMetaDocs('v1', 'Secret'),
    immutable: '设置后禁止再修改数据。',
    data: '按键存放的值，经 base64 编码。',
    stringData: '明文值，写入时合并到 data 中。',
    type: 'Secret 类型，例如 Opaque。',
  },
  Namespace: {
    ...typeMetaDocs('v1', 'Namespace'),
    spec: 'Finalizer 列表。',
    status: 'Active 或 Terminating；由系统写入。',
  },
  NamespaceSpec: {
    finalizers: '必须清空后，命名空间才会真正删除。',
  },
  PodTemplateSpec: {
    metadata: '所创建 Pod 的标签和注解。',
    spec: '要创建的 Pod。',
  },
  Deployment: {
    ...typeMetaDocs('apps/v1', 'Deployment'),
    spec: '期望的副本数和 Pod 模板。',
    status: '上线进度；由系统写入。',
  },
  DeploymentSpec: {
    replicas: '期望的 Pod 个数（默认 1）。',
    selector: '属于该 Deployment 的 Pod；必须与模板的标签匹配。',
    template: '要创建的 Pod。',
    strategy: '更新策略：RollingUpdate 或 Recreate。',
    minReadySeconds: '新 Pod 须就绪多少秒才算可用。',
    revisionHistoryLimit: '为回滚保留的旧 ReplicaSet 个数。',
    paused: '暂停上线新的变更。',
    progressDeadlineSeconds: '上线停滞多少秒后报告为失败。',
  },
  ReplicaSet: {
    ...typeMetaDocs('apps/v1', 'ReplicaSet'),
    spec: '期望的副本数和 Pod 模板。',
    status: '副本计数；由系统写入。',
  },
  ReplicaSetSpec: {
    replicas: '期望的 Pod 个数（默认 1）。',
    minReadySeconds: '新 Pod 须就绪多少秒才算可用。',
    selector: '属于该 ReplicaSet 的 Pod。',
    template: '要创建的 Pod。',
  },
  Job: {
    ...typeMetaDocs('batch/v1', 'Job'),
    spec: '要运行至完成的 Pod。',
    status: '进度；由系统写入。',
  },
  JobSpec: {
    parallelism: '可同时运行的 Pod 个数。',
    completions: '需要成功完成的 Pod 个数。',
    activeDeadlineSeconds: 'Job 运行超过这么多秒即判定为失败。',
    podFailurePolicy: '处理 Pod 失败的规则。',
    successPolicy: 'Indexed Job 何时算作成功。',
    backoffLimit: 'Job 判定为失败前的重试次数（默认 6）。',
    backoffLimitPerIndex: '每个索引的重试次数，用于 Indexed Job。',
    maxFailedIndexes: 'Job 判定为失败前允许失败的索引个数。',
    selector: '属于该 Job 的 Pod；通常自动生成。',
    manualSelector: '使用给定的选择算符，而不是自动生成的。',
    template: '要运行的 Pod；restartPolicy 必须为 Never 或 OnFailure。',
    ttlSecondsAfterFinished: 'Job 结束这么多秒后将其删除。',
    completionMode: '完成模式：NonIndexed 或 Indexed。',
    suspend: '暂不创建 Pod。',
    podReplacementPolicy: '何时创建替代 Pod：TerminatingOrFailed 或 Failed。',
    managedBy: '管理该 Job 的控制器。',
  },
}

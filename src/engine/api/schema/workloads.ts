// The other kinds' top-level structs: ConfigMap, Secret, Namespace (core/v1), Deployment and
// ReplicaSet (apps/v1), Job (batch/v1). Pod templates reuse PodSpec; statuses are opaque.

import { F, type Field, type StructTable } from './types'

const typeMeta = (apiVersion: string, kind: string): Record<string, Field> => ({
  apiVersion: F.str(`API version: ${apiVersion}.`),
  kind: F.str(`Kind: ${kind}.`),
  metadata: F.obj('ObjectMeta', 'Name, namespace, labels and annotations.'),
})

/** Structs of the non-Pod kinds, keyed by Go name. */
export const WORKLOAD_STRUCTS: StructTable = {
  ConfigMap: {
    go: 'v1.ConfigMap',
    fields: {
      ...typeMeta('v1', 'ConfigMap'),
      immutable: F.bool('Forbid changes to data once set.'),
      data: F.stringMap('Text values by key.'),
      binaryData: { type: { kind: 'map', values: { kind: 'bytes' } }, description: 'Binary values by key, base64-encoded.' },
    },
  },
  Secret: {
    go: 'v1.Secret',
    fields: {
      ...typeMeta('v1', 'Secret'),
      immutable: F.bool('Forbid changes to data once set.'),
      data: { type: { kind: 'map', values: { kind: 'bytes' } }, description: 'Values by key, base64-encoded.' },
      stringData: F.stringMap('Plain-text values, merged into data on write.'),
      type: F.str('Secret type, e.g. Opaque.', 'v1.SecretType'),
    },
  },
  Namespace: {
    go: 'v1.Namespace',
    fields: {
      ...typeMeta('v1', 'Namespace'),
      spec: F.obj('NamespaceSpec', 'Finalizers.'),
      status: F.opaque('v1.NamespaceStatus', 'Active or Terminating; written by the system.'),
    },
  },
  NamespaceSpec: {
    go: 'v1.NamespaceSpec',
    fields: { finalizers: F.strings('Must be emptied before the namespace goes away.', 'v1.FinalizerName') },
  },
  PodTemplateSpec: {
    go: 'v1.PodTemplateSpec',
    fields: {
      metadata: F.obj('ObjectMeta', 'Labels and annotations for the pods.'),
      spec: F.obj('PodSpec', 'The pods to create.'),
    },
  },
  Deployment: {
    go: 'v1.Deployment',
    fields: {
      ...typeMeta('apps/v1', 'Deployment'),
      spec: F.obj('DeploymentSpec', 'Desired replicas and pod template.'),
      status: F.opaque('v1.DeploymentStatus', 'Rollout progress; written by the system.'),
    },
  },
  DeploymentSpec: {
    go: 'v1.DeploymentSpec',
    fields: {
      replicas: F.i32('Number of pods wanted (default 1).'),
      selector: F.obj('LabelSelector', 'Pods that belong to the deployment; must match the template labels.'),
      template: F.obj('PodTemplateSpec', 'Pod to create.'),
      strategy: F.opaque('v1.DeploymentStrategy', 'RollingUpdate or Recreate.'),
      minReadySeconds: F.i32('Seconds a new pod must be ready to count as available.'),
      revisionHistoryLimit: F.i32('Old ReplicaSets to keep for rollback.'),
      paused: F.bool('Stop rolling out changes.'),
      progressDeadlineSeconds: F.i32('Seconds before a stalled rollout is reported.'),
    },
  },
  ReplicaSet: {
    go: 'v1.ReplicaSet',
    fields: {
      ...typeMeta('apps/v1', 'ReplicaSet'),
      spec: F.obj('ReplicaSetSpec', 'Desired replicas and pod template.'),
      status: F.opaque('v1.ReplicaSetStatus', 'Replica counts; written by the system.'),
    },
  },
  ReplicaSetSpec: {
    go: 'v1.ReplicaSetSpec',
    fields: {
      replicas: F.i32('Number of pods wanted (default 1).'),
      minReadySeconds: F.i32('Seconds a new pod must be ready to count as available.'),
      selector: F.obj('LabelSelector', 'Pods that belong to the set.'),
      template: F.obj('PodTemplateSpec', 'Pod to create.'),
    },
  },
  Job: {
    go: 'v1.Job',
    fields: {
      ...typeMeta('batch/v1', 'Job'),
      spec: F.obj('JobSpec', 'Pods to run to completion.'),
      status: F.opaque('v1.JobStatus', 'Progress; written by the system.'),
    },
  },
  JobSpec: {
    go: 'v1.JobSpec',
    fields: {
      parallelism: F.i32('Pods that may run at once.'),
      completions: F.i32('Successful pods needed.'),
      activeDeadlineSeconds: F.i64('Fail the job after this long.'),
      podFailurePolicy: F.opaque('v1.PodFailurePolicy', 'Rules for pod failures.'),
      successPolicy: F.opaque('v1.SuccessPolicy', 'When an indexed job counts as succeeded.'),
      backoffLimit: F.i32('Retries before the job fails (default 6).'),
      backoffLimitPerIndex: F.i32('Retries per index, for indexed jobs.'),
      maxFailedIndexes: F.i32('Failed indexes allowed before the job fails.'),
      selector: F.obj('LabelSelector', 'Pods that belong to the job; normally generated.'),
      manualSelector: F.bool('Use the given selector instead of a generated one.'),
      template: F.obj('PodTemplateSpec', 'Pod to run; restartPolicy must be Never or OnFailure.'),
      ttlSecondsAfterFinished: F.i32('Delete the job this long after it finishes.'),
      completionMode: F.str('NonIndexed or Indexed.', 'v1.CompletionMode'),
      suspend: F.bool('Do not create pods for now.'),
      podReplacementPolicy: F.str('TerminatingOrFailed or Failed.', 'v1.PodReplacementPolicy'),
      managedBy: F.str('Controller that manages the job.'),
    },
  },
}

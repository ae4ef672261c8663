// Tests for the schema tables: completeness against types.ts and the real core/v1 field lists,
// references that resolve, and the Go type names the decoder prints.

import { describe, expect, it } from 'vitest'
import { fieldAt, goType, schemaFor, STRUCTS, type FieldType } from './schema'

const keys = (name: string) => Object.keys(STRUCTS[name].fields)

describe('schema tables', () => {
  it('gives every field a one-line description and resolvable struct references', () => {
    const refs = (t: FieldType): string[] =>
      t.kind === 'struct' ? [t.ref] : t.kind === 'array' ? refs(t.items) : t.kind === 'map' ? refs(t.values) : []
    for (const [name, s] of Object.entries(STRUCTS)) {
      for (const [field, f] of Object.entries(s.fields)) {
        expect(f.description, `${name}.${field}`).toMatch(/^\S.*\S$/)
        expect(f.description, `${name}.${field}`).not.toContain('\n')
        for (const ref of refs(f.type)) expect(STRUCTS[ref], `${name}.${field} -> ${ref}`).toBeDefined()
      }
    }
  })

  it('lists the real core/v1 Container fields, in API order', () => {
    expect(keys('Container')).toEqual([
      'name', 'image', 'command', 'args', 'workingDir', 'ports', 'envFrom', 'env', 'resources', 'resizePolicy',
      'restartPolicy', 'restartPolicyRules', 'volumeMounts', 'volumeDevices', 'livenessProbe', 'readinessProbe',
      'startupProbe', 'lifecycle', 'terminationMessagePath', 'terminationMessagePolicy', 'imagePullPolicy',
      'securityContext', 'stdin', 'stdinOnce', 'tty',
    ])
    expect(keys('Probe')).toEqual([
      'exec', 'httpGet', 'tcpSocket', 'grpc', 'initialDelaySeconds', 'timeoutSeconds', 'periodSeconds',
      'successThreshold', 'failureThreshold', 'terminationGracePeriodSeconds',
    ])
    expect(keys('LifecycleHandler')).toEqual(['exec', 'httpGet', 'tcpSocket', 'sleep'])
    expect(keys('EnvVar')).toEqual(['name', 'value', 'valueFrom'])
    expect(keys('VolumeMount')).toEqual(['name', 'readOnly', 'recursiveReadOnly', 'mountPath', 'subPath', 'mountPropagation', 'subPathExpr'])
    expect(keys('Toleration')).toEqual(['key', 'operator', 'value', 'effect', 'tolerationSeconds'])
    expect(keys('ResourceRequirements')).toEqual(['limits', 'requests', 'claims'])
  })

  it('covers every field initlab types in types.ts', () => {
    const typed: Record<string, string[]> = {
      ObjectMeta: ['name', 'generateName', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers'],
      OwnerReference: ['apiVersion', 'kind', 'name', 'uid', 'controller', 'blockOwnerDeletion'],
      PodSpec: ['volumes', 'initContainers', 'containers', 'ephemeralContainers', 'restartPolicy', 'terminationGracePeriodSeconds', 'activeDeadlineSeconds', 'dnsPolicy', 'nodeSelector', 'serviceAccountName', 'serviceAccount', 'automountServiceAccountToken', 'nodeName', 'hostNetwork', 'securityContext', 'schedulerName', 'tolerations', 'priority', 'priorityClassName', 'preemptionPolicy', 'enableServiceLinks', 'overhead', 'readinessGates', 'schedulingGates', 'resources', 'hostname', 'subdomain', 'runtimeClassName'],
      Container: ['name', 'image', 'command', 'args', 'workingDir', 'ports', 'env', 'envFrom', 'resources', 'resizePolicy', 'restartPolicy', 'restartPolicyRules', 'volumeMounts', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'terminationMessagePath', 'terminationMessagePolicy', 'imagePullPolicy', 'securityContext', 'stdin', 'stdinOnce', 'tty'],
      Volume: ['name', 'emptyDir', 'configMap', 'secret', 'downwardAPI', 'projected', 'hostPath', 'persistentVolumeClaim'],
      HTTPGetAction: ['path', 'port', 'host', 'scheme'],
      TCPSocketAction: ['port', 'host'],
      GRPCAction: ['port', 'service'],
      Lifecycle: ['postStart', 'preStop', 'stopSignal'],
      ContainerPort: ['name', 'containerPort', 'hostPort', 'protocol', 'hostIP'],
      EnvVarSource: ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'],
      EnvFromSource: ['prefix', 'configMapRef', 'secretRef'],
      PodStatus: ['observedGeneration', 'phase', 'conditions', 'message', 'reason', 'nominatedNodeName', 'hostIP', 'hostIPs', 'podIP', 'podIPs', 'startTime', 'initContainerStatuses', 'containerStatuses', 'ephemeralContainerStatuses', 'qosClass'],
      ContainerStatus: ['name', 'state', 'lastState', 'ready', 'restartCount', 'image', 'imageID', 'containerID', 'started', 'volumeMounts', 'resources'],
      ContainerStateTerminated: ['exitCode', 'signal', 'reason', 'message', 'startedAt', 'finishedAt', 'containerID'],
      PodCondition: ['type', 'status', 'observedGeneration', 'lastProbeTime', 'lastTransitionTime', 'reason', 'message'],
    }
    for (const [name, fields] of Object.entries(typed)) {
      for (const f of fields) expect(STRUCTS[name].fields[f], `${name}.${f}`).toBeDefined()
    }
  })

  it('prints Go type names as encoding/json does', () => {
    expect(goType(STRUCTS.Container.fields.command.type)).toBe('[]string')
    expect(goType(STRUCTS.PodSpec.fields.containers.type)).toBe('[]v1.Container')
    expect(goType(STRUCTS.PodSpec.fields.restartPolicy.type)).toBe('v1.RestartPolicy')
    expect(goType(STRUCTS.PodSpec.fields.overhead.type)).toBe('v1.ResourceList')
    expect(goType(STRUCTS.ObjectMeta.fields.labels.type)).toBe('map[string]string')
    expect(goType(STRUCTS.ObjectMeta.fields.creationTimestamp.type)).toBe('v1.Time')
    expect(goType(STRUCTS.HTTPGetAction.fields.port.type)).toBe('intstr.IntOrString')
    expect(goType(STRUCTS.EmptyDirVolumeSource.fields.sizeLimit.type)).toBe('resource.Quantity')
    expect(goType(STRUCTS.PodSpec.fields.affinity.type)).toBe('v1.Affinity')
  })

  it('finds fields by path and roots by kind', () => {
    expect(schemaFor('Pod')?.go).toBe('v1.Pod')
    expect(schemaFor('Service')).toBeUndefined()
    expect(fieldAt('Pod', ['spec', 'initContainers', 0, 'livenessProbe'])?.type).toEqual({ kind: 'struct', ref: 'Probe' })
    expect(fieldAt('Pod', ['spec', 'containers', 0, 'resources', 'limits', 'memory'])?.type).toEqual({ kind: 'quantity' })
    expect(fieldAt('Deployment', ['spec', 'template', 'spec', 'containers', 0, 'image'])?.type).toEqual({ kind: 'string', go: 'string' })
    expect(fieldAt('Pod', ['spec', 'initContainers', 0, 'nope'])).toBeUndefined()
  })
})

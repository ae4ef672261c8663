// Kubernetes API object shapes as JSON, the way the API server stores and returns them.
// Only the fields initlab models are typed; everything stays optional, as in the real API.

export interface ObjectMeta {
  name?: string
  generateName?: string
  namespace?: string
  uid?: string
  resourceVersion?: string
  generation?: number
  creationTimestamp?: string
  deletionTimestamp?: string
  deletionGracePeriodSeconds?: number
  labels?: Record<string, string>
  annotations?: Record<string, string>
  ownerReferences?: OwnerReference[]
  finalizers?: string[]
}

export interface OwnerReference {
  apiVersion: string
  kind: string
  name: string
  uid: string
  controller?: boolean
  blockOwnerDeletion?: boolean
}

export interface TypeMeta {
  apiVersion?: string
  kind?: string
}

/** Any stored object: Pods today; Services, ConfigMaps, Secrets, Nodes, Deployments later. */
export interface KubeObject extends TypeMeta {
  metadata: ObjectMeta
  [key: string]: unknown
}

export type Quantity = string | number
export type ResourceList = Record<string, Quantity>

export interface ResourceRequirements {
  limits?: ResourceList
  requests?: ResourceList
}

export interface ExecAction { command?: string[] }
export interface HTTPHeader { name: string; value: string }
export interface HTTPGetAction { path?: string; port: number | string; host?: string; scheme?: string; httpHeaders?: HTTPHeader[] }
export interface TCPSocketAction { port: number | string; host?: string }
export interface GRPCAction { port: number; service?: string }

export interface Probe {
  exec?: ExecAction
  httpGet?: HTTPGetAction
  tcpSocket?: TCPSocketAction
  grpc?: GRPCAction
  initialDelaySeconds?: number
  timeoutSeconds?: number
  periodSeconds?: number
  successThreshold?: number
  failureThreshold?: number
  terminationGracePeriodSeconds?: number
}

export interface LifecycleHandler {
  exec?: ExecAction
  httpGet?: HTTPGetAction
  tcpSocket?: TCPSocketAction
  sleep?: { seconds: number }
}

export interface Lifecycle {
  postStart?: LifecycleHandler
  preStop?: LifecycleHandler
  stopSignal?: string
}

export interface ContainerPort {
  name?: string
  containerPort: number
  hostPort?: number
  protocol?: string
  hostIP?: string
}

export interface EnvVar {
  name: string
  value?: string
  valueFrom?: {
    fieldRef?: { apiVersion?: string; fieldPath: string }
    resourceFieldRef?: { containerName?: string; resource: string; divisor?: Quantity }
    configMapKeyRef?: { name?: string; key: string; optional?: boolean }
    secretKeyRef?: { name?: string; key: string; optional?: boolean }
  }
}

export interface EnvFromSource {
  prefix?: string
  configMapRef?: { name?: string; optional?: boolean }
  secretRef?: { name?: string; optional?: boolean }
}

export interface VolumeMount {
  name: string
  mountPath: string
  readOnly?: boolean
  subPath?: string
  subPathExpr?: string
  mountPropagation?: string
}

export interface Container {
  name: string
  image?: string
  command?: string[]
  args?: string[]
  workingDir?: string
  ports?: ContainerPort[]
  env?: EnvVar[]
  envFrom?: EnvFromSource[]
  resources?: ResourceRequirements
  resizePolicy?: { resourceName: string; restartPolicy: string }[]
  restartPolicy?: string
  restartPolicyRules?: unknown[]
  volumeMounts?: VolumeMount[]
  livenessProbe?: Probe
  readinessProbe?: Probe
  startupProbe?: Probe
  lifecycle?: Lifecycle
  terminationMessagePath?: string
  terminationMessagePolicy?: string
  imagePullPolicy?: string
  securityContext?: Record<string, unknown>
  stdin?: boolean
  stdinOnce?: boolean
  tty?: boolean
}

export interface Toleration {
  key?: string
  operator?: string
  value?: string
  effect?: string
  tolerationSeconds?: number
}

/** A node taint (`spec.taints[]` of a Node). */
export interface Taint {
  key: string
  value?: string
  effect: string
  timeAdded?: string
}

export interface Volume {
  name: string
  emptyDir?: { medium?: string; sizeLimit?: Quantity }
  configMap?: { name?: string; items?: { key: string; path: string; mode?: number }[]; defaultMode?: number; optional?: boolean }
  secret?: { secretName?: string; items?: { key: string; path: string; mode?: number }[]; defaultMode?: number; optional?: boolean }
  downwardAPI?: { items?: unknown[]; defaultMode?: number }
  projected?: { sources?: unknown[]; defaultMode?: number }
  hostPath?: { path: string; type?: string }
  persistentVolumeClaim?: { claimName: string; readOnly?: boolean }
  [other: string]: unknown
}

export interface PodSpec {
  volumes?: Volume[]
  initContainers?: Container[]
  containers: Container[]
  ephemeralContainers?: unknown[]
  restartPolicy?: string
  terminationGracePeriodSeconds?: number
  activeDeadlineSeconds?: number
  dnsPolicy?: string
  nodeSelector?: Record<string, string>
  serviceAccountName?: string
  serviceAccount?: string
  automountServiceAccountToken?: boolean
  nodeName?: string
  hostNetwork?: boolean
  securityContext?: Record<string, unknown>
  schedulerName?: string
  tolerations?: Toleration[]
  priority?: number
  priorityClassName?: string
  preemptionPolicy?: string
  enableServiceLinks?: boolean
  overhead?: ResourceList
  readinessGates?: { conditionType: string }[]
  schedulingGates?: { name: string }[]
  resources?: ResourceRequirements
  hostname?: string
  subdomain?: string
  runtimeClassName?: string
  [other: string]: unknown
}

export interface ContainerStateWaiting { reason?: string; message?: string }
export interface ContainerStateRunning { startedAt?: string }
export interface ContainerStateTerminated {
  exitCode: number
  signal?: number
  reason?: string
  message?: string
  startedAt?: string
  finishedAt?: string
  containerID?: string
}

export interface ContainerState {
  waiting?: ContainerStateWaiting
  running?: ContainerStateRunning
  terminated?: ContainerStateTerminated
}

export interface ContainerStatus {
  name: string
  state?: ContainerState
  lastState?: ContainerState
  ready: boolean
  restartCount: number
  image: string
  imageID: string
  containerID?: string
  started?: boolean
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean; recursiveReadOnly?: string }[]
  resources?: ResourceRequirements
}

export interface PodCondition {
  type: string
  status: 'True' | 'False' | 'Unknown'
  observedGeneration?: number
  lastProbeTime?: string | null
  lastTransitionTime?: string
  reason?: string
  message?: string
}

export interface PodStatus {
  observedGeneration?: number
  phase?: string
  conditions?: PodCondition[]
  message?: string
  reason?: string
  nominatedNodeName?: string
  hostIP?: string
  hostIPs?: { ip: string }[]
  podIP?: string
  podIPs?: { ip: string }[]
  startTime?: string
  initContainerStatuses?: ContainerStatus[]
  containerStatuses?: ContainerStatus[]
  ephemeralContainerStatuses?: ContainerStatus[]
  qosClass?: string
}

export interface Pod extends KubeObject {
  apiVersion?: 'v1' | string
  kind?: 'Pod' | string
  metadata: ObjectMeta
  spec: PodSpec
  status?: PodStatus
}

export interface ObjectReference {
  kind?: string
  namespace?: string
  name?: string
  uid?: string
  apiVersion?: string
  resourceVersion?: string
  fieldPath?: string
}

/**
 * core/v1 Event, as `kubectl get events -o yaml` shows it. Events written through the legacy
 * recorder (kubelet) carry firstTimestamp/lastTimestamp/count and `eventTime: null`; events written
 * through events.k8s.io/v1 (the scheduler) carry `eventTime` (microseconds), `action`, maybe
 * `series`, null first/last timestamps, no count and an empty `source`.
 */
export interface KubeEvent extends KubeObject {
  apiVersion: 'v1'
  kind: 'Event'
  involvedObject: ObjectReference
  reason: string
  message: string
  source: { component?: string; host?: string }
  firstTimestamp: string | null
  lastTimestamp: string | null
  count?: number
  type: 'Normal' | 'Warning'
  eventTime: string | null
  series?: { count: number; lastObservedTime: string }
  action?: string
  related?: ObjectReference
  reportingComponent: string
  reportingInstance: string
}

/** One field error as the API server reports it in Status.details.causes. */
export interface FieldError {
  /** Field path, e.g. `spec.initContainers[0].livenessProbe`. */
  field: string
  /** Go constant name, e.g. `FieldValueForbidden`. */
  type: string
  /** The text after the type, e.g. `may not be set for init containers without restartPolicy=Always`. */
  detail: string
  /** The offending value, when the error type prints it (Invalid, Duplicate, NotSupported, TooMany). */
  value?: unknown
  /** Full message as kubectl prints it after `* `: `<field>: <TypeText>[: <value>][: <detail>]`. */
  message: string
}

/** One port of a Service; targetPort is a number or a container port name. */
export interface ServicePort {
  name?: string
  protocol?: string
  port: number
  targetPort?: number | string
  nodePort?: number
  appProtocol?: string
}

/** core/v1 Service, as stored after defaulting (see api/serviceDefaults.ts). */
export interface Service extends KubeObject {
  spec: {
    type?: string
    selector?: Record<string, string>
    ports?: ServicePort[]
    clusterIP?: string
    clusterIPs?: string[]
    ipFamilies?: string[]
    ipFamilyPolicy?: string
    sessionAffinity?: string
    internalTrafficPolicy?: string
    publishNotReadyAddresses?: boolean
    externalName?: string
    [other: string]: unknown
  }
  status?: { loadBalancer?: Record<string, unknown> }
}

/** core/v1 ConfigMap. */
export interface ConfigMap extends KubeObject {
  data?: Record<string, string>
  /** Values are base64, as in the JSON form. */
  binaryData?: Record<string, string>
  immutable?: boolean
}

/** core/v1 Secret: `data` values are base64; `stringData` is write-only plain text. */
export interface Secret extends KubeObject {
  type?: string
  data?: Record<string, string>
  stringData?: Record<string, string>
  immutable?: boolean
}

/** metav1.LabelSelector. */
export interface LabelSelector {
  matchLabels?: Record<string, string>
  matchExpressions?: { key: string; operator: string; values?: string[] }[]
}

/** core/v1 PodTemplateSpec, as Deployments, ReplicaSets and Jobs embed it. */
export interface PodTemplateSpec {
  metadata?: ObjectMeta
  spec: PodSpec
}

/** A Deployment or ReplicaSet condition (DeploymentCondition / ReplicaSetCondition). */
export interface WorkloadCondition {
  type: string
  status: 'True' | 'False' | 'Unknown'
  lastUpdateTime?: string
  lastTransitionTime?: string
  reason?: string
  message?: string
}

/** apps/v1 ReplicaSet. */
export interface ReplicaSet extends KubeObject {
  spec: {
    replicas?: number
    minReadySeconds?: number
    selector?: LabelSelector
    template: PodTemplateSpec
  }
  status?: {
    replicas: number
    fullyLabeledReplicas?: number
    readyReplicas?: number
    availableReplicas?: number
    terminatingReplicas?: number
    observedGeneration?: number
    conditions?: WorkloadCondition[]
  }
}

/** apps/v1 Deployment. */
export interface Deployment extends KubeObject {
  spec: {
    replicas?: number
    selector?: LabelSelector
    template: PodTemplateSpec
    strategy?: { type?: string; rollingUpdate?: { maxUnavailable?: number | string; maxSurge?: number | string } }
    minReadySeconds?: number
    revisionHistoryLimit?: number
    paused?: boolean
    progressDeadlineSeconds?: number
  }
  status?: {
    observedGeneration?: number
    replicas?: number
    updatedReplicas?: number
    readyReplicas?: number
    availableReplicas?: number
    unavailableReplicas?: number
    terminatingReplicas?: number
    conditions?: WorkloadCondition[]
    collisionCount?: number
  }
}

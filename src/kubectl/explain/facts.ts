// Facts of the Kubernetes v1.35 OpenAPI schema that `kubectl explain` prints besides the prose:
// which fields are required and which string fields list enum values. Data only.

/** Required fields per struct (struct key as in the engine's schema table). */
export const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  PodSpec: ['containers'],
  Container: ['name'],
  EphemeralContainer: ['name'],
  ContainerPort: ['containerPort'],
  EnvVar: ['name'],
  ObjectFieldSelector: ['fieldPath'],
  ResourceFieldSelector: ['resource'],
  ConfigMapKeySelector: ['key'],
  SecretKeySelector: ['key'],
  FileKeySelector: ['key', 'path', 'volumeName'],
  ResourceClaim: ['name'],
  ContainerResizePolicy: ['resourceName', 'restartPolicy'],
  ContainerRestartRule: ['action'],
  ContainerRestartRuleOnExitCodes: ['operator'],
  VolumeMount: ['mountPath', 'name'],
  VolumeDevice: ['devicePath', 'name'],
  HTTPGetAction: ['port'],
  HTTPHeader: ['name', 'value'],
  TCPSocketAction: ['port'],
  GRPCAction: ['port'],
  SleepAction: ['seconds'],
  SeccompProfile: ['type'],
  AppArmorProfile: ['type'],
  Sysctl: ['name', 'value'],
  HostAlias: ['ip'],
  PodReadinessGate: ['conditionType'],
  TopologySpreadConstraint: ['maxSkew', 'topologyKey', 'whenUnsatisfiable'],
  PodOS: ['name'],
  PodSchedulingGate: ['name'],
  PodResourceClaim: ['name'],
  HostIP: ['ip'],
  PodIP: ['ip'],
  PodCondition: ['status', 'type'],
  ContainerStatus: ['image', 'imageID', 'name', 'ready', 'restartCount'],
  VolumeMountStatus: ['mountPath', 'name'],
  ContainerStateTerminated: ['exitCode'],
  Volume: ['name'],
  HostPathVolumeSource: ['path'],
  KeyToPath: ['key', 'path'],
  NFSVolumeSource: ['path', 'server'],
  PersistentVolumeClaimVolumeSource: ['claimName'],
  DownwardAPIVolumeFile: ['path'],
  ServiceAccountTokenProjection: ['path'],
  OwnerReference: ['apiVersion', 'kind', 'name', 'uid'],
  LabelSelectorRequirement: ['key', 'operator'],
  DeploymentSpec: ['selector', 'template'],
  ReplicaSetSpec: ['selector'],
  JobSpec: ['template'],
}

const PULL_POLICY = ['Always', 'IfNotPresent', 'Never']
const PROFILE_TYPE = ['Localhost', 'RuntimeDefault', 'Unconfined']
const INCLUSION = ['Honor', 'Ignore']

const RT_MIN = Array.from({ length: 15 }, (_, i) => `SIGRTMIN+${i + 1}`)
const RT_MAX = Array.from({ length: 14 }, (_, i) => `SIGRTMAX-${i + 1}`)
/** core/v1 Signal, sorted as the OpenAPI generator sorts enum values. */
const SIGNALS = [
  'SIGABRT', 'SIGALRM', 'SIGBUS', 'SIGCHLD', 'SIGCLD', 'SIGCONT', 'SIGFPE', 'SIGHUP', 'SIGILL', 'SIGINT',
  'SIGIO', 'SIGIOT', 'SIGKILL', 'SIGPIPE', 'SIGPOLL', 'SIGPROF', 'SIGPWR', 'SIGQUIT', 'SIGSEGV',
  'SIGSTKFLT', 'SIGSTOP', 'SIGSYS', 'SIGTERM', 'SIGTRAP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG',
  'SIGUSR1', 'SIGUSR2', 'SIGVTALRM', 'SIGWINCH', 'SIGXCPU', 'SIGXFSZ', 'SIGRTMIN', ...RT_MIN, ...RT_MAX, 'SIGRTMAX',
].sort()

/** Enum values per `Struct.field`, in the schema's (sorted) order. */
export const ENUMS: Readonly<Record<string, readonly string[]>> = {
  'PodSpec.restartPolicy': ['Always', 'Never', 'OnFailure'],
  'PodSpec.dnsPolicy': ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'],
  'PodSpec.preemptionPolicy': ['Never', 'PreemptLowerPriority'],
  'Container.imagePullPolicy': PULL_POLICY,
  'Container.terminationMessagePolicy': ['FallbackToLogsOnError', 'File'],
  'EphemeralContainer.imagePullPolicy': PULL_POLICY,
  'EphemeralContainer.terminationMessagePolicy': ['FallbackToLogsOnError', 'File'],
  'ContainerPort.protocol': ['SCTP', 'TCP', 'UDP'],
  'HTTPGetAction.scheme': ['HTTP', 'HTTPS'],
  'Lifecycle.stopSignal': SIGNALS,
  'ContainerStatus.stopSignal': SIGNALS,
  'SecurityContext.procMount': ['Default', 'Unmasked'],
  'SeccompProfile.type': PROFILE_TYPE,
  'AppArmorProfile.type': PROFILE_TYPE,
  'VolumeMount.mountPropagation': ['Bidirectional', 'HostToContainer', 'None'],
  'PodSecurityContext.fsGroupChangePolicy': ['Always', 'OnRootMismatch'],
  'PodSecurityContext.supplementalGroupsPolicy': ['Merge', 'Strict'],
  'Toleration.effect': ['NoExecute', 'NoSchedule', 'PreferNoSchedule'],
  'Toleration.operator': ['Equal', 'Exists'],
  'TopologySpreadConstraint.nodeAffinityPolicy': INCLUSION,
  'TopologySpreadConstraint.nodeTaintsPolicy': INCLUSION,
  'TopologySpreadConstraint.whenUnsatisfiable': ['DoNotSchedule', 'ScheduleAnyway'],
  'HostPathVolumeSource.type': ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'],
  'ImageVolumeSource.pullPolicy': PULL_POLICY,
  'PodStatus.phase': ['Failed', 'Pending', 'Running', 'Succeeded', 'Unknown'],
  'PodStatus.qosClass': ['BestEffort', 'Burstable', 'Guaranteed'],
  'JobSpec.completionMode': ['Indexed', 'NonIndexed'],
  'JobSpec.podReplacementPolicy': ['Failed', 'TerminatingOrFailed'],
}

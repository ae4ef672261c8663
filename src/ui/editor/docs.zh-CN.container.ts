// Simplified Chinese hover docs for Container and what hangs off it: ports, env, probes, lifecycle
// hooks, security context, resources, mounts. Mirrors src/engine/api/schema/container.ts.

import type { StructDocs } from './docs.zh-CN.meta'

// Container and EphemeralContainer share these fields, as they do in the engine's table.
const CONTAINER_DOCS: Record<string, string> = {
  name: '容器名称，须为 Pod 内唯一的 DNS 标签。',
  image: '要运行的镜像，例如 busybox:1.36。',
  command: '替换镜像的 ENTRYPOINT；每个参数占一个列表项。',
  args: '替换镜像的 CMD；每个参数占一个列表项。',
  workingDir: '命令启动时所在的目录。',
  ports: '容器监听的端口（仅供参考）。',
  envFrom: '把 ConfigMap 或 Secret 的每个键都导入为环境变量。',
  env: '要设置的环境变量。',
  resources: 'CPU 和内存的请求与限制。',
  resizePolicy: '调整资源时是否需要重启容器。',
  restartPolicy: '重启策略：Init 容器设为 Always 即成为边车容器；也可为 Never 或 OnFailure。',
  restartPolicyRules: '按退出码覆盖 restartPolicy 的规则。',
  volumeMounts: '要挂载到该容器中的 Pod 卷。',
  volumeDevices: '以设备形式提供给容器的原始块卷。',
  livenessProbe: '存活探针：持续失败时重启容器。',
  readinessProbe: '就绪探针：失败期间容器被标记为未就绪。',
  startupProbe: '启动探针：首次成功之前，其他探针都不执行。',
  lifecycle: '生命周期回调：启动后立即执行，以及停止前执行。',
  terminationMessagePath: '其内容会成为终止消息的文件。',
  terminationMessagePolicy: 'File，或 FallbackToLogsOnError（改用日志末尾）。',
  imagePullPolicy: '镜像拉取策略：Always、IfNotPresent 或 Never。',
  securityContext: '用户、Linux 权能等安全设置。',
  stdin: '保持 stdin 流打开。',
  stdinOnce: '第一次挂接结束后关闭 stdin。',
  tty: '分配一个终端。',
}

// Probes and lifecycle handlers share these actions, as they do in the engine's table.
const HANDLER_DOCS: Record<string, string> = {
  exec: '在容器内运行一条命令。',
  httpGet: '发送一个 HTTP GET 请求。',
  tcpSocket: '建立一个 TCP 连接。',
}

/** Container-level structs, keyed like the engine's struct table. */
export const CONTAINER_STRUCT_DOCS: StructDocs = {
  Container: CONTAINER_DOCS,
  EphemeralContainer: {
    ...CONTAINER_DOCS,
    targetContainerName: '调试容器要加入其命名空间的目标容器。',
  },
  ContainerPort: {
    name: '端口名称，可供服务引用。',
    hostPort: '同时在节点上开放的端口。',
    containerPort: '容器内的端口号。',
    protocol: 'TCP、UDP 或 SCTP。',
    hostIP: 'hostPort 绑定的节点地址。',
  },
  EnvVar: {
    name: '变量名。',
    value: '字面值；其中的 $(VAR) 引用会被展开。',
    valueFrom: '从某个字段、资源、ConfigMap 或 Secret 取值。',
  },
  EnvVarSource: {
    fieldRef: 'Pod 的某个字段，例如 metadata.name。',
    resourceFieldRef: '容器的某项资源请求或限制。',
    configMapKeyRef: 'ConfigMap 中的一个键。',
    secretKeyRef: 'Secret 中的一个键。',
    fileKeyRef: '卷中某个 env 文件里的一个键。',
  },
  ObjectFieldSelector: {
    apiVersion: '字段路径所依据的 API 版本；默认 v1。',
    fieldPath: '字段路径，例如 status.podIP。',
  },
  ResourceFieldSelector: {
    containerName: '要读取的容器；在卷中使用时必填。',
    resource: '要读取的资源，例如 limits.memory。',
    divisor: '表示该值所用的单位。',
  },
  ConfigMapKeySelector: {
    name: 'ConfigMap 名称。',
    key: '要读取的键。',
    optional: 'ConfigMap 或该键不存在时照样启动。',
  },
  SecretKeySelector: {
    name: 'Secret 名称。',
    key: '要读取的键。',
    optional: 'Secret 或该键不存在时照样启动。',
  },
  FileKeySelector: {
    volumeName: '存放 env 文件的卷。',
    path: 'env 文件在卷内的路径。',
    key: '要从文件中读取的变量。',
    optional: '文件或该键不存在时照样启动。',
  },
  EnvFromSource: {
    prefix: '加在每个导入变量名前面的文本。',
    configMapRef: '要导入的 ConfigMap。',
    secretRef: '要导入的 Secret。',
  },
  ConfigMapEnvSource: {
    name: 'ConfigMap 名称。',
    optional: '不存在时照样启动。',
  },
  SecretEnvSource: {
    name: 'Secret 名称。',
    optional: '不存在时照样启动。',
  },
  ResourceRequirements: {
    limits: '容器最多可用的量，例如 cpu: 500m、memory: 128Mi。',
    requests: '调度器为容器预留的量。',
    claims: '该容器使用的动态资源申领。',
  },
  ResourceClaim: {
    name: 'spec.resourceClaims 中某个资源申领的名称。',
    request: '该申领中的某一项请求。',
  },
  ContainerResizePolicy: {
    resourceName: 'cpu 或 memory。',
    restartPolicy: 'NotRequired 或 RestartContainer。',
  },
  ContainerRestartRule: {
    action: '规则匹配时的动作：Restart。',
    exitCodes: '规则要匹配的退出码。',
  },
  ContainerRestartRuleOnExitCodes: {
    operator: 'In 或 NotIn。',
    values: '用来比较的退出码。',
  },
  VolumeMount: {
    name: 'spec.volumes 中某个卷的名称。',
    readOnly: '以只读方式挂载。',
    recursiveReadOnly: 'Disabled、IfPossible 或 Enabled。',
    mountPath: '卷在容器中出现的位置。',
    subPath: '只挂载卷内的这个路径。',
    mountPropagation: 'None、HostToContainer 或 Bidirectional。',
    subPathExpr: '与 subPath 相同，但会展开 $(VAR)。',
  },
  VolumeDevice: {
    name: '某个块卷申领的名称。',
    devicePath: '容器中的设备路径。',
  },
  Probe: {
    ...HANDLER_DOCS,
    grpc: '调用 gRPC 健康检查服务。',
    initialDelaySeconds: '容器启动后等待这么多秒再做第一次探测。',
    timeoutSeconds: '单次探测的超时秒数（默认 1）。',
    periodSeconds: '两次探测之间的秒数（默认 10）。',
    successThreshold: '失败后需连续成功几次才算成功（存活探针和启动探针必须为 1）。',
    failureThreshold: '连续失败几次才算失败（默认 3）。',
    terminationGracePeriodSeconds: '该探针杀死容器时使用的宽限期。',
  },
  ExecAction: {
    command: '命令及其参数；不经过 shell 直接运行。',
  },
  HTTPGetAction: {
    path: '请求路径。',
    port: '端口号或容器端口名称。',
    host: '要连接的主机；默认为 Pod IP。',
    scheme: 'HTTP 或 HTTPS。',
    httpHeaders: '额外的请求头。',
  },
  HTTPHeader: {
    name: '请求头名称。',
    value: '请求头的值。',
  },
  TCPSocketAction: {
    port: '端口号或容器端口名称。',
    host: '要连接的主机；默认为 Pod IP。',
  },
  GRPCAction: {
    port: 'gRPC 服务器的端口。',
    service: '健康检查请求中发送的服务名。',
  },
  Lifecycle: {
    postStart: '容器启动后立即运行。',
    preStop: '容器停止前运行。',
    stopSignal: '停止容器时发送的信号，例如 SIGTERM。',
  },
  LifecycleHandler: {
    ...HANDLER_DOCS,
    sleep: '只是等待一段时间。',
  },
  SleepAction: {
    seconds: '等待的秒数。',
  },
  SecurityContext: {
    capabilities: '要添加或去掉的 Linux 权能。',
    privileged: '以特权模式运行，可完全访问主机。',
    seLinuxOptions: 'SELinux 标签。',
    windowsOptions: '仅适用于 Windows 的设置。',
    runAsUser: '运行所用的用户 ID。',
    runAsGroup: '运行所用的组 ID。',
    runAsNonRoot: '拒绝以 root 身份启动。',
    readOnlyRootFilesystem: '把根文件系统设为只读。',
    allowPrivilegeEscalation: '进程能否获得比父进程更多的特权。',
    procMount: '/proc 的挂载方式：Default 或 Unmasked。',
    seccompProfile: '要应用的 seccomp 过滤配置。',
    appArmorProfile: '要应用的 AppArmor 配置文件。',
  },
  Capabilities: {
    add: '要添加的权能。',
    drop: '要去掉的权能。',
  },
  SELinuxOptions: {
    user: 'SELinux 用户。',
    role: 'SELinux 角色。',
    type: 'SELinux 类型。',
    level: 'SELinux 级别。',
  },
  SeccompProfile: {
    type: 'RuntimeDefault、Unconfined 或 Localhost。',
    localhostProfile: '节点上的配置文件，用于 Localhost。',
  },
  AppArmorProfile: {
    type: 'RuntimeDefault、Unconfined 或 Localhost。',
    localhostProfile: '已加载到节点上的配置文件，用于 Localhost。',
  },
}

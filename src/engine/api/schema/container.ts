// core/v1 Container and everything hanging off it: ports, env, probes, lifecycle hooks, security
// context, resources, mounts. Field names and Go types as in k8s.io/api core/v1 (Kubernetes v1.35).

import { F, type Field, type StructTable } from './types'

/** The fields shared by Container and EphemeralContainer. */
export const CONTAINER_FIELDS: Record<string, Field> = {
  name: F.str('Container name, a DNS label unique within the pod.'),
  image: F.str('Image to run, e.g. busybox:1.36.'),
  command: F.strings("Replaces the image's ENTRYPOINT; one list item per argument."),
  args: F.strings("Replaces the image's CMD; one list item per argument."),
  workingDir: F.str('Directory the command starts in.'),
  ports: F.list('ContainerPort', 'Ports the container listens on (informational).'),
  envFrom: F.list('EnvFromSource', 'Import every key of a ConfigMap or Secret as environment variables.'),
  env: F.list('EnvVar', 'Environment variables to set.'),
  resources: F.obj('ResourceRequirements', 'CPU and memory requests and limits.'),
  resizePolicy: F.list('ContainerResizePolicy', 'Whether a resource change needs a restart.'),
  restartPolicy: F.str('For init containers, Always makes a sidecar; also Never or OnFailure.', 'v1.ContainerRestartPolicy'),
  restartPolicyRules: F.list('ContainerRestartRule', 'Exit-code rules that override restartPolicy.'),
  volumeMounts: F.list('VolumeMount', 'Pod volumes to mount into this container.'),
  volumeDevices: F.list('VolumeDevice', 'Raw block volumes to expose as devices.'),
  livenessProbe: F.obj('Probe', 'Restart the container when this check keeps failing.'),
  readinessProbe: F.obj('Probe', 'Mark the container not ready while this check fails.'),
  startupProbe: F.obj('Probe', 'Hold the other probes until this check passes once.'),
  lifecycle: F.obj('Lifecycle', 'Hooks run right after start and before stop.'),
  terminationMessagePath: F.str('File whose content becomes the termination message.'),
  terminationMessagePolicy: F.str('File, or FallbackToLogsOnError to use the log tail.', 'v1.TerminationMessagePolicy'),
  imagePullPolicy: F.str('Always, IfNotPresent or Never.', 'v1.PullPolicy'),
  securityContext: F.obj('SecurityContext', 'User, capabilities and other security settings.'),
  stdin: F.bool('Keep a stdin stream open.'),
  stdinOnce: F.bool('Close stdin after the first attach ends.'),
  tty: F.bool('Allocate a terminal.'),
}

const HANDLER_FIELDS: Record<string, Field> = {
  exec: F.obj('ExecAction', 'Run a command inside the container.'),
  httpGet: F.obj('HTTPGetAction', 'Send an HTTP GET request.'),
  tcpSocket: F.obj('TCPSocketAction', 'Open a TCP connection.'),
}

/** Container-level structs, keyed by Go name. */
export const CONTAINER_STRUCTS: StructTable = {
  Container: { go: 'v1.Container', fields: CONTAINER_FIELDS },
  EphemeralContainer: {
    go: 'v1.EphemeralContainer',
    fields: { ...CONTAINER_FIELDS, targetContainerName: F.str('Container whose namespaces the debug container joins.') },
  },
  ContainerPort: {
    go: 'v1.ContainerPort',
    fields: {
      name: F.str('Port name that services can refer to.'),
      hostPort: F.i32('Port to open on the node as well.'),
      containerPort: F.i32('Port number inside the container.'),
      protocol: F.str('TCP, UDP or SCTP.', 'v1.Protocol'),
      hostIP: F.str('Node address to bind hostPort to.'),
    },
  },
  EnvVar: {
    go: 'v1.EnvVar',
    fields: {
      name: F.str('Variable name.'),
      value: F.str('Literal value; $(VAR) references are expanded.'),
      valueFrom: F.obj('EnvVarSource', 'Take the value from a field, resource, ConfigMap or Secret.'),
    },
  },
  EnvVarSource: {
    go: 'v1.EnvVarSource',
    fields: {
      fieldRef: F.obj('ObjectFieldSelector', 'A field of the pod, such as metadata.name.'),
      resourceFieldRef: F.obj('ResourceFieldSelector', "A container's resource request or limit."),
      configMapKeyRef: F.obj('ConfigMapKeySelector', 'One key of a ConfigMap.'),
      secretKeyRef: F.obj('SecretKeySelector', 'One key of a Secret.'),
      fileKeyRef: F.obj('FileKeySelector', 'A key from an env file in a volume.'),
    },
  },
  ObjectFieldSelector: {
    go: 'v1.ObjectFieldSelector',
    fields: {
      apiVersion: F.str('Version the field path is written against; v1 by default.'),
      fieldPath: F.str('Path of the field, e.g. status.podIP.'),
    },
  },
  ResourceFieldSelector: {
    go: 'v1.ResourceFieldSelector',
    fields: {
      containerName: F.str('Container to read; required for volumes.'),
      resource: F.str('Resource to read, e.g. limits.memory.'),
      divisor: F.quantity('Unit to express the value in.'),
    },
  },
  ConfigMapKeySelector: {
    go: 'v1.ConfigMapKeySelector',
    fields: {
      name: F.str('ConfigMap name.'),
      key: F.str('Key to read.'),
      optional: F.bool('Start anyway when the ConfigMap or key is missing.'),
    },
  },
  SecretKeySelector: {
    go: 'v1.SecretKeySelector',
    fields: {
      name: F.str('Secret name.'),
      key: F.str('Key to read.'),
      optional: F.bool('Start anyway when the Secret or key is missing.'),
    },
  },
  FileKeySelector: {
    go: 'v1.FileKeySelector',
    fields: {
      volumeName: F.str('Volume holding the env file.'),
      path: F.str('Path of the env file inside the volume.'),
      key: F.str('Variable to read from the file.'),
      optional: F.bool('Start anyway when the file or key is missing.'),
    },
  },
  EnvFromSource: {
    go: 'v1.EnvFromSource',
    fields: {
      prefix: F.str('Text put before every imported variable name.'),
      configMapRef: F.obj('ConfigMapEnvSource', 'ConfigMap to import.'),
      secretRef: F.obj('SecretEnvSource', 'Secret to import.'),
    },
  },
  ConfigMapEnvSource: {
    go: 'v1.ConfigMapEnvSource',
    fields: { name: F.str('ConfigMap name.'), optional: F.bool('Start anyway when it is missing.') },
  },
  SecretEnvSource: {
    go: 'v1.SecretEnvSource',
    fields: { name: F.str('Secret name.'), optional: F.bool('Start anyway when it is missing.') },
  },
  ResourceRequirements: {
    go: 'v1.ResourceRequirements',
    fields: {
      limits: F.resources('Most the container may use, e.g. cpu: 500m, memory: 128Mi.'),
      requests: F.resources('What the scheduler reserves for the container.'),
      claims: F.list('ResourceClaim', 'Dynamic resource claims this container uses.'),
    },
  },
  ResourceClaim: {
    go: 'v1.ResourceClaim',
    fields: { name: F.str('Name of a claim in spec.resourceClaims.'), request: F.str('One request of that claim.') },
  },
  ContainerResizePolicy: {
    go: 'v1.ContainerResizePolicy',
    fields: {
      resourceName: F.str('cpu or memory.', 'v1.ResourceName'),
      restartPolicy: F.str('NotRequired or RestartContainer.', 'v1.ResourceResizeRestartPolicy'),
    },
  },
  ContainerRestartRule: {
    go: 'v1.ContainerRestartRule',
    fields: {
      action: F.str('What to do when the rule matches: Restart.', 'v1.ContainerRestartRuleAction'),
      exitCodes: F.obj('ContainerRestartRuleOnExitCodes', 'Exit codes the rule matches.'),
    },
  },
  ContainerRestartRuleOnExitCodes: {
    go: 'v1.ContainerRestartRuleOnExitCodes',
    fields: {
      operator: F.str('In or NotIn.', 'v1.ContainerRestartRuleOnExitCodesOperator'),
      values: F.i32s('Exit codes to compare with.'),
    },
  },
  VolumeMount: {
    go: 'v1.VolumeMount',
    fields: {
      name: F.str('Name of a volume in spec.volumes.'),
      readOnly: F.bool('Mount read-only.'),
      recursiveReadOnly: F.str('Disabled, IfPossible or Enabled.', 'v1.RecursiveReadOnlyMode'),
      mountPath: F.str('Where the volume appears in the container.'),
      subPath: F.str('Mount only this path inside the volume.'),
      mountPropagation: F.str('None, HostToContainer or Bidirectional.', 'v1.MountPropagationMode'),
      subPathExpr: F.str('Like subPath, with $(VAR) expansion.'),
    },
  },
  VolumeDevice: {
    go: 'v1.VolumeDevice',
    fields: { name: F.str('Name of a block volume claim.'), devicePath: F.str('Device path in the container.') },
  },
  Probe: {
    go: 'v1.Probe',
    fields: {
      ...HANDLER_FIELDS,
      grpc: F.obj('GRPCAction', 'Call the gRPC health service.'),
      initialDelaySeconds: F.i32('Wait this long after start before the first check.'),
      timeoutSeconds: F.i32('Seconds before a check times out (default 1).'),
      periodSeconds: F.i32('Seconds between checks (default 10).'),
      successThreshold: F.i32('Passes in a row needed after a failure (must be 1 for liveness and startup).'),
      failureThreshold: F.i32('Failures in a row that count as failed (default 3).'),
      terminationGracePeriodSeconds: F.i64('Grace period used when this probe kills the container.'),
    },
  },
  ExecAction: { go: 'v1.ExecAction', fields: { command: F.strings('Command and arguments; run without a shell.') } },
  HTTPGetAction: {
    go: 'v1.HTTPGetAction',
    fields: {
      path: F.str('Request path.'),
      port: F.intOrString('Port number or container port name.'),
      host: F.str('Host to connect to; the pod IP by default.'),
      scheme: F.str('HTTP or HTTPS.', 'v1.URIScheme'),
      httpHeaders: F.list('HTTPHeader', 'Extra request headers.'),
    },
  },
  HTTPHeader: { go: 'v1.HTTPHeader', fields: { name: F.str('Header name.'), value: F.str('Header value.') } },
  TCPSocketAction: {
    go: 'v1.TCPSocketAction',
    fields: { port: F.intOrString('Port number or container port name.'), host: F.str('Host to connect to; the pod IP by default.') },
  },
  GRPCAction: {
    go: 'v1.GRPCAction',
    fields: { port: F.i32('Port of the gRPC server.'), service: F.str('Service name sent in the health request.') },
  },
  Lifecycle: {
    go: 'v1.Lifecycle',
    fields: {
      postStart: F.obj('LifecycleHandler', 'Runs right after the container starts.'),
      preStop: F.obj('LifecycleHandler', 'Runs before the container is stopped.'),
      stopSignal: F.str('Signal sent to stop the container, e.g. SIGTERM.', 'v1.Signal'),
    },
  },
  LifecycleHandler: {
    go: 'v1.LifecycleHandler',
    fields: { ...HANDLER_FIELDS, sleep: F.obj('SleepAction', 'Just wait.') },
  },
  SleepAction: { go: 'v1.SleepAction', fields: { seconds: F.i64('Seconds to sleep.') } },
  SecurityContext: {
    go: 'v1.SecurityContext',
    fields: {
      capabilities: F.obj('Capabilities', 'Linux capabilities to add or drop.'),
      privileged: F.bool('Run with full access to the host.'),
      seLinuxOptions: F.obj('SELinuxOptions', 'SELinux label.'),
      windowsOptions: F.opaque('v1.WindowsSecurityContextOptions', 'Windows-only settings.'),
      runAsUser: F.i64('User id to run as.'),
      runAsGroup: F.i64('Group id to run as.'),
      runAsNonRoot: F.bool('Refuse to start as root.'),
      readOnlyRootFilesystem: F.bool('Make the root filesystem read-only.'),
      allowPrivilegeEscalation: F.bool('Whether a process may gain more privileges than its parent.'),
      procMount: F.str('Default or Unmasked /proc.', 'v1.ProcMountType'),
      seccompProfile: F.obj('SeccompProfile', 'Seccomp filter to apply.'),
      appArmorProfile: F.obj('AppArmorProfile', 'AppArmor profile to apply.'),
    },
  },
  Capabilities: {
    go: 'v1.Capabilities',
    fields: { add: F.strings('Capabilities to add.', 'v1.Capability'), drop: F.strings('Capabilities to drop.', 'v1.Capability') },
  },
  SELinuxOptions: {
    go: 'v1.SELinuxOptions',
    fields: { user: F.str('SELinux user.'), role: F.str('SELinux role.'), type: F.str('SELinux type.'), level: F.str('SELinux level.') },
  },
  SeccompProfile: {
    go: 'v1.SeccompProfile',
    fields: {
      type: F.str('RuntimeDefault, Unconfined or Localhost.', 'v1.SeccompProfileType'),
      localhostProfile: F.str('Profile file on the node, for Localhost.'),
    },
  },
  AppArmorProfile: {
    go: 'v1.AppArmorProfile',
    fields: {
      type: F.str('RuntimeDefault, Unconfined or Localhost.', 'v1.AppArmorProfileType'),
      localhostProfile: F.str('Profile loaded on the node, for Localhost.'),
    },
  },
}

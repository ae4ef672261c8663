// kubectl's root help (`kubectl`, `kubectl --help`) and `kubectl options`, as kubectl v1.35.2 prints
// them: command groups and global flags captured from the binary, stored as data.

import { commandList, flagEntry, OPTIONS_FOOTER } from './template'

type Entry = readonly [string, string]

/** The root command's description. */
export const ROOT_LONG = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/`

/** The command groups of the root help, in display order (v1.35 always shows an empty plugin group). */
export const ROOT_GROUPS: readonly (readonly [string, readonly Entry[]])[] = [
  ['Basic Commands (Beginner)', [
    ['create', 'Create a resource from a file or from stdin'],
    ['expose', 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service'],
    ['run', 'Run a particular image on the cluster'],
    ['set', 'Set specific features on objects'],
  ]],
  ['Basic Commands (Intermediate)', [
    ['explain', 'Get documentation for a resource'],
    ['get', 'Display one or many resources'],
    ['edit', 'Edit a resource on the server'],
    ['delete', 'Delete resources by file names, stdin, resources and names, or by resources and label selector'],
  ]],
  ['Deploy Commands', [
    ['rollout', 'Manage the rollout of a resource'],
    ['scale', 'Set a new size for a deployment, replica set, or replication controller'],
    ['autoscale', 'Auto-scale a deployment, replica set, stateful set, or replication controller'],
  ]],
  ['Cluster Management Commands', [
    ['certificate', 'Modify certificate resources'],
    ['cluster-info', 'Display cluster information'],
    ['top', 'Display resource (CPU/memory) usage'],
    ['cordon', 'Mark node as unschedulable'],
    ['uncordon', 'Mark node as schedulable'],
    ['drain', 'Drain node in preparation for maintenance'],
    ['taint', 'Update the taints on one or more nodes'],
  ]],
  ['Troubleshooting and Debugging Commands', [
    ['describe', 'Show details of a specific resource or group of resources'],
    ['logs', 'Print the logs for a container in a pod'],
    ['attach', 'Attach to a running container'],
    ['exec', 'Execute a command in a container'],
    ['port-forward', 'Forward one or more local ports to a pod'],
    ['proxy', 'Run a proxy to the Kubernetes API server'],
    ['cp', 'Copy files and directories to and from containers'],
    ['auth', 'Inspect authorization'],
    ['debug', 'Create debugging sessions for troubleshooting workloads and nodes'],
    ['events', 'List events'],
  ]],
  ['Advanced Commands', [
    ['diff', 'Diff the live version against a would-be applied version'],
    ['apply', 'Apply a configuration to a resource by file name or stdin'],
    ['patch', 'Update fields of a resource'],
    ['replace', 'Replace a resource by file name or stdin'],
    ['wait', 'Wait for a specific condition on one or many resources'],
    ['kustomize', 'Build a kustomization target from a directory or URL'],
  ]],
  ['Settings Commands', [
    ['label', 'Update the labels on a resource'],
    ['annotate', 'Update the annotations on a resource'],
    ['completion', 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)'],
  ]],
  ['Subcommands provided by plugins', [
  ]],
  ['Other Commands', [
    ['alpha', 'Commands for features in alpha'],
    ['api-resources', 'Print the supported API resources on the server'],
    ['api-versions', 'Print the supported API versions on the server, in the form of "group/version"'],
    ['config', 'Modify kubeconfig files'],
    ['plugin', 'Provides utilities for interacting with plugins'],
    ['version', 'Print the client and server version information'],
  ]],
]

const SUGGEST_FOR: Record<string, readonly string[]> = { get: ['list', 'ps'], delete: ['rm'], wait: ['list', 'ps'] }

const LATE = ['alpha', 'config', 'plugin', 'version', 'api-versions', 'api-resources']

/**
 * Root sub-commands in the order kubectl registers them (groups first, then the rest): the order
 * of "Did you mean this?" suggestions. `SuggestFor` lists the extra words each one is suggested for.
 */
export const ROOT_COMMANDS: readonly { name: string; suggestFor?: readonly string[] }[] = [
  ...ROOT_GROUPS.flatMap(([, cmds]) => cmds.map(([name]) => name)).filter(n => !LATE.includes(n)),
  ...LATE,
  'options',
].map(name => ({ name, suggestFor: SUGGEST_FOR[name] }))

/** The HOME initlab's shell pretends to have (kubectl prints its cache folder under it). */
export const HOME_DIR = '/root'

/** kubectl's global flags, as `kubectl options` lists them. */
export const GLOBAL_OPTIONS: readonly Entry[] = [
  ["--as=''", 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace.'],
  ['--as-group=[]', 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.'],
  ["--as-uid=''", 'UID to impersonate for the operation.'],
  ['--as-user-extra=[]', 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key.'],
  [`--cache-dir='${HOME_DIR}/.kube/cache'`, 'Default cache directory'],
  ["--certificate-authority=''", 'Path to a cert file for the certificate authority'],
  ["--client-certificate=''", 'Path to a client certificate file for TLS'],
  ["--client-key=''", 'Path to a client key file for TLS'],
  ["--cluster=''", 'The name of the kubeconfig cluster to use'],
  ["--context=''", 'The name of the kubeconfig context to use'],
  ['--disable-compression=false', 'If true, opt-out of response compression for all requests to the server'],
  ['--insecure-skip-tls-verify=false', "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure"],
  ["--kubeconfig=''", 'Path to the kubeconfig file to use for CLI requests.'],
  ["--kuberc=''", 'Path to the kuberc file to use for preferences. This can be disabled by exporting KUBECTL_KUBERC=false feature gate or turning off the feature KUBERC=off.'],
  ['--log-flush-frequency=5s', 'Maximum number of seconds between log flushes'],
  ['--match-server-version=false', 'Require server version to match client version'],
  ["-n, --namespace=''", 'If present, the namespace scope for this CLI request'],
  ["--password=''", 'Password for basic authentication to the API server'],
  ["--profile='none'", 'Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex|trace)'],
  ["--profile-output='profile.pprof'", 'Name of the file to write the profile to'],
  ["--request-timeout='0'", "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests."],
  ["-s, --server=''", 'The address and port of the Kubernetes API server'],
  ["--tls-server-name=''", 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used'],
  ["--token=''", 'Bearer token for authentication to the API server'],
  ["--user=''", 'The name of the kubeconfig user to use'],
  ["--username=''", 'Username for basic authentication to the API server'],
  ['-v, --v=0', 'number for the log level verbosity'],
  ['--vmodule=', 'comma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)'],
  ['--warnings-as-errors=false', 'Treat warnings received from the server as errors and exit with a non-zero exit code'],
]

/** What `kubectl` prints after its description (and after "Unknown help topic"). Pure. */
export function rootUsage(): string {
  const all = ROOT_GROUPS.flatMap(([, cmds]) => cmds)
  const width = Math.max(11, ...all.map(([name]) => name.length))
  const groups = ROOT_GROUPS.map(([title, cmds]) => [`${title}:`, ...(cmds.length ? [commandList(cmds, width)] : [])].join('\n'))
  return `\n\n${groups.join('\n\n')}\n\nUsage:\n  kubectl [flags] [options]\n\n` +
    `Use "kubectl <command> --help" for more information about a given command.\n${OPTIONS_FOOTER}`
}

/** `kubectl`, `kubectl --help`, `kubectl help`. Pure. */
export function rootHelp(): string {
  return ROOT_LONG + rootUsage()
}

/** `kubectl options`. Pure. */
export function optionsText(): string {
  return `The following options can be passed to any command:\n\n${GLOBAL_OPTIONS.map(flagEntry).join('')}`
}

// `kubectl cluster-info --help` as kubectl v1.35.2 prints it: captured from the binary, stored as data.

import type { HelpDoc } from './template'

/** `kubectl cluster-info --help`. */
export const CLUSTER_INFO: HelpDoc = {
  path: ['cluster-info'],
  long: "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
  examples: `# Print the address of the control plane and cluster services
kubectl cluster-info`,
  subcommands: [
    ['dump', 'Dump relevant information for debugging and diagnosis'],
  ],
  usage: 'kubectl cluster-info [flags] [options]',
}

/** `kubectl cluster-info dump --help`. */
export const CLUSTER_INFO_DUMP: HelpDoc = {
  path: ['cluster-info', 'dump'],
  long: `Dump cluster information out suitable for debugging and diagnosing cluster problems.  By default, dumps everything to stdout. You can optionally specify a directory with --output-directory.  If you specify a directory, Kubernetes will build a set of files in that directory.  By default, only dumps things in the current namespace and 'kube-system' namespace, but you can switch to a different namespace with the --namespaces flag, or specify --all-namespaces to dump all namespaces.

 The command also dumps the logs of all of the pods in the cluster; these logs are dumped into different directories based on namespace and pod name.`,
  examples: `# Dump current cluster state to stdout
kubectl cluster-info dump

# Dump current cluster state to /path/to/cluster-state
kubectl cluster-info dump --output-directory=/path/to/cluster-state

# Dump all namespaces to stdout
kubectl cluster-info dump --all-namespaces

# Dump a set of namespaces to /path/to/cluster-state
kubectl cluster-info dump --namespaces default,kube-system --output-directory=/path/to/cluster-state`,
  options: [
    ['-A, --all-namespaces=false', 'If true, dump all namespaces.  If true, --namespaces is ignored.'],
    ['--allow-missing-template-keys=true', 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'],
    ['--namespaces=[]', 'A comma separated list of namespaces to dump.'],
    ["-o, --output='json'", 'Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).'],
    ["--output-directory=''", "Where to output the files.  If empty or '-' uses stdout, otherwise creates a directory hierarchy in that directory"],
    ['--pod-running-timeout=20s', 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running'],
    ['--show-managed-fields=false', 'If true, keep the managedFields when printing objects in JSON or YAML format.'],
    ["--template=''", 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'],
  ],
  usage: 'kubectl cluster-info dump [flags] [options]',
}

// `kubectl api-resources --help` as kubectl v1.35.2 prints it: captured from the binary, stored as data.

import type { HelpDoc } from './template'

/** `kubectl api-resources --help`. */
export const API_RESOURCES: HelpDoc = {
  path: ['api-resources'],
  long: 'Print the supported API resources on the server.',
  examples: `# Print the supported API resources
kubectl api-resources

# Print the supported API resources with more information
kubectl api-resources -o wide

# Print the supported API resources sorted by a column
kubectl api-resources --sort-by=name

# Print the supported namespaced resources
kubectl api-resources --namespaced=true

# Print the supported non-namespaced resources
kubectl api-resources --namespaced=false

# Print the supported API resources with a specific APIGroup
kubectl api-resources --api-group=rbac.authorization.k8s.io`,
  options: [
    ["--api-group=''", 'Limit to resources in the specified API group.'],
    ['--cached=false', 'Use the cached list of resources if available.'],
    ['--categories=[]', 'Limit to resources that belong to the specified categories.'],
    ['--namespaced=true', 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.'],
    ['--no-headers=false', "When using the default or custom-column output format, don't print headers (default print headers)."],
    ["-o, --output=''", 'Output format. One of: (json, yaml, kyaml, name, wide).'],
    ['--show-managed-fields=false', 'If true, keep the managedFields when printing objects in JSON or YAML format.'],
    ["--sort-by=''", "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'."],
    ['--verbs=[]', 'Limit to resources that support the specified verbs.'],
  ],
  usage: 'kubectl api-resources [flags] [options]',
}

/** `kubectl api-versions --help`. */
export const API_VERSIONS: HelpDoc = {
  path: ['api-versions'],
  long: 'Print the supported API versions on the server, in the form of "group/version".',
  examples: `# Print the supported API versions
kubectl api-versions`,
  usage: 'kubectl api-versions [options]',
}

// `kubectl set --help` as kubectl v1.35.2 prints it: captured from the binary, stored as data.

import type { HelpDoc } from './template'

/** `kubectl set --help`. */
export const SET: HelpDoc = {
  path: ['set'],
  long: `Configure application resources.

 These commands help you make changes to existing application resources.`,
  subcommands: [
    ['env', 'Update environment variables on a pod template'],
    ['image', 'Update the image of a pod template'],
    ['resources', 'Update resource requests/limits on objects with pod templates'],
    ['selector', 'Set the selector on a resource'],
    ['serviceaccount', 'Update the service account of a resource'],
    ['subject', 'Update the user, group, or service account in a role binding or cluster role binding'],
  ],
  usage: 'kubectl set SUBCOMMAND [options]',
}

/** `kubectl set image --help`. */
export const SET_IMAGE: HelpDoc = {
  path: ['set', 'image'],
  long: `Update existing container image(s) of resources.

 Possible resources include (case insensitive):

        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)`,
  examples: `# Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1

# Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
kubectl set image deployments,rc nginx=nginx:1.9.1 --all

# Update image of all containers of daemonset abc to 'nginx:1.9.1'
kubectl set image daemonset abc *=nginx:1.9.1

# Print result (in yaml format) of updating nginx container image from local file, without hitting the server
kubectl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml`,
  options: [
    ['--all=false', 'Select all resources, in the namespace of the specified resource types'],
    ['--allow-missing-template-keys=true', 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'],
    ["--dry-run='none'", 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.'],
    ["--field-manager='kubectl-set'", 'Name of the manager used to track field ownership.'],
    ['-f, --filename=[]', 'Filename, directory, or URL to files identifying the resource to get from a server.'],
    ["-k, --kustomize=''", "Process the kustomization directory. This flag can't be used together with -f or -R."],
    ['--local=false', 'If true, set image will NOT contact api-server but run locally.'],
    ["-o, --output=''", 'Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).'],
    ['-R, --recursive=false', 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.'],
    ["-l, --selector=''", "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints."],
    ['--show-managed-fields=false', 'If true, keep the managedFields when printing objects in JSON or YAML format.'],
    ["--template=''", 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'],
  ],
  usage: 'kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]',
}

// `kubectl run NAME --image=IMAGE [--restart=...] [--labels=...] [--env=...] [--port=N] [--command]
// [--dry-run=client|server] [-o yaml|json|name] [-- ARG...]`: builds a Pod the way kubectl's run
// generator does (labels run=NAME, one container named NAME) and creates it.

import type { Container, Pod } from '../../engine/api/types'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import type { KubectlEnv } from '../kubectl'
import { formatInvalidError } from '../../engine/api/fieldErrors'
import { toYaml } from '../printers/yaml'
import { fail, ok, type CommandResult } from '../result'

const FLAGS: FlagSpec[] = [
  { name: 'image', type: 'string', default: '' },
  { name: 'restart', type: 'string', default: 'Always' },
  { name: 'labels', shorthand: 'l', type: 'string', default: '' },
  { name: 'env', type: 'stringArray', default: [] },
  { name: 'port', type: 'string', default: '' },
  { name: 'command', type: 'bool', default: false },
  { name: 'dry-run', type: 'string', default: 'none' },
  { name: 'output', shorthand: 'o', type: 'string', default: '' },
  { name: 'image-pull-policy', type: 'string', default: '' },
  { name: 'rm', type: 'bool', default: false },
  { name: 'stdin', shorthand: 'i', type: 'bool', default: false },
  { name: 'tty', shorthand: 't', type: 'bool', default: false },
  { name: 'attach', type: 'bool', default: false },
]

const usage = (message: string) => fail(`error: ${message}\nSee 'kubectl run -h' for help and examples`)

/** Runs `kubectl run`. */
export function run(argv: string[], env: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('run', parsed.error))
  const { flags, args, dashArgs } = parsed
  const image = flags.image as string
  if (!parsed.set.has('image')) return fail('error: required flag(s) "image" not set')
  const name = args[0]
  if (!name) return usage('NAME is required for run')
  const restart = flags.restart as string
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) return usage(`invalid restart policy: ${restart}`)
  const dryRun = flags['dry-run'] as string
  if (!['none', 'client', 'server'].includes(dryRun)) return fail(`error: Invalid dry-run value (${dryRun}). Must be "none", "server", or "client".`)
  const attached = flags.stdin || flags.tty || flags.attach
  if (attached && dryRun !== 'none') return usage("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)")
  if (flags.rm && !attached) return usage('--rm should only be used for attached containers')
  if (attached) return fail('error: initlab has no interactive terminal inside containers yet: run the pod without -i/-t and read its output with kubectl logs')

  const labels: Record<string, string> = {}
  const labelSpec = flags.labels as string
  if (labelSpec) {
    for (const pair of labelSpec.split(',')) {
      const eq = pair.indexOf('=')
      if (eq <= 0) return fail(`error: unexpected label spec: ${labelSpec}`)
      labels[pair.slice(0, eq)] = pair.slice(eq + 1)
    }
  } else labels.run = name

  // Field order is kubectl's Go struct order: what -o json shows and the API receives.
  const container: Container = { name, image }
  if (dashArgs.length > 0) {
    if (flags.command) container.command = dashArgs
    else container.args = dashArgs
  }
  const port = flags.port as string
  if (port) {
    if (!/^\d+$/.test(port)) return fail(`error: strconv.Atoi: parsing "${port}": invalid syntax`)
    container.ports = [{ containerPort: Number(port) }]
  }
  const envVars = flags.env as string[]
  if (envVars.length > 0) {
    container.env = []
    for (const e of envVars) {
      const eq = e.indexOf('=')
      if (eq <= 0) return fail(`error: invalid env: ${e}`)
      container.env.push({ name: e.slice(0, eq), value: e.slice(eq + 1) })
    }
  }
  container.resources = {}
  const pullPolicy = flags['image-pull-policy'] as string
  if (pullPolicy) container.imagePullPolicy = pullPolicy
  const pod = {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: { name, labels },
    spec: { containers: [container], restartPolicy: restart, dnsPolicy: 'ClusterFirst' },
    status: {},
  } as Pod

  const output = flags.output as string
  const namespace = (flags.namespace as string) || 'default'
  if (dryRun === 'client') return print(pod, output, ' (dry run)')
  if (env.cluster.store.get('Pod', namespace, name)) return fail(`Error from server (AlreadyExists): pods "${name}" already exists`)
  const toCreate = { ...pod, metadata: { ...pod.metadata, namespace } }
  if (dryRun === 'server') return print(pod, output, ' (server dry run)')
  const r = env.cluster.createPod(toCreate)
  if (!r.ok) return fail(r.reason === 'Invalid' ? formatInvalidError('Pod', name, r.errors ?? []) : `Error from server (${r.reason}): ${r.message}`)
  return print(r.object, output, '')
}

function print(pod: Pod, output: string, suffix: string): CommandResult {
  switch (output) {
    case '':
      return ok(`pod/${pod.metadata.name} created${suffix}\n`)
    case 'name':
      return ok(`pod/${pod.metadata.name}\n`)
    case 'yaml':
      return ok(toYaml(pod))
    case 'json':
      return ok(JSON.stringify(pod, null, 4) + '\n')
    default:
      return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,yaml`)
  }
}

// kubectl's entry point: cobra's routing of the first word (root help, suggestions for typos), then
// one file per verb in commands/. Reading verbs are pure functions of the cluster state and its
// clock; writing verbs go through the cluster's API methods, as kubectl goes through the API server.

import type { Cluster } from '../engine/cluster'
import { apiResources, apiVersions } from './commands/apiResources'
import { apply } from './commands/apply'
import { clusterInfo } from './commands/clusterInfo'
import { del } from './commands/delete'
import { describe } from './commands/describe'
import { exec, execReadsStdin } from './commands/exec'
import { explain } from './commands/explain'
import { get } from './commands/get'
import { help, helpFor, options, routeRoot } from './commands/help'
import { logs } from './commands/logs'
import { replace } from './commands/replace'
import { rollout } from './commands/rollout'
import { run } from './commands/run'
import { set } from './commands/setImage'
import { version } from './commands/version'
import { fail, ok, type CommandResult } from './result'

/** What a kubectl command runs against. */
export interface KubectlEnv {
  cluster: Cluster
  /** Standard input, for `-f -` and `exec -i`. */
  stdin?: string
  /** Reads a file named on the command line (`-f x.yaml`); undefined when it does not exist. */
  files?: (path: string) => string | undefined
}

type Verb = (args: string[], env: KubectlEnv) => CommandResult

const VERBS: Record<string, Verb> = {
  'api-resources': apiResources,
  'api-versions': apiVersions,
  apply,
  'cluster-info': clusterInfo,
  create: (args, env) => apply(args, env, 'create'),
  delete: del,
  describe,
  exec,
  explain,
  get,
  help,
  logs,
  options,
  replace,
  rollout,
  run,
  set,
  version,
}

// Sub-commands that have help texts of their own.
const SUBCOMMANDS: Record<string, string[]> = { set: ['image'], 'cluster-info': ['dump'] }

/** `-h`/`--help` anywhere before `--` asks for the command's help instead of running it. */
function helpPath(verb: string, args: readonly string[]): string[] | undefined {
  const end = args.indexOf('--')
  const flags = end < 0 ? args : args.slice(0, end)
  if (!flags.some((a) => a === '-h' || a === '--help' || a === '--help=true')) return undefined
  const sub = flags.find((a) => !a.startsWith('-'))
  return sub && SUBCOMMANDS[verb]?.includes(sub) ? [verb, sub] : [verb]
}

/** Whether `kubectl <args>` reads standard input: `-f -` (and its spellings) or `exec -i`. Pure. */
export function readsStdin(args: readonly string[]): boolean {
  if (args.some((a) => a === '-' || a === '--filename=-' || a === '-f-' || a === '-f=-')) return true
  const route = routeRoot(args)
  return 'verb' in route && route.verb === 'exec' && execReadsStdin(route.args)
}

/** Runs `kubectl <args>` against `env.cluster`. */
export function runKubectl(args: string[], env: KubectlEnv): CommandResult {
  const route = routeRoot(args)
  if ('result' in route) return route.result
  const path = route.verb === 'help' || route.verb === 'options' ? undefined : helpPath(route.verb, route.args)
  if (path) {
    const text = helpFor(path) ?? helpFor([route.verb])
    if (text !== undefined) return ok(text)
  }
  const verb = VERBS[route.verb]
  if (!verb) return fail(`error: initlab does not simulate "kubectl ${route.verb}"; the commands it knows are listed by "kubectl --help"`)
  return verb(route.args, env)
}

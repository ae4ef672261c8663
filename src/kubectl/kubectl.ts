// kubectl's entry point: parses the verb and dispatches to one file per verb in commands/.
// Reading verbs are pure functions of the cluster state and its clock; writing verbs go through
// the cluster's API methods, as kubectl goes through the API server.

import type { Cluster } from '../engine/cluster'
import { apply } from './commands/apply'
import { del } from './commands/delete'
import { get } from './commands/get'
import { replace } from './commands/replace'
import { run } from './commands/run'
import { set } from './commands/setImage'
import { fail, type CommandResult } from './result'

/** What a kubectl command runs against. */
export interface KubectlEnv {
  cluster: Cluster
  /** Standard input, for `-f -`. */
  stdin?: string
  /** Reads a file named on the command line (`-f x.yaml`); undefined when it does not exist. */
  files?: (path: string) => string | undefined
}

type Verb = (args: string[], env: KubectlEnv) => CommandResult

const VERBS: Record<string, Verb> = {
  apply,
  create: (args, env) => apply(args, env, 'create'),
  delete: del,
  get,
  replace,
  run,
  set,
}

/** Runs `kubectl <args>` against `env.cluster`. */
export function runKubectl(args: string[], env: KubectlEnv): CommandResult {
  const [verb, ...rest] = args
  if (verb === undefined) return fail('error: a command is required (this initlab build knows: apply, create, delete, get)')
  const run = VERBS[verb]
  if (!run) return fail(`error: unknown command "${verb}" for "kubectl"`)
  return run(rest, env)
}

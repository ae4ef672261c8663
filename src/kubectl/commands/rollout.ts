// `kubectl rollout status deployment/NAME [--timeout=D] [--watch=false]`: prints the Deployment
// status viewer's lines as the rollout progresses (on the virtual clock) until it is done.

import { resourceFor } from '../../engine/api/kinds'
import type { KubeObject } from '../../engine/api/types'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import { parseGoDuration } from '../get/duration'
import type { KubectlEnv } from '../kubectl'
import { fail, type CommandResult } from '../result'

const FLAGS: FlagSpec[] = [
  { name: 'watch', shorthand: 'w', type: 'bool', default: true },
  { name: 'timeout', type: 'string', default: '0s' },
]

/** kubectl waits forever by default; headless, a week of virtual time is the same thing. */
const FOREVER_MS = 7 * 24 * 3600_000

interface DeploymentView extends KubeObject {
  spec: { replicas?: number }
  status?: {
    observedGeneration?: number
    replicas?: number
    updatedReplicas?: number
    availableReplicas?: number
    conditions?: { type: string; reason?: string }[]
  }
}

/** DeploymentStatusViewer.Status: the line to print, and whether the rollout is done or failed. Pure. */
export function deploymentRolloutStatus(d: DeploymentView): { line: string; done: boolean; error?: string } {
  const name = d.metadata.name ?? ''
  const status = d.status ?? {}
  if ((d.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) return { line: 'Waiting for deployment spec update to be observed...\n', done: false }
  if (status.conditions?.some((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded')) {
    return { line: '', done: true, error: `deployment "${name}" exceeded its progress deadline` }
  }
  const replicas = d.spec.replicas ?? 1
  const updated = status.updatedReplicas ?? 0
  const total = status.replicas ?? 0
  const available = status.availableReplicas ?? 0
  if (updated < replicas) return { line: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n`, done: false }
  if (total > updated) return { line: `Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...\n`, done: false }
  if (available < updated) return { line: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...\n`, done: false }
  return { line: `deployment "${name}" successfully rolled out\n`, done: true }
}

/** Runs `kubectl rollout <subcommand>`; only `status` of Deployments exists here. */
export function rollout(argv: string[], env: KubectlEnv): CommandResult {
  const [sub, ...rest] = argv
  if (sub !== 'status') return fail(sub === undefined ? "error: Required resource not specified.\nSee 'kubectl rollout -h' for help and examples" : `error: initlab simulates only "kubectl rollout status"`)
  const parsed = parseFlags(rest, FLAGS)
  if (!parsed.ok) return fail(flagError('rollout status', parsed.error))
  const namespace = (parsed.flags.namespace as string) || 'default'
  const args = parsed.args
  const [type, name] = args[0]?.includes('/') ? args[0].split('/') : [args[0], args[1]]
  if (!type) return fail("error: required resource not specified\nSee 'kubectl rollout status -h' for help and examples")
  const kind = resourceFor(type)
  if (!kind) return fail(`error: the server doesn't have a resource type "${type}"`)
  if (kind.kind !== 'Deployment') return fail(`error: no status viewer has been implemented for ${kind.kind}`)
  const cluster = env.cluster
  const timeout = parseGoDuration(parsed.flags.timeout as string)
  const limit = cluster.now() + (typeof timeout === 'number' && timeout > 0 ? timeout : FOREVER_MS)
  let stdout = ''
  let last = ''
  for (;;) {
    const d = cluster.store.get<DeploymentView>('Deployment', namespace, name ?? '')
    if (!d) return fail(`Error from server (NotFound): deployments.apps "${name}" not found`, 1, stdout)
    const s = deploymentRolloutStatus(d)
    if (s.error) return fail(`error: ${s.error}`, 1, stdout)
    if (s.line !== last) stdout += s.line
    last = s.line
    if (s.done || !parsed.flags.watch) return { stdout, stderr: '', exitCode: 0 }
    const next = cluster.nextChangeAt()
    if (next === undefined || next > limit) return fail('error: timed out waiting for the condition', 1, stdout)
    cluster.clock.advanceTo(next)
  }
}

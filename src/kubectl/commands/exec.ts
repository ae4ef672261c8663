// `kubectl exec` (kubectl v1.35 exec.go): argument and flag checks, the pod and its default
// container, then the cluster's pods/exec, whose process runs on the virtual clock until it exits.
// Errors are spelled as kubectl prints what the API server, the kubelet and containerd answer.

import type { Pod } from '../../engine/api/types'
import { resourceFor, unknownResourceError } from '../../engine/api/kinds'
import { stillRunning } from '../../engine/podExec'
import type { Process, ProcessStep } from '../../engine/runtime/process'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import { parseGoDuration } from '../get/duration'
import type { KubectlEnv } from '../kubectl'
import { readManifests } from '../manifests'
import { fail, type CommandResult } from '../result'
import { notFound } from './describe'
import { HEADLESS_FOLLOW_LIMIT_MS, HEADLESS_WAKE_UP_LIMIT } from './logs'
import { defaultContainer } from './podContainers'

const FLAGS: FlagSpec[] = [
  { name: 'container', shorthand: 'c', type: 'string', default: '' },
  { name: 'filename', shorthand: 'f', type: 'stringArray', default: [] },
  { name: 'pod-running-timeout', type: 'duration', default: '1m0s' },
  { name: 'quiet', shorthand: 'q', type: 'bool', default: false },
  { name: 'stdin', shorthand: 'i', type: 'bool', default: false },
  { name: 'tty', shorthand: 't', type: 'bool', default: false },
]

const SEE_HELP = "\nSee 'kubectl exec -h' for help and examples"
// The status a shell reports for a job ended by Ctrl+C (128 + SIGINT).
const INTERRUPTED = 130
// What a process gets when its container's main process dies: the kernel kills the whole PID namespace.
const KILLED = 137
const SHELLS = new Set(['sh', 'ash', 'bash', 'dash', 'zsh'])

/**
 * The pod named by `POD` or `TYPE/NAME` as the API server has it, or kubectl's error. With `-f`,
 * kubectl uses the object as the file has it (its spec picks the default container) and only the
 * exec request reaches the server.
 */
function findPod(resource: string, files: string[], namespace: string, env: KubectlEnv): Pod | CommandResult {
  if (resource === '') {
    const read = readManifests(files, env)
    if (read.errors.length > 0) return fail(read.errors.join('\n'))
    if (read.objects.length !== 1) return fail('error: cannot exec into multiple objects at a time')
    const { object, kind } = read.objects[0]
    if (kind.kind !== 'Pod') return fail(`error: initlab cannot exec into ${kind.resource} yet (name a pod)`)
    return { ...object, metadata: { ...object.metadata, namespace: object.metadata?.namespace ?? namespace } } as Pod
  }
  const slash = resource.indexOf('/')
  const kind = slash < 0 ? resourceFor('pods') : resourceFor(resource.slice(0, slash))
  if (!kind) return fail(unknownResourceError(resource.slice(0, slash)))
  const name = resource.slice(slash + 1)
  const found = env.cluster.store.get(kind.kind, kind.namespaced ? namespace : undefined, name)
  if (!found) return fail(notFound(env, kind, name, namespace))
  if (kind.kind !== 'Pod') return fail(`error: initlab cannot exec into ${kind.group ? `${kind.resource}.${kind.group}` : kind.resource} yet (name a pod)`)
  return found as Pod
}

function isPod(found: Pod | CommandResult): found is Pod {
  return !('exitCode' in found)
}

/** `sh`, `bash -il` and the like: a shell that would read commands from the learner's keyboard. */
function interactiveShell(command: string[]): boolean {
  const base = command[0].slice(command[0].lastIndexOf('/') + 1)
  return SHELLS.has(base) && command.slice(1).every((a) => /^-[ilms]+$/.test(a))
}

/**
 * Resumes `process` on the cluster's clock until it exits. Sleeps let cluster time pass change by
 * change, so a container that dies meanwhile takes the process with it. A process that would wait
 * forever, still runs after HEADLESS_FOLLOW_LIMIT_MS (a polling loop) or wakes more than
 * HEADLESS_WAKE_UP_LIMIT times (a busy loop), is ended as Ctrl+C ends kubectl.
 */
function drive(env: KubectlEnv, process: Process, pod: Pod, container: string, containerID: string): { code: number; interrupted: boolean } {
  const cluster = env.cluster
  const alive = () => stillRunning(cluster.store.get<Pod>('Pod', pod.metadata.namespace, pod.metadata.name ?? ''), container, containerID)
  const deadline = cluster.now() + HEADLESS_FOLLOW_LIMIT_MS
  let step: ProcessStep = process.resume(cluster.now())
  let wakeUps = 0
  while (step.type === 'sleep') {
    if (++wakeUps > HEADLESS_WAKE_UP_LIMIT) {
      step = { type: 'serve' }
      break
    }
    const due = cluster.now() + step.ms
    const wakeAt = Math.min(due, deadline)
    while (cluster.now() < wakeAt) {
      const next = cluster.nextChangeAt() ?? wakeAt
      cluster.advance(Math.min(wakeAt, Math.max(next, cluster.now() + 1)) - cluster.now())
      if (!alive()) {
        process.signal('SIGKILL', cluster.now())
        return { code: KILLED, interrupted: false }
      }
    }
    if (due > deadline) {
      step = { type: 'serve' }
      break
    }
    step = process.resume(cluster.now())
  }
  if (step.type === 'serve') {
    process.signal('SIGKILL', cluster.now())
    return { code: INTERRUPTED, interrupted: true }
  }
  return { code: step.code, interrupted: false }
}

/** Whether `kubectl exec <args>` passes standard input on (`-i`, `--stdin`, `-it`...). Pure. */
export function execReadsStdin(args: readonly string[]): boolean {
  const parsed = parseFlags(args, FLAGS)
  return parsed.ok && parsed.flags.stdin === true
}

/** Runs `kubectl exec`. */
export function exec(argv: string[], env: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('exec', parsed.error))
  const { flags, args, dashArgs, dash } = parsed
  const timeout = flags['pod-running-timeout'] as string
  const timeoutMs = parseGoDuration(timeout)
  if (timeoutMs === undefined) return fail(flagError('exec', `invalid argument "${timeout}" for "--pod-running-timeout" flag: time: invalid duration "${timeout}"`))
  const files = flags.filename as string[]
  // The first argument before `--` names the pod; any others before it are ignored, as kubectl does.
  const resource = args[0] ?? ''
  if (!dash && (args.length > 1 || (args.length > 0 && files.length > 0))) {
    return fail(`error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead${SEE_HELP}`)
  }
  if (timeoutMs <= 0) return fail(`error: --pod-running-timeout must be higher than zero${SEE_HELP}`)
  const command = dashArgs
  if (resource === '' && files.length === 0) return fail('error: pod, type/name or --filename must be specified')
  if (command.length === 0) return fail('error: you must specify at least one command for the container')

  const namespace = (flags.namespace as string) || 'default'
  const pod = findPod(resource, files, namespace, env)
  if (!isPod(pod)) return pod
  const phase = pod.status?.phase
  if (phase === 'Succeeded' || phase === 'Failed') return fail(`error: cannot exec into a container in a completed pod; current phase is ${phase}`)
  const quiet = flags.quiet as boolean
  let stderr = ''
  let container = flags.container as string
  if (container === '') {
    if ((pod.spec?.containers ?? []).length === 0) return fail(`error: pod ${pod.metadata.namespace}/${pod.metadata.name} does not have any containers`)
    const picked = defaultContainer(pod, { quiet })
    container = picked.name
    stderr += picked.notice
  }
  // The learner's terminal is a terminal: with -i and -t, kubectl puts it in raw mode and the
  // remote side writes stdout and stderr to the one TTY stream. -t without -i is ignored.
  const stdin = flags.stdin as boolean
  const tty = stdin && (flags.tty as boolean)
  let stdout = ''
  const out = { write: (stream: 'stdout' | 'stderr', text: string) => (stream === 'stdout' || tty ? (stdout += text) : (stderr += text)) }
  const podName = pod.metadata.name ?? ''
  const started = env.cluster.execInContainer(pod.metadata.namespace ?? namespace, podName, container, command, { stdin: stdin ? env.stdin ?? '' : '', out })
  if (!started.ok) {
    const message = started.stage === 'request' ? `Error from server (${started.reason}): ${started.message}` : `error: ${started.message}`
    return { stdout, stderr: `${stderr}${message}\n`, exitCode: 1 }
  }
  if (tty && interactiveShell(command)) {
    started.process.signal('SIGKILL', env.cluster.now())
    const c = flags.container ? ` -c ${container}` : ''
    return fail(`${stderr}error: initlab cannot attach your terminal to a shell in the container; run one command at a time instead, e.g. kubectl exec ${podName}${c} -- ls /`)
  }
  const end = drive(env, started.process, pod, container, started.containerID)
  if (end.interrupted) return { stdout, stderr, exitCode: INTERRUPTED }
  if (end.code !== 0) stderr += `command terminated with exit code ${end.code}\n`
  return { stdout, stderr, exitCode: end.code }
}

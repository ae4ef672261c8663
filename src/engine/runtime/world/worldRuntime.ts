// The container runtime of the simulated world: builds each container's filesystem, environment
// and network view from the API objects, then runs its argv with the busybox shell or a native
// program. Holds the state that outlives containers: emptyDir trees and open listeners.

import type { Container, Pod } from '../../api/types'
import { KUBE_DNS_IP } from '../../api/serviceDefaults'
import { START_ERROR_EXIT_CODE, executableNotFoundError } from '../../events/reasons'
import type { ImageInfo } from '../images'
import type { Process, ProcessOutput } from '../process'
import { containerArgv, resolveImage, type ContainerRuntime, type StartRequest, type StartResult } from '../runtime'
import { APPLETS } from '../shell/applets'
import { canExec, startShell } from '../shell/start'
import type { ShellWorld } from '../shell/world'
import type { ProbeTarget } from '../../prober/run'
import { BINARY_CONTENT } from '../catalog/library'
import type { ClusterView } from './clusterView'
import { buildEnvironment, expandArgv } from './env'
import { memoryLimitBytes } from './fieldRef'
import { MountFs, Tree, type Mount } from './fs'
import { containerNetwork, Listeners } from './network'
import { startProgram } from './programs'
import { recordingOutput, withTerminationMessage } from './termination'
import { containerMounts, forgetPodVolumes, volumeProblem, type VolumeStore } from './volumes'
import { baseFiles } from './rootfs'

const RUNC = 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init:'

/** runc's error for an executable given by path that is missing or not executable. */
export function execPathError(path: string, problem: 'missing' | 'denied'): string {
  return problem === 'missing'
    ? `${RUNC} exec: ${JSON.stringify(path)}: stat ${path}: no such file or directory: unknown`
    : `${RUNC} exec: ${JSON.stringify(path)}: permission denied: unknown`
}

const NO_COMMAND = `${RUNC} no command specified`

// runc's wording when `runc exec` (kubectl exec) cannot start the process.
const RUNC_EXEC = 'OCI runtime exec failed: exec failed: unable to start container process:'

/** runc's error for a process `runc exec` cannot start: no such command on PATH, a missing path, or no permission. */
export function execProcessError(executable: string, problem: 'notFound' | 'missing' | 'denied'): string {
  const q = JSON.stringify(executable)
  if (problem === 'notFound') return `${RUNC_EXEC} exec: ${q}: executable file not found in $PATH: unknown`
  if (problem === 'missing') return `${RUNC_EXEC} exec: ${q}: stat ${executable}: no such file or directory: unknown`
  return `${RUNC_EXEC} exec: ${q}: permission denied: unknown`
}

type Problem = { problem: 'noCommand' } | { problem: 'notFound' | 'missing' | 'denied'; path: string }
type Exec = { ok: true; process: Process } | ({ ok: false } & Problem)

/** The create-time (container start) wording of an exec problem, as the kubelet reports StartError. */
function startMessage(p: Problem): string {
  if (p.problem === 'noCommand') return NO_COMMAND
  if (p.problem === 'notFound') return executableNotFoundError(p.path)
  return execPathError(p.path, p.problem)
}

/** The world runtime's extra surface beside ContainerRuntime (tests and the lead's wiring use it). */
export interface WorldRuntime extends ContainerRuntime {
  removePod(uid: string): void
  /** The trees of emptyDirs and other shared volumes, by key (`pod:<uid>/<volume>`). */
  readonly volumes: VolumeStore
  readonly listeners: Listeners
}

/** Creates the world runtime over a read-only view of the cluster. */
export function createWorldRuntime(view: ClusterView): WorldRuntime {
  const volumes: VolumeStore = new Map()
  // Started containers by id, for the prober (exec, HTTP, TCP); forgotten with their pod.
  const running = new Map<string, { podUid: string; world: ShellWorld; info: ImageInfo; pod: Pod; container: Container; network: ReturnType<typeof containerNetwork> }>()
  const listeners = new Listeners()

  function rootTree(pod: Pod, info: ImageInfo, hostname: string): Tree {
    const tree = Tree.of(baseFiles(pod, hostname, info), 0o644)
    for (const [path, data] of Object.entries(info.files)) tree.put(path.slice(1), data, data.startsWith('#!') ? 0o755 : 0o644)
    for (const path of Object.keys(info.programs)) tree.put(path.slice(1), BINARY_CONTENT, 0o755)
    for (const dir of ['tmp', 'root', 'proc', 'sys', 'home', 'var', 'usr/local/bin', 'bin', 'usr/bin', 'usr/sbin']) tree.mkdirs(dir)
    if (info.workingDir) tree.mkdirs(info.workingDir.slice(1))
    return tree
  }

  // PATH lookup as runc does it: a bare name becomes the first executable file on PATH.
  function lookPath(name: string, world: ShellWorld): string {
    if (name.includes('/') || (APPLETS[name] && world.binaries.has(name)) || ((name === 'sh' || name === 'ash') && world.binaries.has(name))) return name
    for (const dir of (world.env.PATH ?? '').split(':')) {
      const path = `${dir}/${name}`
      const st = world.fs.stat(path)
      if (typeof st !== 'string' && st.type === 'file' && (st.mode & 0o111) !== 0) return path
    }
    return name
  }

  // `ctx.listeners` lets an exec'd server bind somewhere harmless instead of over the main process's port.
  function exec(argv: string[], world: ShellWorld, info: ImageInfo, ctx: { pod: Pod; container: Container; out: ProcessOutput; stdin?: string; listeners?: Listeners }, depth = 0): Exec {
    if (argv.length === 0) return { ok: false, problem: 'noCommand' }
    const path = lookPath(argv[0], world)
    const program = info.programs[path]
    if (program && depth < 4) {
      const started = startProgram(program, {
        argv: [argv[0], ...argv.slice(1)], env: world.env, fs: world.fs, cwd: world.workingDir ?? '/', out: ctx.out,
        podUid: ctx.pod.metadata.uid ?? '', listeners: ctx.listeners ?? listeners, memoryLimit: memoryLimitBytes(ctx.container),
      })
      return 'process' in started ? { ok: true, process: started.process } : exec(started.exec, world, info, ctx, depth + 1)
    }
    const resolved = [path, ...argv.slice(1)]
    if (canExec(resolved, world)) return { ok: true, process: startShell(path.includes('/') ? resolved : argv, world, ctx.out, { stdin: ctx.stdin }) }
    if (!path.includes('/')) return { ok: false, problem: 'notFound', path: argv[0] }
    const st = world.fs.stat(path)
    return { ok: false, problem: typeof st === 'string' ? 'missing' : 'denied', path }
  }

  return {
    volumes,
    listeners,
    resolveImage,

    startContainer({ pod, container, image, out, containerID }: StartRequest): StartResult {
      const info = image.info
      const hostname = (pod.spec.hostname ?? pod.metadata.name ?? '').slice(0, 63)
      const built = buildEnvironment(pod, container, view, info.env, hostname)
      if (!built.ok) return { ok: false, stage: 'config', message: built.message }
      const env = built.env
      const mounts = containerMounts(pod, container, view, volumes, env)
      // A volume that cannot be set up keeps a real pod in ContainerCreating (FailedMount); the
      // kubelet should check volumeProblem() first. Reported here so the container never starts.
      if (!Array.isArray(mounts)) return { ok: false, stage: 'config', message: mounts.error }
      const termPath = container.terminationMessagePath ?? '/dev/termination-log'
      const termination: Mount = { path: termPath, tree: Tree.of({ 'termination-log': '' }), subPath: 'termination-log', readOnly: false }
      const root: Mount = { path: '/', tree: rootTree(pod, info, hostname), readOnly: container.securityContext?.readOnlyRootFilesystem === true }
      const fs = new MountFs(root, [...mounts, termination], () => view.now())
      const recorder = recordingOutput(out)
      const network = containerNetwork(view, listeners, () => (view.get('Pod', pod.metadata.namespace, pod.metadata.name ?? '') as Pod | undefined) ?? pod)
      const ns = pod.metadata.namespace ?? 'default'
      const world: ShellWorld = {
        fs, env, hostname,
        uid: numberOr(container.securityContext?.runAsUser ?? pod.spec.securityContext?.runAsUser, 0),
        gid: numberOr(container.securityContext?.runAsGroup ?? pod.spec.securityContext?.runAsGroup, 0),
        workingDir: container.workingDir ?? info.workingDir ?? '/',
        binaries: new Set(info.binaries),
        busyboxVersion: info.busyboxVersion,
        resolv: { nameserver: KUBE_DNS_IP, search: [`${ns}.svc.cluster.local`, 'svc.cluster.local', 'cluster.local'], ndots: 5 },
        ...network,
      }
      const expanded = { ...container, command: container.command && expandArgv(container.command, env), args: container.args && expandArgv(container.args, env) }
      const r = exec(containerArgv(expanded, info), world, info, { pod, container, out: recorder.out })
      if (!r.ok) return { ok: false, stage: 'start', exitCode: START_ERROR_EXIT_CODE, message: startMessage(r) }
      running.set(containerID, { podUid: pod.metadata.uid ?? '', world, info, pod, container, network })
      return { ok: true, process: withTerminationMessage(r.process, container, fs, recorder.log) }
    },

    mountProblem: (pod) => volumeProblem(pod, view),

    probeTarget(containerID: string): ProbeTarget | undefined {
      const c = running.get(containerID)
      if (!c) return undefined
      const self = () => (view.get('Pod', c.pod.metadata.namespace, c.pod.metadata.name ?? '') as Pod | undefined) ?? c.pod
      return {
        podIP: self().status?.podIP ?? '',
        // An exec probe runs a new process in the container and waits for it, at most timeoutSeconds.
        exec(argv, timeoutSeconds) {
          let output = ''
          const out: ProcessOutput = { write: (_stream, text) => { output += text } }
          const started = exec(argv, c.world, c.info, { pod: self(), container: c.container, out })
          if (!started.ok) return { error: startMessage(started) }
          let now = view.now()
          const deadline = now + timeoutSeconds * 1000
          let step = started.process.resume(now)
          while (step.type === 'sleep') {
            now += step.ms
            if (now > deadline) return 'timeout'
            step = started.process.resume(now)
          }
          if (step.type === 'serve') return 'timeout'
          return { exitCode: step.code, output }
        },
        httpGet: (req) => c.network.httpGet({ ip: req.ip, port: req.port, host: req.host ?? req.ip, path: req.path }),
        tcpConnect: (ip, port) => c.network.connect(ip, port),
      }
    },

    execInContainer(containerID, argv, io) {
      const c = running.get(containerID)
      if (!c) return { ok: false, message: `container ${JSON.stringify(containerID)} not found` }
      const pod = (view.get('Pod', c.pod.metadata.namespace, c.pod.metadata.name ?? '') as Pod | undefined) ?? c.pod
      // The same files, env and network, but driven from the learner's terminal, which cannot
      // stream: a host command table (empty here) is how the shell knows it, so a following
      // applet (tail -f) blocks until Ctrl+C instead of polling forever.
      const world: ShellWorld = { ...c.world, commands: {} }
      const started = exec(argv, world, c.info, { pod, container: c.container, out: io.out, stdin: io.stdin ?? '', listeners: new Listeners() })
      if (started.ok) return started
      return { ok: false, message: started.problem === 'noCommand' ? NO_COMMAND : execProcessError(started.path, started.problem) }
    },

    readFile(containerID, path) {
      const c = running.get(containerID)
      const file = c?.world.fs.readFile(normalizePath(path))
      return typeof file === 'object' ? file.data : undefined
    },

    removePod(uid: string) {
      for (const [id, c] of running) if (c.podUid === uid) running.delete(id)
      forgetPodVolumes(volumes, uid)
      listeners.forget(uid)
    },
  }
}

/** An absolute path without `.`, `..`, repeated or trailing slashes, as ShellFs wants it. */
function normalizePath(path: string): string {
  const parts: string[] = []
  for (const p of path.split('/')) {
    if (p === '..') parts.pop()
    else if (p !== '' && p !== '.') parts.push(p)
  }
  return `/${parts.join('/')}`
}

function numberOr(v: unknown, d: number): number {
  return typeof v === 'number' ? v : d
}

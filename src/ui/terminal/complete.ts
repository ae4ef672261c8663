// Tab completion for the terminal's prompt: kubectl verbs, a verb's flags, resource types and the
// names of objects in the sandbox. Pure: the names come in through a NameSource, nothing is printed.

import { KINDS, resourceFor, type Pod } from '../../sandbox'
import type { Sandbox } from '../../sandbox'

/** What the completer may ask the cluster: object names by resource type, container names by pod. */
export interface NameSource {
  /** Names of the objects of `kind` (a KindInfo.kind such as `Pod`) in `namespace`. */
  names(kind: string, namespace: string): string[]
  /** Container names (init, then app) of one pod, in spec order. */
  containers(pod: string, namespace: string): string[]
}

/** The word under the cursor starts at `start`; each candidate is a whole replacement for it. */
export interface Completion {
  start: number
  candidates: string[]
}

/** Commands the learner's shell offers at the start of a line. */
export const SHELL_COMMANDS = ['cat', 'clear', 'echo', 'grep', 'head', 'kubectl', 'sleep', 'tail', 'wc']

/** kubectl verbs initlab runs, as `kubectl <Tab>` lists them. */
export const VERBS = ['api-resources', 'api-versions', 'apply', 'cluster-info', 'create', 'delete', 'describe', 'exec', 'explain', 'get', 'help', 'logs', 'options', 'replace', 'rollout', 'run', 'set', 'version']

const GLOBAL_FLAGS = ['--help', '--namespace', '--request-timeout', '-h', '-n']

// A small table, not kubectl's full flag sets: the flags a learner of init containers reaches for.
const VERB_FLAGS: Record<string, string[]> = {
  exec: ['--container', '--filename', '--quiet', '--stdin', '--tty', '-c', '-f', '-i', '-q', '-t'],
  get: ['--all-namespaces', '--field-selector', '--ignore-not-found', '--no-headers', '--output', '--selector', '--show-labels', '--sort-by', '--watch', '--watch-only', '-A', '-l', '-o', '-w'],
  describe: ['--all-namespaces', '--selector', '--show-events', '-A', '-l'],
  logs: ['--all-containers', '--container', '--follow', '--previous', '--since', '--tail', '--timestamps', '-c', '-f', '-p'],
  apply: ['--dry-run', '--filename', '--output', '-f', '-o'],
  create: ['--dry-run', '--filename', '--output', '-f', '-o'],
  replace: ['--filename', '--force', '-f'],
  delete: ['--all', '--filename', '--force', '--grace-period', '--now', '--selector', '--wait', '-f', '-l'],
  run: ['--command', '--dry-run', '--env', '--image', '--labels', '--output', '--restart', '-o'],
  explain: ['--recursive'],
  rollout: [],
  set: [],
}

const SUBCOMMANDS: Record<string, string[]> = {
  rollout: ['history', 'pause', 'restart', 'resume', 'status', 'undo'],
  set: ['image'],
}

// Verbs whose first positional argument is a resource type.
const TYPED_VERBS = new Set(['get', 'describe', 'delete', 'explain'])

const OUTPUT_FORMATS = ['custom-columns=', 'json', 'jsonpath=', 'name', 'wide', 'yaml']

// Flags whose value is the next word: completing right after them completes that value.
const VALUE_FLAGS = new Set(['-n', '--namespace', '-c', '--container', '-o', '--output', '-l', '--selector', '-f', '--filename', '--field-selector', '--sort-by', '--since', '--tail', '--image', '--request-timeout', '--grace-period', '--restart', '--env', '--labels', '--dry-run'])

/** Every type name kubectl accepts for the kinds initlab serves: plurals, singulars and short names, sorted. */
export const RESOURCE_TYPES = [...new Set(KINDS.flatMap((k) => [k.resource, k.singular, ...k.shortNames]))].sort()

/** Splits `text` into words with their start offsets; quotes group, an unclosed quote runs to the end. */
export function splitWords(text: string): { word: string; start: number }[] {
  const words: { word: string; start: number }[] = []
  let i = 0
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++
    if (i >= text.length) break
    const start = i
    let word = ''
    while (i < text.length && !/\s/.test(text[i])) {
      const c = text[i]
      if (c === '"' || c === "'") {
        const end = text.indexOf(c, i + 1)
        const stop = end < 0 ? text.length : end
        word += text.slice(i + 1, stop)
        i = stop + 1
      } else {
        word += c
        i++
      }
    }
    words.push({ word, start })
  }
  return words
}

function startsWith(list: readonly string[], prefix: string): string[] {
  return list.filter((c) => c.startsWith(prefix))
}

/** Completes the word ending at `cursor` in `line`; no candidates when nothing fits. */
export function complete(line: string, cursor: number, source: NameSource): Completion {
  const before = line.slice(0, cursor)
  // Only the last command of a pipeline or list is being typed.
  const segStart = Math.max(before.lastIndexOf('|'), before.lastIndexOf(';'), before.lastIndexOf('&')) + 1
  const segment = before.slice(segStart)
  const words = splitWords(segment)
  const endsInSpace = segment === '' || /\s$/.test(segment)
  const current = endsInSpace ? '' : words[words.length - 1].word
  const start = endsInSpace ? cursor : segStart + words[words.length - 1].start
  const done = endsInSpace ? words.map((w) => w.word) : words.slice(0, -1).map((w) => w.word)
  const result = (candidates: string[]): Completion => ({ start, candidates: [...new Set(candidates)].sort() })
  if (done.length === 0) return result(startsWith(SHELL_COMMANDS, current))
  if (done[0] !== 'kubectl') return result([])

  const args = done.slice(1)
  let namespace = 'default'
  const positional: string[] = []
  let container = false
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '-n' || a === '--namespace') {
      if (i + 1 < args.length) namespace = args[++i]
    } else if (a.startsWith('--namespace=')) namespace = a.slice('--namespace='.length)
    else if (VALUE_FLAGS.has(a)) i++
    else if (!a.startsWith('-')) positional.push(a)
  }
  const prev = args[args.length - 1]
  const verb = positional[0]
  if (prev === '-n' || prev === '--namespace') return result(startsWith(source.names('Namespace', ''), current))
  if (prev === '-o' || prev === '--output') return result(startsWith(OUTPUT_FORMATS, current))
  if (prev === '-c' || prev === '--container') container = true
  if (container) {
    const pod = verb === 'logs' || verb === 'exec' ? positional[1] : undefined
    const pods = pod !== undefined ? [pod.replace(/^(pods?|po)\//, '')] : []
    return result(startsWith(pods.flatMap((p) => source.containers(p, namespace)), current))
  }
  if (prev !== undefined && VALUE_FLAGS.has(prev)) return result([])
  if (current.startsWith('-')) {
    const flags = verb === undefined ? GLOBAL_FLAGS : [...(VERB_FLAGS[verb] ?? []), ...GLOBAL_FLAGS]
    return result(startsWith(flags, current))
  }
  if (verb === undefined) return result(startsWith(VERBS, current))
  const rest = positional.slice(1)
  if (SUBCOMMANDS[verb] !== undefined) {
    if (rest.length === 0) return result(startsWith(SUBCOMMANDS[verb], current))
    if (verb === 'rollout' && rest.length === 1) return result(startsWith(['deploy', 'deployment', 'deployments'], current))
    return result([])
  }
  if (verb === 'logs' || verb === 'exec') {
    if (rest.length > 0) return result([])
    return result(startsWith(source.names('Pod', namespace), current))
  }
  if (!TYPED_VERBS.has(verb)) return result([])
  if (rest.length === 0) {
    // `kubectl get pod/na<Tab>`: complete the name after the type.
    const slash = current.indexOf('/')
    if (slash > 0 && verb !== 'explain') {
      const kind = resourceFor(current.slice(0, slash))
      if (kind === undefined) return result([])
      const prefix = current.slice(0, slash + 1)
      return result(startsWith(source.names(kind.kind, kind.namespaced ? namespace : '').map((n) => prefix + n), current))
    }
    return result(startsWith(RESOURCE_TYPES, current))
  }
  if (verb === 'explain') return result([])
  const kind = resourceFor(rest[0])
  if (kind === undefined || rest[0].includes('/')) return result([])
  const already = new Set(rest.slice(1))
  return result(startsWith(source.names(kind.kind, kind.namespaced ? namespace : '').filter((n) => !already.has(n)), current))
}

/** The longest prefix every candidate shares. */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return ''
  let prefix = candidates[0]
  for (const c of candidates) {
    while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  return prefix
}

/** A NameSource reading the sandbox's object store as it is now. */
export function sandboxNames(sandbox: Sandbox): NameSource {
  const store = sandbox.cluster.store
  return {
    names: (kind, namespace) => store.list(kind, namespace === '' ? undefined : namespace).map((o) => o.metadata.name ?? '').filter((n) => n !== ''),
    containers: (pod, namespace) => {
      const p = store.get<Pod>('Pod', namespace, pod)
      if (p === undefined) return []
      const spec = p.spec
      return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map((c) => c.name)
    },
  }
}

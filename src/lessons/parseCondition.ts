// Turns the YAML of a condition (a mapping with exactly one key from the closed vocabulary) into a
// typed Condition, collecting every mistake as a message that names the file and the path to it.

import { parseObjectPath } from './objectPath'
import type { Condition, PodRef } from './types'

/** Where a value sits, and where its problems go: `file: path: message`. */
export interface Site {
  file: string
  path: string
  errors: string[]
}

/** Reports a problem at `site`. */
export function report(site: Site, message: string): void {
  site.errors.push(`${site.file}${site.path ? `: ${site.path}` : ''}: ${message}`)
}

/** The same file, one step deeper. */
export function at(site: Site, key: string | number): Site {
  return { ...site, path: typeof key === 'number' ? `${site.path}[${key}]` : site.path ? `${site.path}.${key}` : key }
}

/** True for a plain mapping (not a list, not null). */
export function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

type Fields = Record<string, unknown>

/** Each key: what it takes, and whether it is required. */
const VOCABULARY: Record<string, { required: string[]; optional: string[] }> = {
  status: { required: ['pod', 'is'], optional: ['namespace'] },
  phase: { required: ['pod', 'is'], optional: ['namespace'] },
  ready: { required: ['pod', 'is'], optional: ['namespace'] },
  spec: { required: ['pod', 'path'], optional: ['namespace', 'is', 'contains', 'absent'] },
  restarts: { required: ['pod', 'container'], optional: ['namespace', 'atLeast', 'atMost'] },
  container: { required: ['pod', 'container'], optional: ['namespace', 'state', 'reason', 'exitCode', 'last'] },
  podCondition: { required: ['pod', 'type', 'status'], optional: ['namespace'] },
  exists: { required: ['kind'], optional: ['name', 'namespace'] },
  absent: { required: ['kind'], optional: ['name', 'namespace'] },
  logs: { required: ['pod', 'contains'], optional: ['namespace', 'container'] },
  file: { required: ['pod', 'path', 'contains'], optional: ['namespace', 'container'] },
  sawStatus: { required: ['pod', 'is'], optional: ['namespace'] },
  statusOrder: { required: ['pod', 'statuses'], optional: ['namespace'] },
  startOrder: { required: ['pod', 'containers'], optional: ['namespace'] },
  restartDelay: { required: ['pod', 'container', 'restart', 'seconds'], optional: ['namespace', 'tolerance'] },
  event: { required: ['reason'], optional: ['pod', 'container', 'type', 'message'] },
  command: { required: [], optional: ['matches', 'has', 'output', 'exitCode', 'failed', 'last'] },
  predicted: { required: ['id'], optional: ['correct'] },
  goal: { required: [], optional: [] },
  all: { required: [], optional: [] },
  any: { required: [], optional: [] },
  not: { required: [], optional: [] },
}

/** Every condition key, for error messages and the README. */
export const CONDITION_KEYS = Object.keys(VOCABULARY)

function str(site: Site, value: unknown): string {
  // A missing required key was reported already by fieldsOf.
  if (value === undefined) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'string' && value !== '') return value
  report(site, `want a non-empty string, got ${JSON.stringify(value) ?? 'nothing'}`)
  return ''
}

function strings(site: Site, value: unknown, min = 1): string[] {
  if (value === undefined) return []
  const list = Array.isArray(value) ? value : [value]
  if (list.length < min) report(site, `want a list of at least ${min} strings`)
  return list.map((v, i) => str(Array.isArray(value) ? at(site, i) : site, v))
}

function int(site: Site, value: unknown, min = 0): number {
  if (value === undefined) return min
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value
  report(site, `want a whole number of at least ${min}, got ${JSON.stringify(value)}`)
  return min
}

function num(site: Site, value: unknown): number {
  if (value === undefined) return 0
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value
  report(site, `want a number of seconds (0 or more), got ${JSON.stringify(value)}`)
  return 0
}

function bool(site: Site, value: unknown): boolean {
  if (typeof value === 'boolean') return value
  report(site, `want true or false, got ${JSON.stringify(value)}`)
  return false
}

function oneOf<T extends string>(site: Site, value: unknown, allowed: readonly T[]): T {
  const s = typeof value === 'boolean' ? (value ? 'True' : 'False') : value
  if (typeof s === 'string' && (allowed as readonly string[]).includes(s)) return s as T
  report(site, `want one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`)
  return allowed[0]
}

function ref(site: Site, f: Fields): PodRef {
  return { pod: str(at(site, 'pod'), f.pod), namespace: f.namespace === undefined ? 'default' : str(at(site, 'namespace'), f.namespace) }
}

function regex(site: Site, value: unknown): RegExp | undefined {
  const source = str(site, value)
  try {
    return new RegExp(source)
  } catch (e) {
    report(site, `not a regular expression: ${(e as Error).message}`)
    return undefined
  }
}

/** The fields of a leaf kind, after checking for unknown and missing keys. */
function fieldsOf(site: Site, key: string, value: unknown): Fields {
  const spec = VOCABULARY[key]
  if (!isMap(value)) {
    report(site, `want a mapping with ${spec.required.join(', ')}`)
    return {}
  }
  for (const k of Object.keys(value))
    if (!spec.required.includes(k) && !spec.optional.includes(k))
      report(at(site, k), `unknown key "${k}" for ${key} (it takes ${[...spec.required, ...spec.optional].join(', ')})`)
  for (const k of spec.required) if (value[k] === undefined || value[k] === null) report(site, `${key} needs "${k}"`)
  return value
}

/** A `spec` condition: its path checked now (a malformed path is a load error), and exactly one test. */
function specCondition(site: Site, f: Fields): Condition {
  const path = str(at(site, 'path'), f.path)
  const parsed = path === '' ? { steps: [] } : parseObjectPath(path)
  if ('error' in parsed) report(at(site, 'path'), parsed.error)
  const c: Condition = { kind: 'spec', ref: ref(site, f), path, steps: 'steps' in parsed ? parsed.steps : [] }
  const tests = ['is', 'contains', 'absent'].filter((k) => f[k] !== undefined)
  if (tests.length !== 1) report(site, `spec needs exactly one of is, contains, absent${tests.length ? `, got ${tests.join(' and ')}` : ''}`)
  if (f.is !== undefined) c.is = strings(at(site, 'is'), f.is)
  if (f.contains !== undefined) c.contains = str(at(site, 'contains'), f.contains)
  if (f.absent !== undefined) c.absent = bool(at(site, 'absent'), f.absent)
  return c
}

/** Parses one condition; problems are reported at `site` and a harmless stand-in is returned. */
export function parseCondition(site: Site, value: unknown): Condition {
  const never: Condition = { kind: 'any', of: [] }
  if (!isMap(value)) {
    report(site, `want a condition: a mapping with one of ${CONDITION_KEYS.join(', ')}`)
    return never
  }
  const keys = Object.keys(value)
  if (keys.length !== 1) {
    report(site, `a condition has exactly one key (use all: [...] to combine), got ${keys.length === 0 ? 'none' : keys.join(', ')}`)
    return never
  }
  const key = keys[0]
  const inner = at(site, key)
  const raw = value[key]
  if (!(key in VOCABULARY)) {
    report(site, `unknown condition "${key}" (known: ${CONDITION_KEYS.join(', ')})`)
    return never
  }
  switch (key) {
    case 'all':
    case 'any': {
      if (!Array.isArray(raw) || raw.length === 0) {
        report(inner, `${key} takes a non-empty list of conditions`)
        return never
      }
      return { kind: key, of: raw.map((c, i) => parseCondition(at(inner, i), c)) }
    }
    case 'not':
      return { kind: 'not', of: parseCondition(inner, raw) }
    case 'goal':
      return { kind: 'goal', id: str(inner, raw) }
    case 'predicted': {
      if (typeof raw === 'string') return { kind: 'predicted', id: raw, correct: false }
      const f = fieldsOf(inner, key, raw)
      return { kind: 'predicted', id: str(at(inner, 'id'), f.id), correct: f.correct === undefined ? false : bool(at(inner, 'correct'), f.correct) }
    }
  }
  const f = fieldsOf(inner, key, raw)
  const sub = (k: string) => at(inner, k)
  switch (key) {
    case 'status':
    case 'phase':
    case 'sawStatus':
      return { kind: key, ref: ref(inner, f), is: strings(sub('is'), f.is) }
    case 'ready': {
      const is = strings(sub('is'), f.is)
      is.forEach((text, i) => {
        if (text !== '' && !/^\d+\/\d+$/.test(text)) report(Array.isArray(f.is) ? at(sub('is'), i) : sub('is'), `want the READY column as kubectl prints it (e.g. "2/2"), got ${JSON.stringify(text)}`)
      })
      return { kind: 'ready', ref: ref(inner, f), is }
    }
    case 'spec':
      return specCondition(inner, f)
    case 'restarts': {
      if (f.atLeast === undefined && f.atMost === undefined) report(inner, 'restarts needs atLeast or atMost')
      const c: Condition = { kind: 'restarts', ref: ref(inner, f), container: str(sub('container'), f.container) }
      if (f.atLeast !== undefined) c.atLeast = int(sub('atLeast'), f.atLeast)
      if (f.atMost !== undefined) c.atMost = int(sub('atMost'), f.atMost)
      return c
    }
    case 'container': {
      if (f.state === undefined && f.reason === undefined && f.exitCode === undefined) report(inner, 'container needs state, reason or exitCode')
      const c: Condition = { kind: 'container', ref: ref(inner, f), container: str(sub('container'), f.container), last: f.last === undefined ? false : bool(sub('last'), f.last) }
      if (f.state !== undefined) c.state = oneOf(sub('state'), f.state, ['waiting', 'running', 'terminated'] as const)
      if (f.reason !== undefined) c.reason = str(sub('reason'), f.reason)
      if (f.exitCode !== undefined) c.exitCode = int(sub('exitCode'), f.exitCode)
      return c
    }
    case 'podCondition':
      return { kind: 'podCondition', ref: ref(inner, f), type: str(sub('type'), f.type), status: oneOf(sub('status'), f.status, ['True', 'False', 'Unknown'] as const) }
    case 'exists':
    case 'absent':
      return {
        kind: key,
        objectKind: str(sub('kind'), f.kind),
        name: f.name === undefined ? '*' : str(sub('name'), f.name),
        namespace: f.namespace === undefined ? 'default' : str(sub('namespace'), f.namespace),
      }
    case 'logs': {
      const c: Condition = { kind: 'logs', ref: ref(inner, f), contains: str(sub('contains'), f.contains) }
      if (f.container !== undefined) c.container = str(sub('container'), f.container)
      return c
    }
    case 'file': {
      const path = str(sub('path'), f.path)
      if (path !== '' && !path.startsWith('/')) report(sub('path'), `want an absolute path (starting with /), got ${JSON.stringify(path)}`)
      const c: Condition = { kind: 'file', ref: ref(inner, f), path, contains: str(sub('contains'), f.contains) }
      if (f.container !== undefined) c.container = str(sub('container'), f.container)
      return c
    }
    case 'statusOrder':
      return { kind: 'statusOrder', ref: ref(inner, f), statuses: strings(sub('statuses'), f.statuses, 2) }
    case 'startOrder':
      return { kind: 'startOrder', ref: ref(inner, f), containers: strings(sub('containers'), f.containers, 2) }
    case 'restartDelay':
      return {
        kind: 'restartDelay',
        ref: ref(inner, f),
        container: str(sub('container'), f.container),
        restart: int(sub('restart'), f.restart, 1),
        seconds: num(sub('seconds'), f.seconds),
        tolerance: f.tolerance === undefined ? 2 : num(sub('tolerance'), f.tolerance),
      }
    case 'event': {
      const c: Condition = { kind: 'event', reason: str(sub('reason'), f.reason) }
      if (f.pod !== undefined) c.pod = str(sub('pod'), f.pod)
      if (f.container !== undefined) c.container = str(sub('container'), f.container)
      if (f.type !== undefined) c.type = oneOf(sub('type'), f.type, ['Normal', 'Warning'] as const)
      if (f.message !== undefined) c.message = str(sub('message'), f.message)
      return c
    }
    default: {
      // command
      if (f.matches === undefined && f.has === undefined) report(inner, 'command needs matches or has')
      const c: Condition = { kind: 'command', has: f.has === undefined ? [] : strings(sub('has'), f.has), last: f.last === undefined ? false : bool(sub('last'), f.last) }
      if (f.matches !== undefined) c.matches = regex(sub('matches'), f.matches)
      if (f.output !== undefined) c.output = str(sub('output'), f.output)
      if (f.exitCode !== undefined) c.exitCode = int(sub('exitCode'), f.exitCode)
      if (f.failed !== undefined) c.failed = bool(sub('failed'), f.failed)
      return c
    }
  }
}

/** Every `goal:` and `predicted:` id a condition refers to, for cross-checking. */
export function referencesOf(c: Condition): { goals: string[]; predictions: string[] } {
  const out = { goals: [] as string[], predictions: [] as string[] }
  const walk = (x: Condition): void => {
    if (x.kind === 'goal') out.goals.push(x.id)
    else if (x.kind === 'predicted') out.predictions.push(x.id)
    else if (x.kind === 'all' || x.kind === 'any') x.of.forEach(walk)
    else if (x.kind === 'not') walk(x.of)
  }
  walk(c)
  return out
}

/** True when the condition reads container logs (which change without a store write). */
export function readsLogs(c: Condition): boolean {
  if (c.kind === 'logs') return true
  if (c.kind === 'all' || c.kind === 'any') return c.of.some(readsLogs)
  if (c.kind === 'not') return readsLogs(c.of)
  return false
}

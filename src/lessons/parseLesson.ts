// Reads a lesson's language-neutral `lesson.yaml`: id, order, start, goals, hints, predictions and
// the solution's steps. Checks shapes and the closed vocabulary; cross-file checks live in load.ts.

import { parse } from 'yaml'
import { at, isMap, parseCondition, report, type Site } from './parseCondition'
import type { Goal, Hint, Prediction, SolutionStep } from './types'

/** lesson.yaml as read, before the files and texts are checked against it. */
export interface LessonData {
  id: string
  order: number
  start: { file: string; applied: boolean }
  goals: Goal[]
  hints: Hint[]
  predictions: Prediction[]
  solution: { file: string; steps: SolutionStep[] }
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
const TOP = ['id', 'order', 'start', 'goals', 'hints', 'predictions', 'solution']
/** Default for waitUntil: long enough for any back-off (5 min) to pass twice. */
const WAIT_UNTIL_DEFAULT_S = 600

function keys(site: Site, value: Record<string, unknown>, allowed: string[], what: string): void {
  for (const k of Object.keys(value)) if (!allowed.includes(k)) report(at(site, k), `unknown key "${k}" in ${what} (known: ${allowed.join(', ')})`)
}

function id(site: Site, value: unknown): string {
  if (typeof value === 'string' && ID.test(value)) return value
  report(site, `want an id in lower-case-with-dashes, got ${JSON.stringify(value)}`)
  return ''
}

function file(site: Site, value: unknown): string {
  if (typeof value === 'string' && /^[\w.-]+\.ya?ml$/.test(value)) return value
  report(site, `want a YAML file name in the lesson's folder, got ${JSON.stringify(value)}`)
  return ''
}

function seconds(site: Site, value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value
  report(site, `want a number of virtual seconds, got ${JSON.stringify(value)}`)
  return 0
}

/** A list under `key` whose entries are mappings; each is handed to `each` with its site. */
function items<T>(site: Site, value: unknown, each: (s: Site, v: Record<string, unknown>) => T, required: boolean): T[] {
  if (value === undefined || value === null) {
    if (required) report(site, 'want a non-empty list')
    return []
  }
  if (!Array.isArray(value) || (required && value.length === 0)) {
    report(site, 'want a list')
    return []
  }
  const out: T[] = []
  value.forEach((v, i) => {
    if (isMap(v)) out.push(each(at(site, i), v))
    else report(at(site, i), 'want a mapping')
  })
  const seen = new Set<string>()
  for (const [i, x] of out.entries()) {
    const xid = (x as { id?: string }).id
    if (xid === undefined || xid === '') continue
    if (seen.has(xid)) report(at(site, i), `duplicate id "${xid}"`)
    seen.add(xid)
  }
  return out
}

function step(site: Site, v: Record<string, unknown>): SolutionStep {
  const kinds = ['apply', 'run', 'wait', 'waitUntil', 'answer'].filter((k) => k in v)
  if (kinds.length !== 1) {
    report(site, `a step has exactly one of apply, run, wait, waitUntil, answer; got ${kinds.join(', ') || 'none'}`)
    return { kind: 'wait', seconds: 0 }
  }
  const kind = kinds[0]
  const s = at(site, kind)
  switch (kind) {
    case 'apply':
      keys(site, v, ['apply'], 'an apply step')
      return { kind: 'apply', file: file(s, v.apply) }
    case 'run': {
      keys(site, v, ['run', 'stdin'], 'a run step')
      if (typeof v.run !== 'string' || v.run.trim() === '') report(s, 'want a command line')
      const r: SolutionStep = { kind: 'run', line: String(v.run ?? '') }
      if (v.stdin !== undefined) r.stdinFile = file(at(site, 'stdin'), v.stdin)
      return r
    }
    case 'wait':
      keys(site, v, ['wait'], 'a wait step')
      return { kind: 'wait', seconds: seconds(s, v.wait) }
    case 'waitUntil':
      keys(site, v, ['waitUntil', 'timeout'], 'a waitUntil step')
      return { kind: 'waitUntil', until: parseCondition(s, v.waitUntil), timeoutSeconds: v.timeout === undefined ? WAIT_UNTIL_DEFAULT_S : seconds(at(site, 'timeout'), v.timeout) }
    default: {
      keys(site, v, ['answer', 'choice'], 'an answer step')
      const a: SolutionStep = { kind: 'answer', prediction: id(s, v.answer) }
      if (v.choice !== undefined) a.choice = id(at(site, 'choice'), v.choice)
      return a
    }
  }
}

/** Parses lesson.yaml; every problem is reported at `site`. */
export function parseLessonData(site: Site, source: string): LessonData | undefined {
  let raw: unknown
  try {
    raw = parse(source)
  } catch (e) {
    report(site, `not valid YAML: ${(e as Error).message}`)
    return undefined
  }
  if (!isMap(raw)) {
    report(site, `want a mapping with ${TOP.join(', ')}`)
    return undefined
  }
  keys(site, raw, TOP, 'lesson.yaml')
  const order = typeof raw.order === 'number' && Number.isInteger(raw.order) && raw.order > 0 ? raw.order : (report(at(site, 'order'), 'want a whole number from 1'), 0)

  const start = { file: 'start.yaml', applied: false }
  const ss = at(site, 'start')
  if (!isMap(raw.start)) report(ss, 'want a mapping with file and applied')
  else {
    keys(ss, raw.start, ['file', 'applied'], 'start')
    start.file = file(at(ss, 'file'), raw.start.file)
    if (typeof raw.start.applied !== 'boolean') report(at(ss, 'applied'), 'want true (the lesson applies it first) or false (the learner does)')
    else start.applied = raw.start.applied
  }

  const goals = items(at(site, 'goals'), raw.goals, (s, v): Goal => {
    keys(s, v, ['id', 'when'], 'a goal')
    return { id: id(at(s, 'id'), v.id), when: parseCondition(at(s, 'when'), v.when) }
  }, true)

  const hints = items(at(site, 'hints'), raw.hints, (s, v): Hint => {
    keys(s, v, ['id', 'when', 'for'], 'a hint')
    return { id: id(at(s, 'id'), v.id), when: parseCondition(at(s, 'when'), v.when), forSeconds: v.for === undefined ? 0 : seconds(at(s, 'for'), v.for) }
  }, false)

  const predictions = items(at(site, 'predictions'), raw.predictions, (s, v): Prediction => {
    keys(s, v, ['id', 'when', 'choices', 'answer'], 'a prediction')
    const cs = at(s, 'choices')
    const choices = Array.isArray(v.choices) ? v.choices.map((c, i) => id(at(cs, i), c)) : (report(cs, 'want a list of choice ids'), [])
    if (choices.length < 2) report(cs, 'want at least two choices')
    if (new Set(choices).size !== choices.length) report(cs, 'choices must differ')
    const answer = id(at(s, 'answer'), v.answer)
    if (answer !== '' && !choices.includes(answer)) report(at(s, 'answer'), `"${answer}" is not one of the choices`)
    return { id: id(at(s, 'id'), v.id), when: parseCondition(at(s, 'when'), v.when), choices, answer }
  }, false)

  const solution = { file: 'solution.yaml', steps: [] as SolutionStep[] }
  const sol = at(site, 'solution')
  if (!isMap(raw.solution)) report(sol, 'want a mapping with file and steps')
  else {
    keys(sol, raw.solution, ['file', 'steps'], 'solution')
    solution.file = file(at(sol, 'file'), raw.solution.file)
    solution.steps = items(at(sol, 'steps'), raw.solution.steps, step, true)
  }

  return { id: id(at(site, 'id'), raw.id), order, start, goals, hints, predictions, solution }
}

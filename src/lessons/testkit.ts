// Test helpers: a lesson built from a few lines of lesson.yaml (texts generated for every id), a
// condition from YAML, and small pod manifests. Used by the tests beside this file only.

import { parse, stringify } from 'yaml'
import { loadLesson } from './load'
import { parseCondition } from './parseCondition'
import { parseLessonData } from './parseLesson'
import { LANGUAGES, type Condition, type Lesson } from './types'

/** A condition from its YAML; throws with the loader's messages when it is not valid. */
export function cond(yaml: string): Condition {
  const errors: string[] = []
  const c = parseCondition({ file: 'test', path: 'when', errors }, parse(yaml))
  if (errors.length) throw new Error(errors.join('\n'))
  return c
}

/** Minimal language files for a lesson.yaml: a text for every goal, hint, prediction and choice. */
export function textsFor(lessonYaml: string): Record<string, string> {
  const data = parseLessonData({ file: 'lesson.yaml', path: '', errors: [] }, lessonYaml)
  const out: Record<string, string> = {}
  for (const l of LANGUAGES) {
    const front = {
      title: `title ${l}`,
      summary: `summary ${l}`,
      goals: Object.fromEntries((data?.goals ?? []).map((g) => [g.id, `goal ${g.id} ${l}`])),
      hints: Object.fromEntries((data?.hints ?? []).map((h) => [h.id, `hint ${h.id} ${l}`])),
      predictions: Object.fromEntries(
        (data?.predictions ?? []).map((p) => [p.id, { question: `question ${l}`, choices: Object.fromEntries(p.choices.map((c) => [c, `${c} ${l}`])) }]),
      ),
    }
    out[`${l}.md`] = `---\n${stringify(front)}---\n1. Do the thing (${l}).\n`
  }
  return out
}

/** A pod manifest: init containers and app containers as `name: shell script`. */
export function podYaml(name: string, init: Record<string, string>, apps: Record<string, string> = { app: 'sleep 3600' }, extra = ''): string {
  const list = (cs: Record<string, string>) =>
    Object.entries(cs)
      .map(([n, script]) => `  - name: ${n}\n    image: busybox:1.36\n    command: ['sh', '-c', ${JSON.stringify(script)}]\n`)
      .join('')
  const inits = Object.keys(init).length ? `  initContainers:\n${list(init)}` : ''
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${extra}${inits}  containers:\n${list(apps)}`
}

/** The lesson.yaml head every test lesson shares; append goals, hints, predictions. */
export const HEAD = 'id: tiny\norder: 1\nstart: { file: start.yaml, applied: false }\nsolution: { file: start.yaml, steps: [{ apply: start.yaml }] }\n'

/** Loads a lesson from lesson.yaml text (texts generated) and manifests; throws on any problem. */
export function lessonFrom(lessonYaml: string, files: Record<string, string> = {}): Lesson {
  const errors: string[] = []
  const all = new Map(Object.entries({ 'lesson.yaml': lessonYaml, 'start.yaml': podYaml('p', { 'init-a': 'sleep 1' }), ...textsFor(lessonYaml), ...files }))
  const lesson = loadLesson('01-tiny', all, errors)
  if (!lesson) throw new Error(errors.join('\n'))
  return lesson
}

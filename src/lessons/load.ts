// Builds lessons from their folders' files and checks everything a lesson needs: the folder name,
// lesson.yaml, both languages' texts for every goal, hint and prediction, and every file it names.
// Never throws: a malformed lesson is left out and its problems are listed.

import { at, referencesOf, report, type Site } from './parseCondition'
import { parseLessonData, type LessonData } from './parseLesson'
import { parseText } from './parseText'
import { LANGUAGES, type Condition, type Language, type Lesson, type LessonText } from './types'

/** The loaded lessons in order, and every problem found, each naming its file. */
export interface LoadResult {
  lessons: Lesson[]
  errors: string[]
}

const FOLDER = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/

/** Groups glob results (`.../lessons/01-x/en.md` -> text) by folder name, then file name. */
export function groupByFolder(files: Record<string, string>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>()
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/')
    const folder = parts[parts.length - 2] ?? ''
    const name = parts[parts.length - 1] ?? ''
    if (!out.has(folder)) out.set(folder, new Map())
    out.get(folder)!.set(name, text)
  }
  return out
}

function checkTexts(site: Site, data: LessonData, language: Language, t: LessonText): void {
  const pairs: [string, string[], string[]][] = [
    ['goals', data.goals.map((g) => g.id), Object.keys(t.goals)],
    ['hints', data.hints.map((h) => h.id), Object.keys(t.hints)],
    ['predictions', data.predictions.map((p) => p.id), Object.keys(t.predictions)],
  ]
  for (const [what, ids, written] of pairs) {
    for (const id of ids) if (!written.includes(id)) report(at(site, what), `no ${language} text for ${what.slice(0, -1)} "${id}"`)
    for (const id of written) if (!ids.includes(id)) report(at(at(site, what), id), `lesson.yaml has no ${what.slice(0, -1)} "${id}"`)
  }
  for (const p of data.predictions) {
    const pt = t.predictions[p.id]
    if (!pt) continue
    const ps = at(at(site, 'predictions'), p.id)
    for (const c of p.choices) if (!(c in pt.choices)) report(at(ps, 'choices'), `no ${language} text for choice "${c}"`)
    for (const c of Object.keys(pt.choices)) if (!p.choices.includes(c)) report(at(at(ps, 'choices'), c), `prediction "${p.id}" has no choice "${c}" in lesson.yaml`)
  }
}

function checkReferences(site: Site, data: LessonData): void {
  const goals = new Set(data.goals.map((g) => g.id))
  const predictions = new Map(data.predictions.map((p) => [p.id, p]))
  const check = (s: Site, c: Condition, self?: string) => {
    const refs = referencesOf(c)
    for (const g of refs.goals) if (!goals.has(g) || g === self) report(s, g === self ? `goal "${g}" cannot wait for itself` : `no goal "${g}"`)
    for (const p of refs.predictions) if (!predictions.has(p)) report(s, `no prediction "${p}"`)
  }
  data.goals.forEach((g, i) => check(at(at(site, 'goals'), i), g.when, g.id))
  data.hints.forEach((h, i) => check(at(at(site, 'hints'), i), h.when))
  data.predictions.forEach((p, i) => check(at(at(site, 'predictions'), i), p.when))
  data.solution.steps.forEach((s, i) => {
    const ss = at(at(at(site, 'solution'), 'steps'), i)
    if (s.kind === 'waitUntil') check(ss, s.until)
    if (s.kind !== 'answer') return
    const p = predictions.get(s.prediction)
    if (!p) report(ss, `no prediction "${s.prediction}"`)
    else if (s.choice !== undefined && !p.choices.includes(s.choice)) report(ss, `"${s.choice}" is not a choice of "${s.prediction}"`)
  })
}

/** Loads one folder; undefined (with errors) when anything is wrong. */
export function loadLesson(folder: string, files: ReadonlyMap<string, string>, errors: string[]): Lesson | undefined {
  const before = errors.length
  const siteOf = (name: string): Site => ({ file: `lessons/${folder}/${name}`, path: '', errors })
  const m = FOLDER.exec(folder)
  if (!m) report(siteOf(''), 'a lesson folder is named NN-slug, e.g. 01-first-init-container')
  const source = files.get('lesson.yaml')
  if (source === undefined) {
    report(siteOf('lesson.yaml'), 'missing')
    return undefined
  }
  const site = siteOf('lesson.yaml')
  const data = parseLessonData(site, source)
  if (!data) return undefined
  if (m && data.id !== '' && data.id !== m[2]) report(at(site, 'id'), `"${data.id}" must match the folder name's slug "${m[2]}"`)
  if (m && data.order !== 0 && data.order !== Number(m[1])) report(at(site, 'order'), `${data.order} must match the folder's number ${m[1]}`)
  checkReferences(site, data)

  const text = {} as Record<Language, LessonText>
  for (const language of LANGUAGES) {
    const name = `${language}.md`
    const t = files.get(name)
    if (t === undefined) {
      report(siteOf(name), `missing: every lesson is written in ${LANGUAGES.join(' and ')}`)
      continue
    }
    const parsed = parseText(siteOf(name), t)
    if (!parsed) continue
    text[language] = parsed
    checkTexts(siteOf(name), data, language, parsed)
  }
  // An explanation is optional, but a learner in either language gets it or neither does.
  for (const p of data.predictions) {
    const read = LANGUAGES.filter((l) => text[l] !== undefined)
    const have = read.filter((l) => text[l].predictions[p.id]?.explanation !== undefined)
    if (have.length > 0 && have.length < read.length)
      for (const l of read) if (!have.includes(l)) report(at(at(siteOf(`${l}.md`), 'predictions'), p.id), `explanation is given in ${have.join(', ')} but not here`)
  }

  const manifests: Record<string, string> = {}
  for (const [name, content] of files) {
    if (name === 'lesson.yaml' || LANGUAGES.some((l) => name === `${l}.md`)) continue
    if (/\.ya?ml$/.test(name)) manifests[name] = content
    else report(siteOf(name), `unexpected file (a lesson holds lesson.yaml, ${LANGUAGES.map((l) => `${l}.md`).join(', ')} and manifests *.yaml)`)
  }
  const needed: [string, string][] = [
    [data.start.file, 'start.file'],
    [data.solution.file, 'solution.file'],
  ]
  data.solution.steps.forEach((s, i) => {
    if (s.kind === 'apply') needed.push([s.file, `solution.steps[${i}].apply`])
    if (s.kind === 'run' && s.stdinFile) needed.push([s.stdinFile, `solution.steps[${i}].stdin`])
  })
  for (const [name, path] of needed) if (name !== '' && !(name in manifests)) report({ ...site, path }, `names ${name}, which is not in the folder`)

  if (errors.length > before) return undefined
  return { ...data, folder, text, files: manifests }
}

/** Loads every lesson folder among `files` (glob results), in order. */
export function loadLessons(files: Record<string, string>): LoadResult {
  const errors: string[] = []
  const lessons: Lesson[] = []
  for (const [folder, contents] of [...groupByFolder(files)].sort(([a], [b]) => a.localeCompare(b))) {
    const lesson = loadLesson(folder, contents, errors)
    if (lesson) lessons.push(lesson)
  }
  const byOrder = new Map<number, string>()
  const byId = new Map<string, string>()
  for (const l of lessons) {
    if (byOrder.has(l.order)) errors.push(`lessons/${l.folder}: order ${l.order} is taken by ${byOrder.get(l.order)}`)
    if (byId.has(l.id)) errors.push(`lessons/${l.folder}: id ${l.id} is taken by ${byId.get(l.id)}`)
    byOrder.set(l.order, l.folder)
    byId.set(l.id, l.folder)
  }
  return { lessons: lessons.sort((a, b) => a.order - b.order), errors }
}

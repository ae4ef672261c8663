// The loader refuses malformed lessons with messages that name the file and the place: fixture
// folders in testdata/ for the common mistakes, and edits of the good fixture for the rest.
import { describe, expect, it } from 'vitest'
import { loadLesson, loadLessons } from './load'
import { joinCjkLines, tidyCjk } from './parseText'

const fixtures = import.meta.glob<string>('./testdata/*/*/*', { query: '?raw', import: 'default', eager: true })

/** The fixture files of one case, keyed as the lessons glob would key them. */
function caseFiles(name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(fixtures).filter(([p]) => p.startsWith(`./testdata/${name}/`)))
}

const good = new Map(Object.entries(caseFiles('good')).map(([p, t]) => [p.split('/').pop()!, t]))

/** Loads the good fixture with some files replaced (undefined deletes); returns the errors. */
function errorsWith(changes: Record<string, string | undefined | ((text: string) => string)>, folder = '01-tiny'): string[] {
  const files = new Map(good)
  for (const [name, change] of Object.entries(changes)) {
    if (change === undefined) files.delete(name)
    else files.set(name, typeof change === 'function' ? change(files.get(name) ?? '') : change)
  }
  const errors: string[] = []
  loadLesson(folder, files, errors)
  return errors
}

const lessonYaml = (edit: (t: string) => string) => ({ 'lesson.yaml': edit })

describe('fixtures', () => {
  it('load the good lesson with its data, both texts and its manifest', () => {
    const { lessons, errors } = loadLessons(caseFiles('good'))
    expect(errors).toEqual([])
    const [l] = lessons
    expect(l).toMatchObject({ id: 'tiny', folder: '01-tiny', order: 1, start: { file: 'start.yaml', applied: false } })
    expect(l.goals).toEqual([{ id: 'running', when: { kind: 'status', ref: { pod: 'tiny', namespace: 'default' }, is: ['Running'] } }])
    expect(l.hints[0]).toMatchObject({ id: 'apply', forSeconds: 30 })
    expect(l.predictions[0]).toMatchObject({ id: 'next', choices: ['pod-initializing', 'running'], answer: 'pod-initializing' })
    expect(l.solution.steps.map((s) => s.kind)).toEqual(['apply', 'waitUntil', 'answer', 'wait'])
    expect(l.text['zh-CN']).toMatchObject({ title: '小课', goals: { running: '让 Pod 进入 Running。' }, body: '1. 应用。' })
    expect(l.text.en.predictions.next.choices).toEqual({ 'pod-initializing': 'PodInitializing', running: 'Running' })
    expect(Object.keys(l.files)).toEqual(['start.yaml'])
  })

  it.each([
    ['bad-yaml', /^lessons\/01-tiny\/lesson\.yaml: not valid YAML: /],
    ['no-chinese', /^lessons\/01-tiny\/zh-CN\.md: missing: every lesson is written in en and zh-CN$/],
    ['missing-hint-text', /^lessons\/01-tiny\/zh-CN\.md: hints: no zh-CN text for hint "apply"$/],
    ['unknown-condition-key', /^lessons\/01-tiny\/lesson\.yaml: goals\[0\]\.when\.status\.iss: unknown key "iss" for status \(it takes pod, is, namespace\)$/],
    ['bad-folder', /^lessons\/tiny\/: a lesson folder is named NN-slug/],
  ])('%s is refused, naming the file', (name, message) => {
    const { lessons, errors } = loadLessons(caseFiles(name))
    expect(lessons).toEqual([])
    expect(errors[0]).toMatch(message)
  })
})

describe('lesson.yaml', () => {
  it('needs its keys, and knows no others', () => {
    expect(errorsWith(lessonYaml((t) => t.replace('order: 1', 'order: 1\ncolour: red')))).toEqual([
      'lessons/01-tiny/lesson.yaml: colour: unknown key "colour" in lesson.yaml (known: id, order, start, goals, hints, predictions, solution)',
    ])
    expect(errorsWith(lessonYaml((t) => t.replace(/^goals:[\s\S]*?^hints:/m, 'hints:')))).toContain('lessons/01-tiny/lesson.yaml: goals: want a non-empty list')
    expect(errorsWith(lessonYaml((t) => t.replace('applied: false', 'applied: yes')))).toContain(
      'lessons/01-tiny/lesson.yaml: start.applied: want true (the lesson applies it first) or false (the learner does)',
    )
  })

  it('matches the folder name', () => {
    expect(errorsWith(lessonYaml((t) => t.replace('id: tiny', 'id: small').replace('order: 1', 'order: 2')))).toEqual([
      'lessons/01-tiny/lesson.yaml: id: "small" must match the folder name\'s slug "tiny"',
      'lessons/01-tiny/lesson.yaml: order: 2 must match the folder\'s number 01',
    ])
  })

  it('checks conditions against the closed vocabulary', () => {
    const when = (c: string) => errorsWith(lessonYaml((t) => t.replace('{ status: { pod: tiny, is: Running } }', c)))
    expect(when('{ statuz: { pod: tiny } }')[0]).toMatch(/goals\[0\]\.when: unknown condition "statuz" \(known: status, phase, /)
    expect(when('{ status: { pod: tiny } }')).toEqual(['lessons/01-tiny/lesson.yaml: goals[0].when.status: status needs "is"'])
    expect(when('{ status: { pod: tiny, is: Running }, phase: { pod: tiny, is: Running } }')[0]).toMatch(/exactly one key \(use all: \[\.\.\.\] to combine\), got status, phase/)
    expect(when("{ command: { matches: '(' } }")[0]).toMatch(/when\.command\.matches: not a regular expression/)
    expect(when('{ command: { output: x } }')).toEqual(['lessons/01-tiny/lesson.yaml: goals[0].when.command: command needs matches or has'])
    expect(when('{ restarts: { pod: tiny, container: a } }')).toEqual(['lessons/01-tiny/lesson.yaml: goals[0].when.restarts: restarts needs atLeast or atMost'])
    expect(when('{ restartDelay: { pod: tiny, container: a, restart: 0, seconds: 10 } }')[0]).toMatch(/restart: want a whole number of at least 1/)
    expect(when('{ container: { pod: tiny, container: a, state: sleeping } }')[0]).toMatch(/state: want one of waiting, running, terminated/)
    expect(when('{ all: [] }')[0]).toMatch(/all takes a non-empty list of conditions/)
    expect(when('{ statusOrder: { pod: tiny, statuses: [Running] } }')[0]).toMatch(/statuses: want a list of at least 2 strings/)
    expect(when('{ file: { pod: tiny, path: data/x, contains: y } }')).toEqual(['lessons/01-tiny/lesson.yaml: goals[0].when.file.path: want an absolute path (starting with /), got "data/x"'])
    expect(when('{ file: { pod: tiny, path: /data/x } }')).toEqual(['lessons/01-tiny/lesson.yaml: goals[0].when.file: file needs "contains"'])
    expect(when('{ goal: running }')).toEqual(['lessons/01-tiny/lesson.yaml: goals[0]: goal "running" cannot wait for itself'])
    expect(when('{ goal: nope }')).toEqual(['lessons/01-tiny/lesson.yaml: goals[0]: no goal "nope"'])
    expect(when('{ predicted: nope }')).toEqual(['lessons/01-tiny/lesson.yaml: goals[0]: no prediction "nope"'])
    expect(when('{ not: { podCondition: { pod: tiny, type: Ready, status: true } } }')).toEqual([])
  })

  it('checks predictions, ids and steps', () => {
    expect(errorsWith(lessonYaml((t) => t.replace('answer: pod-initializing', 'answer: failed')))).toEqual([
      'lessons/01-tiny/lesson.yaml: predictions[0].answer: "failed" is not one of the choices',
    ])
    expect(errorsWith(lessonYaml((t) => t.replace('choices: [pod-initializing, running]', 'choices: [pod-initializing]')))).toContain(
      'lessons/01-tiny/lesson.yaml: predictions[0].choices: want at least two choices',
    )
    expect(errorsWith(lessonYaml((t) => t.replace('- id: running', '- id: Running_Now')))[0]).toMatch(/goals\[0\]\.id: want an id in lower-case-with-dashes/)
    expect(errorsWith(lessonYaml((t) => t.replace('- wait: 30', '- wait: 30\n      apply: start.yaml')))).toEqual([
      'lessons/01-tiny/lesson.yaml: solution.steps[3]: a step has exactly one of apply, run, wait, waitUntil, answer; got apply, wait',
    ])
    expect(errorsWith(lessonYaml((t) => t.replace('- answer: next', '- answer: next\n      choice: maybe')))).toEqual([
      'lessons/01-tiny/lesson.yaml: solution.steps[2]: "maybe" is not a choice of "next"',
    ])
    expect(errorsWith(lessonYaml((t) => t.replace('- wait: 30', '- apply: service.yaml')))).toEqual([
      'lessons/01-tiny/lesson.yaml: solution.steps[3].apply: names service.yaml, which is not in the folder',
    ])
  })
})

describe('language files', () => {
  it('need frontmatter, valid YAML and steps', () => {
    expect(errorsWith({ 'en.md': '# no frontmatter' })).toEqual(['lessons/01-tiny/en.md: must open with frontmatter between two "---" lines'])
    expect(errorsWith({ 'en.md': (t) => t.replace('summary: A tiny lesson.', 'summary: Note: tiny') })[0]).toMatch(/^lessons\/01-tiny\/en\.md: frontmatter is not valid YAML: /)
    expect(errorsWith({ 'en.md': (t) => t.replace('1. Apply.', '') })).toEqual(['lessons/01-tiny/en.md: body: the steps (Markdown after the frontmatter) are missing'])
    expect(errorsWith({ 'en.md': (t) => t.replace('title: Tiny', 'titel: Tiny') })).toEqual([
      'lessons/01-tiny/en.md: titel: unknown key "titel" (known: title, summary, goals, hints, predictions)',
      'lessons/01-tiny/en.md: title: want a non-empty text',
    ])
  })

  it('give a text for every goal, hint, prediction and choice, and for nothing else', () => {
    expect(errorsWith({ 'en.md': (t) => t.replace('  running: Get the pod Running.\n', '  runing: Get the pod Running.\n') })).toEqual([
      'lessons/01-tiny/en.md: goals: no en text for goal "running"',
      'lessons/01-tiny/en.md: goals.runing: lesson.yaml has no goal "runing"',
    ])
    expect(errorsWith({ 'zh-CN.md': (t) => t.replace('      running: Running\n', '') })).toEqual([
      'lessons/01-tiny/zh-CN.md: predictions.next.choices: no zh-CN text for choice "running"',
    ])
    expect(errorsWith({ 'zh-CN.md': (t) => t.replace('    question: 接下来是什么？\n', '') })).toEqual(['lessons/01-tiny/zh-CN.md: predictions.next.question: want a non-empty text'])
    expect(errorsWith({ 'en.md': (t) => t.replace('      running: Running\n', '      running: Running\n    explanation: Because.\n') })).toEqual([
      'lessons/01-tiny/zh-CN.md: predictions.next: explanation is given in en but not here',
    ])
  })

  it('may not hide among other files', () => {
    expect(errorsWith({ 'zh-cn.md': 'x', 'zh-CN.md': undefined })).toEqual([
      'lessons/01-tiny/zh-CN.md: missing: every lesson is written in en and zh-CN',
      'lessons/01-tiny/zh-cn.md: unexpected file (a lesson holds lesson.yaml, en.md, zh-CN.md and manifests *.yaml)',
    ])
    expect(errorsWith({ 'lesson.yaml': undefined })).toEqual(['lessons/01-tiny/lesson.yaml: missing'])
  })
})

describe('Chinese text', () => {
  it('loses the spaces line breaks would put between Chinese characters', () => {
    expect(tidyCjk('会再次启动失败的 Init 容器。 只要还有')).toBe('会再次启动失败的 Init 容器。只要还有')
    expect(tidyCjk('请指定 Init 容器： kubectl logs')).toBe('请指定 Init 容器：kubectl logs')
    expect(joinCjkLines('第一行\n   第二行 `x`\n\n## 标题\n正文\n```\n代码\n代码\n```')).toBe('第一行第二行 `x`\n\n## 标题\n正文\n```\n代码\n代码\n```')
    expect(joinCjkLines('运行：\n   `kubectl get pods`\n1. 第一步。\n2. 第二步')).toBe('运行：`kubectl get pods`\n1. 第一步。\n2. 第二步')
    expect(joinCjkLines('English line\nnext line')).toBe('English line\nnext line')
  })
})

describe('loadLessons', () => {
  it('refuses two lessons with the same number', () => {
    const files = { ...caseFiles('good') }
    for (const [p, t] of Object.entries(caseFiles('good'))) files[p.replace('01-tiny', '01-other')] = t.replace('id: tiny', 'id: other')
    expect(loadLessons(files).errors).toEqual(['lessons/01-tiny: order 1 is taken by 01-other'])
  })
})

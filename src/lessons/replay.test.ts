// The headless replay: steps carried out in order, and steps that cannot be reported, not thrown.
import { describe, expect, it } from 'vitest'
import { replaySolution, replayStart } from './replay'
import { lessonFrom, podYaml } from './testkit'

const lesson = (steps: string, extra = '') =>
  lessonFrom(
    `id: tiny
order: 1
start: { file: start.yaml, applied: false }
goals:
  - id: running
    when: { status: { pod: p, is: Running } }
  - id: looked
    when: { command: { has: [kubectl get pods] } }
predictions:
  - id: next
    when: { status: { pod: p, is: Init:0/1 } }
    choices: [a, b]
    answer: a
solution:
  file: start.yaml
  steps:
${steps}`,
    { 'broken.yaml': podYaml('p', { 'init-a': 'exit 1' }), ...(extra ? { 'extra.yaml': extra } : {}) },
  )

describe('replaySolution', () => {
  it('applies, waits, answers and runs, in order', () => {
    const r = replaySolution(lesson('    - apply: start.yaml\n    - waitUntil: { status: { pod: p, is: Init:0/1 } }\n    - answer: next\n    - wait: 30\n    - run: kubectl get pods\n'))
    expect(r.errors).toEqual([])
    expect(r.unmet).toEqual([])
    expect(r.run.answers.get('next')).toMatchObject({ choice: 'a', correct: true })
    expect(r.run.commands.map((c) => c.line)).toEqual(['kubectl apply -f -', 'kubectl get pods'])
  })

  it('reports a waitUntil that times out and an answer to a question not asked', () => {
    const r = replaySolution(lesson('    - answer: next\n    - apply: broken.yaml\n    - waitUntil: { status: { pod: p, is: Running } }\n      timeout: 60\n'))
    expect(r.errors).toEqual([
      'step 1 (answer next): prediction "next" is not being asked (pending: none)',
      'step 3 (waitUntil): timed out after 60 s',
    ])
    expect(r.unmet).toEqual(['running', 'looked'])
  })

  it('feeds a file to a command line on its standard input', () => {
    const r = replaySolution(lesson('    - run: kubectl create -f -\n      stdin: start.yaml\n    - wait: 30\n'))
    expect(r.run.commands[0].result.stdout).toBe('pod/p created\n')
    expect(r.goals.find((g) => g.id === 'running')?.met).toBe(true)
  })
})

describe('replayStart', () => {
  it('leaves the start alone: nothing applied unless the lesson applies it', () => {
    const r = replayStart(lesson('    - apply: start.yaml\n'))
    expect(r.run.sandbox.pods()).toEqual([])
    expect(r.unmet).toEqual(['running', 'looked'])
  })
})

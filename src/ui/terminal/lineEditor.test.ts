import { describe, expect, it } from 'vitest'
import type { Completion } from './complete'
import { commandDone, feed, initialState, render, type Effect, type LineState } from './lineEditor'

const LEFT = '\x1b[D'
const RIGHT = '\x1b[C'
const UP = '\x1b[A'
const DOWN = '\x1b[B'
const HOME = '\x1b[H'
const END = '\x1b[F'

/** Feeds `data`, finishing every command at once, and collects the lines run. */
function type(data: string, state: LineState = initialState(), completer?: (l: string, c: number) => Completion) {
  const runs: string[] = []
  const effects: Effect[] = []
  let s = state
  let rest = data
  for (;;) {
    const r = feed(s, rest, completer)
    effects.push(...r.effects)
    s = r.state
    for (const e of r.effects) if (e.type === 'run') runs.push(e.line)
    if (!s.busy) break
    const done = commandDone(s)
    s = done.state
    rest = done.typeahead
    if (rest === '') break
  }
  return { state: s, runs, effects }
}

describe('line editing', () => {
  it('inserts typed text at the cursor', () => {
    const { state } = type('kubectl get pods')
    expect(state.buffer).toBe('kubectl get pods')
    expect(state.cursor).toBe(16)
  })
  it('moves left and inserts in the middle', () => {
    expect(type(`kubectl get pod${LEFT}${LEFT}${LEFT}x`).state.buffer).toBe('kubectl get xpod')
  })
  it('does not move past either end', () => {
    const { state } = type(`ab${LEFT}${LEFT}${LEFT}${RIGHT}${RIGHT}${RIGHT}${RIGHT}`)
    expect(state.cursor).toBe(2)
  })
  it('deletes backwards with backspace and forwards with Delete', () => {
    expect(type('abc\x7f').state.buffer).toBe('ab')
    expect(type(`abc${HOME}\x1b[3~`).state.buffer).toBe('bc')
  })
  it('goes home and end, with keys and Ctrl+A / Ctrl+E', () => {
    expect(type(`bc${HOME}a${END}d`).state.buffer).toBe('abcd')
    expect(type('bc\x01a\x05d').state.buffer).toBe('abcd')
  })
  it('Ctrl+U kills to the start, Ctrl+K to the end, Ctrl+W one word', () => {
    expect(type(`abc def${LEFT}${LEFT}\x15`).state.buffer).toBe('ef')
    expect(type(`abc def${LEFT}${LEFT}\x0b`).state.buffer).toBe('abc d')
    expect(type('kubectl get pods\x17').state.buffer).toBe('kubectl get ')
  })
  it('ignores unknown escape sequences whole', () => {
    expect(type('a\x1b[15~b\x1b[1;5Cc').state.buffer).toBe('abc')
  })
  it('renders the prompt and moves the cursor back', () => {
    expect(render(type(`abc${LEFT}`).state)).toBe('\r\x1b[K$ abc\x1b[1D')
    expect(render(initialState())).toBe('\r\x1b[K$ ')
  })
})

describe('running lines', () => {
  it('runs the line on Enter and empties the prompt', () => {
    const { state, runs, effects } = type('kubectl get pods\r')
    expect(runs).toEqual(['kubectl get pods'])
    expect(effects[0]).toEqual({ type: 'print', text: '\r\n' })
    expect(state.buffer).toBe('')
    expect(state.busy).toBe(false)
  })
  it('does not run or remember a blank line', () => {
    const { state, runs } = type('   \r')
    expect(runs).toEqual([])
    expect(state.history).toEqual([])
  })
  it('holds input typed while a command runs and hands it back', () => {
    const r = feed(initialState(), 'sleep 5\rkubectl get po')
    expect(r.state.busy).toBe(true)
    expect(r.state.typeahead).toBe('kubectl get po')
    const more = feed(r.state, 'ds')
    expect(more.state.typeahead).toBe('kubectl get pods')
    expect(commandDone(more.state).typeahead).toBe('kubectl get pods')
  })
  it('runs each line of a multi-line paste in order', () => {
    expect(type('echo a\necho b\r\necho c\r').runs).toEqual(['echo a', 'echo b', 'echo c'])
  })
  it('joins a trailing backslash with the next line and shows the continuation prompt', () => {
    const first = type('kubectl get \\\r')
    expect(first.runs).toEqual([])
    expect(render(first.state)).toBe('\r\x1b[K> ')
    expect(type('pods\r', first.state).runs).toEqual(['kubectl get \\\npods'])
  })
  it('an escaped backslash does not continue', () => {
    expect(type('echo a\\\\\r').runs).toEqual(['echo a\\\\'])
  })
  it('collects a here-document body up to its delimiter', () => {
    const { runs } = type('kubectl apply -f - <<EOF\napiVersion: v1\nkind: Pod\nEOF\necho done\n')
    expect(runs).toEqual(['kubectl apply -f - <<EOF\napiVersion: v1\nkind: Pod\nEOF', 'echo done'])
  })
  it('accepts quoted and tab-stripping delimiters', () => {
    expect(type("cat <<'END'\nx\nEND\n").runs).toEqual(["cat <<'END'\nx\nEND"])
    expect(type('cat <<-EOF\n\tx\n\tEOF\n').runs).toEqual(['cat <<-EOF\n\tx\n\tEOF'])
  })
  it('does not take a here-string for a here-document', () => {
    expect(type('cat <<<word\r').runs).toEqual(['cat <<<word'])
  })
  it('Ctrl+L and clear clear the screen without running anything', () => {
    expect(type('abc\x0c').effects).toEqual([{ type: 'clear' }])
    expect(type('abc\x0c').state.buffer).toBe('abc')
    const c = type('clear\r')
    expect(c.runs).toEqual([])
    expect(c.effects).toContainEqual({ type: 'clear' })
    expect(c.state.history).toEqual(['clear'])
  })
})

describe('Ctrl+C', () => {
  it('cancels the line being typed', () => {
    const { state, effects } = type('kubectl get po\x03')
    expect(state.buffer).toBe('')
    expect(effects).toEqual([{ type: 'print', text: '^C\r\n' }])
  })
  it('cancels a half-entered here-document', () => {
    const { state } = type('cat <<EOF\nabc\n\x03')
    expect(state.pending).toEqual([])
    expect(state.heredocs).toEqual([])
    expect(render(state)).toBe('\r\x1b[K$ ')
  })
  it('interrupts a running command and drops the typeahead', () => {
    const started = feed(initialState(), 'kubectl get pods -w\r')
    const r = feed({ ...started.state, typeahead: 'junk' }, '\x03ls')
    expect(r.effects).toEqual([{ type: 'interrupt' }, { type: 'print', text: '^C\r\n' }])
    expect(r.state.busy).toBe(false)
    expect(r.state.buffer).toBe('ls')
  })
})

describe('history', () => {
  const ran = type('kubectl get pods\rkubectl describe pod a\r').state
  it('keeps every command across commands, without repeating the last', () => {
    expect(type('kubectl describe pod a\r', ran).state.history).toEqual(['kubectl get pods', 'kubectl describe pod a'])
  })
  it('up recalls the newest first, then older; it stops at the oldest', () => {
    expect(type(UP, ran).state.buffer).toBe('kubectl describe pod a')
    expect(type(UP + UP + UP, ran).state.buffer).toBe('kubectl get pods')
  })
  it('down returns to the line being typed', () => {
    const { state } = type(`draft${UP}${UP}${DOWN}${DOWN}`, ran)
    expect(state.buffer).toBe('draft')
    expect(state.cursor).toBe(5)
  })
  it('runs a recalled and edited command', () => {
    expect(type(`${UP}${UP}\x17svc\r`, ran).runs).toEqual(['kubectl get svc'])
  })
})

describe('Tab', () => {
  const fixed = (candidates: string[], start = 0): ((l: string, c: number) => Completion) => () => ({ start, candidates })
  it('completes a single candidate and adds a space', () => {
    const { state } = type('kubectl get po\t', initialState(), fixed(['pods'], 12))
    expect(state.buffer).toBe('kubectl get pods ')
    expect(state.cursor).toBe(17)
  })
  it('adds no space after a value that wants more', () => {
    expect(type('-o json\t', initialState(), fixed(['jsonpath='], 3)).state.buffer).toBe('-o jsonpath=')
  })
  it('inserts the common prefix of several candidates', () => {
    expect(type('kubectl get r\t', initialState(), fixed(['replicaset', 'replicasets'], 12)).state.buffer).toBe('kubectl get replicaset')
  })
  it('rings on the first ambiguous Tab and lists the candidates on the second', () => {
    const first = type('kubectl ge\t', initialState(), fixed(['get', 'gen'], 8))
    expect(first.effects).toEqual([{ type: 'print', text: '\x07' }])
    const second = type('\t', first.state, fixed(['get', 'gen'], 8))
    expect(second.effects).toEqual([{ type: 'print', text: '\r\nget  gen\r\n' }])
    expect(second.state.buffer).toBe('kubectl ge')
  })
  it('rings when nothing matches', () => {
    expect(type('zz\t', initialState(), fixed([])).effects).toEqual([{ type: 'print', text: '\x07' }])
  })
})

// The prompt's line editing as a pure state machine: keys and pastes in, a new state and effects out
// (lines to run, a screen to clear, a watch to interrupt). It never touches xterm; the component
// draws `render(state)` and carries out the effects in order.

import { commonPrefix, type Completion } from './complete'

/** The prompt of a new command, and of a continued line or here-document body. */
export const PROMPT = '$ '
export const CONTINUATION_PROMPT = '> '

/** Everything the prompt remembers. */
export interface LineState {
  buffer: string
  cursor: number
  /** Commands run so far, oldest first; kept across commands. */
  history: string[]
  /** Where up/down stand in `history`; `history.length` is the line being typed. */
  historyIndex: number
  /** The line being typed, kept while browsing history. */
  draft: string
  /** Lines already entered of a command not yet complete (`\` continuation or here-document). */
  pending: string[]
  /** Here-document delimiters still waiting for their terminating line, first one first. */
  heredocs: { word: string; stripTabs: boolean }[]
  /** A command is running: input is held as typeahead until it ends or Ctrl+C stops it. */
  busy: boolean
  typeahead: string
  /** The last key was Tab: a second Tab lists the candidates. */
  lastTab: boolean
}

/** What the component must do, in order. */
export type Effect =
  | { type: 'run'; line: string }
  | { type: 'print'; text: string }
  | { type: 'interrupt' }
  | { type: 'clear' }

/** The result of feeding input. */
export interface Fed {
  state: LineState
  effects: Effect[]
}

/** A fresh prompt with an optional history. */
export function initialState(history: string[] = []): LineState {
  return { buffer: '', cursor: 0, history, historyIndex: history.length, draft: '', pending: [], heredocs: [], busy: false, typeahead: '', lastTab: false }
}

/** The prompt to show for `state`. */
export function promptOf(state: LineState): string {
  return state.pending.length > 0 ? CONTINUATION_PROMPT : PROMPT
}

/** The escape sequence that redraws the prompt line and puts the cursor where the state has it. */
export function render(state: LineState): string {
  const back = state.buffer.length - state.cursor
  return `\r\x1b[K${promptOf(state)}${state.buffer}${back > 0 ? `\x1b[${back}D` : ''}`
}

function edit(state: LineState, buffer: string, cursor: number): LineState {
  return { ...state, buffer, cursor, historyIndex: state.history.length, lastTab: false }
}

// Here-document openers on a line: `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`; `<<<` is a here-string.
function heredocsIn(line: string): { word: string; stripTabs: boolean }[] {
  const found: { word: string; stripTabs: boolean }[] = []
  const re = /(?<!<)<<(-?)\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z0-9_.-]+))/g
  for (const m of line.matchAll(re)) {
    if (line[m.index + 2] === '<') continue
    found.push({ word: m[2] ?? m[3] ?? m[4], stripTabs: m[1] === '-' })
  }
  return found
}

// An odd number of trailing backslashes continues the line.
function continues(line: string): boolean {
  const m = /\\+$/.exec(line)
  return m !== null && m[0].length % 2 === 1
}

/** Enter: completes a command (effect `run`) or asks for another line (continuation, here-document body). */
function enter(state: LineState): Fed {
  const line = state.buffer
  const echo: Effect = { type: 'print', text: '\r\n' }
  const next = { ...state, buffer: '', cursor: 0, draft: '', lastTab: false }
  if (state.heredocs.length > 0) {
    const [doc, ...more] = state.heredocs
    const body = doc.stripTabs ? line.replace(/^\t+/, '') : line
    const pending = [...state.pending, line]
    if (body !== doc.word || more.length > 0) return { state: { ...next, pending, heredocs: body === doc.word ? more : state.heredocs }, effects: [echo] }
    return finish(next, pending.join('\n'), echo)
  }
  if (continues(line)) return { state: { ...next, pending: [...state.pending, line] }, effects: [echo] }
  const docs = heredocsIn([...state.pending, line].join(''))
  if (docs.length > 0) return { state: { ...next, pending: [...state.pending, line], heredocs: docs }, effects: [echo] }
  return finish(next, [...state.pending, line].join('\n'), echo)
}

function finish(state: LineState, text: string, echo: Effect): Fed {
  const base = { ...state, pending: [], heredocs: [] }
  if (text.trim() === '') return { state: { ...base, historyIndex: base.history.length }, effects: [echo] }
  const history = base.history[base.history.length - 1] === text ? base.history : [...base.history, text]
  const done = { ...base, history, historyIndex: history.length }
  if (text.trim() === 'clear') return { state: done, effects: [echo, { type: 'clear' }] }
  return { state: { ...done, busy: true }, effects: [echo, { type: 'run', line: text }] }
}

function historyMove(state: LineState, delta: number): LineState {
  const index = state.historyIndex + delta
  if (index < 0 || index > state.history.length) return { ...state, lastTab: false }
  const draft = state.historyIndex === state.history.length ? state.buffer : state.draft
  const buffer = index === state.history.length ? draft : state.history[index]
  return { ...state, buffer, cursor: buffer.length, historyIndex: index, draft, lastTab: false }
}

function tab(state: LineState, completer?: (line: string, cursor: number) => Completion): Fed {
  if (completer === undefined) return { state, effects: [] }
  const { start, candidates } = completer(state.buffer, state.cursor)
  const word = state.buffer.slice(start, state.cursor)
  const tail = state.buffer.slice(state.cursor)
  if (candidates.length === 1) {
    // A finished word gets its space, unless it ends in `=` or `/` and wants more.
    const insert = candidates[0] + (/[=/]$/.test(candidates[0]) || tail.startsWith(' ') ? '' : ' ')
    const buffer = state.buffer.slice(0, start) + insert + tail
    return { state: edit(state, buffer, start + insert.length), effects: [] }
  }
  if (candidates.length === 0) return { state: { ...state, lastTab: false }, effects: [{ type: 'print', text: '\x07' }] }
  const prefix = commonPrefix(candidates)
  if (prefix.length > word.length) {
    const buffer = state.buffer.slice(0, start) + prefix + tail
    return { state: { ...edit(state, buffer, start + prefix.length), lastTab: true }, effects: [] }
  }
  if (!state.lastTab) return { state: { ...state, lastTab: true }, effects: [{ type: 'print', text: '\x07' }] }
  return { state, effects: [{ type: 'print', text: `\r\n${candidates.join('  ')}\r\n` }] }
}

function wordStart(buffer: string, cursor: number): number {
  let i = cursor
  while (i > 0 && buffer[i - 1] === ' ') i--
  while (i > 0 && buffer[i - 1] !== ' ') i--
  return i
}

/** The length of the escape sequence at `data[i]` (CSI or SS3), so unknown keys are skipped whole. */
function escapeLength(data: string, i: number): number {
  if (data[i + 1] === '[') {
    let j = i + 2
    while (j < data.length && !/[@-~]/.test(data[j])) j++
    return j - i + 1
  }
  if (data[i + 1] === 'O') return 3
  return 2
}

/**
 * Feeds keys or pasted text: returns the new state and the effects to carry out. Input arriving
 * while a command runs is held as typeahead (Ctrl+C interrupts and drops it, as a tty flushes).
 * Stops after a `run`: what is left is held as typeahead until `commandDone`.
 */
export function feed(state: LineState, data: string, completer?: (line: string, cursor: number) => Completion): Fed {
  let s = state
  const effects: Effect[] = []
  let i = 0
  while (i < data.length) {
    const c = data[i]
    if (s.busy) {
      const ctrlC = data.indexOf('\x03', i)
      if (ctrlC < 0) return { state: { ...s, typeahead: s.typeahead + data.slice(i) }, effects }
      effects.push({ type: 'interrupt' }, { type: 'print', text: '^C\r\n' })
      s = { ...s, busy: false, typeahead: '' }
      i = ctrlC + 1
      continue
    }
    const { buffer, cursor } = s
    if (c === '\x1b') {
      const n = escapeLength(data, i)
      const seq = data.slice(i, i + n)
      i += n
      if (seq === '\x1b[D' || seq === '\x1bOD') s = { ...s, cursor: Math.max(0, cursor - 1), lastTab: false }
      else if (seq === '\x1b[C' || seq === '\x1bOC') s = { ...s, cursor: Math.min(buffer.length, cursor + 1), lastTab: false }
      else if (seq === '\x1b[A' || seq === '\x1bOA') s = historyMove(s, -1)
      else if (seq === '\x1b[B' || seq === '\x1bOB') s = historyMove(s, 1)
      else if (seq === '\x1b[H' || seq === '\x1bOH' || seq === '\x1b[1~') s = { ...s, cursor: 0, lastTab: false }
      else if (seq === '\x1b[F' || seq === '\x1bOF' || seq === '\x1b[4~') s = { ...s, cursor: buffer.length, lastTab: false }
      else if (seq === '\x1b[3~') s = cursor < buffer.length ? edit(s, buffer.slice(0, cursor) + buffer.slice(cursor + 1), cursor) : s
      continue
    }
    i++
    if (c === '\r' || c === '\n') {
      // A pasted CRLF is one line end.
      if (c === '\r' && data[i] === '\n') i++
      const r = enter(s)
      s = r.state
      effects.push(...r.effects)
      if (s.busy) return { state: { ...s, typeahead: data.slice(i) }, effects }
    } else if (c === '\x03') {
      effects.push({ type: 'print', text: '^C\r\n' })
      s = { ...s, buffer: '', cursor: 0, pending: [], heredocs: [], historyIndex: s.history.length, draft: '', lastTab: false }
    } else if (c === '\x0c') {
      effects.push({ type: 'clear' })
    } else if (c === '\t' && s.heredocs.length > 0) {
      // A here-document body is data (a pasted `<<-EOF` body is tab-indented), not a place to complete.
      s = edit(s, buffer.slice(0, cursor) + c + buffer.slice(cursor), cursor + 1)
    } else if (c === '\t') {
      const r = tab(s, completer)
      s = r.state
      effects.push(...r.effects)
    } else if (c === '\x7f' || c === '\x08') {
      if (cursor > 0) s = edit(s, buffer.slice(0, cursor - 1) + buffer.slice(cursor), cursor - 1)
    } else if (c === '\x04') {
      if (cursor < buffer.length) s = edit(s, buffer.slice(0, cursor) + buffer.slice(cursor + 1), cursor)
    } else if (c === '\x01') s = { ...s, cursor: 0, lastTab: false }
    else if (c === '\x05') s = { ...s, cursor: buffer.length, lastTab: false }
    else if (c === '\x02') s = { ...s, cursor: Math.max(0, cursor - 1), lastTab: false }
    else if (c === '\x06') s = { ...s, cursor: Math.min(buffer.length, cursor + 1), lastTab: false }
    else if (c === '\x15') s = edit(s, buffer.slice(cursor), 0)
    else if (c === '\x0b') s = edit(s, buffer.slice(0, cursor), cursor)
    else if (c === '\x17') {
      const from = wordStart(buffer, cursor)
      s = edit(s, buffer.slice(0, from) + buffer.slice(cursor), from)
    } else if (c >= ' ') {
      // Insert the whole run of printable text at once: pastes are long.
      let j = i
      while (j < data.length && data[j] >= ' ' && data[j] !== '\x7f') j++
      const text = data.slice(i - 1, j)
      i = j
      s = edit(s, buffer.slice(0, cursor) + text + buffer.slice(cursor), cursor + text.length)
    }
  }
  return { state: s, effects }
}

/** The running command ended: the prompt returns, and the typeahead is handed back to be fed. */
export function commandDone(state: LineState): { state: LineState; typeahead: string } {
  return { state: { ...state, busy: false, typeahead: '' }, typeahead: state.typeahead }
}

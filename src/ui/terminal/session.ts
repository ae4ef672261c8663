// One terminal session without the DOM: feeds keys to the line editor, runs lines through the
// sandbox, streams `kubectl get -w` / `logs -f` while the page's clock runs, and writes terminal
// text (CRLF, escape sequences) to a sink. Terminal.svelte only connects it to xterm.

import { followLogs, startWatch, type LogFollower } from '../../sandbox'
import type { CommandResult, Sandbox } from '../../sandbox'
import { complete, sandboxNames } from './complete'
import { commandDone, feed, initialState, render, type LineState } from './lineEditor'
import { streamedCommand, toTerminal } from './streaming'

/** A terminal session attached to a sandbox. */
export interface TerminalSession {
  /** Keys or pasted text from the terminal. */
  input(data: string): void
  /** Lets a running stream look at the clock (call it when virtual time moves; harmless otherwise). */
  tick(): void
  /** Whether a streamed command is running. */
  busy(): boolean
  /** Stops any stream; the session is unusable afterwards. */
  dispose(): void
}

interface Stream {
  stop(): void
  poll(): void
}

/** Opens a session: writes the first prompt at once; `clear` is called for Ctrl+L and `clear`. */
export function openSession(sandbox: Sandbox, write: (text: string) => void, clear: () => void): TerminalSession {
  let state: LineState = initialState()
  let stream: Stream | undefined
  const names = sandboxNames(sandbox)
  const completer = (line: string, cursor: number) => complete(line, cursor, names)

  // stdout and stderr share the screen, uncoloured, so what is copied is what kubectl printed.
  const out = (text: string) => {
    if (text !== '') write(toTerminal(text))
  }

  const ended = () => {
    stream = undefined
    const done = commandDone(state)
    state = done.state
    write(render(state))
    if (done.typeahead !== '') input(done.typeahead)
  }

  const finished = (r: CommandResult) => {
    out(r.stdout)
    out(r.stderr)
    ended()
  }

  const run = (line: string) => {
    const streamed = streamedCommand(line)
    if (streamed === undefined) return finished(sandbox.exec(line))
    const env = { cluster: sandbox.cluster }
    if (streamed.verb === 'get') {
      const started = startWatch(streamed.argv, env, (text) => out(text))
      if ('exitCode' in started) return finished(started)
      stream = {
        stop: () => started.stop(),
        poll: () => {
          if (started.requestTimeoutMs > 0 && sandbox.now() >= started.startedAt + started.requestTimeoutMs) {
            started.stop()
            ended()
          }
        },
      }
      return
    }
    let follower: LogFollower | undefined
    let over = false
    const result = followLogs(streamed.argv, env, (chunk) => {
      out(chunk.stdout)
      out(chunk.stderr)
      if (chunk.exitCode !== undefined) over = true
      if (over && follower !== undefined) ended()
    })
    if ('exitCode' in result) return finished(result)
    follower = result
    // The follower may have ended while it was starting (every container already exited).
    if (over) return ended()
    stream = { stop: () => result.stop(), poll: () => result.poll() }
  }

  function input(data: string): void {
    const r = feed(state, data, completer)
    state = r.state
    for (const e of r.effects) {
      if (e.type === 'print') write(e.text)
      else if (e.type === 'clear') clear()
      else if (e.type === 'interrupt') {
        stream?.stop()
        stream = undefined
      } else {
        run(e.line)
        return
      }
    }
    if (!state.busy) write(render(state))
  }

  write(render(state))
  return {
    input,
    tick: () => stream?.poll(),
    busy: () => stream !== undefined,
    dispose: () => {
      stream?.stop()
      stream = undefined
    },
  }
}

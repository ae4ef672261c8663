// Runs a script of command lines through a sandbox and prints it as a terminal session would show
// it: `$ line` and then what the command printed. Lesson authors use it (`npm run transcript`), and
// the golden tests are made of such scripts.

import { createSandbox, type SandboxOptions } from './sandbox'

/** One command of a script: the text typed (joined continuation lines) and its standard input. */
export interface ScriptCommand {
  /** As typed, continuation lines and heredoc included, for echoing. */
  typed: string
  /** The command line with continuations joined and the heredoc removed. */
  line: string
  stdin?: string
}

/**
 * Splits a script into commands: `\` at the end of a line continues it, `<<EOF` (or `<<'EOF'`,
 * `<<-EOF`) feeds the following lines up to `EOF` as standard input, blank lines are dropped. Pure.
 */
export function parseScript(script: string): ScriptCommand[] {
  const lines = script.replace(/\r\n/g, '\n').split('\n')
  const out: ScriptCommand[] = []
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue
    const typed = [lines[i]]
    let line = lines[i]
    while (line.endsWith('\\') && i + 1 < lines.length) {
      line = line.slice(0, -1) + lines[++i]
      typed.push(lines[i])
    }
    const heredoc = /<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(line)
    let stdin: string | undefined
    if (heredoc) {
      const body: string[] = []
      while (i + 1 < lines.length) {
        const next = lines[++i]
        typed.push(next)
        const candidate = heredoc[1] ? next.replace(/^\t+/, '') : next
        if (candidate === heredoc[3]) break
        body.push(candidate)
      }
      stdin = body.length > 0 ? body.join('\n') + '\n' : ''
      line = line.slice(0, heredoc.index) + line.slice(heredoc.index + heredoc[0].length)
    }
    out.push({ typed: typed.join('\n'), line: line.trim(), stdin })
  }
  return out
}

/** Runs `script` in a fresh sandbox; returns the session text. */
export function runTranscript(script: string, options: SandboxOptions = {}): string {
  const sandbox = createSandbox(options)
  let text = ''
  for (const command of parseScript(script)) {
    text += `$ ${command.typed.split('\n').join('\n> ')}\n`
    const result = sandbox.exec(command.line, command.stdin)
    text += result.stdout + result.stderr
  }
  return text
}

// A deliberately small command runner for the engine's first cut: `sleep N`, `true`, `false`,
// `echo`, `exit K` and `sh -c "a; b && c"` built from them. The busybox shell of the
// container-world issue replaces it behind the same Process interface.

import type { Process, ProcessOutput, ProcessStep, Signal } from './process'

type Stmt = { argv: string[]; op: ';' | '&&' | '||' }

/** Starts a process for an argv as the container runtime would exec it. Pure apart from `out`. */
export function startSimpleProcess(argv: string[], out: ProcessOutput): Process {
  const shell = isShell(argv[0]) && argv[1] === '-c'
  const statements = shell ? parseScript(argv[2] ?? '') : [{ argv, op: ';' as const }]
  return new SimpleProcess(statements, shell, out)
}

function isShell(cmd: string | undefined): boolean {
  return cmd === 'sh' || cmd === '/bin/sh' || cmd === 'bash' || cmd === '/bin/bash' || cmd === 'ash'
}

class SimpleProcess implements Process {
  private pc = 0
  private status = 0
  private sleepingUntil: number | undefined

  constructor(
    private readonly statements: Stmt[],
    private readonly shell: boolean,
    private readonly out: ProcessOutput,
  ) {}

  resume(now: number): ProcessStep {
    if (this.sleepingUntil !== undefined) {
      if (now < this.sleepingUntil) return { type: 'sleep', ms: this.sleepingUntil - now }
      this.sleepingUntil = undefined
      this.status = 0
      this.pc++
    }
    while (this.pc < this.statements.length) {
      const stmt = this.statements[this.pc]
      if ((stmt.op === '&&' && this.status !== 0) || (stmt.op === '||' && this.status === 0)) {
        this.pc++
        continue
      }
      const [cmd, ...args] = stmt.argv
      switch (cmd) {
        case 'sleep': {
          const seconds = parseSleep(args[0])
          if (seconds === undefined) {
            this.out.write('stderr', `sleep: invalid number '${args[0] ?? ''}'\n`)
            this.status = 1
            break
          }
          if (seconds === Infinity) return { type: 'serve' }
          this.sleepingUntil = now + seconds * 1000
          return { type: 'sleep', ms: seconds * 1000 }
        }
        case 'true':
        case ':':
          this.status = 0
          break
        case 'false':
          this.status = 1
          break
        case 'echo':
          this.out.write('stdout', args.join(' ') + '\n')
          this.status = 0
          break
        case 'exit':
          return { type: 'exit', code: (Number.parseInt(args[0] ?? String(this.status), 10) || 0) & 255 }
        case undefined:
          break
        default:
          if (this.shell) this.out.write('stderr', `sh: ${cmd}: not found\n`)
          this.status = 127
      }
      this.pc++
    }
    return { type: 'exit', code: this.status }
  }

  signal(sig: Signal): ProcessStep | undefined {
    // PID 1 without a handler ignores SIGTERM (busybox sh and sleep install none): only KILL ends it.
    if (sig === 'SIGKILL') return { type: 'exit', code: 137, signal: 9 }
    return undefined
  }
}

function parseSleep(arg: string | undefined): number | undefined {
  if (arg === 'infinity') return Infinity
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg ?? '')
  if (!m) return undefined
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd']
  return Number(m[1]) * unit
}

/** Splits a one-line script into simple commands joined by `;`, `&&`, `||` or newlines. */
function parseScript(script: string): Stmt[] {
  const out: Stmt[] = []
  let words: string[] = []
  let word = ''
  let inWord = false
  let op: Stmt['op'] = ';'
  const endWord = () => {
    if (inWord) words.push(word)
    word = ''
    inWord = false
  }
  const endStmt = (next: Stmt['op']) => {
    endWord()
    if (words.length > 0) out.push({ argv: words, op })
    words = []
    op = next
  }
  for (let i = 0; i < script.length; i++) {
    const ch = script[i]
    if (ch === "'" || ch === '"') {
      const close = script.indexOf(ch, i + 1)
      const end = close < 0 ? script.length : close
      word += script.slice(i + 1, end)
      inWord = true
      i = end
    } else if (ch === '\\' && i + 1 < script.length) {
      word += script[++i]
      inWord = true
    } else if (ch === ';' || ch === '\n') endStmt(';')
    else if (ch === '&' && script[i + 1] === '&') { endStmt('&&'); i++ }
    else if (ch === '|' && script[i + 1] === '|') { endStmt('||'); i++ }
    else if (ch === ' ' || ch === '\t') endWord()
    else if (ch === '#' && !inWord) {
      while (i + 1 < script.length && script[i + 1] !== '\n') i++
    } else {
      word += ch
      inWord = true
    }
  }
  endStmt(';')
  return out
}

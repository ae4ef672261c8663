// Which command lines the page streams instead of running headlessly: a lone `kubectl get ... -w`
// or `kubectl logs ... -f`. Anything with pipes, lists or redirections goes to the shell as it is.

import { splitWords } from './complete'

/** A line the terminal streams: the verb, and kubectl's arguments after it. */
export type Streamed = { verb: 'get' | 'logs'; argv: string[] }

const WATCH = new Set(['-w', '--watch', '--watch=true', '--watch-only', '--watch-only=true'])
const FOLLOW = new Set(['-f', '--follow', '--follow=true'])

/** The streamed form of `line`, or undefined when the shell should run it. */
export function streamedCommand(line: string): Streamed | undefined {
  if (/[|;&<>`$\n\\]/.test(line)) return undefined
  const words = splitWords(line).map((w) => w.word)
  if (words[0] !== 'kubectl') return undefined
  const verb = words[1]
  const argv = words.slice(2)
  const end = argv.indexOf('--')
  const flags = end < 0 ? argv : argv.slice(0, end)
  if (flags.some((a) => a === '-h' || a === '--help')) return undefined
  if (verb === 'get' && flags.some((a) => WATCH.has(a))) return { verb, argv }
  if (verb === 'logs' && flags.some((a) => FOLLOW.has(a))) return { verb, argv }
  return undefined
}

/** Terminal text: every line end as CRLF, as xterm needs. */
export function toTerminal(text: string): string {
  return text.replace(/\r?\n/g, '\r\n')
}

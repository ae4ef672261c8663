// npm run transcript -- FILE.sh [--seed=N]: runs a script of command lines through a sandbox and
// prints the session. Paths after -f resolve relative to the script's folder.

import { readFileSync, existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { runTranscript } from '../src/transcript'

const args = process.argv.slice(2)
const file = args.find((a) => !a.startsWith('--'))
if (!file) {
  console.error('usage: npm run transcript -- FILE.sh [--seed=N]')
  process.exit(2)
}
const seed = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? 1)
const base = dirname(resolve(file))
const readFile = (path: string) => {
  const full = resolve(base, path)
  return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined
}
process.stdout.write(runTranscript(readFileSync(file, 'utf8'), { seed, readFile }))

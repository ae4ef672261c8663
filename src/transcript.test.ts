// Golden transcripts: every `<case>.sh` under src/kubectl/testdata/transcripts runs in a fresh
// sandbox and must print exactly its `<case>.golden.txt`. UPDATE_GOLDEN=1 rewrites the goldens;
// read every rewrite before committing it.

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScript, runTranscript } from './transcript'

const DIR = join(__dirname, 'kubectl', 'testdata', 'transcripts')

describe('golden transcripts', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.sh')).sort()) {
    it(file, () => {
      const readFile = (path: string) => {
        const full = join(DIR, path)
        return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined
      }
      const actual = runTranscript(readFileSync(join(DIR, file), 'utf8'), { readFile })
      const golden = join(DIR, file.replace(/\.sh$/, '.golden.txt'))
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual)
      expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm run test:unit and read it`).toBe(true)
      expect(actual).toBe(readFileSync(golden, 'utf8'))
    })
  }
})

describe('parseScript', () => {
  it('joins continuations and takes heredocs as standard input', () => {
    expect(parseScript("kubectl get \\\n  pods\n\nkubectl apply -f - <<'EOF'\na: 1\nEOF\necho hi")).toEqual([
      { typed: 'kubectl get \\\n  pods', line: 'kubectl get   pods', stdin: undefined },
      { typed: "kubectl apply -f - <<'EOF'\na: 1\nEOF", line: 'kubectl apply -f -', stdin: 'a: 1\n' },
      { typed: 'echo hi', line: 'echo hi', stdin: undefined },
    ])
  })
})

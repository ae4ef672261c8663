// Golden transcripts of `kubectl get`: each testdata/<case>.sh runs in a fresh sandbox and must
// print exactly testdata/<case>.golden.txt. The non-watch and watch lines were also replayed
// against the real kubectl v1.35.2 (see testdata/README.md). UPDATE_GOLDEN=1 rewrites the goldens.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runTranscript } from '../../transcript'

const DIR = join(__dirname, 'testdata')

describe('kubectl get golden transcripts', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.sh')).sort()) {
    it(file, () => {
      const actual = runTranscript(readFileSync(join(DIR, file), 'utf8'))
      const golden = join(DIR, file.replace(/\.sh$/, '.golden.txt'))
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual)
      expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 and read it`).toBe(true)
      expect(actual).toBe(readFileSync(golden, 'utf8'))
    })
  }
})

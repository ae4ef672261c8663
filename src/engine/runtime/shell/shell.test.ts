// Runs the recorded script tables: each script's stdout, stderr and exit code must match what
// busybox ash printed for it.

import { describe, expect, it } from 'vitest'
import { runScript } from './testkit'
import { APPLET_CASES } from './testdata/appletCases'
import type { ScriptCase } from './testdata/scriptCase'
import { SCRIPT_CASES } from './testdata/scriptCases'
import { SHELL_CASES } from './testdata/shellCases'

const tables: [string, ScriptCase[]][] = [
  ['shell', SHELL_CASES],
  ['applets', APPLET_CASES],
  ['scripts', SCRIPT_CASES],
]

describe.each(tables)('%s cases', (_name, cases) => {
  it.each(cases)('$script', (c) => {
    const r = runScript(c.script, { files: c.files })
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout: c.out ?? '', stderr: c.err ?? '', code: c.code ?? 0 })
  })
})

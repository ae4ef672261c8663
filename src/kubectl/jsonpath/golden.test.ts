// Replays the recorded kubectl v1.35.2 runs (testdata/golden.ts) for -o jsonpath and
// -o jsonpath-as-json: same stdout, stderr and exit code.

import { describe, expect, it } from 'vitest'
import { executeJsonPath } from './index'
import { errorText, goldenCases, goldenFlags, goldenInput } from './testdata/golden'

describe('kubectl v1.35.2 -o jsonpath recordings', () => {
  const cases = goldenCases.filter((c) => goldenFlags(c.args).format.startsWith('jsonpath'))
  it('covers the recorded jsonpath runs', () => {
    expect(cases.length).toBeGreaterThan(90)
  })
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const flags = goldenFlags(c.args)
    const result = executeJsonPath(flags.value, goldenInput(c).object, {
      allowMissingKeys: flags.allowMissingKeys,
      asJson: flags.format === 'jsonpath-as-json',
    })
    if (result.ok) expect({ stdout: result.output, stderr: '', exitCode: 0 }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode })
    else expect({ stdout: '', stderr: errorText(result.error), exitCode: 1 }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode })
  })
})

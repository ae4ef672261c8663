// base64 against busybox's own output (Debian's busybox 1.35, recorded like the shell's tables).
// The image must ship the applet: these worlds add it to the default busybox binaries.

import { describe, expect, it } from 'vitest'
import { DEFAULT_BINARIES } from '../memoryWorld'
import type { ScriptCase } from '../testdata/scriptCase'
import { runScript } from '../testkit'

const CASES: ScriptCase[] = [
  { script: "echo hello | base64; printf \"\" | base64; echo $?", out: "aGVsbG8K\n0\n" },
  { script: "seq 1 40 | base64", out: "MQoyCjMKNAo1CjYKNwo4CjkKMTAKMTEKMTIKMTMKMTQKMTUKMTYKMTcKMTgKMTkKMjAKMjEKMjIK\nMjMKMjQKMjUKMjYKMjcKMjgKMjkKMzAKMzEKMzIKMzMKMzQKMzUKMzYKMzcKMzgKMzkKNDAK\n" },
  { script: "seq 1 12 | base64 -w 20; seq 1 12 | base64 -w0; echo", out: "MQoyCjMKNAo1CjYKNwo4\nCjkKMTAKMTEKMTIK\nMQoyCjMKNAo1CjYKNwo4CjkKMTAKMTEKMTIK\n" },
  { script: "echo cGFzc3dvcmQ= | base64 -d; echo; echo aGVs bG8K | base64 -d", out: "password\nhello\n" },
  { script: "echo \"aGVsbA==aGk=\" | base64 -d; echo; echo \"aGV=bG8K!\" | base64 -d", out: "hellhi\nhelo\n" },
  { script: "echo \"aGVsbG8\" | base64 -d; echo \" $?\"", out: "hel 1\n", err: "base64: truncated input\n" },
  { script: "echo \"d2xob_A=!\" | base64 -d; echo \" $?\"", out: "wlh 0\n" },
  { script: "printf \"Café €\\n\" | base64 | tee /tmp/e; base64 -d /tmp/e; echo \"Café €\" | wc -c", out: "Q2Fmw6kg4oKsCg==\nCafé €\n10\n" },
  { script: "base64 /nope; echo $?; base64 /tmp; echo $?", out: "1\n1\n", err: "base64: /nope: No such file or directory\nbase64: read error: Is a directory\n" },
  { script: "base64 -w x /etc/hostname; echo $?; base64 a b; echo $?", out: "1\n1\n", err: "base64: invalid number 'x'\nBusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: base64 [-d] [-w COL] [FILE]\n\nBase64 encode or decode FILE to standard output\n\n\t-d\tDecode data\n\t-w COL\tWrap lines at COL (default 76, 0 disables)\n" },
  { script: "base64 -x; echo $?", out: "1\n", err: "base64: invalid option -- 'x'\nBusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: base64 [-d] [-w COL] [FILE]\n\nBase64 encode or decode FILE to standard output\n\n\t-d\tDecode data\n\t-w COL\tWrap lines at COL (default 76, 0 disables)\n" },
  { script: "base64 --help; echo $?", out: "0\n", err: "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: base64 [-d] [-w COL] [FILE]\n\nBase64 encode or decode FILE to standard output\n\n\t-d\tDecode data\n\t-w COL\tWrap lines at COL (default 76, 0 disables)\n" },
]

describe('base64', () => {
  it.each(CASES)('$script', (c) => {
    const r = runScript(c.script, { files: c.files, binaries: [...DEFAULT_BINARIES, 'base64'] })
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout: c.out ?? '', stderr: c.err ?? '', code: c.code ?? 0 })
  })

  it('round-trips a Secret value the way learners decode one', () => {
    const r = runScript("v=$(printf 's3cr3t!' | base64); echo $v; echo $v | base64 -d", { binaries: [...DEFAULT_BINARIES, 'base64'] })
    expect(r.stdout).toBe('czNjcjN0IQ==\ns3cr3t!')
  })

  it('runs as `busybox base64` in any busybox image', () => {
    expect(runScript('echo aGk= | busybox base64 -d').stdout).toBe('hi')
  })
})

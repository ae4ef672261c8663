// tail -f / -F on the virtual clock. Each timeline was played against Debian's busybox 1.35 in
// real time (files changed at x.5 s, tail polling each second) and its output recorded; here the
// same changes happen at the same virtual instants, as another process in the world would make them.

import { describe, expect, it } from 'vitest'
import type { ProcessStep } from '../../process'
import { createMemoryWorld } from '../memoryWorld'
import { startShell } from '../start'
import { runArgv, T0 } from '../testkit'
import type { ShellWorld } from '../world'

type Change = [seconds: number, op: 'append' | 'write' | 'rm', path: string, data?: string]

/** Runs argv until `endSeconds`, applying each change at its instant; returns what was written and when. */
function play(argv: string[], files: Record<string, string>, changes: Change[], endSeconds: number, world: ShellWorld = createMemoryWorld({ files })) {
  let now = T0
  let stdout = ''
  let stderr = ''
  const chunks: [number, string][] = []
  const p = startShell(argv, world, {
    write(stream, text) {
      if (stream === 'stdout') stdout += text
      else stderr += text
      chunks.push([now - T0, text])
    },
  })
  const pending = [...changes]
  const end = T0 + endSeconds * 1000
  let step: ProcessStep = p.resume(now)
  while (step.type === 'sleep') {
    const wake = now + step.ms
    while (pending.length > 0 && T0 + pending[0][0] * 1000 < Math.min(wake, end)) {
      const [, op, path, data = ''] = pending.shift() as Change
      if (op === 'rm') world.fs.remove(path)
      else world.fs.writeFile(path, data, op === 'append')
    }
    if (wake > end) break
    now = wake
    step = p.resume(now)
  }
  return { stdout, stderr, step, chunks, process: p }
}

describe('tail -f', () => {
  it('prints what is appended, once a second, and starts over when the file shrinks', () => {
    const r = play(['tail', '-f', 'log'], { '/log': 'one\ntwo\n' }, [[1.5, 'append', '/log', 'three\n'], [2.5, 'append', '/log', 'partial'], [3.5, 'write', '/log', 'T\n'], [4.5, 'append', '/log', 'U\n']], 5.5)
    expect(r).toMatchObject({ stdout: 'one\ntwo\nthree\npartialT\nU\n', stderr: '' })
    expect(r.chunks).toEqual([[0, 'one\ntwo\n'], [2000, 'three\n'], [3000, 'partial'], [4000, 'T\n'], [5000, 'U\n']])
  })

  it('misses the start of a file emptied and refilled up to the old offset between two polls', () => {
    const r = play(['tail', '-F', 'log'], { '/log': 'one\n' }, [[1.5, 'write', '/log', ''], [2.5, 'append', '/log', 'ab\n'], [3.5, 'append', '/log', 'cdef\n']], 4.5)
    expect(r).toMatchObject({ stdout: 'one\nab\ncdef\n', stderr: '' })
  })

  it('prints the last lines first, and polls every -s seconds', () => {
    const r = play(['tail', '-n', '1', '-s', '2', '-f', 'log'], { '/log': 'one\ntwo\n' }, [[0.5, 'append', '/log', 'three\n'], [1.5, 'append', '/log', 'four\n'], [2.5, 'append', '/log', 'five\n']], 4.5)
    expect(r.stdout).toBe('two\nthree\nfour\nfive\n')
    expect(r.chunks.map(([at]) => at)).toEqual([0, 2000, 4000])
  })

  it('follows only the files it could open, and stops at a name that disappears', () => {
    const r = play(['tail', '-f', 'a', 'missing'], { '/a': 'a\n' }, [[1.5, 'append', '/a', 'a2\n'], [2.5, 'write', '/missing', 'm\n']], 3.5)
    expect(r).toMatchObject({ stdout: 'a\na2\n', stderr: "tail: can't open 'missing': No such file or directory\n" })
    const gone = play(['tail', '-f', 'log'], { '/log': 'one\n' }, [[1.5, 'rm', '/log'], [2.5, 'write', '/log', 'new\n']], 3.5)
    expect(gone).toMatchObject({ stdout: 'one\n', stderr: '' })
  })

  it('exits 1 with "no files" when nothing could be opened (without -F)', () => {
    expect(runArgv(['tail', '-f', 'nope'], createMemoryWorld())).toMatchObject({ code: 1, stderr: "tail: can't open 'nope': No such file or directory\ntail: no files\n" })
  })
})

describe('tail -F', () => {
  it('waits for a file that does not exist yet, and re-opens it when it comes back', () => {
    const r = play(['tail', '-F', 'missing'], {}, [[1.5, 'write', '/missing', 'x\ny\n'], [2.5, 'append', '/missing', 'more\n'], [3.5, 'rm', '/missing'], [5.5, 'write', '/missing', 'back\n']], 6.5)
    expect(r.stdout).toBe('x\ny\nmore\nback\n')
    expect(r.stderr).toBe(
      "tail: can't open 'missing': No such file or directory\n" +
        'tail: missing has appeared; following end of new file\n' +
        'tail: missing has been renamed or deleted: No such file or directory\n' +
        'tail: missing has been renamed or deleted: No such file or directory\n' +
        'tail: missing has been replaced; following end of new file\n',
    )
  })

  it('heads each change with its file name when it follows several', () => {
    const r = play(['tail', '-F', 'a', 'b'], { '/a': 'a\n' }, [[1.5, 'append', '/a', 'a2\n'], [2.5, 'write', '/b', 'b1\n'], [3.5, 'append', '/a', 'a3\n'], [4.5, 'append', '/b', 'b2\n'], [4.6, 'append', '/a', 'a4\n']], 5.5)
    expect(r.stdout).toBe('==> a <==\na\n\n==> a <==\na2\n\n==> b <==\nb1\n\n==> a <==\na3\na4\n\n==> b <==\nb2\n')
    expect(r.stderr).toBe("tail: can't open 'b': No such file or directory\ntail: b has appeared; following end of new file\n")
  })
})

describe('a following tail as a process', () => {
  it('never ends on its own: SIGTERM is ignored by PID 1, SIGKILL ends it with 137', () => {
    const r = play(['tail', '-f', 'log'], { '/log': 'x\n' }, [], 30)
    expect(r.step).toEqual({ type: 'sleep', ms: 1000 })
    expect(r.process.signal('SIGTERM', T0 + 30_000)).toBeUndefined()
    expect(r.process.signal('SIGKILL', T0 + 30_000)).toEqual({ type: 'exit', code: 137, signal: 9 })
  })

  it('waits without polling on /dev/null and on standard input, as `tail -f /dev/null` keep-alives do', () => {
    expect(runArgv(['tail', '-f', '/dev/null'], createMemoryWorld())).toMatchObject({ code: 'serve', sleeps: [] })
    expect(runArgv(['sh', '-c', 'echo up; tail -f'], createMemoryWorld())).toMatchObject({ stdout: 'up\n', code: 'serve' })
  })

  it('blocks without polling in the learner terminal, which ends it as Ctrl+C', () => {
    const world = { ...createMemoryWorld({ files: { '/log': 'x\n' } }), commands: {} }
    expect(runArgv(['sh', '-c', 'tail -F /log /nope'], world)).toMatchObject({ stdout: '==> /log <==\nx\n', code: 'serve', sleeps: [] })
  })
})

// The shell as a process on the virtual clock: sleeps resume where they left off, busy loops let
// time advance, signals behave as for PID 1, background jobs and direct applet execs.

import { describe, expect, it } from 'vitest'
import type { Process, ProcessStep } from '../process'
import { createMemoryWorld } from './memoryWorld'
import { canExec, startShell } from './start'
import { runArgv, runScript, T0 } from './testkit'
import type { DnsAnswer } from './world'

const DNS_PTR = { '10.96.0.10': 'kube-dns.kube-system.svc.cluster.local', '10.96.1.2': 'mydb.default.svc.cluster.local' }

/** A world where mydb's Service appears 7 s after T0. */
function worldWithLateDb(clock: { now: number }, version: '1.28' | '1.36') {
  return createMemoryWorld({
    busyboxVersion: version,
    ptr: DNS_PTR,
    resolve: (fqdn): DnsAnswer | undefined =>
      clock.now - T0 >= 7000 && fqdn === 'mydb.default.svc.cluster.local' ? { ip: '10.96.1.2', authoritative: true } : undefined,
  })
}

function start(script: string): { p: Process; out: string[] } {
  const out: string[] = []
  const p = startShell(['sh', '-c', script], createMemoryWorld(), { write: (s, t) => out.push(`${s}:${t}`) })
  return { p, out }
}

describe('resumable execution', () => {
  it('waits for a Service with busybox 1.28 nslookup, sleeping 2 s per try', () => {
    const clock = { now: T0 }
    const r = runArgv(['sh', '-c', 'until nslookup mydb; do echo waiting for mydb; sleep 2; done'], worldWithLateDb(clock, '1.28'), clock)
    const server = 'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n'
    expect(r.sleeps).toEqual([2000, 2000, 2000, 2000])
    expect(r.code).toBe(0)
    expect(r.elapsed).toBe(8000)
    expect(r.stdout).toBe(`${server}waiting for mydb\n`.repeat(4) + `${server}Name:      mydb\nAddress 1: 10.96.1.2 mydb.default.svc.cluster.local\n`)
    expect(r.stderr).toBe("nslookup: can't resolve 'mydb'\n".repeat(4))
    expect(r.log.filter((l) => l.text === 'waiting for mydb\n').map((l) => l.at)).toEqual([0, 2000, 4000, 6000])
  })

  it('waits for the fully qualified name with busybox 1.36 nslookup', () => {
    const clock = { now: T0 }
    const r = runArgv(['sh', '-c', 'until nslookup mydb.default.svc.cluster.local; do echo waiting; sleep 2; done'], worldWithLateDb(clock, '1.36'), clock)
    const head = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n'
    const miss = "** server can't find mydb.default.svc.cluster.local: NXDOMAIN\n\n"
    expect(r.sleeps).toEqual([2000, 2000, 2000, 2000])
    expect(r.stdout).toBe(`${head}${miss}${miss}waiting\n`.repeat(4) + `${head}Name:\tmydb.default.svc.cluster.local\nAddress: 10.96.1.2\n\n\n`)
    expect(r.code).toBe(0)
  })

  it('keeps failing with a short name on busybox 1.36: the other search domains answer NXDOMAIN', () => {
    const clock = { now: T0 + 10_000 }
    const r = runArgv(['sh', '-c', 'nslookup mydb; echo rc=$?'], worldWithLateDb(clock, '1.36'), clock)
    expect(r.stdout).toBe(
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tmydb.default.svc.cluster.local\nAddress: 10.96.1.2\n\n' +
        "** server can't find mydb.svc.cluster.local: NXDOMAIN\n\n** server can't find mydb.cluster.local: NXDOMAIN\n\n\n" +
        "** server can't find mydb.svc.cluster.local: NXDOMAIN\n\n** server can't find mydb.cluster.local: NXDOMAIN\n\nrc=1\n",
    )
  })

  it('resumes a sleep that the kubelet wakes early with the time still left', () => {
    const p = startShell(['sleep', '3'], createMemoryWorld(), { write: () => {} })
    expect(p.resume(T0)).toEqual({ type: 'sleep', ms: 3000 })
    expect(p.resume(T0 + 1000)).toEqual({ type: 'sleep', ms: 2000 })
    expect(p.resume(T0 + 3000)).toEqual({ type: 'exit', code: 0 })
  })

  it('adds sleep arguments and suffixes', () => {
    expect(runScript('sleep 1 2s 0.5 1m; echo done').sleeps).toEqual([63_500])
    expect(runScript('sleep 1h').sleeps).toEqual([3_600_000])
    expect(runScript('sleep 1d').elapsed).toBe(86_400_000)
  })

  it('sleeps inside command substitution and pipelines', () => {
    const r = runScript('x=$(sleep 5; echo late); echo $x; sleep 1 | echo piped')
    expect(r.sleeps).toEqual([5000, 1000])
    expect(r.stdout).toBe('late\npiped\n')
  })

  it('lets virtual time advance 1 ms every 10,000 commands of a busy loop', () => {
    const r = runArgv(['sh', '-c', 'while true; do :; done'], createMemoryWorld(), { now: T0 }, 3)
    expect(r.code).toBe('running')
    expect(r.sleeps).toEqual([1, 1, 1])
    const counted = runScript('i=0; while [ $i -lt 5000 ]; do i=$((i+1)); done; echo $i')
    expect(counted.stdout).toBe('5000\n')
    expect(counted.sleeps).toEqual([1])
  })

  it('serves forever for sleep infinity, tail -f and nc -l', () => {
    expect(runArgv(['sleep', 'infinity'], createMemoryWorld()).code).toBe('serve')
    expect(runScript('echo up; tail -f /dev/null')).toMatchObject({ stdout: 'up\n', code: 'serve' })
    expect(runScript('nc -l -p 8080').code).toBe('serve')
  })
})

describe('signals', () => {
  it('ignores SIGTERM without a trap (PID 1) and dies on SIGKILL with 137', () => {
    const { p, out } = start('echo start; sleep 3600')
    expect(p.resume(T0)).toEqual({ type: 'sleep', ms: 3_600_000 })
    expect(p.signal('SIGTERM', T0 + 1000)).toBeUndefined()
    expect(p.signal('SIGKILL', T0 + 2000)).toEqual({ type: 'exit', code: 137, signal: 9 })
    expect(p.resume(T0 + 3000)).toEqual({ type: 'exit', code: 137, signal: 9 })
    expect(out).toEqual(['stdout:start\n'])
  })

  it('runs a TERM trap only after the foreground sleep ends', () => {
    const { p, out } = start('trap "echo got TERM; exit 0" TERM; sleep 3600; echo after')
    p.resume(T0)
    expect(p.signal('SIGTERM', T0 + 1000)).toBeUndefined()
    expect(out).toEqual([])
    expect(p.resume(T0 + 3_600_000)).toEqual({ type: 'exit', code: 0 })
    expect(out).toEqual(['stdout:got TERM\n'])
  })

  it('runs a TERM trap at once while the shell waits for a background sleep', () => {
    const { p, out } = start('trap "echo got TERM; exit 0" TERM; sleep 3600 & wait; echo after')
    expect(p.resume(T0)).toEqual({ type: 'sleep', ms: 3_600_000 })
    expect(p.signal('SIGTERM', T0 + 1000)).toEqual({ type: 'exit', code: 0 })
    expect(out).toEqual(['stdout:got TERM\n'])
  })

  it('ignores SIGTERM when trapped with an empty action', () => {
    const { p } = start('trap "" TERM; sleep 10')
    p.resume(T0)
    expect(p.signal('SIGTERM', T0)).toBeUndefined()
    expect(p.resume(T0 + 10_000)).toEqual({ type: 'exit', code: 0 })
  })
})

describe('background jobs', () => {
  it('runs a job alongside the shell and waits for it', () => {
    const { p, out } = start('(sleep 2; echo bg done) & echo fg; wait; echo all done $?')
    const first = p.resume(T0) as ProcessStep & { type: 'sleep' }
    expect(first).toEqual({ type: 'sleep', ms: 2000 })
    expect(p.resume(T0 + 2000)).toEqual({ type: 'exit', code: 0 })
    expect(out).toEqual(['stdout:fg\n', 'stdout:bg done\n', 'stdout:all done 0\n'])
  })

  it('ends background jobs when the main shell exits', () => {
    expect(runScript('sleep 100 & echo bye')).toMatchObject({ stdout: 'bye\n', code: 0, elapsed: 0 })
  })
})

describe('starting', () => {
  it('execs a single applet when argv[0] is not a shell', () => {
    expect(runArgv(['echo', 'hi', 'there'], createMemoryWorld())).toMatchObject({ stdout: 'hi there\n', code: 0 })
    expect(runArgv(['/bin/sleep', '2'], createMemoryWorld())).toMatchObject({ code: 0, sleeps: [2000] })
  })

  it('runs a script file, from sh or directly when executable', () => {
    const files = { '/scripts/init.sh': 'echo "init $1"\nexit 3\n' }
    expect(runArgv(['sh', '/scripts/init.sh', 'a'], createMemoryWorld({ files }))).toMatchObject({ stdout: 'init a\n', code: 3 })
    expect(runArgv(['/scripts/init.sh', 'b'], createMemoryWorld({ files }))).toMatchObject({ stdout: 'init b\n', code: 3 })
  })

  it('reads an empty stdin when sh has no script, and exits 0 at once', () => {
    expect(runArgv(['sh'], createMemoryWorld())).toMatchObject({ stdout: '', stderr: '', code: 0, elapsed: 0 })
  })

  it('names itself as invoked in error messages', () => {
    expect(runArgv(['/bin/sh', '-c', 'foo; echo $0'], createMemoryWorld())).toMatchObject({ stdout: '/bin/sh\n', stderr: '/bin/sh: foo: not found\n' })
    expect(runArgv(['sh', '-c', 'foo', 'init'], createMemoryWorld())).toMatchObject({ stderr: 'init: line 0: foo: not found\n', code: 127 })
  })

  it('finds only the applets the image ships', () => {
    const world = createMemoryWorld({ binaries: ['sh', 'sleep'] })
    expect(runArgv(['sh', '-c', 'echo builtin; wget -q -O- http://x; echo $?'], world)).toMatchObject({ stdout: 'builtin\n127\n', stderr: 'sh: wget: not found\n' })
    expect(canExec(['sleep', '1'], world)).toBe(true)
    expect(canExec(['wget'], world)).toBe(false)
    expect(canExec(['/bin/sh'], world)).toBe(true)
    expect(canExec(['bash'], world)).toBe(false)
  })

  it('starts in the container working directory with the container environment', () => {
    const world = createMemoryWorld({ dirs: ['/app'], env: { MODE: 'init' } })
    expect(runArgv(['sh', '-c', 'pwd; echo $MODE $PWD $SHLVL'], { ...world, workingDir: '/app' }).stdout).toBe('/app\ninit /app 1\n')
  })
})

// Behaviour that depends on the container rather than on busybox alone: environment order,
// identity, time, ls -l, read-only mounts, and the parser's node shapes.

import { describe, expect, it } from 'vitest'
import { APPLETS } from './applets'
import { createMemoryWorld, DEFAULT_BINARIES } from './memoryWorld'
import { Parser } from './parser'
import { runArgv, runScript, T0 } from './testkit'

describe('environment', () => {
  // Order recorded from busybox ash with the same environment: ash's 39-bucket variable table.
  it('prints env in ash hash-table order, including prefix assignments', () => {
    const world = createMemoryWorld({
      env: { HOSTNAME: 'web-0', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_PORT: 'tcp://10.96.0.1:443', MYSVC_SERVICE_PORT: '80', A: '1' },
    })
    const r = runArgv(['sh', '-c', 'env; echo ---; export Z=9 B=2; C=3 env'], world)
    const base = ['KUBERNETES_PORT=tcp://10.96.0.1:443', 'HOSTNAME=web-0', 'SHLVL=1', 'HOME=/root']
    const path = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    expect(r.stdout.split('\n')).toEqual([
      ...base, 'A=1', path, 'MYSVC_SERVICE_PORT=80', 'KUBERNETES_SERVICE_HOST=10.96.0.1', 'PWD=/', '---',
      ...base, 'C=3', 'Z=9', 'A=1', path, 'MYSVC_SERVICE_PORT=80', 'B=2', 'KUBERNETES_SERVICE_HOST=10.96.0.1', 'PWD=/', '',
    ])
  })

  it('gives printenv the exported variables', () => {
    expect(runScript('printenv HOME; printenv NOPE; echo $?; X=1 printenv X')).toMatchObject({ stdout: '/root\n1\n1\n' })
  })
})

describe('identity and system', () => {
  it('is root with the wheel group, as containerd sets supplementary groups', () => {
    expect(runScript('id; whoami').stdout).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)\nroot\n')
  })

  it('shows a runAsUser without a passwd entry by number', () => {
    const world = { ...createMemoryWorld(), uid: 1000, gid: 3000 }
    expect(runArgv(['sh', '-c', 'id; whoami; echo $?'], world)).toMatchObject({ stdout: 'uid=1000 gid=3000 groups=3000\n1\n', stderr: 'whoami: unknown uid 1000\n' })
  })

  it('prints uname and refuses to set the hostname', () => {
    expect(runScript('uname -a', { hostname: 'web-0' }).stdout).toBe('Linux web-0 6.8.0-1019-gke #23-Ubuntu SMP PREEMPT_DYNAMIC Mon Feb  3 17:29:49 UTC 2025 x86_64 GNU/Linux\n')
    expect(runScript('hostname other')).toMatchObject({ stderr: 'hostname: sethostname: Operation not permitted\n', code: 1 })
  })

  it('reads the virtual clock in UTC', () => {
    expect(runScript('date; date +%s; date -u +%H:%M').stdout).toBe('Thu Jan  1 09:00:00 UTC 2026\n1767258000\n09:00\n')
    expect(runArgv(['sh', '-c', 'sleep 90; date +%T'], createMemoryWorld()).stdout).toBe('09:01:30\n')
  })
})

describe('files', () => {
  it('lists ls -l with busybox columns, recent times and older years', () => {
    const world = createMemoryWorld({ dirs: ['/data/sub'], files: { '/data/a.txt': 'hello\n' }, clock: () => T0 - 60_000 })
    const r = runArgv(['sh', '-c', 'echo new > /data/b; ls -l /data; ls -ld /data'], world)
    expect(r.stdout).toBe(
      'total 12\n' +
        '-rwxr-xr-x    1 root     root             6 Jan  1  1970 a.txt\n' +
        '-rw-r--r--    1 root     root             4 Jan  1 08:59 b\n' +
        'drwxr-xr-x    2 root     root          4096 Jan  1  1970 sub\n' +
        'drwxr-xr-x    3 root     root          4096 Jan  1  1970 /data\n',
    )
  })

  it('reports a read-only mount in every writer', () => {
    const r = runScript('echo x > /config/a; touch /config/b; mkdir /config/d; rm /config/app.conf; cp /etc/hostname /config/; sed -i s/a/b/ /config/app.conf; cat /config/app.conf', {
      files: { '/config/app.conf': 'a=1\n' },
      readOnly: ['/config'],
    })
    expect(r.stderr).toBe(
      "sh: can't create /config/a: Read-only file system\n" +
        'touch: /config/b: Read-only file system\n' +
        "mkdir: can't create directory '/config/d': Read-only file system\n" +
        "rm: can't remove '/config/app.conf': Read-only file system\n" +
        "cp: can't create '/config/hostname': Read-only file system\n" +
        "sed: can't create '/config/app.conf': Read-only file system\n",
    )
    expect(r.stdout).toBe('a=1\n')
  })

  it('copies a ConfigMap into a shared emptyDir, the classic init-container job', () => {
    const r = runScript('cp /config/* /work/ && ls /work && cat /work/index.html', {
      files: { '/config/index.html': '<h1>hi</h1>\n', '/config/app.conf': 'x=1\n' },
      dirs: ['/work'],
      readOnly: ['/config'],
    })
    expect(r).toMatchObject({ stdout: 'app.conf\nindex.html\n<h1>hi</h1>\n', stderr: '', code: 0 })
  })
})

describe('applet table', () => {
  it('implements every applet the default image lists', () => {
    expect(DEFAULT_BINARIES.filter((name) => !APPLETS[name])).toEqual([])
  })
})

describe('parser', () => {
  it('keeps quoting in word parts and builds ash node types', () => {
    const [n] = new Parser('x=1 echo "a $b" >f 2>&1 | cat && ! false').parseAll()
    expect(n.t).toBe('and')
    const pipe = n.t === 'and' ? n.a : n
    expect(pipe).toMatchObject({ t: 'pipe', cmds: [{ t: 'cmd', assigns: [{ name: 'x' }], redirs: [{ fd: 1, op: '>' }, { fd: 2, op: '>&' }] }, { t: 'cmd' }] })
    expect(n.t === 'and' && n.b).toMatchObject({ t: 'not', n: { t: 'cmd' } })
  })

  it('parses one top-level line at a time', () => {
    const p = new Parser('echo a\nfi')
    expect(p.parseNext()).toMatchObject({ t: 'cmd' })
    expect(() => p.parseNext()).toThrow('syntax error: unexpected "fi"')
  })
})

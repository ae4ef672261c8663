// Network applets against a memory world: nslookup in both busybox styles, wget, nc and ping,
// with the texts of busybox's networking/*.c.

import { describe, expect, it } from 'vitest'
import type { MemoryWorldOptions } from './memoryWorld'
import { runScript } from './testkit'

const CLUSTER: MemoryWorldOptions = {
  dns: { 'mydb.default.svc.cluster.local': '10.96.1.2', 'web.default.svc.cluster.local': '10.96.2.3' },
  ptr: { '10.96.0.10': 'kube-dns.kube-system.svc.cluster.local', '10.96.1.2': 'mydb.default.svc.cluster.local' },
  open: ['10.96.1.2:5432', '10.96.2.3:80', '10.96.2.3:8080'],
  blackhole: ['10.96.1.2:9999'],
  http: {
    '10.96.2.3:80/': { status: 200, body: '<h1>hello</h1>\n' },
    '10.96.2.3:8080/healthz': { status: 200, body: 'ok' },
    '10.96.2.3:80/down': { status: 503, body: '' },
  },
  pingable: ['10.244.0.7'],
  files: { '/etc/hosts': '127.0.0.1\tlocalhost\n10.244.0.7\tbusybox\n' },
}
const HEAD_136 = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n'

describe('nslookup (busybox 1.36)', () => {
  it('answers an FQDN with the A record and an empty AAAA reply', () => {
    expect(runScript('nslookup mydb.default.svc.cluster.local', CLUSTER)).toMatchObject({
      stdout: `${HEAD_136}Name:\tmydb.default.svc.cluster.local\nAddress: 10.96.1.2\n\n\n`,
      code: 0,
    })
  })

  it('reports NXDOMAIN for both queries of a missing name and exits 1', () => {
    const miss = "** server can't find nope.default.svc.cluster.local: NXDOMAIN\n\n"
    expect(runScript('nslookup nope.default.svc.cluster.local', CLUSTER)).toMatchObject({ stdout: HEAD_136 + miss + miss, code: 1 })
  })

  it('marks answers from outside the cluster as non-authoritative', () => {
    const r = runScript('nslookup example.com', { resolve: (n) => (n === 'example.com' ? { ip: '93.184.215.14', authoritative: false } : undefined) })
    expect(r.stdout).toBe(`${HEAD_136}Non-authoritative answer:\nName:\texample.com\nAddress: 93.184.215.14\n\nNon-authoritative answer:\n\n`)
  })

  it('looks up a PTR for an IP and uses an explicit server', () => {
    expect(runScript('nslookup 10.96.1.2', CLUSTER).stdout).toBe(`${HEAD_136}2.1.96.10.in-addr.arpa\tname = mydb.default.svc.cluster.local\n\n`)
    expect(runScript('nslookup mydb.default.svc.cluster.local 10.96.0.11', CLUSTER).stdout.split('\n').slice(0, 2)).toEqual(['Server:\t\t10.96.0.11', 'Address:\t10.96.0.11:53'])
  })
})

describe('nslookup (busybox 1.28)', () => {
  const OLD: MemoryWorldOptions = { ...CLUSTER, busyboxVersion: '1.28' }
  const HEAD = 'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n'

  it('applies the search list and prints reverse names', () => {
    expect(runScript('nslookup mydb', OLD)).toMatchObject({ stdout: `${HEAD}Name:      mydb\nAddress 1: 10.96.1.2 mydb.default.svc.cluster.local\n`, code: 0 })
    expect(runScript('nslookup web', OLD).stdout).toBe(`${HEAD}Name:      web\nAddress 1: 10.96.2.3\n`)
  })

  it("says can't resolve on stderr and exits 1", () => {
    expect(runScript('nslookup nope', OLD)).toMatchObject({ stdout: HEAD, stderr: "nslookup: can't resolve 'nope'\n", code: 1 })
  })
})

describe('wget', () => {
  it('prints a page to stdout with -q -O-', () => {
    expect(runScript('wget -q -O- http://web', CLUSTER)).toMatchObject({ stdout: '<h1>hello</h1>\n', stderr: '', code: 0 })
    expect(runScript('wget -qO- web:8080/healthz', CLUSTER).stdout).toBe('ok')
  })

  it('saves to a file and reports progress on stderr', () => {
    const r = runScript('cd /tmp && wget http://web/ && cat index.html', CLUSTER)
    expect(r.stdout).toBe('<h1>hello</h1>\n')
    expect(r.stderr).toBe(
      "Connecting to web (10.96.2.3:80)\nsaving to 'index.html'\nindex.html           100% |********************************|    15  0:00:00 ETA\n'index.html' saved\n",
    )
    expect(runScript('wget -q -O /tmp/h http://web:8080/healthz; cat /tmp/h', CLUSTER).stdout).toBe('ok')
  })

  it('checks with --spider', () => {
    expect(runScript('wget --spider http://web/', CLUSTER)).toMatchObject({ stderr: 'Connecting to web (10.96.2.3:80)\nremote file exists\n', code: 0 })
    expect(runScript('wget -q --spider http://web/', CLUSTER)).toMatchObject({ stderr: '', code: 0 })
  })

  it('fails on unknown hosts, closed ports and HTTP errors', () => {
    expect(runScript('wget -q -O- http://nope/', CLUSTER)).toMatchObject({ stderr: "wget: bad address 'nope'\n", code: 1 })
    expect(runScript('wget -q -O- http://mydb:81/', CLUSTER)).toMatchObject({ stderr: "wget: can't connect to remote host (10.96.1.2): Connection refused\n", code: 1 })
    expect(runScript('wget -q -O- http://web/down', CLUSTER)).toMatchObject({ stderr: 'wget: server returned error: HTTP/1.1 503 Service Unavailable\n', code: 1 })
    expect(runScript('wget -q -O- http://web/missing', CLUSTER)).toMatchObject({ stderr: 'wget: server returned error: HTTP/1.1 404 Not Found\n', code: 1 })
  })

  it('times out after -T seconds of virtual time', () => {
    expect(runScript('wget -q -T 5 -O- http://mydb:9999/', CLUSTER)).toMatchObject({ stderr: 'wget: download timed out\n', code: 1, sleeps: [5000] })
  })
})

describe('nc', () => {
  it('probes ports with -z', () => {
    expect(runScript('nc -z mydb 5432; echo $?; nc -z mydb 5433; echo $?', CLUSTER)).toMatchObject({
      stdout: '0\n1\n',
      stderr: "nc: can't connect to remote host (10.96.1.2): Connection refused\n",
    })
    expect(runScript('nc -zv mydb 5432', CLUSTER).stderr).toBe('mydb (10.96.1.2:5432) open\n')
  })

  it('gives up after -w seconds on dropped packets', () => {
    expect(runScript('nc -z -w 3 mydb 9999', CLUSTER)).toMatchObject({ stderr: 'nc: timeout\n', code: 1, sleeps: [3000] })
    expect(runScript('until nc -z -w 1 mydb 9999; do sleep 1; done', { ...CLUSTER, connect: () => 'timeout' }, ).code).toBe('running')
  })

  it('rejects unknown hosts', () => {
    expect(runScript('nc -z nope 80', CLUSTER)).toMatchObject({ stderr: "nc: bad address 'nope'\n", code: 1 })
  })
})

describe('ping', () => {
  it('pings an answering pod once a second', () => {
    expect(runScript('ping -c 2 busybox', CLUSTER)).toMatchObject({
      stdout:
        'PING busybox (10.244.0.7): 56 data bytes\n64 bytes from 10.244.0.7: seq=0 ttl=64 time=0.100 ms\n64 bytes from 10.244.0.7: seq=1 ttl=64 time=0.100 ms\n\n--- busybox ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = 0.100/0.100/0.100 ms\n',
      code: 0,
      sleeps: [1000],
    })
  })

  it('gets no answer from a Service IP', () => {
    expect(runScript('ping -c 1 mydb', CLUSTER)).toMatchObject({
      stdout: 'PING mydb (10.96.1.2): 56 data bytes\n\n--- mydb ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss\n',
      code: 1,
    })
    expect(runScript('ping -c 1 nope', CLUSTER)).toMatchObject({ stderr: "ping: bad address 'nope'\n", code: 1 })
  })
})

import { describe, it, expect } from 'vitest'
import type { Probe } from '../api/types'
import { EventRecorder } from '../events/recorder'
import { probeURL, resolveContainerPort, runProbe, type ExecOutcome, type ProbeHttpRequest, type ProbeTarget } from './run'

const IP = '10.244.1.5'

// A target that answers from fixed values and remembers what it was asked.
function target(opts: {
  exec?: ExecOutcome
  http?: ReturnType<ProbeTarget['httpGet']>
  tcp?: 'open' | 'refused' | 'timeout'
} = {}) {
  const calls = { exec: [] as string[][], http: [] as ProbeHttpRequest[], tcp: [] as string[] }
  const t: ProbeTarget = {
    podIP: IP,
    exec: (argv) => (calls.exec.push(argv), opts.exec ?? { exitCode: 0, output: '' }),
    httpGet: (req) => (calls.http.push(req), opts.http ?? { status: 200, body: 'ok' }),
    tcpConnect: (ip, port) => (calls.tcp.push(`${ip}:${port}`), opts.tcp ?? 'open'),
  }
  return { t, calls }
}

const web = { name: 'web', ports: [{ name: 'http', containerPort: 8080 }, { name: 'pg', containerPort: 5432 }] }

describe('httpGet probes', () => {
  const healthz: Probe = { httpGet: { path: '/healthz', port: 8080, scheme: 'HTTP' } }

  it('connection refused', () => {
    const out = runProbe(healthz, 'liveness', web, target({ http: 'refused' }).t)
    expect(out).toEqual({
      result: 'failure',
      output: `Get "http://10.244.1.5:8080/healthz": dial tcp 10.244.1.5:8080: connect: connection refused`,
      event: {
        type: 'Warning', reason: 'Unhealthy',
        message: 'Liveness probe failed: Get "http://10.244.1.5:8080/healthz": dial tcp 10.244.1.5:8080: connect: connection refused',
      },
    })
  })

  it('a status of 400 or more fails with the status code', () => {
    const out = runProbe(healthz, 'readiness', web, target({ http: { status: 503, body: 'down' } }).t)
    expect(out.result).toBe('failure')
    expect(out.event?.message).toBe('Readiness probe failed: HTTP probe failed with statuscode: 503')
  })

  it('no answer within timeoutSeconds', () => {
    const out = runProbe(healthz, 'liveness', web, target({ http: 'timeout' }).t)
    expect(out.event?.message).toBe(
      'Liveness probe failed: Get "http://10.244.1.5:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    )
  })

  it('2xx succeeds quietly; an unfollowed 3xx succeeds with a ProbeWarning', () => {
    expect(runProbe(healthz, 'readiness', web, target({ http: { status: 204 } }).t)).toEqual({ result: 'success', output: '' })
    expect(runProbe(healthz, 'readiness', web, target({ http: { status: 302, body: 'moved' } }).t)).toEqual({
      result: 'success',
      output: 'Probe terminated redirects, Response body: moved',
      event: { type: 'Warning', reason: 'ProbeWarning', message: 'Readiness probe warning: Probe terminated redirects, Response body: moved' },
    })
  })

  it('sends the request the kubelet sends: named port, pod IP, headers, Host', () => {
    const { t, calls } = target()
    runProbe({ httpGet: { path: '/ready?full=1', port: 'http', scheme: 'HTTP', httpHeaders: [{ name: 'x-probe', value: 'yes' }] } }, 'readiness', web, t)
    expect(calls.http).toEqual([{
      ip: IP, port: 8080, host: '10.244.1.5:8080', path: '/ready?full=1', scheme: 'http', timeoutSeconds: 1,
      headers: { 'X-Probe': 'yes', 'User-Agent': 'kube-probe/1.35', Accept: '*/*' },
    }])
    runProbe({ httpGet: { port: 80, host: '10.0.0.9', scheme: 'HTTPS', httpHeaders: [{ name: 'Host', value: 'example.com' }, { name: 'Accept', value: '' }] }, timeoutSeconds: 3 }, 'liveness', web, t)
    expect(calls.http[1]).toEqual({ ip: '10.0.0.9', port: 80, host: 'example.com', path: '/', scheme: 'https', timeoutSeconds: 3, headers: { 'User-Agent': 'kube-probe/1.35' } })
  })

  it('prints the URL as Go does', () => {
    expect(probeURL('http', IP, 8080, '')).toBe('http://10.244.1.5:8080')
    expect(probeURL('http', IP, 8080, 'healthz')).toBe('http://10.244.1.5:8080/healthz')
    expect(probeURL('https', 'fd00::5', 443, '/a b?x=1')).toBe('https://[fd00::5]:443/a%20b?x=1')
  })
})

describe('tcpSocket probes', () => {
  const pg: Probe = { tcpSocket: { port: 'pg' } }
  it('refused and timed out', () => {
    expect(runProbe(pg, 'startup', web, target({ tcp: 'refused' }).t).event?.message).toBe(
      'Startup probe failed: dial tcp 10.244.1.5:5432: connect: connection refused',
    )
    expect(runProbe(pg, 'liveness', web, target({ tcp: 'timeout' }).t).event?.message).toBe('Liveness probe failed: dial tcp 10.244.1.5:5432: i/o timeout')
  })
  it('open succeeds with no output; host overrides the pod IP', () => {
    const { t, calls } = target()
    expect(runProbe({ tcpSocket: { port: 6379, host: '10.96.0.20' } }, 'readiness', web, t)).toEqual({ result: 'success', output: '' })
    expect(calls.tcp).toEqual(['10.96.0.20:6379'])
  })
})

describe('exec probes', () => {
  const cat: Probe = { exec: { command: ['cat', '/tmp/healthy'] } }
  it('a non-zero exit fails with the command output, newline kept', () => {
    const out = runProbe(cat, 'liveness', web, target({ exec: { exitCode: 1, output: "cat: can't open '/tmp/healthy': No such file or directory\n" } }).t)
    expect(out.result).toBe('failure')
    expect(out.event?.message).toBe("Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n")
  })

  it('exit 0 succeeds with its output and no event', () => {
    expect(runProbe(cat, 'liveness', web, target({ exec: { exitCode: 0, output: 'ok\n' } }).t)).toEqual({ result: 'success', output: 'ok\n' })
  })

  it('a timeout fails with the CRI timeout text', () => {
    const out = runProbe({ exec: { command: ['sh', '-c', 'sleep 10'] }, timeoutSeconds: 2 }, 'readiness', web, target({ exec: 'timeout' }).t)
    expect(out.event?.message).toBe('Readiness probe failed: command "sh -c sleep 10" timed out')
  })

  it('expands $(VAR) from literal env values only', () => {
    const { t, calls } = target()
    const c = { name: 'app', env: [{ name: 'F', value: '/tmp/a' }, { name: 'S', valueFrom: { secretKeyRef: { key: 'k' } } }, { name: 'F', value: '/tmp/b' }] }
    runProbe({ exec: { command: ['cat', '$(F)', '$(S)', '$$(F)'] } }, 'liveness', c, t)
    expect(calls.exec).toEqual([['cat', '/tmp/b', '$(S)', '$(F)']])
  })

  it('keeps at most 10 KiB of output', () => {
    const out = runProbe(cat, 'liveness', web, target({ exec: { exitCode: 1, output: 'x'.repeat(20_000) } }).t)
    expect(out.output.length).toBe(10_240)
  })

  it('a runtime error is retried three times, then reported as errored and thrown away', () => {
    const { t, calls } = target({ exec: { error: 'rpc error: code = NotFound desc = container not found' } })
    expect(runProbe(cat, 'liveness', web, t)).toEqual({
      result: 'unknown', output: '',
      event: { type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe errored and resulted in unknown state: rpc error: code = NotFound desc = container not found' },
    })
    expect(calls.exec.length).toBe(3)
  })
})

describe('named ports', () => {
  it('resolves like probe.ResolveContainerPort', () => {
    expect(resolveContainerPort('http', web)).toBe(8080)
    expect(resolveContainerPort('9090', web)).toBe(9090)
    expect(resolveContainerPort(8443, web)).toBe(8443)
    expect(resolveContainerPort('metrics', web)).toEqual({ error: 'strconv.Atoi: parsing "metrics": invalid syntax' })
    expect(resolveContainerPort(0, web)).toEqual({ error: 'invalid port number: 0' })
  })

  it('an unknown name makes the probe error', () => {
    const out = runProbe({ httpGet: { path: '/', port: 'metrics' } }, 'readiness', web, target().t)
    expect(out).toEqual({
      result: 'unknown', output: '',
      event: { type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe errored and resulted in unknown state: strconv.Atoi: parsing "metrics": invalid syntax' },
    })
  })
})

describe('repeated Unhealthy events', () => {
  it('the recorder folds the same message into one event with a count', () => {
    let n = 0
    const rec = new EventRecorder({ uid: () => `uid-${++n}` })
    const out = runProbe({ httpGet: { path: '/healthz', port: 8080 } }, 'liveness', web, target({ http: { status: 500 } }).t)
    const involvedObject = { kind: 'Pod', namespace: 'default', name: 'web', uid: 'u1', apiVersion: 'v1', fieldPath: 'spec.containers{web}' }
    for (const now of [10_000, 20_000, 30_000]) {
      rec.record({ involvedObject, type: 'Warning', reason: 'Unhealthy', message: out.event!.message, source: { component: 'kubelet', host: 'node-1' }, now })
    }
    const events = rec.list()
    expect(events.length).toBe(1)
    expect([events[0].count, events[0].message]).toEqual([3, 'Liveness probe failed: HTTP probe failed with statuscode: 500'])
  })
})

import { describe, expect, it } from 'vitest'
import { describeProbe, formatTime, writeResources } from './containers'
import { LEVEL_2, PrefixWriter } from './prefixWriter'

// Probe lines as kubectl v1.35.2 printed them for the same probes (see the describe goldens).
describe('describeProbe', () => {
  const timing = { timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 }

  it('prints exec probes with Go %v of the command', () => {
    expect(describeProbe({ exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 })).toBe(
      'exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3',
    )
  })

  it('prints http-get probes as a URL, escaping the path', () => {
    expect(describeProbe({ httpGet: { path: '/healthz', port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 1, ...timing })).toBe(
      'http-get http://:8080/healthz delay=1s timeout=1s period=10s #success=1 #failure=3',
    )
    expect(describeProbe({ httpGet: { path: '/a b?c=d', port: 'http', host: '10.0.0.1', scheme: 'HTTPS' }, ...timing })).toBe(
      'http-get https://10.0.0.1:http/a%20b%3Fc=d delay=0s timeout=1s period=10s #success=1 #failure=3',
    )
  })

  it('prints tcp-socket and grpc probes', () => {
    expect(describeProbe({ tcpSocket: { port: 80 }, ...timing })).toBe('tcp-socket :80 delay=0s timeout=1s period=10s #success=1 #failure=3')
    expect(describeProbe({ tcpSocket: { port: 'grpc', host: 'h' }, ...timing, failureThreshold: 30 })).toBe(
      'tcp-socket h:grpc delay=0s timeout=1s period=10s #success=1 #failure=30',
    )
    expect(describeProbe({ grpc: { port: 9000, service: '' }, ...timing })).toBe('grpc <pod>:9000  delay=0s timeout=1s period=10s #success=1 #failure=3')
  })
})

describe('formatTime', () => {
  it('formats RFC1123Z in UTC, and Go zero time when missing', () => {
    expect(formatTime('2026-01-01T09:00:05Z')).toBe('Thu, 01 Jan 2026 09:00:05 +0000')
    expect(formatTime(undefined)).toBe('Mon, 01 Jan 0001 00:00:00 +0000')
  })
})

describe('writeResources', () => {
  it('prints sorted names with canonical quantities', () => {
    const w = new PrefixWriter()
    writeResources(w, { limits: { memory: '128Mi', cpu: '0.5' }, requests: { cpu: '250m' } }, LEVEL_2)
    expect(w.text()).toBe('    Limits:\n      cpu:     500m\n      memory:  128Mi\n    Requests:\n      cpu:  250m\n')
  })
})

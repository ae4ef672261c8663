import { describe, it, expect } from 'vitest'
import { probeErroredMessage, probeKillingEvent, probeWarningMessage, unhealthyMessage } from './events'

describe('probe event texts', () => {
  it('Unhealthy, errored and warning', () => {
    expect(unhealthyMessage('startup', 'dial tcp 10.244.1.5:5432: connect: connection refused')).toBe(
      'Startup probe failed: dial tcp 10.244.1.5:5432: connect: connection refused',
    )
    expect(unhealthyMessage('readiness', '')).toBe('Readiness probe failed: ')
    expect(probeErroredMessage('liveness', 'unknown', 'x')).toBe('Liveness probe errored and resulted in unknown state: x')
    expect(probeWarningMessage('readiness', 'Probe terminated redirects, Response body: ')).toBe(
      'Readiness probe warning: Probe terminated redirects, Response body: ',
    )
  })

  it('Killing after a liveness or startup verdict', () => {
    const live = { type: 'restart', cause: 'liveness', output: '' } as const
    const startup = { type: 'restart', cause: 'startup', output: '' } as const
    expect(probeKillingEvent(live, 'web', true)).toEqual({ type: 'Normal', reason: 'Killing', message: 'Container web failed liveness probe, will be restarted' })
    expect(probeKillingEvent(startup, 'web', true).message).toBe('Container web failed startup probe, will be restarted')
    expect(probeKillingEvent(live, 'web', false).message).toBe('Container web failed liveness probe')
    expect(probeKillingEvent(live, 'shipper', true, true).message).toBe('Init container shipper failed liveness probe, will be restarted')
    expect(probeKillingEvent(startup, 'shipper', true, true).message).toBe('Init container shipper failed startup probe, will be restarted')
  })
})

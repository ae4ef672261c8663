// Property tests: random pods with random exit schedules, run for up to an hour of virtual time,
// keep the kubelet's invariants at every status the API server stores.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ContainerStatus, Pod } from './engine/api/types'
import { printPodRow } from './kubectl/printers/podRow'
import { createSandbox } from './sandbox'
import { podYaml, type ContainerSketch } from './testing/watch'

const container = (prefix: string) =>
  fc
    .record({
      sleep: fc.integer({ min: 0, max: 20 }),
      exit: fc.constantFrom(0, 0, 0, 1, 2, 137),
      forever: fc.boolean(),
    })
    .map((c): Omit<ContainerSketch, 'name'> => ({ run: c.forever && prefix === 'app' ? `sleep 3600` : `sleep ${c.sleep}; exit ${c.exit}` }))

const pods = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  restartPolicy: fc.constantFrom('Always', 'OnFailure', 'Never'),
  init: fc.array(container('init'), { maxLength: 3 }),
  apps: fc.array(container('app'), { minLength: 1, maxLength: 2 }),
  minutes: fc.integer({ min: 1, max: 60 }),
})

const BACKOFF_DELAYS = new Set(['10s', '20s', '40s', '1m20s', '2m40s', '5m0s'])

describe('kubelet invariants', () => {
  it('hold for random pods and exit schedules', () => {
    fc.assert(
      fc.property(pods, (p) => {
        const sandbox = createSandbox({ seed: p.seed })
        const restarts = new Map<string, number>()
        let terminalPhase: string | undefined
        sandbox.subscribe((ev) => {
          if (ev.kind !== 'Pod') return
          const pod = ev.object as Pod
          expect(() => printPodRow(pod, ev.at)).not.toThrow()
          const status = pod.status ?? {}
          const inits = status.initContainerStatuses ?? []
          const apps = status.containerStatuses ?? []
          // Init containers never overlap.
          expect(inits.filter((s) => s.state?.running).length).toBeLessThanOrEqual(1)
          // No app container runs before every init container has succeeded.
          if (apps.some((s) => s.containerID)) {
            for (const s of inits) expect(s.state?.terminated?.exitCode).toBe(0)
          }
          // A running init container means every earlier one has completed.
          const running = inits.findIndex((s) => s.state?.running)
          for (const s of inits.slice(0, Math.max(0, running))) expect(s.state?.terminated?.exitCode).toBe(0)
          for (const s of [...inits, ...apps] as ContainerStatus[]) {
            // restartCount never decreases.
            expect(s.restartCount).toBeGreaterThanOrEqual(restarts.get(s.name) ?? 0)
            restarts.set(s.name, s.restartCount)
            // Every crash-loop back-off is between 10 s and 5 min.
            const m = /^back-off (\S+) restarting failed container=/.exec(s.state?.waiting?.message ?? '')
            if (s.state?.waiting?.reason === 'CrashLoopBackOff') expect(BACKOFF_DELAYS.has(m?.[1] ?? '')).toBe(true)
          }
          // A pod that reached a terminal phase stays there.
          if (terminalPhase && ev.type !== 'DELETED') expect(status.phase).toBe(terminalPhase)
          if (status.phase === 'Succeeded' || status.phase === 'Failed') terminalPhase = status.phase
        })
        const yaml = podYaml({
          name: 'prop',
          restartPolicy: p.restartPolicy,
          init: p.init.map((c, i) => ({ ...c, name: `init-${i}` })),
          apps: p.apps.map((c, i) => ({ ...c, name: `app-${i}` })),
        })
        expect(sandbox.exec('kubectl apply -f -', yaml).exitCode).toBe(0)
        sandbox.advance(p.minutes * 60_000)
        sandbox.exec('kubectl delete pod prop')
        expect(sandbox.pod('prop')).toBeUndefined()
      }),
      { numRuns: 80 },
    )
  })
})

// The Gantt lanes, read off real sandbox runs of the examples (seed 1); times in ms since apply.
import { describe, expect, it } from 'vitest'
import { createSandbox, type Sandbox } from '../../sandbox'
import { EXAMPLES } from '../../lessons/examples'
import { TimelineHistory } from './history'
import { buildLanes, containerOf, rolesOf, type Lane } from './lanes'

const yaml = (id: string) => EXAMPLES.find((e) => e.id === id)!.yaml

const BAD_IMAGE = `apiVersion: v1
kind: Pod
metadata:
  name: badimg
spec:
  initContainers:
  - name: init-a
    image: busybox:nope-404
    command: [sh, -c, "true"]
  containers:
  - name: app
    image: busybox:1.36
    command: [sh, -c, "sleep 3600"]
`

function run(manifest: string, ms: number) {
  const sb = createSandbox({ seed: 1 })
  const history = new TimelineHistory(sb)
  const t0 = sb.now()
  sb.exec('kubectl apply -f -', manifest)
  sb.advance(ms)
  return { sb, history, t0, lanes: (until?: number) => buildLanes(history, sb.events(), sb.now(), until === undefined ? undefined : t0 + until) }
}

// A lane's segments as [kind, from, to, label], relative to t0.
const segs = (lane: Lane, t0: number) => lane.segments.map((s) => [s.kind, s.from - t0, s.to - t0, s.label])
const lane = (sbLanes: ReturnType<typeof buildLanes>, name: string) => sbLanes[0]!.lanes.find((l) => l.name === name)!

describe('buildLanes', () => {
  it('lays out the two-init example: the init chain in order, then the app running', () => {
    const { t0, lanes } = run(yaml('01-two-init-containers'), 20_000)
    const [pod] = lanes()
    expect(pod!.lanes.map((l) => [l.name, l.group, l.sidecar])).toEqual([
      ['init-myservice', 'init', false],
      ['init-mydb', 'init', false],
      ['myapp-container', 'app', false],
    ])
    expect(segs(pod!.lanes[0]!, t0)).toEqual([
      ['waiting', 0, 1273, 'PodInitializing'],
      ['pulling', 1273, 1918, 'Pulling'],
      ['waiting', 1918, 2086, 'ContainerCreating'],
      ['running', 2086, 7086, 'Running'],
      ['exited', 7086, 20_000, 'Completed'],
    ])
    expect(segs(pod!.lanes[1]!, t0)).toEqual([
      ['waiting', 0, 8010, 'PodInitializing'],
      ['waiting', 8010, 8135, 'ContainerCreating'],
      ['running', 8135, 11_135, 'Running'],
      ['exited', 11_135, 20_000, 'Completed'],
    ])
    expect(segs(pod!.lanes[2]!, t0)).toEqual([
      ['waiting', 0, 11_861, 'PodInitializing'],
      ['waiting', 11_861, 11_956, 'ContainerCreating'],
      ['running', 11_956, 20_000, 'Running'],
    ])
    expect(pod!.lanes[2]!.segments.at(-1)!.open).toBe(true)
    expect(pod!.lanes[0]!.exits).toEqual([{ at: t0 + 7086, exitCode: 0, reason: 'Completed', why: { key: 'timeline.why.initDoneNext', values: { container: 'init-myservice', next: 'init-mydb' } } }])
    expect(pod!.lanes[1]!.exits[0]!.why).toEqual({ key: 'timeline.why.initDoneLast', values: { container: 'init-mydb' } })
  })

  it('shows a pull only where the image was pulled: "already present" has none', () => {
    const { t0, lanes } = run(yaml('01-two-init-containers'), 20_000)
    const pulls = lanes()[0]!.lanes.map((l) => l.segments.filter((s) => s.kind === 'pulling').map((s) => [s.from - t0, s.to - t0, s.image]))
    expect(pulls).toEqual([[[1273, 1918, 'busybox:1.28']], [], []])
  })

  it('measures the back-off gaps of a failing init container (restartPolicy Always): 10 s, 20 s, 40 s', () => {
    const { t0, lanes } = run(yaml('04-init-fails-always'), 80_000)
    const init = lane(lanes(), 'init-check')
    const backOffs = init.segments.filter((s) => s.kind === 'backoff')
    expect(backOffs.map((s) => [s.from - t0, s.to - t0, s.to - s.from, s.backOffMs, s.label])).toEqual([
      [3168, 13_168, 10_000, 10_000, 'CrashLoopBackOff'],
      [13_263, 33_263, 20_000, 20_000, 'CrashLoopBackOff'],
      [33_343, 73_343, 40_000, 40_000, 'CrashLoopBackOff'],
      [73_551, 80_000, 6449, 80_000, 'CrashLoopBackOff'],
    ])
    expect(backOffs.at(-1)!.open).toBe(true)
    expect(backOffs[1]!.why).toEqual({ key: 'timeline.why.crashLoop', values: { container: 'init-check', exitCode: 1, policy: 'Always', seconds: 20 } })
    // The first restart comes at once: the exit stands until the kubelet starts it again.
    expect(segs(init, t0).slice(0, 5)).toEqual([
      ['waiting', 0, 1273, 'PodInitializing'],
      ['pulling', 1273, 1951, 'Pulling'],
      ['waiting', 1951, 2119, 'ContainerCreating'],
      ['exited', 2119, 3043, 'Error'],
      ['waiting', 3043, 3168, 'ContainerCreating'],
    ])
    expect(init.exits.map((e) => [e.at - t0, e.exitCode, e.reason])).toEqual([
      [2119, 1, 'Error'],
      [3168, 1, 'Error'],
      [13_263, 1, 'Error'],
      [33_343, 1, 'Error'],
      [73_551, 1, 'Error'],
    ])
    expect(init.exits[0]!.why).toEqual({ key: 'timeline.why.initFailedRetry', values: { container: 'init-check', exitCode: 1, policy: 'Always' } })
    // The app container never leaves PodInitializing.
    expect(segs(lane(lanes(), 'app'), t0)).toEqual([['waiting', 0, 80_000, 'PodInitializing']])
  })

  it('turns a failed image pull into pulls and ImagePullBackOff gaps', () => {
    const { t0, lanes } = run(BAD_IMAGE, 40_000)
    expect(segs(lane(lanes(), 'init-a'), t0)).toEqual([
      ['waiting', 0, 1273, 'PodInitializing'],
      ['pulling', 1273, 1740, 'Pulling'],
      ['backoff', 1740, 11_740, 'ImagePullBackOff'],
      ['pulling', 11_740, 12_055, 'Pulling'],
      ['backoff', 12_055, 32_055, 'ImagePullBackOff'],
      ['pulling', 32_055, 32_910, 'Pulling'],
      ['backoff', 32_910, 40_000, 'ImagePullBackOff'],
    ])
    const gap = lane(lanes(), 'init-a').segments[2]!
    expect([gap.backOffMs, gap.why]).toEqual([10_000, { key: 'timeline.why.imagePullInit', values: { container: 'init-a', image: 'busybox:nope-404' } }])
  })

  it('places every occurrence of an event as a marker, the pod-level ones on the pod', () => {
    const { t0, lanes } = run(yaml('04-init-fails-always'), 40_000)
    const [pod] = lanes()
    expect(pod!.markers.map((m) => [m.reason, m.at - t0, m.type, m.container])).toEqual([['Scheduled', 12, 'Normal', undefined]])
    const init = pod!.lanes[0]!
    expect(init.markers.map((m) => `${m.reason}@${m.at - t0}`)).toEqual([
      'Pulling@1273', 'Pulled@1951', 'Created@2119', 'Started@2119', 'Pulled@3043', 'Created@3168', 'Started@3168', 'BackOff@3894',
      'Pulled@13168', 'Created@13263', 'Started@13263', 'BackOff@13586', 'Pulled@33263', 'Created@33343', 'Started@33343', 'BackOff@33595',
    ])
    const backOff = init.markers.find((m) => m.reason === 'BackOff')!
    expect(backOff).toMatchObject({ type: 'Warning', container: 'init-check', message: expect.stringMatching(/^Back-off restarting failed container init-check in pod failing-init_default\(/) })
    expect(backOff.why).toEqual({ key: 'timeline.why.crashLoop', values: { container: 'init-check', exitCode: 1, policy: 'Always', seconds: 10 } })
    expect(backOff.count).toBeUndefined()
  })

  it('falls back to the Event objects for what happened before the history was attached', () => {
    const sb = createSandbox({ seed: 1 })
    const t0 = sb.now()
    sb.exec('kubectl apply -f -', yaml('04-init-fails-always'))
    sb.advance(40_000)
    // A history attached to nothing sees no occurrences: every marker comes from sb.events().
    const bare = new TimelineHistory(sb)
    const [rec] = bare.pods()
    rec!.events = []
    const [pod] = buildLanes(bare, sb.events(), sb.now())
    const backOffs = pod!.lanes[0]!.markers.filter((m) => m.reason === 'BackOff')
    // count 3, first at 09:00:03, last at 09:00:33: the first alone, the last standing for the rest.
    expect(backOffs.map((m) => [m.at - t0, m.count])).toEqual([[3000, undefined], [33_000, 3]])
  })

  it('cuts every lane at `until`, as the scrubber asks', () => {
    const { t0, lanes } = run(yaml('04-init-fails-always'), 80_000)
    const [pod] = lanes(20_000)
    const init = pod!.lanes[0]!
    expect(pod!.end - t0).toBe(20_000)
    expect(segs(init, t0).slice(-2)).toEqual([
      ['waiting', 13_168, 13_263, 'ContainerCreating'],
      ['backoff', 13_263, 20_000, 'CrashLoopBackOff'],
    ])
    expect(init.segments.at(-1)!.open).toBe(true)
    expect(init.exits.map((e) => e.at - t0)).toEqual([2119, 3168, 13_263])
    expect(init.markers.at(-1)!.at - t0).toBe(13_586)
    // Before the pod existed, there is nothing to show.
    expect(buildLanes({ pods: () => [] }, [], t0)).toEqual([])
    expect(lanes(-1)).toEqual([])
  })

  it('ends a deleted pod at its deletion and gives the pod created again its own rows', () => {
    const sb = createSandbox({ seed: 1 })
    const history = new TimelineHistory(sb)
    const t0 = sb.now()
    sb.exec('kubectl apply -f -', yaml('06-sidecar'))
    sb.advance(15_000)
    sb.exec('kubectl delete pod with-sidecar --wait=false')
    sb.advance(120_000)
    sb.exec('kubectl apply -f -', yaml('06-sidecar'))
    sb.advance(5_000)
    const [old, fresh] = buildLanes(history, sb.events(), sb.now())
    expect([old!.name, fresh!.name, old!.uid === fresh!.uid]).toEqual(['with-sidecar', 'with-sidecar', false])
    expect([old!.deletingAt! - t0, old!.deletedAt! - t0, old!.end - t0, fresh!.createdAt - t0, fresh!.end - t0]).toEqual([15_000, 75_038, 75_038, 135_000, 140_000])
    const [sidecar, app] = old!.lanes
    expect([sidecar!.name, sidecar!.sidecar]).toEqual(['log-shipper', true])
    expect(segs(sidecar!, t0).slice(-2)).toEqual([['running', 2119, 75_000, 'Running'], ['exited', 75_000, 75_038, 'Error']])
    expect(sidecar!.segments.some((s) => s.open)).toBe(false)
    expect(app!.exits).toEqual([{ at: t0 + 45_000, exitCode: 137, reason: 'Error', why: { key: 'timeline.why.stoppedKilled', values: { container: 'app', exitCode: 137 } } }])
    expect(app!.markers.find((m) => m.reason === 'Killing')).toMatchObject({ at: t0 + 15_000, why: { key: 'timeline.why.killing', values: { container: 'app' } } })
    expect(segs(fresh!.lanes[0]!, t0)).toEqual([
      ['waiting', 135_000, 136_290, 'PodInitializing'],
      ['waiting', 136_290, 136_439, 'ContainerCreating'],
      ['running', 136_439, 140_000, 'Running'],
    ])
    // Scrubbed back before the deletion, the old pod is whole again and the new one not born.
    const past = buildLanes(history, sb.events(), sb.now(), t0 + 30_000)
    expect(past.map((p) => [p.uid, p.deletingAt! - t0, p.deletedAt])).toEqual([[old!.uid, 15_000, undefined]])
  })
})

describe('containerOf and rolesOf', () => {
  it('reads the container from an event fieldPath', () => {
    expect([containerOf('spec.initContainers{init-myservice}'), containerOf('spec.containers{app}'), containerOf(undefined), containerOf('metadata')]).toEqual(['init-myservice', 'app', undefined, undefined])
  })

  it('orders the init chain (sidecars included) before the app containers', () => {
    const sb: Sandbox = createSandbox({ seed: 1 })
    sb.exec('kubectl apply -f -', yaml('06-sidecar'))
    expect(rolesOf(sb.pods()[0]!)).toEqual([
      { name: 'log-shipper', group: 'init', sidecar: true, next: undefined, image: 'busybox:1.36' },
      { name: 'app', group: 'app', sidecar: false, image: 'busybox:1.36' },
    ])
  })
})

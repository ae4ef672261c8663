import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { printPodRow, type PodRow } from './podRow'
import { rfc3339 } from '../../engine/format/time'

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0)
const SECOND = 1000
const MINUTE = 60 * SECOND
const DAY = 24 * 60 * MINUTE
const ago = (ms: number) => rfc3339(NOW - ms)

// Tiny builders in the shape of the Go test fixtures (make([]api.Container, n) -> n empty containers).
const containers = (n: number) => Array.from({ length: n }, () => ({}))
const running = { running: {} }
const waiting = (reason?: string) => ({ waiting: reason === undefined ? {} : { reason } })
const terminated = (t: Record<string, unknown> = {}) => ({ terminated: t })
const finishedAgo = (ms: number) => ({ terminated: { finishedAt: ago(ms) } })
const sidecar = (name: string) => ({ name, restartPolicy: 'Always' })

interface PodFixture {
  name: string
  spec?: Record<string, unknown>
  status?: Record<string, unknown>
  metadata?: Record<string, unknown>
}
const pod = ({ name, spec = {}, status = {}, metadata = {} }: PodFixture) => ({
  metadata: { name, ...metadata },
  spec,
  status,
})

const cells = (row: PodRow) => [row.name, row.ready, row.status, row.restarts, row.age]
const wideCells = (row: PodRow) => [...cells(row), row.ip, row.node, row.nominatedNode, row.readinessGates]

// kubernetes pkg/printers/internalversion/printers_test.go, TestPrintPod test1..test24.
const PRINT_POD: [ReturnType<typeof pod>, string[]][] = [
  [
    pod({ name: 'test1', spec: { containers: containers(2) }, status: { phase: 'podPhase', containerStatuses: [{ ready: true, restartCount: 3, state: running }, { restartCount: 3 }] } }),
    ['test1', '1/2', 'podPhase', '6', '<unknown>'],
  ],
  [
    pod({ name: 'test2', spec: { containers: containers(2) }, status: { phase: 'podPhase', containerStatuses: [{ ready: true, restartCount: 3, state: running }, { state: waiting('ContainerWaitingReason'), restartCount: 3 }] } }),
    ['test2', '1/2', 'ContainerWaitingReason', '6', '<unknown>'],
  ],
  [
    pod({ name: 'test3', spec: { containers: containers(2) }, status: { phase: 'podPhase', containerStatuses: [{ state: waiting('ContainerWaitingReason'), restartCount: 3 }, { state: terminated({ reason: 'ContainerTerminatedReason' }), restartCount: 3 }] } }),
    ['test3', '0/2', 'ContainerWaitingReason', '6', '<unknown>'],
  ],
  [
    pod({ name: 'test4', spec: { containers: containers(2) }, status: { phase: 'podPhase', containerStatuses: [{ ready: true, restartCount: 3, state: running }, { ready: true, restartCount: 3 }] } }),
    ['test4', '1/2', 'podPhase', '6', '<unknown>'],
  ],
  [
    pod({ name: 'test5', spec: { containers: containers(2) }, status: { reason: 'podReason', phase: 'podPhase', containerStatuses: [{ ready: true, restartCount: 3, state: running }, { ready: true, restartCount: 3 }] } }),
    ['test5', '1/2', 'podReason', '6', '<unknown>'],
  ],
  [
    pod({ name: 'test6', spec: { containers: containers(2) }, status: { phase: 'Running', reason: '', containerStatuses: [{ ready: true, restartCount: 3, state: terminated({ reason: 'Completed', exitCode: 0 }) }, { ready: true, restartCount: 3, state: running }] } }),
    ['test6', '1/2', 'NotReady', '6', '<unknown>'],
  ],
  [
    pod({
      name: 'test6',
      spec: { containers: containers(2) },
      status: {
        phase: 'Running',
        reason: '',
        containerStatuses: [{ ready: true, restartCount: 3, state: terminated({ reason: 'Completed', exitCode: 0 }) }, { ready: true, restartCount: 3, state: running }],
        conditions: [{ type: 'Ready', status: 'True', lastProbeTime: ago(0) }],
      },
    }),
    ['test6', '1/2', 'Running', '6', '<unknown>'],
  ],
  [
    pod({
      name: 'test7',
      spec: { initContainers: containers(1), containers: containers(1) },
      status: {
        phase: 'podPhase',
        initContainerStatuses: [{ ready: false, restartCount: 3, state: running, lastState: finishedAgo(10 * SECOND) }],
        containerStatuses: [{ ready: false, restartCount: 0, state: waiting() }],
      },
    }),
    ['test7', '0/1', 'Init:0/1', '3 (10s ago)', '<unknown>'],
  ],
  [
    pod({
      name: 'test8',
      spec: { initContainers: containers(2), containers: containers(1) },
      status: {
        phase: 'podPhase',
        initContainerStatuses: [
          { ready: false, restartCount: 3, state: running, lastState: finishedAgo(10 * SECOND) },
          { ready: false, state: waiting() },
        ],
        containerStatuses: [{ ready: false, state: waiting() }],
      },
    }),
    ['test8', '0/1', 'Init:0/2', '3 (10s ago)', '<unknown>'],
  ],
  [
    pod({
      name: 'test9',
      spec: { initContainers: containers(2), containers: containers(1) },
      status: {
        phase: 'podPhase',
        initContainerStatuses: [
          { ready: false, state: terminated() },
          { ready: false, restartCount: 3, state: running, lastState: finishedAgo(10 * SECOND) },
        ],
        containerStatuses: [{ ready: false, state: waiting() }],
      },
    }),
    ['test9', '0/1', 'Init:1/2', '3 (10s ago)', '<unknown>'],
  ],
  [
    pod({
      name: 'test10',
      spec: { initContainers: containers(2), containers: containers(1) },
      status: {
        phase: 'podPhase',
        initContainerStatuses: [
          { ready: false, restartCount: 2, state: terminated(), lastState: finishedAgo(2 * MINUTE) },
          { ready: false, restartCount: 3, state: running, lastState: finishedAgo(10 * SECOND) },
        ],
        containerStatuses: [{ ready: false, state: waiting() }],
      },
    }),
    ['test10', '0/1', 'Init:1/2', '5 (10s ago)', '<unknown>'],
  ],
  [
    pod({
      name: 'test11',
      spec: { initContainers: containers(1), containers: containers(1) },
      status: {
        phase: 'Running',
        initContainerStatuses: [{ ready: false, restartCount: 2, state: terminated(), lastState: finishedAgo(2 * MINUTE) }],
        containerStatuses: [{ ready: false, restartCount: 4, state: running, lastState: finishedAgo(20 * SECOND) }],
      },
    }),
    ['test11', '0/1', 'Running', '4 (20s ago)', '<unknown>'],
  ],
  [
    pod({ name: 'test12', spec: { containers: containers(1) }, status: { phase: 'Running', containerStatuses: [{ ready: true, restartCount: 3, state: running, lastState: finishedAgo(5 * DAY) }] } }),
    ['test12', '1/1', 'Running', '3 (5d ago)', '<unknown>'],
  ],
  [
    pod({
      name: 'test13',
      spec: { containers: containers(2) },
      status: { phase: 'Running', containerStatuses: [{ ready: true, restartCount: 0, state: running }, { ready: true, restartCount: 3, state: running, lastState: finishedAgo(10 * DAY) }] },
    }),
    ['test13', '2/2', 'Running', '3 (10d ago)', '<unknown>'],
  ],
  [
    pod({
      name: 'test14',
      spec: { containers: containers(2) },
      status: {
        phase: 'Running',
        containerStatuses: [
          { ready: true, restartCount: 6, state: running, lastState: finishedAgo(5 * DAY) },
          { ready: true, restartCount: 3, state: running, lastState: finishedAgo(20 * DAY) },
        ],
      },
    }),
    ['test14', '2/2', 'Running', '9 (5d ago)', '<unknown>'],
  ],
  [
    pod({ name: 'test15', spec: { containers: containers(2) }, status: { phase: 'podPhase', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] } }),
    ['test15', '0/2', 'SchedulingGated', '0', '<unknown>'],
  ],
  [
    pod({ name: 'test16', spec: { containers: containers(1) }, status: { phase: 'Succeeded', containerStatuses: [{ ready: false, state: terminated({ reason: 'Completed', exitCode: 0 }) }] } }),
    ['test16', '0/1', 'Completed', '0', '<unknown>'],
  ],
  [
    pod({ name: 'test17', spec: { containers: containers(1) }, status: { phase: 'Failed', containerStatuses: [{ ready: false, state: terminated({ reason: 'Error', exitCode: 1 }) }] } }),
    ['test17', '0/1', 'Error', '0', '<unknown>'],
  ],
  [
    pod({ name: 'test18', metadata: { deletionTimestamp: ago(10 * SECOND) }, spec: { containers: containers(1) }, status: { phase: 'Succeeded', containerStatuses: [{ ready: false, state: terminated({ reason: 'Completed', exitCode: 0 }) }] } }),
    ['test18', '0/1', 'Completed', '0', '<unknown>'],
  ],
  [
    pod({ name: 'test19', metadata: { deletionTimestamp: ago(10 * SECOND) }, spec: { containers: containers(1) }, status: { phase: 'Running', containerStatuses: [{ ready: false, state: running }] } }),
    ['test19', '0/1', 'Terminating', '0', '<unknown>'],
  ],
  [
    pod({ name: 'test20', metadata: { deletionTimestamp: ago(10 * SECOND) }, spec: { containers: containers(1) }, status: { phase: 'Pending' } }),
    ['test20', '0/1', 'Terminating', '0', '<unknown>'],
  ],
  [
    pod({
      name: 'test21',
      spec: { containers: containers(2) },
      status: {
        phase: 'Failed',
        containerStatuses: [
          { ready: false, state: terminated({ finishedAt: ago(0), exitCode: 1, reason: 'podCrash' }), lastState: {} },
          { ready: true, state: { running: { startedAt: ago(0) } }, lastState: {} },
        ],
      },
    }),
    ['test21', '1/2', 'podCrash', '0', '<unknown>'],
  ],
  [
    pod({
      name: 'test22',
      spec: { containers: containers(2) },
      status: {
        phase: 'Failed',
        containerStatuses: [
          { ready: true, state: { running: { startedAt: ago(0) } }, lastState: {} },
          { ready: false, state: terminated({ finishedAt: ago(0), exitCode: 1, reason: 'podCrash' }), lastState: {} },
        ],
      },
    }),
    ['test22', '1/2', 'podCrash', '0', '<unknown>'],
  ],
  [
    pod({
      name: 'test23',
      spec: { containers: containers(3) },
      status: {
        phase: 'Failed',
        containerStatuses: [
          { ready: true, state: { running: { startedAt: ago(0) } }, lastState: {} },
          { ready: true, state: terminated({ finishedAt: ago(0), exitCode: 1, reason: 'podCrash' }), lastState: {} },
          { ready: true, state: terminated({ finishedAt: ago(0), exitCode: 0 }), lastState: {} },
        ],
      },
    }),
    ['test23', '1/3', 'podCrash', '0', '<unknown>'],
  ],
  [
    pod({
      name: 'test24',
      spec: { containers: containers(3) },
      status: {
        phase: 'Failed',
        containerStatuses: [
          { ready: false, state: { running: { startedAt: ago(0) } }, lastState: {} },
          { ready: false, state: terminated({ finishedAt: ago(0), exitCode: 1, reason: 'podCrash' }), lastState: {} },
          { ready: false, state: terminated({ finishedAt: ago(0), exitCode: 0 }), lastState: {} },
        ],
      },
    }),
    ['test24', '0/3', 'podCrash', '0', '<unknown>'],
  ],
]

describe('printPodRow: TestPrintPod', () => {
  PRINT_POD.forEach(([input, expected], i) => {
    it(`case ${i + 1} (${input.metadata.name})`, () => {
      expect(cells(printPodRow(input, NOW))).toEqual(expected)
    })
  })
})

const twoSidecars = { initContainers: [sidecar('restartable-init-1'), sidecar('restartable-init-2')], containers: containers(1) }

// TestPrintPodWithRestartableInitContainer: native sidecars count in READY's total and keep their restarts.
const PRINT_SIDECAR_POD: [ReturnType<typeof pod>, string[]][] = [
  [
    pod({
      name: 'test1',
      spec: twoSidecars,
      status: {
        phase: 'Pending',
        initContainerStatuses: [
          { name: 'restartable-init-1', ready: false, restartCount: 3, state: running, started: false, lastState: finishedAgo(10 * SECOND) },
          { name: 'restartable-init-2', ready: false, state: waiting(), started: false },
        ],
        containerStatuses: [{ ready: false, restartCount: 0, state: waiting() }],
        conditions: [{ type: 'Initialized', status: 'False' }],
      },
    }),
    ['test1', '0/3', 'Init:0/2', '3 (10s ago)', '<unknown>'],
  ],
  [
    pod({
      name: 'test1',
      spec: twoSidecars,
      status: {
        phase: 'Pending',
        initContainerStatuses: [
          { name: 'restartable-init-1', ready: false, restartCount: 3, state: running, started: true, lastState: finishedAgo(10 * SECOND) },
          { name: 'restartable-init-2', ready: false, state: running, started: false },
        ],
        containerStatuses: [{ ready: false, restartCount: 0, state: waiting() }],
        conditions: [{ type: 'Initialized', status: 'False' }],
      },
    }),
    ['test1', '0/3', 'Init:1/2', '3 (10s ago)', '<unknown>'],
  ],
  [
    pod({
      name: 'test2',
      spec: twoSidecars,
      status: {
        phase: 'Running',
        initContainerStatuses: [
          { name: 'restartable-init-1', ready: false, restartCount: 3, state: running, started: true, lastState: finishedAgo(10 * SECOND) },
          { name: 'restartable-init-2', ready: false, state: running, started: true },
        ],
        containerStatuses: [{ ready: true, restartCount: 4, state: running, lastState: finishedAgo(20 * SECOND) }],
        conditions: [{ type: 'Initialized', status: 'True' }],
      },
    }),
    ['test2', '1/3', 'Running', '7 (10s ago)', '<unknown>'],
  ],
  [
    pod({
      name: 'test3',
      spec: twoSidecars,
      status: {
        phase: 'Succeeded',
        initContainerStatuses: [
          { name: 'restartable-init-1', ready: false, restartCount: 3, state: terminated({ reason: 'Error', exitCode: 137 }), started: false, lastState: finishedAgo(10 * SECOND) },
          { name: 'restartable-init-2', ready: false, state: terminated({ reason: 'Error', exitCode: 137 }), started: false },
        ],
        containerStatuses: [{ ready: false, restartCount: 4, state: terminated({ reason: 'Completed', exitCode: 0 }), lastState: finishedAgo(20 * SECOND) }],
        conditions: [{ type: 'Initialized', status: 'True' }],
      },
    }),
    ['test3', '0/3', 'Completed', '7 (10s ago)', '<unknown>'],
  ],
  [
    pod({
      name: 'test4',
      spec: {
        initContainers: [{ name: 'init1', image: 'initimage' }, { name: 'sidecar1', image: 'sidecarimage', restartPolicy: 'Always' }],
        containers: [{ name: 'container1', image: 'containerimage' }],
      },
      status: {
        phase: 'Running',
        initContainerStatuses: [{ name: 'initinvalid' }, { name: 'init1' }, { name: 'sidecar1' }],
        containerStatuses: [{ name: 'containerinvalid' }, { name: 'container1' }],
      },
    }),
    ['test4', '0/2', 'Init:0/2', '0', '<unknown>'],
  ],
]

describe('printPodRow: TestPrintPodWithRestartableInitContainer', () => {
  PRINT_SIDECAR_POD.forEach(([input, expected], i) => {
    it(`case ${i + 1} (${input.metadata.name})`, () => {
      expect(cells(printPodRow(input, NOW))).toEqual(expected)
    })
  })
})

describe('printPodRow: TestPrintPodwide', () => {
  const gates = { readinessGates: [{ conditionType: 'condition1' }, { conditionType: 'condition2' }, { conditionType: 'condition3' }] }
  const gateConditions = [{ type: 'condition1', status: 'False' }, { type: 'condition2', status: 'True' }]
  const twoContainers = [{ ready: true, restartCount: 3, state: running }, { restartCount: 3 }]

  it('prints IP, node, nominated node and passing readiness gates', () => {
    const input = pod({
      name: 'test1',
      spec: { containers: containers(2), nodeName: 'test1', ...gates },
      status: { conditions: gateConditions, phase: 'podPhase', podIPs: [{ ip: '1.1.1.1' }], containerStatuses: twoContainers, nominatedNodeName: 'node1' },
    })
    expect(wideCells(printPodRow(input, NOW))).toEqual(['test1', '1/2', 'podPhase', '6', '<unknown>', '1.1.1.1', 'test1', 'node1', '1/3'])
  })

  it('prints only the first IP of a dual-stack pod', () => {
    const input = pod({
      name: 'test1',
      spec: { containers: containers(2), nodeName: 'test1', ...gates },
      status: { conditions: gateConditions, phase: 'podPhase', podIPs: [{ ip: '1.1.1.1' }, { ip: '2001:db8::' }], containerStatuses: twoContainers, nominatedNodeName: 'node1' },
    })
    expect(wideCells(printPodRow(input, NOW))).toEqual(['test1', '1/2', 'podPhase', '6', '<unknown>', '1.1.1.1', 'test1', 'node1', '1/3'])
  })

  it('prints <none> for everything unset', () => {
    const input = pod({
      name: 'test2',
      spec: { containers: containers(2), nodeName: '' },
      status: { phase: 'podPhase', containerStatuses: [{ ready: true, restartCount: 3, state: running }, { state: waiting('ContainerWaitingReason'), restartCount: 3 }] },
    })
    expect(wideCells(printPodRow(input, NOW))).toEqual(['test2', '1/2', 'ContainerWaitingReason', '6', '<unknown>', '<none>', '<none>', '<none>', '<none>'])
  })
})

describe('printPodRow: TestPrintPodConditions, TestPrintPodList, TestPrintNonTerminatedPod', () => {
  const statuses = [{ ready: true, restartCount: 3, state: running }, { restartCount: 3 }]
  it.each([
    ['test1', 'Running', statuses, ['test1', '1/2', 'Running', '6', '<unknown>']],
    ['test1', 'Succeeded', statuses, ['test1', '1/2', 'Succeeded', '6', '<unknown>']],
    ['test2', 'Failed', statuses, ['test2', '1/2', 'Failed', '6', '<unknown>']],
    ['test2', 'Pending', statuses, ['test2', '1/2', 'Pending', '6', '<unknown>']],
    ['test3', 'Unknown', statuses, ['test3', '1/2', 'Unknown', '6', '<unknown>']],
    ['test5', 'Failed', [{ ready: true, restartCount: 3, state: running }, { ready: true, restartCount: 3 }], ['test5', '1/2', 'Failed', '6', '<unknown>']],
    ['test1', 'podPhase', [{ ready: true, restartCount: 3, state: running }, { ready: true, restartCount: 3, state: running }], ['test1', '2/2', 'podPhase', '6', '<unknown>']],
  ])('%s in phase %s', (name, phase, containerStatuses, expected) => {
    const input = pod({ name, metadata: { labels: { b: '2' } }, spec: { containers: containers(containerStatuses.length) }, status: { phase, containerStatuses } })
    expect(cells(printPodRow(input, NOW))).toEqual(expected)
  })

  it('second pod of TestPrintPodList', () => {
    const input = pod({ name: 'test2', spec: { containers: containers(1) }, status: { phase: 'podPhase', containerStatuses: [{ ready: true, restartCount: 1, state: running }] } })
    expect(cells(printPodRow(input, NOW))).toEqual(['test2', '1/1', 'podPhase', '1', '<unknown>'])
  })
})

describe('printPodRow: init container walk-through (spec §a, derived)', () => {
  const spec = {
    initContainers: [{ name: 'init-myservice' }, { name: 'init-mydb' }],
    containers: [{ name: 'myapp-container' }],
  }
  const created = { creationTimestamp: ago(4 * MINUTE + 12 * SECOND) }
  const main = { name: 'myapp-container', ready: false, restartCount: 0, state: waiting('PodInitializing') }
  const row = (initContainerStatuses: unknown[], extra: Record<string, unknown> = {}) =>
    printPodRow(pod({ name: 'myapp-pod', metadata: created, spec, status: { phase: 'Pending', initContainerStatuses, containerStatuses: [main], ...extra } }), NOW)

  it('counts AGE from creationTimestamp', () => {
    expect(row([]).age).toBe('4m12s')
  })

  it('shows Init:N/M while init containers run or wait for PodInitializing', () => {
    expect(row([{ name: 'init-myservice', state: running }, { name: 'init-mydb', state: waiting('PodInitializing') }]).status).toBe('Init:0/2')
    expect(row([{ name: 'init-myservice', state: terminated({ exitCode: 0, reason: 'Completed' }) }, { name: 'init-mydb', state: running }]).status).toBe('Init:1/2')
  })

  it('shows a failing init container with its reason, signal or exit code', () => {
    const failing = (state: unknown) => row([{ name: 'init-myservice', restartCount: 5, state, lastState: finishedAgo(30 * SECOND) }, { name: 'init-mydb', state: waiting('PodInitializing') }])
    expect(cells(failing(terminated({ exitCode: 1, reason: 'Error' })))).toEqual(['myapp-pod', '0/1', 'Init:Error', '5 (30s ago)', '4m12s'])
    expect(failing(waiting('CrashLoopBackOff')).status).toBe('Init:CrashLoopBackOff')
    expect(failing(waiting('ImagePullBackOff')).status).toBe('Init:ImagePullBackOff')
    expect(failing(terminated({ exitCode: 137, signal: 9 })).status).toBe('Init:Signal:9')
    expect(failing(terminated({ exitCode: 2 })).status).toBe('Init:ExitCode:2')
  })

  it('shows PodInitializing, then Running, once the init containers are done', () => {
    const done = [
      { name: 'init-myservice', state: terminated({ exitCode: 0, reason: 'Completed' }), restartCount: 2, lastState: finishedAgo(MINUTE) },
      { name: 'init-mydb', state: terminated({ exitCode: 0, reason: 'Completed' }) },
    ]
    // Regular init container restarts are dropped from RESTARTS once initialization is over.
    expect(cells(row(done))).toEqual(['myapp-pod', '0/1', 'PodInitializing', '0', '4m12s'])
    const runningPod = printPodRow(
      pod({ name: 'myapp-pod', metadata: created, spec, status: { phase: 'Running', initContainerStatuses: done, containerStatuses: [{ ...main, ready: true, state: running }] } }),
      NOW,
    )
    expect(cells(runningPod)).toEqual(['myapp-pod', '1/1', 'Running', '0', '4m12s'])
  })

  it('keeps Init:Error on a failed restartPolicy: Never pod (Initialized stays False)', () => {
    const failed = row([{ name: 'init-myservice', state: terminated({ exitCode: 1, reason: 'Error' }) }], {
      phase: 'Failed',
      conditions: [{ type: 'Initialized', status: 'False' }],
    })
    expect(failed.status).toBe('Init:Error')
  })
})

describe('printPodRow: other rules', () => {
  it('prints Unknown for a deleted pod on a lost node, even when terminal', () => {
    const lost = pod({ name: 'p', metadata: { deletionTimestamp: ago(0) }, spec: { containers: containers(1) }, status: { phase: 'Failed', reason: 'NodeLost' } })
    expect(printPodRow(lost, NOW).status).toBe('Unknown')
  })

  it('counts a zero-time deletionTimestamp as set, as Go sees a non-nil pointer', () => {
    const zero = pod({ name: 'p', metadata: { deletionTimestamp: '0001-01-01T00:00:00Z' }, spec: { containers: containers(1) }, status: { phase: 'Running' } })
    expect(printPodRow(zero, NOW).status).toBe('Terminating')
  })

  it('prefers status.podIP over podIPs, as the v1 to internal conversion does', () => {
    const status = { podIP: '10.0.0.9', podIPs: [{ ip: '10.0.0.1' }] }
    expect(printPodRow(pod({ name: 'p', status }), NOW).ip).toBe('10.0.0.9')
    expect(printPodRow(pod({ name: 'p', status: { podIPs: [{ ip: '10.0.0.1' }] } }), NOW).ip).toBe('10.0.0.1')
  })

  it('prints the count alone when no restart time is known', () => {
    const noTime = pod({ name: 'p', spec: { containers: containers(1) }, status: { containerStatuses: [{ restartCount: 2, lastState: { terminated: {} } }] } })
    expect(printPodRow(noTime, NOW).restarts).toBe('2')
  })

  it('counts a sidecar only once it has started and is ready', () => {
    const spec = { initContainers: [sidecar('proxy')], containers: [{ name: 'app' }] }
    const status = (started: boolean, ready: boolean) => ({
      phase: 'Running',
      initContainerStatuses: [{ name: 'proxy', started, ready, state: running }],
      containerStatuses: [{ name: 'app', ready: true, state: running }],
      conditions: [{ type: 'Initialized', status: 'True' }],
    })
    expect(printPodRow(pod({ name: 'p', spec, status: status(true, true) }), NOW).ready).toBe('2/2')
    expect(printPodRow(pod({ name: 'p', spec, status: status(true, false) }), NOW).ready).toBe('1/2')
    expect(printPodRow(pod({ name: 'p', spec, status: status(false, false) }), NOW).ready).toBe('1/2')
  })

  it('treats fields of the wrong type as absent', () => {
    const odd = {
      metadata: { name: 7, creationTimestamp: 12, deletionTimestamp: {} },
      spec: { containers: 'two', initContainers: [null, 3] },
      status: { phase: ['Running'], containerStatuses: [null, { restartCount: '3', state: 'running', ready: 'true' }], conditions: 'Ready' },
    }
    expect(printPodRow(odd, NOW)).toEqual({
      name: '',
      ready: '0/0',
      status: '',
      restarts: '0',
      age: '<unknown>',
      ip: '<none>',
      node: '<none>',
      nominatedNode: '<none>',
      readinessGates: '<none>',
    })
    expect(cells(printPodRow(null, NOW))).toEqual(['', '0/0', '', '0', '<unknown>'])
  })

  it('never throws, whatever JSON it gets', () => {
    const state = fc.record({ waiting: fc.anything(), running: fc.anything(), terminated: fc.anything() }, { requiredKeys: [] })
    const containerStatus = fc.record(
      { name: fc.constantFrom('a', 'b', ''), ready: fc.anything(), started: fc.anything(), restartCount: fc.anything(), state, lastState: state },
      { requiredKeys: [] },
    )
    const shaped = fc.record(
      {
        metadata: fc.record({ name: fc.anything(), creationTimestamp: fc.anything(), deletionTimestamp: fc.anything() }, { requiredKeys: [] }),
        spec: fc.record({ containers: fc.anything(), initContainers: fc.array(fc.record({ name: fc.constantFrom('a', 'b'), restartPolicy: fc.anything() })), readinessGates: fc.anything() }, { requiredKeys: [] }),
        status: fc.record(
          { phase: fc.anything(), reason: fc.anything(), conditions: fc.anything(), initContainerStatuses: fc.array(containerStatus), containerStatuses: fc.array(containerStatus), podIPs: fc.anything() },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), shaped), fc.double(), (value, now) => {
        const row = printPodRow(value, now)
        expect(Object.values(row).every((cell) => typeof cell === 'string')).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

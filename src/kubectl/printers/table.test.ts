import { describe, expect, it } from 'vitest'
import { createPodWatchPrinter, formatLabels, formatPodTable } from './table'
import { rfc3339 } from '../../engine/format/time'

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0)
const SECOND = 1000

/** A pod whose STATUS is forced through status.reason: enough to test layout, not printPod. */
function fake(name: string, status: string, restarts: number, ageS: number, extra: { ready?: boolean; labels?: Record<string, string>; namespace?: string } = {}) {
  return {
    metadata: { name, namespace: extra.namespace ?? 'default', creationTimestamp: rfc3339(NOW - ageS * SECOND), labels: extra.labels },
    spec: { containers: [{ name: 'app' }] },
    status: { reason: status, containerStatuses: [{ name: 'app', restartCount: restarts, ready: extra.ready === true, state: extra.ready ? { running: {} } : {} }] },
  }
}

describe('formatPodTable', () => {
  const myapp = {
    metadata: { name: 'myapp-pod', namespace: 'default', creationTimestamp: rfc3339(NOW - 360 * SECOND), labels: { app: 'myapp' } },
    spec: { nodeName: 'minikube', initContainers: [{ name: 'init-myservice' }, { name: 'init-mydb' }], containers: [{ name: 'myapp-container' }] },
    status: {
      phase: 'Pending',
      podIP: '10.244.0.5',
      podIPs: [{ ip: '10.244.0.5' }],
      initContainerStatuses: [{ name: 'init-myservice', state: { running: {} } }, { name: 'init-mydb', state: { waiting: { reason: 'PodInitializing' } } }],
      containerStatuses: [{ name: 'myapp-container', state: { waiting: { reason: 'PodInitializing' } } }],
    },
  }

  it('prints the header and one aligned row per pod', () => {
    expect(formatPodTable([myapp], NOW, {})).toBe(
      'NAME        READY   STATUS     RESTARTS   AGE\n' +
      'myapp-pod   0/1     Init:0/2   0          6m\n',
    )
  })

  it('adds the wide columns with -o wide', () => {
    expect(formatPodTable([myapp], NOW, { wide: true })).toBe(
      'NAME        READY   STATUS     RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES\n' +
      'myapp-pod   0/1     Init:0/2   0          6m    10.244.0.5   minikube   <none>           <none>\n',
    )
  })

  it('puts NAMESPACE first with -A and LABELS last with --show-labels', () => {
    const other = fake('web', 'Running', 0, 90, { ready: true, namespace: 'kube-system', labels: {} })
    expect(formatPodTable([myapp, other], NOW, { namespaceColumn: true, showLabels: true })).toBe(
      'NAMESPACE     NAME        READY   STATUS     RESTARTS   AGE   LABELS\n' +
      'default       myapp-pod   0/1     Init:0/2   0          6m    app=myapp\n' +
      'kube-system   web         1/1     Running    0          90s   <none>\n',
    )
    expect(formatPodTable([myapp], NOW, { wide: true, showLabels: true }).split('\n')[0]).toBe(
      'NAME        READY   STATUS     RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES   LABELS',
    )
  })

  it('drops the header with --no-headers (columns stay at least 6 wide)', () => {
    expect(formatPodTable([myapp], NOW, { noHeaders: true })).toBe('myapp-pod   0/1   Init:0/2   0     6m\n')
  })

  it('prints nothing for no pods', () => {
    expect(formatPodTable([], NOW, {})).toBe('')
  })

  it('cuts a cell at a line break and defuses terminal escapes', () => {
    const weird = fake('p', 'Bad\nthing', 0, 1)
    const escape = fake('q', '\x1b[31mRed', 0, 1)
    expect(formatPodTable([weird, escape], NOW, { noHeaders: true })).toBe(
      'p     0/1   Bad...      0     1s\n' +
      'q     0/1   ^[[31mRed   0     1s\n',
    )
  })
})

describe('formatLabels (labels.FormatLabels)', () => {
  it('sorts whole k=v strings, not keys', () => {
    expect(formatLabels({ tier: 'db', app: 'myapp' })).toBe('app=myapp,tier=db')
    // '.' sorts before '=', so "a.b=2" comes before "a=1".
    expect(formatLabels({ a: '1', 'a.b': '2' })).toBe('a.b=2,a=1')
  })

  it('prints <none> when there are no labels', () => {
    expect(formatLabels({})).toBe('<none>')
    expect(formatLabels(undefined)).toBe('<none>')
    expect(formatLabels({ bad: 3 })).toBe('<none>')
  })
})

const POD = 'k8s-init-containers-64f984c8d7-tdjrg'

// The article's watch (init-containers-article.zh.txt, line 133), replayed event by event.
const ARTICLE_EVENTS: [string, number, number, boolean?][] = [
  ['Pending', 0, 0],
  ['Pending', 0, 4],
  ['Init:0/4', 0, 4],
  ['Init:0/4', 0, 6],
  ['Init:Error', 0, 7],
  ['Init:1/4', 1, 8],
  ['Init:1/4', 1, 9],
  ['Init:2/4', 1, 43],
  ['Init:3/4', 1, 44],
  ['PodInitializing', 0, 45],
  ['Running', 0, 46, true],
]

describe('createPodWatchPrinter (kubectl get pods -w)', () => {
  it('prints the header with the first row, then one line per event, widening columns as needed', () => {
    const watch = createPodWatchPrinter()
    // The watch began before the pod existed: the initial list is empty and prints nothing.
    expect(watch.list([], NOW)).toBe('')
    const out = ARTICLE_EVENTS.map(([status, restarts, age, ready]) => watch.row(fake(POD, status, restarts, age, { ready }), NOW))
    expect(out).toEqual([
      'NAME                                   READY   STATUS    RESTARTS   AGE\n' +
      'k8s-init-containers-64f984c8d7-tdjrg   0/1     Pending   0          0s\n',
      'k8s-init-containers-64f984c8d7-tdjrg   0/1     Pending   0          4s\n',
      'k8s-init-containers-64f984c8d7-tdjrg   0/1     Init:0/4   0          4s\n',
      'k8s-init-containers-64f984c8d7-tdjrg   0/1     Init:0/4   0          6s\n',
      'k8s-init-containers-64f984c8d7-tdjrg   0/1     Init:Error   0          7s\n',
      'k8s-init-containers-64f984c8d7-tdjrg   0/1     Init:1/4     1          8s\n',
      'k8s-init-containers-64f984c8d7-tdjrg   0/1     Init:1/4     1          9s\n',
      'k8s-init-containers-64f984c8d7-tdjrg   0/1     Init:2/4     1          43s\n',
      'k8s-init-containers-64f984c8d7-tdjrg   0/1     Init:3/4     1          44s\n',
      'k8s-init-containers-64f984c8d7-tdjrg   0/1     PodInitializing   0          45s\n',
      'k8s-init-containers-64f984c8d7-tdjrg   1/1     Running           0          46s\n',
    ])
  })

  it('aligns the same rows as one block when they are printed at once', () => {
    const pods = ARTICLE_EVENTS.map(([status, restarts, age, ready]) => fake(POD, status, restarts, age, { ready }))
    const lines = formatPodTable(pods, NOW).split('\n')
    expect(lines[0]).toBe('NAME                                   READY   STATUS            RESTARTS   AGE')
    expect(lines[1]).toBe('k8s-init-containers-64f984c8d7-tdjrg   0/1     Pending           0          0s')
    expect(lines[11]).toBe('k8s-init-containers-64f984c8d7-tdjrg   1/1     Running           0          46s')
  })

  it("takes the header widths from the initial list, as in the article's header line", () => {
    const watch = createPodWatchPrinter()
    const initial = [
      fake('buildkit-builder0-76784c68c7-c52nw', 'Running', 0, 2 * 86_400, { ready: true }),
      fake('redis-master-0', 'Init:CrashLoopBackOff', 5, 252),
    ]
    expect(watch.list(initial, NOW)).toBe(
      'NAME                                 READY   STATUS                  RESTARTS   AGE\n' +
      'buildkit-builder0-76784c68c7-c52nw   1/1     Running                 0          2d\n' +
      'redis-master-0                       0/1     Init:CrashLoopBackOff   5          4m12s\n',
    )
    // A longer name widens NAME to 36 + 3: kubectl never leaves the single space the article shows.
    expect(watch.row(fake(POD, 'Pending', 0, 0), NOW)).toBe('k8s-init-containers-64f984c8d7-tdjrg   0/1     Pending                 0          0s\n')
    expect(watch.row(fake('short', 'Pending', 0, 1), NOW)).toBe('short                                  0/1     Pending                 0          1s\n')
  })

  it('never prints a header with --no-headers', () => {
    const watch = createPodWatchPrinter({ noHeaders: true })
    expect(watch.row(fake('a', 'Pending', 0, 0), NOW)).toBe('a     0/1   Pending   0     0s\n')
  })
})

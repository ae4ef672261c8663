import { describe as suite, expect, it } from 'vitest'
import { Cluster } from '../../engine/cluster'
import type { Pod } from '../../engine/api/types'
import { describePod } from '../printers/describe/pod'
import { describeNode, nonTerminatedPods } from '../printers/describe/node'
import { apply } from './apply'
import { describe } from './describe'

// Every expected text and exit code here was checked against kubectl v1.35.2 run against a stub API
// server serving the same objects (the printers themselves are pinned by their golden files).

const PODS = `apiVersion: v1
kind: Pod
metadata: {name: myapp-pod, labels: {app: myapp}}
spec:
  initContainers:
  - {name: init-myservice, image: busybox:1.28, command: ['sh', '-c', 'sleep 2']}
  containers:
  - {name: myapp-container, image: busybox:1.28, command: ['sh', '-c', 'echo The app is running! && sleep 3600']}
---
apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec:
  containers:
  - name: app
    image: busybox
    command: ['sh', '-c', 'sleep 3600']
    ports: [{name: http, containerPort: 8080}]
    resources: {requests: {cpu: 100m, memory: 64Mi}}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: ClusterIP
  selector: {app: web}
  clusterIP: 10.96.0.10
  clusterIPs: [10.96.0.10]
  ipFamilies: [IPv4]
  ipFamilyPolicy: SingleStack
  internalTrafficPolicy: Cluster
  sessionAffinity: None
  ports:
  - {name: http, port: 80, protocol: TCP, targetPort: http}
`

function cluster(): Cluster {
  const c = new Cluster({ seed: 7 })
  expect(apply(['-f', '-'], { cluster: c, stdin: PODS }).exitCode).toBe(0)
  c.advance(30_000)
  return c
}

const pod = (c: Cluster, name: string) => c.store.get<Pod>('Pod', 'default', name)!
const podText = (c: Cluster, name: string) => describePod(pod(c, name), c.eventList('default'), c.now())
const run = (c: Cluster, line: string, extra: Partial<Parameters<typeof describe>[1]> = {}) => describe(line.split(' ').slice(2), { cluster: c, ...extra })
const failure = (stderr: string) => ({ stdout: '', stderr, exitCode: 1 })

suite('kubectl describe pod', () => {
  const c = cluster()

  it('describes one pod by name, by TYPE/NAME and with any alias of the type', () => {
    const expected = { stdout: podText(c, 'web'), stderr: '', exitCode: 0 }
    expect(run(c, 'kubectl describe pod web')).toEqual(expected)
    expect(run(c, 'kubectl describe po/web')).toEqual(expected)
    expect(run(c, 'kubectl describe pods web')).toEqual(expected)
    expect(expected.stdout).toMatch(/^Name: {13}web\n/)
    expect(expected.stdout).toContain('\nEvents:\n  Type    Reason     Age   From               Message\n')
  })

  it('separates several objects with two blank lines and keeps their Events sections', () => {
    const both = podText(c, 'myapp-pod') + '\n\n' + podText(c, 'web')
    expect(run(c, 'kubectl describe pods')).toEqual({ stdout: both, stderr: '', exitCode: 0 })
    expect(run(c, 'kubectl describe pod myapp-pod web').stdout).toBe(both)
    expect(run(c, 'kubectl describe pod/myapp-pod pod/web').stdout).toBe(both)
    expect(both.match(/^Events:/gm)).toHaveLength(2)
  })

  it('selects with -l', () => {
    expect(run(c, 'kubectl describe pods -l app=web').stdout).toBe(podText(c, 'web'))
    expect(run(c, 'kubectl describe pods -l app!=web').stdout).toBe(podText(c, 'myapp-pod'))
  })

  it('falls back to a name prefix for TYPE NAME, each description followed by a blank line', () => {
    expect(run(c, 'kubectl describe pod my')).toEqual({ stdout: podText(c, 'myapp-pod') + '\n', stderr: '', exitCode: 0 })
  })

  it('drops the Events section with --show-events=false', () => {
    const text = run(c, 'kubectl describe pod web --show-events=false').stdout
    expect(text).not.toContain('Events:')
    expect(podText(c, 'web').startsWith(text)).toBe(true)
    expect(text.endsWith('node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\n')).toBe(true)
  })

  it('describes the objects named in a manifest with -f', () => {
    const files = (path: string) => (path === 'pods.yaml' ? PODS : undefined)
    const out = run(c, 'kubectl describe -f pods.yaml', { files })
    expect(out.exitCode).toBe(0)
    expect(out.stdout.startsWith(podText(c, 'myapp-pod') + '\n\n' + podText(c, 'web') + '\n\nName:                     web\n')).toBe(true)
    expect(run(c, 'kubectl describe -f nope.yaml', { files })).toEqual(failure('error: the path "nope.yaml" does not exist\n'))
  })
})

suite('kubectl describe errors', () => {
  const c = cluster()

  it('reports objects that do not exist, after describing those that do', () => {
    expect(run(c, 'kubectl describe pod nope')).toEqual(failure('Error from server (NotFound): pods "nope" not found\n'))
    expect(run(c, 'kubectl describe pod web nope1 nope2')).toEqual({
      stdout: podText(c, 'web'),
      stderr: 'Error from server (NotFound): pods "nope1" not found\nError from server (NotFound): pods "nope2" not found\n',
      exitCode: 1,
    })
    expect(run(c, 'kubectl describe node nope')).toEqual(failure('Error from server (NotFound): nodes "nope" not found\n'))
    expect(run(c, 'kubectl describe svc nope -n kube-system')).toEqual(failure('Error from server (NotFound): services "nope" not found\n'))
  })

  it('reproduces the prefix retry of exactly two arguments', () => {
    // pod/web pod/nope: the retry looks for names starting with "pod/nope" and prints only the error.
    expect(run(c, 'kubectl describe pod/web pod/nope')).toEqual(failure('Error from server (NotFound): pods "nope" not found\n'))
    expect(run(c, 'kubectl describe pods,svc myapp-pod')).toEqual(failure('error: you may only specify a single resource type\n'))
  })

  it('names a missing namespace instead of the object', () => {
    expect(run(c, 'kubectl describe pod x -n nope')).toEqual(failure('Error from server (NotFound): namespaces "nope" not found\n'))
    expect(run(c, 'kubectl describe pods -n nope')).toEqual({ stdout: '', stderr: 'No resources found in nope namespace.\n', exitCode: 0 })
    expect(run(c, 'kubectl describe svc -A -l zzz=1')).toEqual({ stdout: '', stderr: 'No resources found\n', exitCode: 0 })
  })

  it('rejects bad arguments with kubectl texts', () => {
    const cases: [string, string][] = [
      ['kubectl describe', 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n'],
      ['kubectl describe foo', 'error: the server doesn\'t have a resource type "foo"\n'],
      ['kubectl describe pod,foo', 'error: the server doesn\'t have a resource type "foo"\n'],
      ['kubectl describe pod/x pod', "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n"],
      ['kubectl describe pod x -A', 'error: a resource cannot be retrieved by name across all namespaces\n'],
      ['kubectl describe pod/', 'error: arguments in resource/name form must have a single resource and name\n'],
      ['kubectl describe pod/a/b', 'error: arguments in resource/name form may not have more than one slash\n'],
      ['kubectl describe pod x -l a=b', 'error: name cannot be provided when a selector is specified\n'],
      ['kubectl describe pod/x -l a=b', 'error: selectors and the all flag cannot be used when passing resource/name arguments\n'],
      ['kubectl describe --bogus', "error: unknown flag: --bogus\nSee 'kubectl describe --help' for usage.\n"],
    ]
    for (const [line, stderr] of cases) expect(run(c, line), line).toEqual(failure(stderr))
  })

  it('wraps a selector the server cannot parse as EnhanceListError does', () => {
    const out = run(c, 'kubectl describe pods -l a!b')
    expect(out.exitCode).toBe(1)
    expect(out.stderr.startsWith('Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "a!b", field selector "": ')).toBe(true)
  })
})

suite('kubectl describe node and service', () => {
  const c = cluster()

  it('describes the node with its non-terminated pods and the missing lease', () => {
    const node = c.store.get('Node', undefined, 'initlab-worker')!
    const expected = describeNode(node, nonTerminatedPods('initlab-worker', c.pods()), [], c.now())
    expect(run(c, 'kubectl describe node initlab-worker')).toEqual({ stdout: expected, stderr: '', exitCode: 0 })
    // Three nodes: the control plane and two workers; a name prefix matches the workers.
    expect(run(c, 'kubectl describe nodes').stdout).toContain(expected)
    expect(run(c, 'kubectl describe no initlab-wor').stdout).toContain(expected)
    expect(expected).toContain('\nLease:              Failed to get lease: leases.coordination.k8s.io "initlab-worker" not found\n')
    const bound = c.pods().filter((p) => p.spec.nodeName === 'initlab-worker')
    expect(expected).toContain(`\nNon-terminated Pods:          (${bound.length} in total)\n`)
    for (const p of bound) expect(expected).toMatch(new RegExp(`\\n  default +${p.metadata.name} `))
  })

  it('describes a service with the endpoints of its ready pods', () => {
    const ip = pod(c, 'web').status?.podIP
    const out = run(c, 'kubectl describe svc web')
    expect(out.exitCode).toBe(0)
    expect(out.stdout).toBe(
      'Name:                     web\n' +
        'Namespace:                default\n' +
        'Labels:                   <none>\n' +
        'Annotations:              <none>\n' +
        'Selector:                 app=web\n' +
        'Type:                     ClusterIP\n' +
        'IP Family Policy:         SingleStack\n' +
        'IP Families:              IPv4\n' +
        'IP:                       10.96.0.10\n' +
        'IPs:                      10.96.0.10\n' +
        'Port:                     http  80/TCP\n' +
        'TargetPort:               http/TCP\n' +
        `Endpoints:                ${ip}:8080\n` +
        'Session Affinity:         None\n' +
        'Internal Traffic Policy:  Cluster\n' +
        'Events:                   <none>\n',
    )
  })

  it('says which kinds it cannot describe yet', () => {
    c.putObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { a: 'b' } } as never, 'create')
    expect(run(c, 'kubectl describe configmaps')).toEqual(failure('error: initlab cannot describe configmaps yet (it describes pods, nodes and services)\n'))
  })
})

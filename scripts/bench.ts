// Engine benchmark (npm run bench): how much virtual time the engine simulates per real second.
// Not part of npm test: figures depend on the machine. Run: npm run bench [-- --pods=1000 --hours=1]

import { performance } from 'node:perf_hooks'
import { createSandbox } from '../src/sandbox'

function crashLoopingPods(n: number): string {
  const docs: string[] = []
  for (let i = 0; i < n; i++) {
    docs.push(`apiVersion: v1
kind: Pod
metadata:
  name: crashloop-${i}
spec:
  initContainers:
  - name: init-fail
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 2; exit 1']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sleep', '3600']
`)
  }
  return docs.join('---\n')
}

// Two default workers take 110 pods each: big runs get more nodes, as a real cluster would need.
function extraNodes(pods: number): string {
  const needed = Math.max(0, Math.ceil(pods / 110) - 2)
  return Array.from({ length: needed }, (_, i) => `apiVersion: v1
kind: Node
metadata:
  name: bench-node-${i}
spec:
  podCIDR: 10.245.${i}.0/24
status:
  allocatable: {cpu: "64", memory: 256Gi, pods: "110"}
  capacity: {cpu: "64", memory: 256Gi, pods: "110"}
  addresses:
  - {type: InternalIP, address: 172.19.0.${i + 2}}
`).join('---\n')
}

function run(pods: number, hours: number): number {
  const sandbox = createSandbox({ seed: 1 })
  const nodes = extraNodes(pods)
  if (nodes) sandbox.exec('kubectl apply -f -', nodes)
  const t0 = performance.now()
  const applied = sandbox.exec('kubectl apply -f -', crashLoopingPods(pods))
  if (applied.exitCode !== 0) throw new Error(applied.stderr)
  const t1 = performance.now()
  sandbox.advance(hours * 3600_000)
  const t2 = performance.now()
  const restarts = sandbox.pods().reduce((sum, p) => sum + (p.status?.initContainerStatuses?.[0]?.restartCount ?? 0), 0)
  const simSeconds = (t2 - t1) / 1000
  const podHours = pods * hours
  console.log(
    `${String(pods).padStart(5)} pod(s) x ${String(hours).padStart(2)} h: apply ${(t1 - t0).toFixed(0)} ms, simulate ${(simSeconds * 1000).toFixed(0)} ms` +
      ` = ${(podHours / simSeconds).toFixed(0)} pod-hours per real second; ${restarts} restarts, ${sandbox.events().length} events kept`,
  )
  return simSeconds
}

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const pods = arg('pods', 0)
const hours = arg('hours', 1)
if (pods > 0) run(pods, hours)
else {
  run(1, 1)
  run(1, 24)
  run(100, 1)
  const big = run(1000, 1)
  console.log(`target (1,000 pods x 1 h in under 1 s): ${big < 1 ? 'met' : 'not met'}, ${big.toFixed(2)} s`)
}

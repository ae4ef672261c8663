// Public surface of the simulated container world: the runtime over a cluster view.

export { createWorldRuntime, execPathError, type WorldRuntime } from './worldRuntime'
export type { ClusterView } from './clusterView'
export { volumeProblem } from './volumes'
export { resolveName, reverseName, Listeners, type Listener } from './network'

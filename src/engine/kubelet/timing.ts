// How long the control plane and the node take for each step, drawn from the seed so that runs
// repeat exactly. Figures are typical of a small kind/kubeadm cluster; what matters for teaching is
// their order and rough size (pulls take seconds, starts take milliseconds).

import type { SeededRandom } from '../random/seeded'

/** Latencies in virtual milliseconds. */
export const Timing = {
  /** Pod created -> bound by the scheduler. */
  schedule: (r: SeededRandom) => r.int(8, 40),
  /** Bound -> the kubelet admits the pod and reports its first status. */
  admit: (r: SeededRandom) => r.int(15, 60),
  /** Sandbox (pause container + CNI) creation. */
  sandbox: (r: SeededRandom) => r.int(700, 1400),
  /** Pull of `sizeBytes`: registry round trips plus transfer at a seeded bandwidth. */
  pull: (r: SeededRandom, sizeBytes: number) => r.int(450, 1300) + Math.round(sizeBytes / r.int(18_000, 45_000)),
  /** A pull that ends in an error (the registry answers quickly). */
  pullFailure: (r: SeededRandom) => r.int(300, 1100),
  /** CreateContainer. */
  create: (r: SeededRandom) => r.int(25, 90),
  /** StartContainer, until the process runs. */
  start: (r: SeededRandom) => r.int(40, 160),
  /** A container exits -> PLEG relist notices it and the pod worker syncs (relist period 1 s). */
  pleg: (r: SeededRandom) => r.int(150, 1000),
  /** A container that could not be configured is tried again at a later sync of its pod worker. */
  configRetry: (r: SeededRandom) => r.int(10_000, 12_000),
  /** Last container stopped -> the kubelet's final status and the API deletion. */
  finalize: (r: SeededRandom) => r.int(20, 120),
}

// What a container's main process looks like to the kubelet: something that runs on the virtual
// clock and eventually exits (or serves until it is signalled). The container-world issue plugs a
// busybox shell in behind this interface; the kubelet machines never look inside a process.

/** What a process needs next from the clock. */
export type ProcessStep =
  /** Run me again after `ms` of virtual time. */
  | { type: 'sleep'; ms: number }
  /**
   * The process ended. `reason` is set by the runtime for OOMKilled and the like; `message` is the
   * termination message (/dev/termination-log, or the log tail with FallbackToLogsOnError).
   */
  | { type: 'exit'; code: number; signal?: number; reason?: string; message?: string }
  /** Keeps running until signalled (a server). */
  | { type: 'serve' }

export type Signal = 'SIGTERM' | 'SIGKILL'

/** Where a process writes: lines go to the container's log with the virtual time they were written. */
export interface ProcessOutput {
  write(stream: 'stdout' | 'stderr', text: string): void
}

/** A running main process of a container. */
export interface Process {
  /** Continues the process at virtual time `now`; returns what it needs next. */
  resume(now: number): ProcessStep
  /** Delivers a signal; returns the new step, or undefined when the process ignores it. */
  signal(sig: Signal, now: number): ProcessStep | undefined
}

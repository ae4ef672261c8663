// The end of a container as the kubelet reports it: the termination message read from
// terminationMessagePath (or the log tail with FallbackToLogsOnError), attached to the exit step.

import type { Container } from '../../api/types'
import type { Process, ProcessOutput, ProcessStep } from '../process'
import type { ShellFs } from '../shell/world'

/** The kubelet reads at most this many bytes of the termination message file (its tail). */
export const MAX_TERMINATION_MESSAGE_BYTES = 4096
/** FallbackToLogsOnError: the last 80 lines, at most 2048 bytes. */
export const FALLBACK_LOG_LINES = 80
export const FALLBACK_LOG_BYTES = 2048

function tailBytes(text: string, max: number): string {
  const bytes = new TextEncoder().encode(text)
  return bytes.length <= max ? text : new TextDecoder().decode(bytes.slice(bytes.length - max))
}

/** The last `lines` lines of a log, then its last `bytes` bytes. Pure. */
export function logTail(log: string, lines = FALLBACK_LOG_LINES, bytes = FALLBACK_LOG_BYTES): string {
  const parts = log.split('\n')
  // A trailing newline ends the last line; it does not start another.
  const trailing = parts[parts.length - 1] === '' ? parts.pop() : undefined
  const kept = parts.slice(-lines).join('\n') + (trailing === '' ? '\n' : '')
  return tailBytes(kept, bytes)
}

/** An output that also remembers the recent log (enough for the fallback tail). */
export function recordingOutput(out: ProcessOutput): { out: ProcessOutput; log: () => string } {
  let log = ''
  return {
    out: {
      write(stream, text) {
        log = (log + text).slice(-16_384)
        out.write(stream, text)
      },
    },
    log: () => log,
  }
}

/** Wraps a process so that its exit step carries the termination message the kubelet would record. */
export function withTerminationMessage(process: Process, container: Container, fs: ShellFs, log: () => string): Process {
  const path = container.terminationMessagePath ?? '/dev/termination-log'
  const fallback = container.terminationMessagePolicy === 'FallbackToLogsOnError'
  const finish = (step: ProcessStep): ProcessStep => {
    if (step.type !== 'exit' || step.message !== undefined) return step
    const file = fs.readFile(path)
    const content = typeof file === 'string' ? '' : tailBytes(file.data, MAX_TERMINATION_MESSAGE_BYTES)
    let message = content
    if (!message && fallback && step.code !== 0) message = logTail(log())
    return message ? { ...step, message } : step
  }
  return {
    resume: (now) => finish(process.resume(now)),
    signal: (sig, now) => {
      const step = process.signal(sig, now)
      return step && finish(step)
    },
  }
}

// The result of one kubectl invocation, as a terminal would show it.

/** What a command printed and how it exited. */
export interface CommandResult {
  stdout: string
  stderr: string
  exitCode: number
}

/** A successful result with `stdout`. */
export function ok(stdout = ''): CommandResult {
  return { stdout, stderr: '', exitCode: 0 }
}

/** A failed result with `stderr` (a trailing newline is added when missing). */
export function fail(stderr: string, exitCode = 1, stdout = ''): CommandResult {
  return { stdout, stderr: stderr.endsWith('\n') ? stderr : stderr + '\n', exitCode }
}

// How kubectl's CheckErr prints what a command collected: one error alone gets `error: ` unless it
// is an API error (`Error from server ...`); several are printed one per line as they are.

/** The stderr text for `errors` (raw messages, API ones already formatted); '' for none. */
export function errorOutput(errors: readonly string[]): string {
  if (errors.length === 0) return ''
  if (errors.length === 1) {
    const msg = errors[0]
    const line = msg.startsWith('Error from server') || msg.startsWith('error: ') ? msg : `error: ${msg}`
    return line.endsWith('\n') ? line : line + '\n'
  }
  return errors.map((e) => (e.endsWith('\n') ? e : e + '\n')).join('')
}

/** A klog.Exitf line as kubectl writes it before exiting 1 (`F<MMDD> <time> <pid> <file>] <msg>`). */
export function klogFatal(file: string, message: string, now: number): string {
  const d = new Date(now)
  const p2 = (n: number) => String(n).padStart(2, '0')
  const micros = String(d.getUTCMilliseconds() * 1000).padStart(6, '0')
  // kubectl's process id is not something a sandbox has; any fixed number keeps transcripts stable.
  const pid = String(4242).padStart(7, ' ')
  return `F${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${micros} ${pid} ${file}] ${message}\n`
}

/** The stderr of a failed sort: kubectl's error line, or the klog line of an unsortable value. */
export function sortFailureOutput(failure: { error: string; fatal?: string }, now: number, wrap = (m: string) => m): string {
  return failure.fatal ? klogFatal(failure.fatal, failure.error, now) : errorOutput([wrap(failure.error)])
}

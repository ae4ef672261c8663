// File descriptors of the simulated shell: the container log, capture buffers (pipes, `$(...)`),
// world files, /dev/null and read-only strings (here-documents). No real I/O happens here.

import type { ProcessOutput } from '../process'
import type { ShellFs } from './world'

/** What a descriptor points at. */
export type Fd =
  | { kind: 'log'; stream: 'stdout' | 'stderr'; out: ProcessOutput }
  | { kind: 'buf'; chunks: string[] }
  | { kind: 'file'; path: string; fs: ShellFs; data: string; pos: number; writable: boolean }
  | { kind: 'null' }
  | { kind: 'str'; data: string; pos: number }

/** A command's descriptor table; copies share the descriptors themselves, as after dup2. */
export class Io {
  constructor(readonly fds: (Fd | undefined)[]) {}

  copy(): Io {
    return new Io([...this.fds])
  }

  /** Writes to a descriptor; false when it is closed or not writable. */
  write(fd: number, text: string): boolean {
    const d = this.fds[fd]
    if (!d) return false
    switch (d.kind) {
      case 'log':
        if (text) d.out.write(d.stream, text)
        return true
      case 'buf':
        d.chunks.push(text)
        return true
      case 'file':
        if (!d.writable) return false
        if (text) d.fs.writeFile(d.path, text, true)
        return true
      case 'null':
        return true
      case 'str':
        return false
    }
  }

  /** Reads everything left on a descriptor ('' at end of input or for output-only descriptors). */
  readAll(fd: number): string {
    const d = this.fds[fd]
    if (!d || (d.kind !== 'str' && d.kind !== 'file')) return ''
    const rest = d.data.slice(d.pos)
    d.pos = d.data.length
    return rest
  }

  /** Reads one line including its newline; undefined at end of input. */
  readLine(fd: number): string | undefined {
    const d = this.fds[fd]
    if (!d || (d.kind !== 'str' && d.kind !== 'file')) return undefined
    if (d.pos >= d.data.length) return undefined
    const nl = d.data.indexOf('\n', d.pos)
    const end = nl < 0 ? d.data.length : nl + 1
    const line = d.data.slice(d.pos, end)
    d.pos = end
    return line
  }
}

/** A capture buffer's text. */
export function bufferText(fd: Fd | undefined): string {
  return fd?.kind === 'buf' ? fd.chunks.join('') : ''
}

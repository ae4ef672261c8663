// describe's PrefixWriter: lines indented two spaces per level, terminal escapes defused, all of it
// aligned by one tabwriter (NewWriter(out, 0, 8, 2, ' ', 0)). Pure; collects text, never prints.

import { DESCRIBE_TABWRITER, TabWriter } from '../tabwriter'

/** Indentation levels of describe output; each adds two spaces. */
export const LEVEL_0 = 0
export const LEVEL_1 = 1
export const LEVEL_2 = 2
export const LEVEL_3 = 3

/** cli-runtime's EscapeTerminal: ESC and CR would move the learner's cursor, so they print as text. */
export function escapeTerminal(text: string): string {
  return text.replaceAll('\x1b', '^[').replaceAll('\r', '\\r')
}

/** What describe's helpers write through (Go's PrefixWriter interface). */
export interface DescribeWriter {
  /** Writes `text` (tabs separate cells, '\n' ends lines) after `level` indents. */
  write(level: number, text: string): void
  /** Writes `text` and a line break (fmt.Sprintln of one string). */
  writeLine(text: string): void
  /** Ends the current alignment block: later lines no longer widen the columns above. */
  flush(): void
}

/** Writes describe lines into a tabwriter; `text()` flushes and returns everything written. */
export class PrefixWriter implements DescribeWriter {
  private readonly tw = new TabWriter(DESCRIBE_TABWRITER)
  private readonly out: string[] = []

  /** Writes `text` (tabs separate cells, '\n' ends lines) after `level` indents. */
  write(level: number, text: string): void {
    this.tw.write(escapeTerminal('  '.repeat(level) + text))
  }

  /** Writes `text` and a line break with no indent, as Go's fmt.Sprintln of one string. */
  writeLine(text: string): void {
    this.tw.write(escapeTerminal(text + '\n'))
  }

  /** Ends the current alignment block: later lines no longer widen the columns above. */
  flush(): void {
    this.out.push(this.tw.flush())
  }

  /** Flushes and returns the whole output. */
  text(): string {
    this.flush()
    return this.out.join('')
  }
}

/** NewNestedPrefixWriter: every write, writeLine included, goes `indent` levels deeper. */
export class NestedPrefixWriter implements DescribeWriter {
  constructor(
    private readonly parent: DescribeWriter,
    private readonly indent: number,
  ) {}

  write(level: number, text: string): void {
    this.parent.write(level + this.indent, text)
  }

  writeLine(text: string): void {
    this.parent.write(this.indent, text + '\n')
  }

  flush(): void {
    this.parent.flush()
  }
}

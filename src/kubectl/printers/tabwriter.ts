// Elastic tabstops as kubectl aligns its tables: a port of Go's text/tabwriter in the variant
// kubectl vendors (github.com/liggitt/tabwriter, which adds RememberWidths). Pure string in, string
// out; HTML filtering, Escape sequences and grapheme widths are left out because kubectl never uses them.

/** Right-align cell text instead of padding it on the right. */
export const ALIGN_RIGHT = 1 << 2
/** Drop columns whose cells are all empty and end in a soft tab ('\v'). */
export const DISCARD_EMPTY_COLUMNS = 1 << 3
/** Pad leading empty cells with tabs whatever the pad character. */
export const TAB_INDENT = 1 << 4
/** Print '|' between columns (and '---' at a '\f'). */
export const DEBUG = 1 << 5
/** Keep each column's widest width across flushes, so later flushes never print narrower columns. */
export const REMEMBER_WIDTHS = 1 << 6

/** The arguments of Go's tabwriter.NewWriter after the output writer. */
export interface TabWriterOptions {
  /** Minimal cell width, padding included. */
  minWidth: number
  /** Width of a tab when padChar is '\t'. */
  tabWidth: number
  /** Added to the widest cell of a column. */
  padding: number
  /** One character; '\t' pads with tabs. */
  padChar: string
  /** Bitwise OR of the flag constants above. */
  flags?: number
}

/** cli-runtime printers.GetNewTabWriter: what `kubectl get` writes its tables with. */
export const GET_TABWRITER: TabWriterOptions = { minWidth: 6, tabWidth: 4, padding: 3, padChar: ' ', flags: REMEMBER_WIDTHS }
/** tabwriter.NewWriter(out, 0, 8, 2, ' ', 0): what `kubectl describe` writes with. */
export const DESCRIBE_TABWRITER: TabWriterOptions = { minWidth: 0, tabWidth: 8, padding: 2, padChar: ' ', flags: 0 }

interface Cell {
  text: string
  /** Width in code points, as Go counts runes. */
  width: number
  /** Terminated by '\t' (hard) rather than '\v' or a line end. */
  htab: boolean
}

function runeCount(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

/**
 * A tabwriter: write() text whose cells end in '\t' (or '\v'), lines in '\n' (or '\f', which also
 * ends every column); flush() returns the aligned text. A column is a run of consecutive lines that
 * all have a tab-terminated cell at that index; text after a line's last tab is never padded.
 */
export class TabWriter {
  private readonly minWidth: number
  private readonly tabWidth: number
  private readonly padding: number
  private readonly padChar: string
  private readonly flags: number
  private lines: Cell[][] = [[]]
  private cell = ''
  private widths: number[] = []
  private maxWidths: number[] = []
  private out: string[] = []

  constructor(opts: TabWriterOptions) {
    if (opts.minWidth < 0 || opts.tabWidth < 0 || opts.padding < 0) {
      throw new Error('negative minwidth, tabwidth, or padding')
    }
    this.minWidth = opts.minWidth
    this.tabWidth = opts.tabWidth
    this.padding = opts.padding
    this.padChar = opts.padChar.charAt(0) || ' '
    let flags = opts.flags ?? 0
    // Tab padding can only left-align.
    if (this.padChar === '\t') flags &= ~ALIGN_RIGHT
    this.flags = flags
  }

  /** Buffers text; a line with no tab (or a '\f') cannot affect later lines, so it flushes what came before. */
  write(text: string): void {
    let start = 0
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue
      this.cell += text.slice(start, i)
      start = i + 1
      const cells = this.terminateCell(ch === '\t')
      if (ch === '\n' || ch === '\f') {
        this.lines.push([])
        if (ch === '\f' || cells === 1) {
          this.flushInternal()
          if (ch === '\f' && this.flags & DEBUG) this.out.push('---\n')
        }
      }
    }
    this.cell += text.slice(start)
  }

  /** Formats everything buffered and returns all output produced since the previous flush(). */
  flush(): string {
    this.flushInternal()
    const text = this.out.join('')
    this.out = []
    return text
  }

  /** The remembered per-column widths (RememberWidths only). */
  rememberedWidths(): number[] {
    return [...this.maxWidths]
  }

  /** Replaces the remembered widths, e.g. to carry them over to a new writer or to forget them. */
  setRememberedWidths(widths: readonly number[]): this {
    this.maxWidths = [...widths]
    return this
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1]
    line.push({ text: this.cell, width: runeCount(this.cell), htab })
    this.cell = ''
    return line.length
  }

  private flushInternal(): void {
    if (this.cell.length > 0) this.terminateCell(false)
    this.format(0, this.lines.length)
    this.lines = [[]]
    this.cell = ''
    this.widths = []
  }

  /** Prints lines [line0, line1), computing the width of every column block that starts in them. */
  private format(line0: number, line1: number): void {
    const column = this.widths.length
    for (let current = line0; current < line1; current++) {
      if (column >= this.lines[current].length - 1) continue
      // A line with a cell in this column starts a block: print what precedes it with the known widths.
      this.writeLines(line0, current)
      line0 = current
      let width = this.minWidth
      let discardable = true
      for (; current < line1; current++) {
        const line = this.lines[current]
        if (column >= line.length - 1) break
        const c = line[column]
        width = Math.max(width, c.width + this.padding)
        if (c.width > 0 || c.htab) discardable = false
      }
      if (discardable && this.flags & DISCARD_EMPTY_COLUMNS) width = 0
      if (this.flags & REMEMBER_WIDTHS) width = this.remember(width)
      this.widths.push(width)
      this.format(line0, current)
      this.widths.pop()
      line0 = current
    }
    this.writeLines(line0, line1)
  }

  /** liggitt's RememberWidths: widths are remembered per column index and only ever grow. */
  private remember(width: number): number {
    const index = this.widths.length
    if (this.maxWidths.length < index) this.maxWidths.push(...this.widths.slice(this.maxWidths.length))
    if (this.maxWidths.length === index) this.maxWidths.push(width)
    else if (this.maxWidths[index] > width) return this.maxWidths[index]
    else this.maxWidths[index] = width
    return width
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i]
      let useTabs = (this.flags & TAB_INDENT) !== 0
      line.forEach((c, j) => {
        if (j > 0 && this.flags & DEBUG) this.out.push('|')
        const inColumn = j < this.widths.length
        if (c.text.length === 0) {
          if (inColumn) this.writePadding(c.width, this.widths[j], useTabs)
          return
        }
        useTabs = false
        if (this.flags & ALIGN_RIGHT) {
          if (inColumn) this.writePadding(c.width, this.widths[j], false)
          this.out.push(c.text)
        } else {
          this.out.push(c.text)
          if (inColumn) this.writePadding(c.width, this.widths[j], false)
        }
      })
      // The last buffered line is the (empty) line after the final newline, or unterminated text.
      if (i + 1 < this.lines.length) this.out.push('\n')
    }
  }

  private writePadding(textWidth: number, cellWidth: number, useTabs: boolean): void {
    if (this.padChar === '\t' || useTabs) {
      if (this.tabWidth === 0) return
      const width = Math.ceil(cellWidth / this.tabWidth) * this.tabWidth
      this.out.push('\t'.repeat(Math.ceil((width - textWidth) / this.tabWidth)))
      return
    }
    this.out.push(this.padChar.repeat(Math.max(0, cellWidth - textWidth)))
  }
}

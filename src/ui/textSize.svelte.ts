// One text-size setting for the whole page, for a projector at the back of a room: the root font
// size (everything sized in rem follows) and the editor's and terminal's pixel sizes, remembered.

import { recall, remember } from './storage'

/** The sizes offered, in percent of the browser's default. */
export const TEXT_SIZES = [100, 125, 150, 175] as const
export type TextSize = (typeof TEXT_SIZES)[number]

/** The localStorage key of the chosen size. */
export const TEXT_SIZE_KEY = 'initlab.textSize.v1'

/** Monaco's and xterm's font size in px at 100%. */
export const BASE_CODE_PX = 14

/** The code font size for a text size, whole pixels. Pure. */
export function codePx(size: TextSize): number {
  return Math.round((BASE_CODE_PX * size) / 100)
}

/** Narrows a stored value to a known size. Pure. */
export function parseTextSize(value: unknown): TextSize | undefined {
  const n = Number(value)
  return (TEXT_SIZES as readonly number[]).includes(n) ? (n as TextSize) : undefined
}

class TextSizeState {
  percent = $state<TextSize>(100)
  /** Pixel size for the editor and the terminal. */
  readonly codePx = $derived(codePx(this.percent))

  constructor() {
    this.percent = parseTextSize(recall(TEXT_SIZE_KEY)) ?? 100
    this.apply()
  }

  /** Chooses a size and remembers it. */
  set(next: TextSize): void {
    this.percent = next
    this.apply()
    remember(TEXT_SIZE_KEY, String(next))
  }

  private apply(): void {
    if (typeof document === 'undefined') return
    document.documentElement.style.fontSize = this.percent === 100 ? '' : `${this.percent}%`
  }
}

/** The page's one text-size state. */
export const textSize = new TextSizeState()

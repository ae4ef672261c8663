// Where a lane's bars and marks go on its track: the marks in time order (exits and events), which
// exit badges are too close to their neighbours to show their code, and a bar's place. Pure.
import { position, type Span } from './axis'
import type { Exit, Marker, Segment } from './lanes'

/** One focusable mark of a lane: an exit or an event. */
export type Item = { at: number; exit: Exit; marker?: undefined } | { at: number; marker: Marker; exit?: undefined }

// An exit badge is about this wide; closer ones become notches.
const BADGE_PX = 24

/** A lane's exits and event markers inside `span`, oldest first (an exit before the events of its instant). */
export function itemsOf(exits: Exit[], markers: Marker[], span: Span): Item[] {
  return [...exits.map((exit): Item => ({ at: exit.at, exit })), ...markers.map((marker): Item => ({ at: marker.at, marker }))]
    .filter((i) => i.at >= span.from && i.at <= span.to)
    .sort((a, b) => a.at - b.at)
}

/** The instants of the exits whose badge would overlap the next or previous one on a `trackPx` wide track. */
export function crowdedExits(items: Item[], span: Span, trackPx: number): Set<number> {
  const exits = items.filter((i) => i.exit)
  const xs = exits.map((i) => (position(i.at, span) / 100) * trackPx)
  const out = new Set<number>()
  exits.forEach((i, k) => {
    if (xs[k]! - (xs[k - 1] ?? -Infinity) < BADGE_PX || (xs[k + 1] ?? Infinity) - xs[k]! < BADGE_PX) out.add(i.at)
  })
  return out
}

/** A bar's left edge and width in % of the track (cut to the span), and the first of `texts` (longest first) that fits in it. */
export function placeBar(s: Segment, span: Span, trackPx: number, texts: string[]): { left: number; width: number; text?: string } {
  const left = position(Math.max(s.from, span.from), span)
  const width = position(Math.min(s.to, span.to), span) - left
  // Roughly 7 px a character at the bars' size, plus the icon and padding.
  const text = texts.find((t) => (width / 100) * trackPx >= t.length * 7 + 26)
  return text === undefined ? { left, width } : { left, width, text }
}

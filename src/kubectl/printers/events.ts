// `kubectl get events` (plain, -o wide, -A, --no-headers): the API server's printEvent cells
// (pkg/printers/internalversion) laid out by cli-runtime's table printer. kubectl adds no sort of its
// own: rows come in API list order (namespace, then name). Pure; "now" is an argument.

import type { KubeEvent } from '../../engine/api/types'
import { humanDuration, timestampMs } from './humanDuration'
import { GET_TABWRITER, TabWriter } from './tabwriter'

/** The `kubectl get events` flags that change the table. */
export interface EventTableOptions {
  /** `-A` / `--all-namespaces`: adds NAMESPACE as the first column. */
  namespaceColumn?: boolean
  /** `-o wide`: adds SUBOBJECT, SOURCE, FIRST SEEN, COUNT and NAME. */
  wide?: boolean
  /** `--no-headers`. */
  noHeaders?: boolean
}

const GO_SPACE = '[\\t\\n\\v\\f\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'
const GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g')

/** Go's strings.TrimSpace: Unicode white space including U+0085, but not the BOM that JS's trim() drops. */
export function goTrimSpace(s: string): string {
  return s.replace(GO_TRIM, '')
}

function since(ts: unknown, now: number): string | undefined {
  const at = timestampMs(ts)
  return at === undefined ? undefined : humanDuration(now - at)
}

/** The ten cells the API server prints for one event (the wide set; plain output drops five). */
export interface EventCells {
  lastSeen: string
  type: string
  reason: string
  object: string
  subobject: string
  source: string
  message: string
  firstSeen: string
  count: string
  name: string
}

/** printEvent: ages fall back from first/lastTimestamp to eventTime and series, OBJECT is `kind/name`. */
export function eventCells(e: KubeEvent, now: number): EventCells {
  const firstSeen = since(e.firstTimestamp, now) ?? since(e.eventTime, now) ?? '<unknown>'
  let lastSeen = since(e.lastTimestamp, now) ?? firstSeen
  let count = e.count ?? 0
  if (e.series) {
    lastSeen = since(e.series.lastObservedTime, now) ?? '<unknown>'
    count = e.series.count
  } else if (count === 0) {
    count = 1
  }
  const ref = e.involvedObject ?? {}
  const kind = (ref.kind ?? '').toLowerCase()
  const component = e.source?.component || e.reportingComponent || ''
  const instance = e.source?.host || e.reportingInstance || ''
  return {
    lastSeen,
    type: e.type ?? '',
    reason: e.reason ?? '',
    object: ref.name ? `${kind}/${ref.name}` : kind,
    subobject: ref.fieldPath ?? '',
    source: instance ? `${component}, ${instance}` : component,
    message: goTrimSpace(e.message ?? ''),
    firstSeen,
    count: String(count),
    name: e.metadata?.name ?? '',
  }
}

/** What the table printer does to a string cell: cut at the first line break (adding "...") and defuse terminal escapes. */
function escapeCell(cell: string): string {
  const cut = cell.search(/[\f\n\r]/)
  const shown = cut >= 0 ? cell.slice(0, cut) + '...' : cell
  return shown.replaceAll('\x1b', '^[').replaceAll('\r', '\\r')
}

/** The stdout of `kubectl get events` for events in API list order; '' when there are none. */
export function formatEventsTable(events: readonly KubeEvent[], now: number, opts: EventTableOptions = {}): string {
  if (events.length === 0) return ''
  const writer = new TabWriter(GET_TABWRITER)
  const header = opts.wide
    ? ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'SUBOBJECT', 'SOURCE', 'MESSAGE', 'FIRST SEEN', 'COUNT', 'NAME']
    : ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']
  if (opts.namespaceColumn) header.unshift('NAMESPACE')
  if (!opts.noHeaders) writer.write(header.join('\t') + '\n')
  for (const e of events) {
    const c = eventCells(e, now)
    const cells = opts.wide
      ? [c.lastSeen, c.type, c.reason, c.object, c.subobject, c.source, c.message, c.firstSeen, c.count, c.name]
      : [c.lastSeen, c.type, c.reason, c.object, c.message]
    if (opts.namespaceColumn) cells.unshift(e.metadata?.namespace ?? '')
    writer.write(cells.map(escapeCell).join('\t') + '\n')
  }
  return writer.flush()
}

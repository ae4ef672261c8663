// The metadata blocks describe shares between objects: multi-line Labels and Annotations (printLabelsMultiline,
// printAnnotationsMultiline) and Go's byte-wise string order. Pure; writes into a describe writer.

import { LEVEL_0, type DescribeWriter } from './prefixWriter'

/** Annotations describe never shows (kubectl apply's bookkeeping). */
const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration'])
const MAX_ANNOTATION_LEN = 140

const utf8 = new TextEncoder()

function byteLength(s: string): number {
  return utf8.encode(s).length
}

/** Go's s[:n] on a UTF-8 string (n counts bytes). */
function byteSlice(s: string, n: number): string {
  return new TextDecoder().decode(utf8.encode(s).slice(0, n))
}

/** Go's sort.Strings order: byte-wise, which for UTF-8 is code point order. */
export function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0)
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i]
  return x.length - y.length
}

/** printLabelsMultiline: `Title:  k=v`, continuation lines aligned by the tabwriter, `<none>` if empty. */
export function writeLabels(w: DescribeWriter, title: string, labels: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`)
  const keys = Object.keys(labels ?? {}).sort(byCodePoint)
  if (keys.length === 0) return w.writeLine('<none>')
  keys.forEach((key, i) => {
    if (i > 0) {
      w.write(LEVEL_0, '')
      w.write(LEVEL_0, '\t')
    }
    w.write(LEVEL_0, `${key}=${labels?.[key]}\n`)
  })
}

/** printAnnotationsMultiline (under `title`): long or multi-line values go on their own lines, cut at 140 bytes. */
export function writeAnnotations(w: DescribeWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`)
  const keys = Object.keys(annotations ?? {}).filter((k) => !SKIPPED_ANNOTATIONS.has(k)).sort(byCodePoint)
  if (keys.length === 0) return w.writeLine('<none>')
  keys.forEach((key, i) => {
    if (i > 0) w.write(LEVEL_0, '\t')
    const raw = annotations?.[key] ?? ''
    const value = raw.endsWith('\n') ? raw.slice(0, -1) : raw
    if (byteLength(value) + byteLength(key) + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`)
      for (const line of value.split('\n')) {
        const shown = byteLength(line) > MAX_ANNOTATION_LEN - 2 ? byteSlice(line, MAX_ANNOTATION_LEN - 2) + '...' : line
        w.write(LEVEL_0, `\t  ${shown}\n`)
      }
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`)
    }
  })
}


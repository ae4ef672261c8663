// Text applets by name: grep/egrep (grep.ts), head, tail (tail.ts), wc and base64 (base64.ts).

import { base64 } from './base64'
import { badOption, getopt, lines, out, readInput, warn, type Applet, type AppletCtx } from './ctx'
import { grep } from './grep'
import { tail } from './tail'

function parseCount(c: AppletCtx, v: string | true | undefined, dflt: number): number | undefined {
  if (v === undefined || v === true) return dflt
  if (!/^[-+]?\d+[kmb]?$/.test(v)) {
    warn(c, `invalid number '${v}'`)
    return undefined
  }
  return parseInt(v, 10)
}

function head(c: AppletCtx): number {
  const o = getopt(c.argv, 'n:c:qv', 'n')
  if ('bad' in o) return badOption(c, o, 'head [OPTIONS] [FILE]...')
  const n = parseCount(c, o.flags.c ?? o.flags.n, 10)
  if (n === undefined) return 1
  const bytes = o.flags.c !== undefined
  const files = o.args.length ? o.args : ['-']
  let status = 0
  let text = ''
  files.forEach((file, k) => {
    const data = readInput(c, file, true)
    if (data === undefined) {
      status = 1
      return
    }
    if (files.length > 1 && !o.flags.q) text += `${k > 0 ? '\n' : ''}==> ${file === '-' ? 'standard input' : file} <==\n`
    if (bytes) {
      text += n < 0 ? data.slice(0, Math.max(0, data.length + n)) : data.slice(0, n)
      return
    }
    const parts = data.match(/[^\n]*\n|[^\n]+$/g) ?? []
    text += (n < 0 ? parts.slice(0, Math.max(0, parts.length + n)) : parts.slice(0, n)).join('')
  })
  out(c, text)
  return status
}

function wc(c: AppletCtx): number {
  const o = getopt(c.argv, 'lwcmL')
  if ('bad' in o) return badOption(c, o, 'wc [-cmlwL] [FILE]...')
  const f = o.flags
  const want = f.l || f.w || f.c || f.m || f.L ? { l: !!f.l, w: !!f.w, c: !!(f.c || f.m), L: !!f.L } : { l: true, w: true, c: true, L: false }
  const columns = Object.values(want).filter(Boolean).length
  const files = o.args.length ? o.args : ['-']
  const totals = { l: 0, w: 0, c: 0, L: 0 }
  let status = 0
  let text = ''
  const row = (v: typeof totals, name: string | undefined) => {
    const nums = (['l', 'w', 'c', 'L'] as const).filter((k) => want[k]).map((k) => v[k])
    const body = columns === 1 && name !== undefined ? String(nums[0]) : columns === 1 ? String(nums[0]) : nums.map((x) => String(x).padStart(9)).join(' ')
    return name === undefined ? body + '\n' : `${body} ${name}\n`
  }
  for (const file of files) {
    const data = readInput(c, file, true)
    if (data === undefined) {
      status = 1
      continue
    }
    const v = {
      l: (data.match(/\n/g) ?? []).length,
      w: data.split(/[ \t\n\r\f\v]+/).filter(Boolean).length,
      c: new TextEncoder().encode(data).length,
      L: Math.max(0, ...lines(data).map((x) => x.length)),
    }
    for (const k of ['l', 'w', 'c'] as const) totals[k] += v[k]
    totals.L = Math.max(totals.L, v.L)
    text += row(v, file === '-' ? undefined : file)
  }
  if (files.length > 1) text += row(totals, 'total')
  out(c, text)
  return status
}

/** Text applets by name. */
export const TEXT_APPLETS: Record<string, Applet> = {
  grep: (c) => grep(c), egrep: (c) => grep(c, true), head, tail, wc, base64,
}

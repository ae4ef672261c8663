// Line-reading applets: grep/egrep, head, tail (including `tail -f`, which never returns), wc.

import type { Gen } from '../shell'
import { isFsError } from '../util'
import { badOption, getopt, lines, out, readInput, usage, warn, type Applet, type AppletCtx } from './ctx'
import { compile } from './regex'

const GREP_USAGE = 'grep [-HhnlLoqvsrRiwFEz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...'
const GREP_HELP = "\n\nSearch for PATTERN in FILEs (or stdin)\n\n\t-H\tAdd 'filename:' prefix\n\t-h\tDo not add 'filename:' prefix\n\t-n\tAdd 'line_no:' prefix\n\t-l\tShow only names of files that match\n\t-L\tShow only names of files that don't match\n\t-c\tShow only count of matching lines\n\t-o\tShow only the matching part of line\n\t-q\tQuiet. Return 0 if PATTERN is found, 1 otherwise\n\t-v\tSelect non-matching lines\n\t-s\tSuppress open and read errors\n\t-r\tRecurse\n\t-R\tRecurse and dereference symlinks\n\t-i\tIgnore case\n\t-w\tMatch whole words only\n\t-x\tMatch whole lines only\n\t-F\tPATTERN is a literal (not regexp)\n\t-E\tPATTERN is an extended regexp\n\t-z\tNUL terminated input\n\t-m N\tMatch up to N times per file\n\t-A N\tPrint N lines of trailing context\n\t-B N\tPrint N lines of leading context\n\t-C N\tSame as '-A N -B N'\n\t-e PTRN\tPattern to match\n\t-f FILE\tRead pattern from file"

function grep(c: AppletCtx, forceExtended = false): number {
  const o = getopt(c.argv, 'HhnlLoqvsrRiwxFEzcm:A:B:C:e:f:')
  if ('bad' in o) {
    badOption(c, o, GREP_USAGE)
    return 2
  }
  const f = o.flags
  const patterns = o.all.e ? [...o.all.e] : []
  const args = [...o.args]
  if (patterns.length === 0) {
    if (args.length === 0) {
      usage(c, GREP_USAGE + GREP_HELP)
      return 2
    }
    patterns.push(args.shift() as string)
  }
  const extended = forceExtended || f.E === true
  const alternatives = patterns.flatMap((p) => p.split('\n'))
  const sources = alternatives.map((p) => {
    let src = f.F ? p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : p
    if (f.w) src = `(?<![\\w])(?:${f.F ? src : `(?:${src})`})(?![\\w])`
    if (f.x) src = `^(?:${src})$`
    return src
  })
  const res = sources.map((s, k) => (f.F || f.w || f.x ? safeRegex(s, f.i ? 'i' : '') : compile(alternatives[k], extended, f.i ? 'i' : '')))
  if (res.some((r) => !r)) {
    warn(c, 'bad regex')
    return 2
  }
  const recursive = f.r === true || f.R === true
  const files = recursive ? args.flatMap((a) => walk(c, a)) : args.length ? args : ['-']
  const showName = files.length > 1 || recursive ? !f.h : f.H === true
  const max = f.m !== undefined ? Number(f.m) : Infinity
  let matchedAny = false
  let error = false
  let text = ''
  for (const file of files) {
    const data = readInput(c, file, true)
    if (data === undefined) {
      error = true
      continue
    }
    let count = 0
    const name = file === '-' ? '(standard input)' : file
    const all = lines(data)
    for (let n = 0; n < all.length && count < max; n++) {
      const line = all[n]
      const hit = res.some((r) => (r as RegExp).test(line))
      if (hit === (f.v === true)) continue
      count++
      matchedAny = true
      if (f.q) return 0
      if (f.l || f.L || f.c) continue
      const prefix = (showName ? name + ':' : '') + (f.n ? `${n + 1}:` : '')
      if (f.o && !f.v) {
        for (const r of res) {
          const g = new RegExp((r as RegExp).source, (r as RegExp).flags + 'g')
          for (const m of line.matchAll(g)) if (m[0]) text += prefix + m[0] + '\n'
        }
      } else text += prefix + line + '\n'
    }
    if (f.c) text += (showName ? name + ':' : '') + count + '\n'
    if (f.l && count > 0) text += name + '\n'
    if (f.L && count === 0) text += name + '\n'
  }
  out(c, text)
  if (error && !(f.q && matchedAny)) return f.s && matchedAny ? 0 : 2
  return matchedAny ? 0 : 1
}

// grep -r: the files under a directory, depth first, in name order.
function walk(c: AppletCtx, path: string): string[] {
  const names = c.sh.world.fs.list(c.sh.resolve(path))
  if (isFsError(names)) return [path]
  return [...names].sort().flatMap((n) => walk(c, `${path.replace(/\/+$/, '')}/${n}`))
}

function safeRegex(src: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(src, flags)
  } catch {
    return undefined
  }
}

function parseCount(c: AppletCtx, v: string | true | undefined, dflt: number): number | undefined {
  if (v === undefined || v === true) return dflt
  if (!/^[-+]?\d+[kmb]?$/.test(v)) {
    warn(c, `invalid number '${v}'`)
    return undefined
  }
  return parseInt(v, 10)
}

function headTail(c: AppletCtx, tail: boolean): number | Gen<number> {
  const o = getopt(c.argv, tail ? 'n:c:fFqvs:' : 'n:c:qv', 'n')
  if ('bad' in o) return badOption(c, o, tail ? 'tail [OPTIONS] [FILE]...' : 'head [OPTIONS] [FILE]...')
  const nRaw = o.flags.n
  const fromStart = tail && typeof nRaw === 'string' && nRaw.startsWith('+')
  const n = parseCount(c, o.flags.c ?? nRaw, 10)
  if (n === undefined) return 1
  const bytes = o.flags.c !== undefined
  const files = o.args.length ? o.args : ['-']
  let status = 0
  let opened = 0
  let text = ''
  files.forEach((file, k) => {
    // head reports a missing file as `head: f: reason`, tail as `tail: can't open 'f': reason`.
    const data = readInput(c, file, !tail)
    if (data === undefined) {
      status = 1
      return
    }
    opened++
    if (files.length > 1 && !o.flags.q) text += `${k > 0 ? '\n' : ''}==> ${file === '-' ? 'standard input' : file} <==\n`
    if (bytes) {
      text += tail ? (fromStart ? data.slice(Math.max(0, n - 1)) : data.slice(Math.max(0, data.length - Math.abs(n)))) : n < 0 ? data.slice(0, Math.max(0, data.length + n)) : data.slice(0, n)
      return
    }
    const parts = data.match(/[^\n]*\n|[^\n]+$/g) ?? []
    let pick: string[]
    if (!tail) pick = n < 0 ? parts.slice(0, Math.max(0, parts.length + n)) : parts.slice(0, n)
    else if (fromStart) pick = parts.slice(Math.max(0, n - 1))
    else pick = n === 0 ? [] : parts.slice(-Math.abs(n))
    text += pick.join('')
  })
  out(c, text)
  if (tail && opened === 0) warn(c, 'no files')
  if (tail && (o.flags.f || o.flags.F)) return followForever()
  return status
}

// `tail -f` keeps the container alive: it never returns on its own.
function* followForever(): Gen<number> {
  for (;;) yield { sleep: Infinity }
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
  grep: (c) => grep(c), egrep: (c) => grep(c, true), head: (c) => headTail(c, false), tail: (c) => headTail(c, true), wc,
}

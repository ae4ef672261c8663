// Stream editors: tr, sed (s///, p, d, q with simple addresses, -n, -i, -E), cut, sort, uniq, tee.

import { errnoText, table } from '../util'
import { badOption, getopt, lines, out, readInput, usage, warn, type Applet, type AppletCtx } from './ctx'
import { expandEscapes } from './printf'
import { compile } from './regex'

const TR_CLASSES: Record<string, string> = table({
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', lower: 'abcdefghijklmnopqrstuvwxyz', digit: '0123456789',
  space: ' \t\n\r\f\v', blank: ' \t',
})

function trSet(spec: string): string[] {
  const src = [...expandEscapes(spec, false).s]
  const set: string[] = []
  for (let i = 0; i < src.length; i++) {
    const rest = src.slice(i).join('')
    const cls = /^\[:([a-z]+):\]/.exec(rest)
    if (cls) {
      const chars = cls[1] === 'alpha' ? TR_CLASSES.upper + TR_CLASSES.lower : cls[1] === 'alnum' ? TR_CLASSES.upper + TR_CLASSES.lower + TR_CLASSES.digit : TR_CLASSES[cls[1]] ?? ''
      set.push(...chars)
      i += cls[0].length - 1
    } else if (src[i + 1] === '-' && src[i + 2] !== undefined) {
      for (let k = src[i].charCodeAt(0); k <= src[i + 2].charCodeAt(0); k++) set.push(String.fromCharCode(k))
      i += 2
    } else set.push(src[i])
  }
  return set
}

function tr(c: AppletCtx): number {
  const o = getopt(c.argv, 'cdsC')
  if ('bad' in o || o.args.length === 0) return usage(c, 'tr [-cds] STRING1 [STRING2]\n\nTranslate, squeeze, or delete characters from stdin, writing to stdout\n\n\t-c\tTake complement of STRING1\n\t-d\tDelete input characters coded STRING1\n\t-s\tSqueeze multiple output characters of STRING2 into one character')
  const set1 = trSet(o.args[0])
  const set2 = o.args[1] !== undefined ? trSet(o.args[1]) : []
  const input = c.io.readAll(0)
  const inSet1 = (ch: string) => set1.includes(ch) !== (o.flags.c === true)
  let result = ''
  for (const ch of input) {
    if (o.flags.d) {
      if (!inSet1(ch)) result += ch
      continue
    }
    let mapped = ch
    if (set2.length > 0 && inSet1(ch)) {
      const k = o.flags.c ? set2.length - 1 : set1.indexOf(ch)
      mapped = set2[Math.min(k, set2.length - 1)]
    }
    const squeezeSet = set2.length > 0 ? set2 : set1
    if (o.flags.s && result.endsWith(mapped) && squeezeSet.includes(mapped)) continue
    result += mapped
  }
  out(c, result)
  return 0
}

type SedCmd = { addr?: RegExp | number | '$'; op: 's'; re: RegExp; rep: string; global: boolean; nth: number; print: boolean } | { addr?: RegExp | number | '$'; op: 'p' | 'd' | 'q' }

function parseSed(script: string, extended: boolean): SedCmd[] | string {
  const cmds: SedCmd[] = []
  let i = 0
  while (i < script.length) {
    while (i < script.length && /[\s;]/.test(script[i])) i++
    if (i >= script.length) break
    let addr: SedCmd['addr']
    const num = /^\d+/.exec(script.slice(i))
    if (num) {
      addr = Number(num[0])
      i += num[0].length
    } else if (script[i] === '$') {
      addr = '$'
      i++
    } else if (script[i] === '/') {
      const end = findDelim(script, i + 1, '/')
      if (end < 0) return 'unterminated address regex'
      const re = compile(script.slice(i + 1, end), extended)
      if (!re) return 'bad regex'
      addr = re
      i = end + 1
    }
    const op = script[i++]
    if (op === 's') {
      const d = script[i]
      const e1 = findDelim(script, i + 1, d)
      const e2 = e1 < 0 ? -1 : findDelim(script, e1 + 1, d)
      if (e2 < 0) return `unmatched '${d}'`
      const flagText = /^[gpiI0-9]*/.exec(script.slice(e2 + 1))?.[0] ?? ''
      const re = compile(script.slice(i + 1, e1).split('\\' + d).join(d), extended, /[iI]/.test(flagText) ? 'g' + 'i' : 'g')
      if (!re) return 'bad regex'
      cmds.push({ addr, op: 's', re, rep: script.slice(e1 + 1, e2), global: flagText.includes('g'), nth: Number(/\d+/.exec(flagText)?.[0] ?? 1), print: flagText.includes('p') })
      i = e2 + 1 + flagText.length
    } else if (op === 'p' || op === 'd' || op === 'q') cmds.push({ addr, op })
    else return `unsupported command ${op}`
  }
  return cmds
}

function findDelim(s: string, from: number, d: string): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++
    else if (s[i] === d) return i
  }
  return -1
}

function substitute(line: string, cmd: SedCmd & { op: 's' }): { text: string; changed: boolean } {
  let n = 0
  let changed = false
  const text = line.replace(cmd.re, (...m) => {
    n++
    if (!cmd.global && n !== cmd.nth) return m[0]
    if (cmd.global && n < cmd.nth) return m[0]
    changed = true
    const groups = m.slice(0, -2) as string[]
    return cmd.rep.replace(/\\(\d)|\\n|\\(.)|&/g, (r, d?: string, other?: string) => (r === '&' ? groups[0] : d !== undefined ? groups[Number(d)] ?? '' : r === '\\n' ? '\n' : other ?? ''))
  })
  return { text, changed }
}

function sed(c: AppletCtx): number {
  const o = getopt(c.argv, 'nrEie:f:s')
  if ('bad' in o) return badOption(c, o, 'sed [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...')
  const args = [...o.args]
  const scripts = o.all.e ? [...o.all.e] : args.length ? [args.shift() as string] : []
  if (scripts.length === 0) return usage(c, 'sed [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...')
  const cmds = parseSed(scripts.join('\n'), o.flags.r === true || o.flags.E === true)
  if (typeof cmds === 'string') {
    warn(c, cmds)
    return 1
  }
  const run = (input: string): { text: string; quit: boolean } => {
    const all = lines(input)
    let text = ''
    for (let n = 0; n < all.length; n++) {
      let line = all[n]
      let deleted = false
      let quit = false
      for (const cmd of cmds) {
        if (cmd.addr !== undefined && !(cmd.addr === '$' ? n === all.length - 1 : typeof cmd.addr === 'number' ? cmd.addr === n + 1 : new RegExp(cmd.addr.source, cmd.addr.flags.replace('g', '')).test(line))) continue
        if (cmd.op === 's') {
          const r = substitute(line, cmd)
          line = r.text
          if (r.changed && cmd.print) text += line + '\n'
        } else if (cmd.op === 'p') text += line + '\n'
        else if (cmd.op === 'd') {
          deleted = true
          break
        } else quit = true
        if (quit) break
      }
      if (!deleted && !o.flags.n) text += line + '\n'
      if (quit) return { text, quit }
    }
    return { text, quit: false }
  }
  let status = 0
  if (o.flags.i) {
    for (const f of args) {
      const data = readInput(c, f)
      if (data === undefined) {
        status = 1
        continue
      }
      const err = c.sh.world.fs.writeFile(c.sh.resolve(f), run(data).text, false)
      if (err) {
        warn(c, `can't create '${f}': ${errnoText(err)}`)
        status = 4
      }
    }
    return status
  }
  let input = ''
  for (const f of args.length ? args : ['-']) {
    const data = readInput(c, f)
    if (data === undefined) status = 2
    else input += data
  }
  out(c, run(input).text)
  return status
}

function fieldList(spec: string): ((n: number) => boolean) | undefined {
  const ranges = spec.split(',').map((r) => /^(\d*)(-?)(\d*)$/.exec(r))
  if (ranges.some((m) => !m || (m[1] === '' && m[3] === ''))) return undefined
  return (n) => ranges.some((m) => {
    const [, a, dash, b] = m as RegExpExecArray
    const lo = a === '' ? 1 : Number(a)
    const hi = dash ? (b === '' ? Infinity : Number(b)) : lo
    return n >= lo && n <= hi
  })
}

function cut(c: AppletCtx): number {
  const o = getopt(c.argv, 'd:f:c:b:sn')
  if ('bad' in o) return badOption(c, o, 'cut [OPTIONS] [FILE]...')
  const spec = (o.flags.f ?? o.flags.c ?? o.flags.b) as string | undefined
  if (spec === undefined) {
    warn(c, 'expected a list of bytes, characters, or fields')
    return 1
  }
  const pick = fieldList(spec)
  if (!pick) {
    warn(c, 'invalid byte or field list')
    return 1
  }
  const delim = typeof o.flags.d === 'string' ? o.flags.d : '\t'
  let text = ''
  let status = 0
  for (const f of o.args.length ? o.args : ['-']) {
    const data = readInput(c, f)
    if (data === undefined) {
      status = 1
      continue
    }
    for (const line of lines(data)) {
      if (o.flags.f === undefined) text += [...line].filter((_ch, k) => pick(k + 1)).join('') + '\n'
      else if (!line.includes(delim)) text += o.flags.s ? '' : line + '\n'
      else text += line.split(delim).filter((_x, k) => pick(k + 1)).join(delim) + '\n'
    }
  }
  out(c, text)
  return status
}

function sort(c: AppletCtx): number {
  const o = getopt(c.argv, 'nrufbdt:k:s')
  if ('bad' in o) return badOption(c, o, 'sort [-nrufbd] [FILE]...')
  let all: string[] = []
  for (const f of o.args.length ? o.args : ['-']) all.push(...lines(readInput(c, f) ?? ''))
  const num = (s: string) => parseFloat(s) || 0
  all.sort((a, b) => (o.flags.n ? num(a) - num(b) || (a < b ? -1 : a > b ? 1 : 0) : a < b ? -1 : a > b ? 1 : 0))
  if (o.flags.r) all.reverse()
  if (o.flags.u) all = all.filter((x, k) => k === 0 || x !== all[k - 1])
  out(c, all.map((x) => x + '\n').join(''))
  return 0
}

function uniq(c: AppletCtx): number {
  const o = getopt(c.argv, 'cdu')
  if ('bad' in o) return badOption(c, o, 'uniq [-cdu] [INPUT [OUTPUT]]')
  const all = lines(readInput(c, o.args[0] ?? '-') ?? '')
  let text = ''
  for (let k = 0; k < all.length; ) {
    let j = k
    while (j < all.length && all[j] === all[k]) j++
    const n = j - k
    if ((!o.flags.d || n > 1) && (!o.flags.u || n === 1)) text += (o.flags.c ? `${String(n).padStart(7)} ` : '') + all[k] + '\n'
    k = j
  }
  out(c, text)
  return 0
}

function tee(c: AppletCtx): number {
  const o = getopt(c.argv, 'ai')
  if ('bad' in o) return badOption(c, o, 'tee [-ai] [FILE]...')
  const data = c.io.readAll(0)
  let status = 0
  for (const f of o.args) {
    const err = c.sh.world.fs.writeFile(c.sh.resolve(f), data, o.flags.a === true)
    if (err) {
      warn(c, `can't open '${f}': ${errnoText(err)}`)
      status = 1
    }
  }
  out(c, data)
  return status
}

/** Editing applets by name. */
export const EDIT_APPLETS: Record<string, Applet> = { tr, sed, cut, sort, uniq, tee }

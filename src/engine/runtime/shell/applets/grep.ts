// grep and egrep as busybox runs them, context lines included: one pass per file with a ring of
// leading lines, trailing lines counted down, and the `--` between groups decided, as in
// busybox's grep.c, by the last line number printed (across files too).

import { errnoText, isFsError } from '../util'
import { badOption, getopt, lines, out, readInput, usage, warn, type AppletCtx } from './ctx'
import { compile } from './regex'

const GREP_USAGE = 'grep [-HhnlLoqvsrRiwFEz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...'
const GREP_HELP = "\n\nSearch for PATTERN in FILEs (or stdin)\n\n\t-H\tAdd 'filename:' prefix\n\t-h\tDo not add 'filename:' prefix\n\t-n\tAdd 'line_no:' prefix\n\t-l\tShow only names of files that match\n\t-L\tShow only names of files that don't match\n\t-c\tShow only count of matching lines\n\t-o\tShow only the matching part of line\n\t-q\tQuiet. Return 0 if PATTERN is found, 1 otherwise\n\t-v\tSelect non-matching lines\n\t-s\tSuppress open and read errors\n\t-r\tRecurse\n\t-R\tRecurse and dereference symlinks\n\t-i\tIgnore case\n\t-w\tMatch whole words only\n\t-x\tMatch whole lines only\n\t-F\tPATTERN is a literal (not regexp)\n\t-E\tPATTERN is an extended regexp\n\t-z\tNUL terminated input\n\t-m N\tMatch up to N times per file\n\t-A N\tPrint N lines of trailing context\n\t-B N\tPrint N lines of leading context\n\t-C N\tSame as '-A N -B N'\n\t-e PTRN\tPattern to match\n\t-f FILE\tRead pattern from file"

const INT_MAX = 2 ** 31 - 1

interface Pattern {
  text: string
  /** The bare pattern, global: -o's later pieces. */
  re: RegExp
  /** Where the line matches as -w/-x want it, or undefined. */
  find(line: string): [number, number] | undefined
}

// getopt32's "+" numbers: digits only, at most INT_MAX.
function count(v: string): number | undefined {
  return /^\d+$/.test(v) && Number(v) <= INT_MAX ? Number(v) : undefined
}

/** grep (egrep when `forceExtended`): returns 0 on a match, 1 on none, 2 on errors. */
export function grep(c: AppletCtx, forceExtended = false): number {
  const o = getopt(c.argv, 'HhnlLoqvsrRiwxFEzcm:A:B:C:e:f:')
  if ('bad' in o) {
    badOption(c, o, GREP_USAGE)
    return 2
  }
  const f = o.flags
  // -C sets both and a later -A or -B overrides it (and the reverse): the last one wins.
  let after = 0
  let before = 0
  let max = Infinity
  for (const [k, v] of o.order) {
    if (!'ABCm'.includes(k) || v === true) continue
    const n = count(v)
    if (n === undefined) {
      warn(c, `invalid number '${v}'`)
      return 2
    }
    if (k === 'A' || k === 'C') after = n
    if (k === 'B' || k === 'C') before = n
    if (k === 'm') max = n
  }
  const texts = [...(o.all.e ?? [])]
  let invert = f.v === true
  for (const file of o.all.f ?? []) {
    const data = readInput(c, file)
    if (data === undefined) return 2
    texts.push(...lines(data))
  }
  const args = [...o.args]
  if (texts.length === 0 && !f.f) {
    if (args.length === 0) {
      usage(c, GREP_USAGE + GREP_HELP)
      return 2
    }
    texts.push(args.shift() as string)
  }
  // `-f EMPTY`: GNU grep's "nothing matches", done as busybox does it: match '' and invert.
  if (texts.length === 0) {
    texts.push('')
    invert = !invert
  }
  const patterns = compilePatterns(texts, f, forceExtended || f.E === true)
  if (!patterns) {
    warn(c, 'bad regex')
    return 2
  }
  const quietish = f.c || f.q || f.l || f.L
  if (quietish) after = before = 0
  const showLineNo = f.n === true && !quietish
  const recursive = f.r === true || f.R === true
  const files = recursive ? args.flatMap((a) => walk(c, a)) : args.length ? args : ['-']
  // -H and -h: the later one wins; either beats the default (names for several files).
  const nameFlag = o.order.filter(([k]) => k === 'h' || k === 'H').pop()?.[0]
  const showName = nameFlag ? nameFlag === 'H' : files.length > 1 || recursive
  const onlyMatching = f.o === true && !invert

  // State busybox keeps across files: the leading-line ring and the last line number printed.
  const ring: (string | undefined)[] = new Array(before).fill(undefined)
  let didPrint = false
  let lastPrinted = 0
  let text = ''
  let name = ''
  const printLine = (line: string, n: number, deco: string) => {
    // A ring entry left over from the previous file gets a number below 1: busybox drops it.
    if (n < 1) return
    if ((before || after) && didPrint && lastPrinted !== n - 1) text += '--\n'
    didPrint = true
    lastPrinted = n
    if (showName) text += name + deco
    if (showLineNo) text += n + deco
    // GNU grep's -ov prints the prefixes and nothing else; busybox copies it.
    if (!(f.o && f.v)) text += line + '\n'
  }

  let matchedAny = false
  let listedNone = true
  let openErrors = false
  for (const file of files) {
    const data = file === '-' ? c.io.readAll(0) : readFile(c, file, f.s === true)
    if (data === undefined) {
      openErrors = true
      continue
    }
    name = file === '-' ? '(standard input)' : file
    let nmatches = 0
    let printAfter = 0
    let curpos = 0
    let listed = false
    const all = lines(data)
    for (let i = 0; i < all.length; i++) {
      const line = all[i]
      const n = i + 1
      let hit: Pattern | undefined
      let at: [number, number] | undefined
      for (const p of patterns) {
        at = p.find(line)
        if (at) {
          hit = p
          break
        }
      }
      if ((hit !== undefined) !== invert) {
        nmatches++
        matchedAny = true
        if (f.q) {
          out(c, text)
          return 0
        }
        // -l and -L need one match: the file is done (and neither prints a count).
        if (f.l || f.L) {
          if (f.l) text += name + '\n'
          listed = true
          break
        }
        // Trailing context after the last wanted match ends at the next match.
        if (nmatches > max) break
        if (!f.c) {
          if (before && ring[curpos === 0 ? before - 1 : curpos - 1] !== undefined) {
            let first = n - before
            let k = curpos
            while (ring[k] === undefined) {
              k = (k + 1) % before
              first++
            }
            while (ring[k] !== undefined) {
              printLine(ring[k] as string, first, '-')
              ring[k] = undefined
              k = (k + 1) % before
              first++
            }
          }
          printAfter = after
          if (onlyMatching && hit && at) printPieces(hit, at, line, f.F === true, (piece) => printLine(piece, n, ':'))
          // -Fov: the fixed-string -o branch prints only what matched, which is nothing.
          else if (!(f.o && f.F && invert)) printLine(line, n, ':')
        }
      } else if (printAfter) {
        printLine(line, n, '-')
        printAfter--
      } else if (before) {
        ring[curpos] = line
        curpos = (curpos + 1) % before
      }
      if (!printAfter && nmatches === max) break
    }
    if (listed) continue
    if (f.c) text += (showName ? name + ':' : '') + nmatches + '\n'
    if (f.L) {
      text += name + '\n'
      listedNone = false
    }
  }
  out(c, text)
  if (openErrors) return 2
  // -L succeeds when it listed a file.
  if (f.L) return listedNone && !(f.l && matchedAny) ? 1 : 0
  return matchedAny ? 0 : 1
}

// busybox keeps its patterns in a list built by prepending, so the last -e is tried first: with
// -o the first pattern (in that order) that matches a line is the one whose matches print.
function compilePatterns(texts: string[], f: Record<string, string | true>, extended: boolean): Pattern[] | undefined {
  const ci = f.i === true
  const patterns: Pattern[] = []
  for (const text of texts.flatMap((p) => p.split('\n')).reverse()) {
    if (f.F) {
      patterns.push({ text, re: new RegExp(text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), ci ? 'gi' : 'g'), find: fixedFinder(text, f, ci) })
      continue
    }
    const bare = compile(text, extended, ci ? 'gi' : 'g')
    if (!bare) return undefined
    const whole = f.x ? safeRegex(`^(?:${bare.source})$`, ci ? 'i' : '') : undefined
    const find = (line: string): [number, number] | undefined => {
      if (whole) return whole.test(line) ? [0, line.length] : undefined
      return f.w ? wordMatch(bare, line) : firstMatch(bare, line, 0)
    }
    patterns.push({ text, re: bare, find })
  }
  return patterns
}

function firstMatch(re: RegExp, line: string, from: number): [number, number] | undefined {
  re.lastIndex = from
  const m = re.exec(line)
  return m ? [m.index, m.index + m[0].length] : undefined
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9_]/.test(ch)

// grep.c's -w: a match counts when neither neighbour is a word character; otherwise look again
// from the end of that match. An empty match at the search start ends the search ("grep -w ^"
// matches nothing).
function wordMatch(re: RegExp, line: string): [number, number] | undefined {
  for (let from = 0; ; ) {
    const m = firstMatch(re, line, from)
    if (!m) return undefined
    if (!isWordChar(line[m[0] - 1]) && !isWordChar(line[m[1]])) return m
    if (m[1] === from) return undefined
    from = m[1]
  }
}

// -F: strstr (strcasestr with -i); -x wants the whole line, -w retries one character further.
function fixedFinder(text: string, f: Record<string, string | true>, ci: boolean): (line: string) => [number, number] | undefined {
  const needle = ci ? text.toLowerCase() : text
  return (line) => {
    const hay = ci ? line.toLowerCase() : line
    for (let from = 0; ; ) {
      const k = hay.indexOf(needle, from)
      if (k < 0) return undefined
      if (f.x) return k === 0 && hay.length === needle.length ? [0, line.length] : undefined
      const end = k + needle.length
      if (!f.w || (!isWordChar(line[k - 1]) && !isWordChar(line[end]))) return [k, end]
      from = k + 1
    }
  }
}

// -o: the match that selected the line, then each later non-empty match; with -F busybox prints
// the pattern itself, once per line.
function printPieces(p: Pattern, at: [number, number], line: string, fixed: boolean, print: (piece: string) => void): void {
  if (fixed) {
    print(p.text)
    return
  }
  let [start, end] = at
  for (;;) {
    if (end > start) print(line.slice(start, end))
    if (end >= line.length) return
    const next = firstMatch(p.re, line, end > start ? end : end + 1)
    if (!next) return
    ;[start, end] = next
  }
}

function readFile(c: AppletCtx, file: string, silent: boolean): string | undefined {
  if (file === '/dev/null') return ''
  const r = c.sh.world.fs.readFile(c.sh.resolve(file))
  if (!isFsError(r)) return r.data
  if (!silent) warn(c, `${file}: ${errnoText(r)}`)
  return undefined
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

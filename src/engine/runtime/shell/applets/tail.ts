// tail, including -f and -F: the first output, then busybox's poll loop on the virtual clock
// (every 1 s, or -s N: re-read each file by name, print what was appended; -F also re-opens a
// name that appears, vanishes or comes back). A following tail ends only when it is killed.

import type { Gen } from '../shell'
import { isFsError } from '../util'
import { badOption, getopt, out, readInput, warn, type AppletCtx } from './ctx'

const TAIL_USAGE = 'tail [OPTIONS] [FILE]...\n\nPrint last 10 lines of FILEs (or stdin) to.\nWith more than one FILE, precede each with a filename header.\n\n\t-c [+]N[bkm]\tPrint last N bytes\n\t-n N[bkm]\tPrint last N lines\n\t-n +N[bkm]\tStart on Nth line and print the rest\n\t\t\t(b:*512 k:*1024 m:*1024^2)\n\t-q\t\tNever print headers\n\t-v\t\tAlways print headers\n\t-f\t\tPrint data as file grows\n\t-F\t\tSame as -f, but keep retrying\n\t-s SECONDS\tWait SECONDS between reads with -f'
const SUFFIXES: Record<string, number> = { '': 1, b: 512, k: 1024, m: 1024 * 1024 }

// `-s 0` makes busybox spin; the simulation polls at most ten times per virtual second.
const MIN_PERIOD_MS = 100

/** tail [-n N|-c N] [-fFqv] [-s SECONDS] [FILE]...: the end of each file, then (-f/-F) what is appended. */
export function tail(c: AppletCtx): number | Gen<number> {
  let count = 10
  let fromTop = false
  // tail.c's eat_num: '+' counts from the top, '-' is ignored, b/k/m multiply.
  const eat = (v: string): boolean => {
    const m = /^[-+]?(\d+)([bkm]?)$/.exec(v)
    if (!m) {
      warn(c, `invalid number '${v}'`)
      return false
    }
    if (v[0] === '+') fromTop = true
    count = Number(m[1]) * SUFFIXES[m[2]]
    return true
  }
  // The legacy `tail -3 FILE` / `tail +3 FILE`, only as the first argument.
  let argv = c.argv
  if (/^[-+]\d/.test(argv[1] ?? '')) {
    if (!eat(argv[1])) return 1
    argv = [argv[0], ...argv.slice(2)]
  }
  const o = getopt(argv, 'n:c:fFqvs:')
  if ('bad' in o) return badOption(c, o, TAIL_USAGE)
  // -c selects bytes; the count is -n's when both are given.
  const bytes = o.flags.c !== undefined
  if (typeof o.flags.c === 'string' && !eat(o.flags.c)) return 1
  if (typeof o.flags.n === 'string' && !eat(o.flags.n)) return 1
  const retry = o.flags.F === true
  const following = retry || o.flags.f === true
  let periodMs = 1000
  if (typeof o.flags.s === 'string') {
    // busybox 1.35 reads -s as whole seconds.
    if (!/^\d+$/.test(o.flags.s)) {
      warn(c, `invalid number '${o.flags.s}'`)
      return 1
    }
    periodMs = Math.max(MIN_PERIOD_MS, Number(o.flags.s) * 1000)
  }
  const named = o.args.length > 0
  // Files that cannot be opened drop out, except under -F, which keeps trying them.
  const files: { file: string; data: string | undefined }[] = []
  let status = 0
  for (const file of named ? o.args : ['-']) {
    const data = readInput(c, file)
    if (data === undefined) status = 1
    if (data !== undefined || retry) files.push({ file, data })
  }
  if (files.length === 0) {
    warn(c, 'no files')
    return 1
  }
  const headers = o.flags.v ? true : o.flags.q ? false : files.length > 1
  let text = ''
  let first = true
  const followed: Followed[] = []
  let fd = 3
  for (const { file, data } of files) {
    const still = file === '-' || file === '/dev/null'
    followed.push({ name: file, fd: data === undefined ? -1 : file === '-' ? 0 : fd++, pos: data?.length ?? 0, still })
    if (data === undefined) continue
    if (headers) text += `${first ? '' : '\n'}==> ${named ? file : 'standard input'} <==\n`
    first = false
    text += pick(data, count, bytes, fromTop)
  }
  out(c, text)
  if (!following) return status
  return follow(c, followed, { retry, headers, periodMs })
}

function pick(data: string, n: number, bytes: boolean, fromTop: boolean): string {
  if (bytes) return fromTop ? data.slice(Math.max(0, n - 1)) : n === 0 ? '' : data.slice(-n)
  const parts = data.match(/[^\n]*\n|[^\n]+$/g) ?? []
  if (fromTop) return parts.slice(Math.max(0, n - 1)).join('')
  return n === 0 ? '' : parts.slice(-n).join('')
}

/** One file operand of a following tail, as the first output left it. */
interface Followed {
  name: string
  /** busybox's descriptor number (3, 4, ...), -1 while the name could not be opened. */
  fd: number
  /** How much of the file has been printed (characters). */
  pos: number
  /** Stdin or /dev/null: nothing will ever be appended that tail could see. */
  still?: boolean
}

/** How a following tail behaves: -F, the `==> name <==` headers, the poll period. */
interface FollowOptions {
  retry: boolean
  headers: boolean
  periodMs: number
}

/**
 * Follows `files` forever, printing appended data as other processes write it. A file that
 * shrank is read again from the start (busybox checks size < offset, so a file emptied and
 * refilled past the old offset before the next poll loses its first bytes, as in busybox).
 * Files are followed by name: the world has no inodes, so `mv` over a followed file reads as a
 * rewrite, and plain -f stops at a name that disappears (busybox keeps the deleted file open).
 */
function* follow(c: AppletCtx, files: Followed[], options: FollowOptions): Gen<number> {
  const polled = files.filter((f) => !f.still)
  // The learner's terminal and kubectl exec cannot stream a shell command; their worlds carry a
  // host command table, and there a follow blocks until they end it as Ctrl+C would.
  if (polled.length === 0 || c.sh.world.commands !== undefined) for (;;) yield { sleep: Infinity }
  const open = new Set(files.filter((f) => f.fd >= 0).map((f) => f.fd))
  const gone = new Set<Followed>()
  let prevFd = files[files.length - 1].fd
  const openFd = () => {
    let fd = 3
    while (open.has(fd)) fd++
    open.add(fd)
    return fd
  }
  for (;;) {
    yield { sleep: options.periodMs }
    for (const file of polled) {
      const r = c.sh.world.fs.readFile(c.sh.resolve(file.name))
      const data = isFsError(r) ? undefined : r.data
      if (options.retry && (file.fd < 0 || gone.has(file) || data === undefined)) {
        if (data !== undefined) {
          // busybox closes the old descriptor first, so the new one gets the same number.
          if (file.fd >= 0) open.delete(file.fd)
          warn(c, `${file.name} has ${file.fd < 0 ? 'appeared' : 'been replaced'}; following end of new file`)
          file.fd = openFd()
          file.pos = 0
          gone.delete(file)
        } else if (file.fd >= 0) {
          warn(c, `${file.name} has been renamed or deleted: No such file or directory`)
          gone.add(file)
        }
      } else if (data === undefined && file.fd >= 0) gone.add(file)
      if (file.fd < 0 || gone.has(file) || data === undefined) continue
      if (data.length > 0 && data.length < file.pos) file.pos = 0
      const fresh = data.slice(file.pos)
      if (fresh === '') continue
      file.pos = data.length
      if (options.headers && file.fd !== prevFd) {
        c.io.write(1, `\n==> ${file.name} <==\n`)
        prevFd = file.fd
      }
      c.io.write(1, fresh)
    }
  }
}

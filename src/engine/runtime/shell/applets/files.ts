// File applets over the world's filesystem: cat, ls, mkdir, rmdir, touch, cp, mv, rm, with
// busybox's messages (`can't create directory`, `omitting directory`, ...).

import type { FileStat, FsError } from '../world'
import { errnoText, isFsError } from '../util'
import { badOption, getopt, out, readInput, usage, warn, type Applet, type AppletCtx } from './ctx'

function cat(c: AppletCtx): number {
  const o = getopt(c.argv, 'nbuvAesT')
  if ('bad' in o) return badOption(c, o, 'cat [-nbvteA] [FILE]...')
  let status = 0
  let text = ''
  for (const f of o.args.length ? o.args : ['-']) {
    const path = c.sh.resolve(f)
    const st = f === '-' ? undefined : c.sh.world.fs.stat(path)
    if (st && !isFsError(st) && st.type === 'dir') {
      warn(c, 'read error: Is a directory')
      status = 1
      continue
    }
    const data = readInput(c, f)
    if (data === undefined) status = 1
    else text += data
  }
  if (o.flags.n) {
    let k = 0
    text = text.replace(/^(.*)(\n|$)/gm, (m, line: string, nl: string) => (m === '' ? '' : `${String(++k).padStart(6)}\t${line}${nl}`))
  }
  out(c, text)
  return status
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function modeString(st: FileStat): string {
  const bits = 'rwxrwxrwx'
  let s = st.type === 'dir' ? 'd' : '-'
  for (let k = 0; k < 9; k++) s += st.mode & (1 << (8 - k)) ? bits[k] : '-'
  return s
}

function lsTime(mtime: number, now: number): string {
  const d = new Date(mtime)
  const day = String(d.getUTCDate()).padStart(2)
  const recent = mtime <= now + 3600_000 && now - mtime < 182.5 * 86400_000
  const tail = recent ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` : ` ${d.getUTCFullYear()}`
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`
}

function ls(c: AppletCtx): number {
  const o = getopt(c.argv, '1aAlCdFhR')
  if ('bad' in o) return badOption(c, o, 'ls [-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...')
  const fs = c.sh.world.fs
  const long = o.flags.l === true
  const line = (name: string, path: string, st: FileStat) => {
    if (!long) return name + '\n'
    const links = st.type === 'dir' ? 2 + countSubdirs(c, path) : 1
    return `${modeString(st)} ${String(links).padStart(4)} ${'root'.padEnd(8)} ${'root'.padEnd(8)} ${String(st.size).padStart(9)} ${lsTime(st.mtime, c.sh.clock.now)} ${name}\n`
  }
  const targets = o.args.length ? o.args : ['.']
  let status = 0
  const files: string[] = []
  const dirs: string[] = []
  for (const t of targets) {
    const st = fs.stat(c.sh.resolve(t))
    if (isFsError(st)) {
      warn(c, `${t}: ${errnoText(st)}`)
      status = 1
    } else if (st.type === 'dir' && !o.flags.d) dirs.push(t)
    else files.push(t)
  }
  let text = ''
  for (const f of files.sort()) text += line(f, c.sh.resolve(f), fs.stat(c.sh.resolve(f)) as FileStat)
  dirs.sort().forEach((d, k) => {
    const path = c.sh.resolve(d)
    if (files.length > 0 || dirs.length > 1) text += `${files.length > 0 || k > 0 ? '\n' : ''}${d}:\n`
    const names = fs.list(path)
    if (isFsError(names)) return
    const shown = [...(o.flags.a ? ['.', '..'] : []), ...names.filter((n) => o.flags.a || o.flags.A || !n.startsWith('.'))].sort()
    const entries = shown.map((n) => {
      const p = n === '.' ? path : n === '..' ? c.sh.resolve(path + '/..') : (path === '/' ? '' : path) + '/' + n
      return { n, p, st: fs.stat(p) }
    })
    if (long) text += `total ${entries.reduce((sum, e) => sum + (isFsError(e.st) ? 0 : Math.ceil(e.st.size / 4096) * 4), 0)}\n`
    for (const e of entries) if (!isFsError(e.st)) text += line(e.n, e.p, e.st)
  })
  out(c, text)
  return status
}

function countSubdirs(c: AppletCtx, path: string): number {
  const names = c.sh.world.fs.list(path)
  if (isFsError(names)) return 0
  return names.filter((n) => {
    const st = c.sh.world.fs.stat((path === '/' ? '' : path) + '/' + n)
    return !isFsError(st) && st.type === 'dir'
  }).length
}

function mkdir(c: AppletCtx): number {
  const o = getopt(c.argv, 'pm:v')
  if ('bad' in o) return badOption(c, o, 'mkdir [-m MODE] [-p] DIRECTORY...')
  if (o.args.length === 0) return usage(c, 'mkdir [-m MODE] [-p] DIRECTORY...\n\nCreate DIRECTORY\n\n\t-m MODE\tMode\n\t-p\tNo error if exists; make parent directories as needed')
  const fs = c.sh.world.fs
  let status = 0
  for (const dir of o.args) {
    if (!o.flags.p) {
      const err = fs.mkdir(c.sh.resolve(dir))
      if (err) {
        warn(c, `can't create directory '${dir}': ${errnoText(err)}`)
        status = 1
      }
      continue
    }
    const segs = dir.split('/')
    for (let k = 1; k <= segs.length; k++) {
      const shown = segs.slice(0, k).join('/')
      if (shown === '' || segs[k - 1] === '') continue
      const path = c.sh.resolve(shown)
      const st = fs.stat(path)
      if (!isFsError(st)) {
        if (st.type === 'dir') continue
        warn(c, `can't create directory '${k === segs.length ? shown : shown + '/'}': ${errnoText(k === segs.length ? 'EEXIST' : 'ENOTDIR')}`)
        status = 1
        break
      }
      const err = fs.mkdir(path)
      if (err) {
        warn(c, `can't create directory '${shown}': ${errnoText(err)}`)
        status = 1
        break
      }
    }
  }
  return status
}

function rmdir(c: AppletCtx): number {
  let status = 0
  for (const d of c.argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const path = c.sh.resolve(d)
    const st = c.sh.world.fs.stat(path)
    const err = isFsError(st) ? st : st.type !== 'dir' ? 'ENOTDIR' : c.sh.world.fs.remove(path)
    if (err) {
      warn(c, `'${d}': ${errnoText(err)}`)
      status = 1
    }
  }
  return status
}

function touch(c: AppletCtx): number {
  const o = getopt(c.argv, 'cd:t:r:am')
  if ('bad' in o) return badOption(c, o, 'touch [-c] [-d DATE] [-t DATE] [-r FILE] FILE...')
  let status = 0
  for (const f of o.args) {
    const path = c.sh.resolve(f)
    if (!isFsError(c.sh.world.fs.stat(path))) {
      const err = c.sh.world.fs.writeFile(path, '', true)
      if (err === 'EROFS') {
        warn(c, `${f}: ${errnoText(err)}`)
        status = 1
      }
      continue
    }
    if (o.flags.c) continue
    const err = c.sh.world.fs.writeFile(path, '', false)
    if (err) {
      warn(c, `${f}: ${errnoText(err)}`)
      status = 1
    }
  }
  return status
}

function copyTree(c: AppletCtx, from: string, to: string, shownTo: string): boolean {
  const fs = c.sh.world.fs
  const st = fs.stat(from)
  if (isFsError(st)) return false
  if (st.type === 'dir') {
    const err = isFsError(fs.stat(to)) ? fs.mkdir(to) : undefined
    if (err) {
      warn(c, `can't create directory '${shownTo}': ${errnoText(err)}`)
      return false
    }
    let ok = true
    for (const n of fs.list(from) as string[]) ok = copyTree(c, `${from}/${n}`, `${to}/${n}`, `${shownTo}/${n}`) && ok
    return ok
  }
  const data = fs.readFile(from)
  const err = isFsError(data) ? data : fs.writeFile(to, data.data, false)
  if (err) {
    warn(c, `can't create '${shownTo}': ${errnoText(err)}`)
    return false
  }
  return true
}

const CP_USAGE = "cp [-arPLHpfinlsTu] SOURCE DEST\nor: cp [-arPLHpfinlsu] SOURCE... { -t DIRECTORY | DIRECTORY }\n\nCopy SOURCEs to DEST\n\n\t-a\tSame as -dpR\n\t-R,-r\tRecurse\n\t-d,-P\tPreserve symlinks (default if -R)\n\t-L\tFollow all symlinks\n\t-H\tFollow symlinks on command line\n\t-p\tPreserve file attributes if possible\n\t-f\tOverwrite\n\t-i\tPrompt before overwrite\n\t-n\tDon't overwrite\n\t-l,-s\tCreate (sym)links\n\t-T\tRefuse to copy if DEST is a directory\n\t-t DIR\tCopy all SOURCEs into DIR\n\t-u\tCopy only newer files"
const MV_USAGE = "mv [-fin] SOURCE DEST\nor: mv [-fin] SOURCE... DIRECTORY\n\nRename SOURCE to DEST, or move SOURCEs to DIRECTORY\n\n\t-f\tDon't prompt before overwriting\n\t-i\tInteractive, prompt before overwrite\n\t-n\tDon't overwrite an existing file"

// cp and mv share target resolution: SOURCE... DIR, or SOURCE DEST.
function transfer(c: AppletCtx, move: boolean): number {
  const o = getopt(c.argv, move ? 'fint' : 'arRdPLHpfinlsTut:')
  const text = move ? MV_USAGE : CP_USAGE
  if ('bad' in o) return badOption(c, o, text)
  if (o.args.length < 2) return usage(c, text)
  const fs = c.sh.world.fs
  const dest = o.args[o.args.length - 1]
  const destPath = c.sh.resolve(dest)
  const destSt = fs.stat(destPath)
  const intoDir = !isFsError(destSt) && destSt.type === 'dir'
  let status = 0
  for (const src of o.args.slice(0, -1)) {
    const from = c.sh.resolve(src)
    const base = from.slice(from.lastIndexOf('/') + 1)
    const to = intoDir ? `${destPath === '/' ? '' : destPath}/${base}` : destPath
    const shownTo = intoDir ? `${dest.replace(/\/+$/, '')}/${base}` : dest
    const st = fs.stat(from)
    if (isFsError(st)) {
      warn(c, move ? `can't rename '${src}': ${errnoText(st)}` : `can't stat '${src}': ${errnoText(st)}`)
      status = 1
      continue
    }
    if (move) {
      const err = fs.rename(from, to)
      if (err) {
        warn(c, `can't rename '${src}': ${errnoText(err)}`)
        status = 1
      }
      continue
    }
    if (st.type === 'dir' && !(o.flags.r || o.flags.R || o.flags.a)) {
      warn(c, `omitting directory '${src}'`)
      status = 1
      continue
    }
    if (!copyTree(c, from, to, shownTo)) status = 1
  }
  return status
}

function removeTree(c: AppletCtx, path: string): FsError | undefined {
  const fs = c.sh.world.fs
  const st = fs.stat(path)
  if (!isFsError(st) && st.type === 'dir') for (const n of fs.list(path) as string[]) removeTree(c, `${path === '/' ? '' : path}/${n}`)
  return fs.remove(path)
}

function rm(c: AppletCtx): number {
  const o = getopt(c.argv, 'rRfiv')
  if ('bad' in o) return badOption(c, o, 'rm [-irf] FILE...')
  const recursive = o.flags.r || o.flags.R
  let status = 0
  for (const f of o.args) {
    const path = c.sh.resolve(f)
    const st = c.sh.world.fs.stat(path)
    if (isFsError(st)) {
      if (!o.flags.f) {
        warn(c, `can't remove '${f}': ${errnoText(st)}`)
        status = 1
      }
      continue
    }
    if (st.type === 'dir' && !recursive) {
      warn(c, `'${f}' is a directory`)
      status = 1
      continue
    }
    const err = recursive ? removeTree(c, path) : c.sh.world.fs.remove(path)
    if (err) {
      warn(c, `can't remove '${f}': ${errnoText(err)}`)
      status = 1
    }
  }
  return status
}

/** File applets by name. */
export const FILE_APPLETS: Record<string, Applet> = {
  cat, ls, mkdir, rmdir, touch, rm, cp: (c) => transfer(c, false), mv: (c) => transfer(c, true),
}

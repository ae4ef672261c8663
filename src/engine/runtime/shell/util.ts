// Small helpers shared by the shell and its applets: errno texts as libc prints them, and
// busybox's number parsing for durations.

import type { FsError } from './world'

const STRERROR: Record<FsError, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EROFS: 'Read-only file system',
  EEXIST: 'File exists',
  EACCES: 'Permission denied',
  ENOTEMPTY: 'Directory not empty',
}

/** Copies a lookup table onto a null prototype, so script-chosen keys like `valueOf` find nothing. */
export function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries)
}

/** libc's strerror text; ash replaces ENOENT with its own words in redirection errors. */
export function errnoText(err: FsError, enoent?: string): string {
  return err === 'ENOENT' && enoent ? enoent : STRERROR[err]
}

/** Whether a value returned by a ShellFs call is an errno. */
export function isFsError(v: unknown): v is FsError {
  return typeof v === 'string' && v in STRERROR
}

/** Parses busybox sleep/timeout durations (`5`, `1.5`, `2m`, `1h`, `1d`, `infinity`) into ms; undefined when invalid. */
export function parseDuration(arg: string): number | undefined {
  if (arg === 'inf' || arg === 'infinity') return Infinity
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg)
  if (!m) return undefined
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd']
  return Math.round(Number(m[1]) * unit * 1000)
}

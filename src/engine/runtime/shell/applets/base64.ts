// base64 as busybox has it: encode a file or stdin wrapped at 76 columns (-w COL, 0 = one line),
// or decode with -d, skipping characters outside the alphabet and stopping with "truncated
// input" when a group of four is left incomplete. Text is UTF-8, as everywhere in the world.

import { errnoText, isFsError } from '../util'
import { badOption, getopt, out, usage, warn, type AppletCtx } from './ctx'
import { busyboxBanner } from './version'

const USAGE = 'base64 [-d] [-w COL] [FILE]\n\nBase64 encode or decode FILE to standard output\n\n\t-d\tDecode data\n\t-w COL\tWrap lines at COL (default 76, 0 disables)'
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const INT_MAX = 2 ** 31 - 1

/** base64 [-d] [-w COL] [FILE]: 0 on success, 1 on a bad option, an unreadable file or truncated input. */
export function base64(c: AppletCtx): number {
  // `APPLET --help` prints the usage and succeeds.
  if (c.argv.length === 2 && c.argv[1] === '--help') {
    c.io.write(2, `${busyboxBanner(c.sh.world.busyboxVersion)}\n\nUsage: ${USAGE}\n`)
    return 0
  }
  const o = getopt(c.argv, 'dw:')
  if ('bad' in o) return badOption(c, o, USAGE)
  if (o.args.length > 1) return usage(c, USAGE)
  let width = 76
  if (typeof o.flags.w === 'string') {
    if (!/^\d+$/.test(o.flags.w) || Number(o.flags.w) > INT_MAX) {
      warn(c, `invalid number '${o.flags.w}'`)
      return 1
    }
    width = Number(o.flags.w)
  }
  const file = o.args[0] ?? '-'
  let data: string
  if (file === '-') data = c.io.readAll(0)
  else {
    const r = c.sh.world.fs.readFile(c.sh.resolve(file))
    if (isFsError(r)) {
      warn(c, r === 'EISDIR' ? 'read error: Is a directory' : `${file}: ${errnoText(r)}`)
      return 1
    }
    data = r.data
  }
  if (!o.flags.d) {
    out(c, encode(new TextEncoder().encode(data), width))
    return 0
  }
  const r = decode(data)
  out(c, new TextDecoder().decode(r.bytes))
  if (!r.complete) {
    warn(c, 'truncated input')
    return 1
  }
  return 0
}

function encode(bytes: Uint8Array, width: number): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    s += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63]
    s += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '='
    s += i + 2 < bytes.length ? ALPHABET[n & 63] : '='
  }
  if (s === '' || width === 0) return s
  let text = ''
  for (let i = 0; i < s.length; i += width) text += s.slice(i, i + width) + '\n'
  return text
}

// libbb's read_base64: input is cut into words (at most 80 characters, any space or control
// character ends one) and each is decoded with what the previous word left over.
function decode(input: string): { bytes: Uint8Array; complete: boolean } {
  const bytes: number[] = []
  let pos = 0
  let buf = ''
  for (;;) {
    let end = false
    while (buf.length < 80) {
      if (pos >= input.length) {
        if (buf === '') return { bytes: Uint8Array.from(bytes), complete: true }
        end = true
        break
      }
      const ch = input[pos++]
      if (ch <= ' ') break
      buf += ch
    }
    const rest = decodeWord(buf, bytes)
    if (end) return { bytes: Uint8Array.from(bytes), complete: rest === '' }
    buf = rest
  }
}

// libbb's decode_base64 on one word: characters outside the alphabet are skipped; '=' counts
// only as the fourth character of a group, or as the third when a second '=' follows, and a
// padded group ends the word. Returns what is left undecoded: after a padded group, the rest;
// else the last `i` characters, however many were skipped among them (busybox's `src - i`).
function decodeWord(word: string, bytes: number[]): string {
  let acc = 0
  let i = 0
  let pads = 0
  let k = 0
  while (k < word.length) {
    const ch = word[k++]
    let v = ALPHABET.indexOf(ch)
    if (v < 0) {
      if (ch !== '=' || !(i === 3 || (i === 2 && word[k] === '='))) continue
      v = 0
      pads++
    }
    acc = (acc << 6) | v
    i = (i + 1) & 3
    if (i === 0) {
      bytes.push((acc >> 16) & 255, (acc >> 8) & 255, acc & 255)
      if (pads > 0) {
        bytes.length -= pads
        return word.slice(k)
      }
      acc = 0
    }
  }
  return word.slice(k - i)
}

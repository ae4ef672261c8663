// A link to a moment of a sandbox session: the seed, every command with its virtual instant, and
// the instant on view, in the URL's fragment. The cluster is deterministic, so whoever opens the
// link replays the same commands and sees the same cluster; nothing leaves the browser.

import type { RecordedInput } from './replay'

/** What a shared link carries. */
export interface SharedSession {
  seed: number
  /** Milliseconds after the session's start. */
  inputs: { at: number; end: number; line: string; stdin?: string }[]
  /** The moment to show, milliseconds after the session's start. */
  at: number
}

/** The fragment key of a shared session. */
export const SHARE_KEY = 'session'
/** Links longer than this are refused when read, so a hostile link cannot stall the page. */
export const MAX_SHARE_CHARS = 400_000

function toBase64Url(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
}

/** The fragment (`#session=...`) for a session that started at `startedAt`, shown at instant `at`. Pure. */
export function shareFragment(seed: number, inputs: readonly RecordedInput[], startedAt: number, at: number): string {
  const session: SharedSession = {
    seed,
    inputs: inputs.map((i) => ({ at: i.at - startedAt, end: i.end - startedAt, line: i.line, ...(i.stdin === undefined ? {} : { stdin: i.stdin }) })),
    at: at - startedAt,
  }
  return `#${SHARE_KEY}=${toBase64Url(JSON.stringify(session))}`
}

const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0

/** The session in a URL fragment, or undefined when there is none or it is malformed. Never throws. Pure. */
export function readShared(hash: string): SharedSession | undefined {
  const match = new RegExp(`^#${SHARE_KEY}=([A-Za-z0-9_-]+)$`).exec(hash)
  if (!match || match[1]!.length > MAX_SHARE_CHARS) return undefined
  let value: unknown
  try {
    value = JSON.parse(fromBase64Url(match[1]!))
  } catch {
    return undefined
  }
  const s = value as Partial<SharedSession>
  if (typeof s !== 'object' || s === null || !Number.isSafeInteger(s.seed) || !isTime(s.at) || !Array.isArray(s.inputs)) return undefined
  let last = 0
  for (const i of s.inputs as unknown[]) {
    const input = i as SharedSession['inputs'][number]
    if (typeof input !== 'object' || input === null || !isTime(input.at) || !isTime(input.end) || input.at < last || input.end < input.at) return undefined
    if (typeof input.line !== 'string' || (input.stdin !== undefined && typeof input.stdin !== 'string')) return undefined
    last = input.end
  }
  return { seed: s.seed!, at: s.at, inputs: s.inputs }
}

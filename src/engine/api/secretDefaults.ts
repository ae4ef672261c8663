// What the API server does to a Secret on write: stringData (write-only plain text) is merged into
// data as base64, overriding keys data already has, and an empty type becomes Opaque.
import type { Secret } from './types'

/** UTF-8 text to standard base64, as Go's encoding/base64 prints []byte in JSON. */
export function encodeBase64(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** The Secret as stored: no stringData, its values in data, a type. Pure. */
export function defaultSecret(input: Secret): Secret {
  const { stringData, ...rest } = input
  const out: Secret = { ...rest, type: input.type || 'Opaque' }
  if (stringData && Object.keys(stringData).length > 0) {
    const data: Record<string, string> = { ...input.data }
    for (const [key, value] of Object.entries(stringData)) data[key] = encodeBase64(value)
    out.data = data
  }
  return out
}

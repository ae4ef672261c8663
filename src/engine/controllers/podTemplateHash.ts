// The pod-template-hash the Deployment controller puts in ReplicaSet names and labels, and the
// alphabet apimachinery uses to make such strings safe. Pure.

/** Label and selector key that ties a ReplicaSet and its pods to one template of a Deployment. */
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash'

// apimachinery util/rand: consonants and digits without look-alikes (no vowels, no 0/1/3).
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789'

/** rand.SafeEncodeString: every character mapped onto the safe alphabet by its code. */
export function safeEncodeString(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) out += SAFE_ALPHABET[s.charCodeAt(i) % SAFE_ALPHABET.length]
  return out
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`; returns an unsigned integer. */
export function fnv32a(text: string): number {
  let h = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/**
 * The hash of a pod template as `controller.ComputeHash` words it: FNV-32a, printed in decimal,
 * then safe-encoded (so `668b46c54d`). initlab hashes the template's JSON where Go hashes a
 * spew dump of the struct, so the strings have the real shape but not the real values.
 * `collisionCount` is mixed in as the controller does after a name clash.
 */
export function podTemplateHash(template: unknown, collisionCount?: number): string {
  let text = JSON.stringify(template ?? {})
  if (collisionCount !== undefined) text += String(collisionCount)
  return safeEncodeString(String(fnv32a(text)))
}

// Seeded randomness for everything the engine makes up: uids, container ids, IPs, pull times.
// Math.random is never used, so the same seed gives the same cluster, in the browser and headless.

/** A small deterministic generator (mulberry32) with helpers for Kubernetes-shaped ids. */
export class SeededRandom {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** `n` lowercase hex digits. */
  hex(n: number): string {
    let out = ''
    for (let i = 0; i < n; i++) out += HEX[this.int(0, 15)]
    return out
  }

  /** A random (version 4) UUID, as the API server assigns to metadata.uid. */
  uuid(): string {
    const h = this.hex(32)
    const variant = '89ab'[this.int(0, 3)]
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
  }

  /** `n` characters from the alphabet apimachinery's rand.String uses for generated names. */
  alnum(n: number): string {
    let out = ''
    for (let i = 0; i < n; i++) out += SAFE[this.int(0, SAFE.length - 1)]
    return out
  }

  /** A child generator with its own stream, so adding draws in one place does not shift another. */
  fork(label: string): SeededRandom {
    let h = this.state ^ 0x9e3779b9
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193)
    return new SeededRandom(h >>> 0)
  }
}

const HEX = '0123456789abcdef'
// apimachinery util/rand: consonants and digits without look-alikes (no vowels, no 0/1/3).
const SAFE = 'bcdfghjklmnpqrstvwxz2456789'

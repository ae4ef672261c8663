// The page's clock text: virtual time since the sandbox started, as hh:mm:ss.

/** `ms` of elapsed virtual time as `hh:mm:ss` (hours keep counting past 99). */
export function elapsedClock(ms: number): string {
  const s = Math.floor(ms / 1000)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`
}

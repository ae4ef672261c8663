// Parsers for the scalar types the API server decodes with custom code: resource.Quantity,
// metav1.Time and base64 []byte. Each returns the server's error text, or undefined when valid.

const FORMAT_WRONG = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
const SUFFIXES = new Set(['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'])

/** resource.ParseQuantity's error for `raw` (a JSON string's content or a number's text). */
export function quantityError(raw: string): string | undefined {
  const s = raw.trim()
  if (s === '0') return undefined
  const m = /^([+-]?)([0-9.]*)(.*)$/.exec(s)
  if (!m || s === '' || !/^(\d+\.?\d*|\.\d+)$/.test(m[2])) return FORMAT_WRONG
  const suffix = m[3]
  if (!/^[eEinumkKMGTP]*([-+]?[0-9]*)$/.test(suffix)) return FORMAT_WRONG
  if (SUFFIXES.has(suffix) || /^[eE][-+]?\d+$/.test(suffix)) return undefined
  return "unable to parse quantity's suffix"
}

const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/

/** metav1.Time's error for a timestamp string (the common case of Go's time.Parse message). */
export function timeError(s: string): string | undefined {
  if (RFC3339.test(s)) return undefined
  return `parsing time ${JSON.stringify(s)} as "2006-01-02T15:04:05Z07:00": cannot parse ${JSON.stringify(s)} as "2006"`
}

const B64 = /[A-Za-z0-9+/]/

/** encoding/base64 StdEncoding's error for `s`, as `illegal base64 data at input byte N`. */
export function goBase64Error(s: string): string | undefined {
  const at = base64ErrorOffset(s)
  return at === undefined ? undefined : `illegal base64 data at input byte ${at}`
}

function base64ErrorOffset(s: string): number | undefined {
  let si = 0
  for (;;) {
    // One quantum of four characters; newlines are skipped wherever they appear.
    let j = 0
    while (j < 4) {
      if (si === s.length) {
        if (j === 0) return undefined
        return si - j
      }
      const c = s[si++]
      if (B64.test(c)) { j++; continue }
      if (c === '\n' || c === '\r') continue
      if (c !== '=') return si - 1
      if (j < 2) return si - 1
      if (j === 2) {
        while (si < s.length && (s[si] === '\n' || s[si] === '\r')) si++
        if (si === s.length) return s.length
        if (s[si] !== '=') return si - 1
        si++
      }
      while (si < s.length && (s[si] === '\n' || s[si] === '\r')) si++
      return si < s.length ? si : undefined
    }
  }
}

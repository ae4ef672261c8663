// Kubernetes' `$(VAR)` expansion (third_party/forked/golang/expansion), used for env values,
// command, args and subPathExpr. Not shell expansion: only `$(NAME)` and the `$$` escape.

/**
 * Expands `$(NAME)` with `lookup`; unknown names stay as written, `$$` is one `$`, and any other
 * `$` is kept. Pure.
 */
export function expandVars(input: string, lookup: (name: string) => string | undefined): string {
  let out = ''
  let i = 0
  while (i < input.length) {
    const c = input[i]
    if (c !== '$' || i + 1 >= input.length) {
      out += c
      i++
      continue
    }
    const next = input[i + 1]
    if (next === '$') {
      out += '$'
      i += 2
    } else if (next === '(') {
      const close = input.indexOf(')', i + 2)
      if (close < 0) {
        out += '$('
        i += 2
        continue
      }
      const name = input.slice(i + 2, close)
      const value = lookup(name)
      out += value ?? `$(${name})`
      i = close + 1
    } else {
      out += '$' + next
      i += 2
    }
  }
  return out
}

// The small path grammar of the `spec` condition: dotted field names from the object's root, where a
// list is entered by the `name` of one of its items. Parsing (at load time) and reading a value.

/** One step into an object: a field, then (when `name` is set) the item of that list with that name. */
export interface PathStep {
  field: string
  name?: string
}

/** The fields a path may start from: those of a stored Pod. */
export const PATH_ROOTS = ['metadata', 'spec', 'status'] as const

const FIELD = /^[A-Za-z][A-Za-z0-9]*/
const SELECTOR = /^\[name=([^\]]+)\]/

/**
 * Parses `spec.initContainers[name=init-x].env[name=PASSWORD].valueFrom`: fields are letters and
 * digits, `[name=VALUE]` picks a list item by name. Returns the steps, or one message saying what is
 * wrong and where. Pure.
 */
export function parseObjectPath(text: string): { steps: PathStep[] } | { error: string } {
  const steps: PathStep[] = []
  const fail = (rest: string, want: string) => ({
    error: `${JSON.stringify(text)} is not a path (e.g. spec.containers[name=app].image): ${want}${rest === '' ? ' at its end' : ` at ${JSON.stringify(rest)}`}`,
  })
  let rest = text
  for (;;) {
    const field = FIELD.exec(rest)
    if (!field) return fail(rest, 'want a field name (letters and digits)')
    const step: PathStep = { field: field[0] }
    rest = rest.slice(field[0].length)
    if (rest.startsWith('[')) {
      const selector = SELECTOR.exec(rest)
      if (!selector) return fail(rest, 'a list item is picked by its name, as [name=VALUE]')
      step.name = selector[1]
      rest = rest.slice(selector[0].length)
    }
    steps.push(step)
    if (rest === '') break
    if (!rest.startsWith('.')) return fail(rest, 'want "." or "[name=VALUE]" after a field')
    rest = rest.slice(1)
  }
  if (!(PATH_ROOTS as readonly string[]).includes(steps[0].field) || steps[0].name !== undefined)
    return { error: `${JSON.stringify(text)} must start at the object's root: ${PATH_ROOTS.join(', ')} (e.g. spec.restartPolicy)` }
  return { steps }
}

/** The value at `steps` inside `root`, or undefined as soon as a step finds nothing there. Pure. */
export function valueAt(root: unknown, steps: readonly PathStep[]): unknown {
  let here: unknown = root
  for (const step of steps) {
    if (typeof here !== 'object' || here === null || Array.isArray(here)) return undefined
    here = (here as Record<string, unknown>)[step.field]
    if (step.name === undefined) continue
    if (!Array.isArray(here)) return undefined
    here = here.find((item: unknown) => typeof item === 'object' && item !== null && (item as { name?: unknown }).name === step.name)
  }
  return here
}

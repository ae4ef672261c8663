// The comparisons of a JSONPath filter: client-go's fork of text/template's eq/ne/lt/le/gt/ge.
// Only bools, numbers and strings compare; ints and floats never compare with each other.

import { compareCodePoints } from './goFormat'
import { goKind, numberOf, type GoValue } from './values'

/** A comparison Go refuses; the message is the template package's. */
export class ComparisonError extends Error {}

const BAD_TYPE = 'invalid type for comparison'
const INCOMPATIBLE = 'incompatible types for comparison'

type Basic = 'bool' | 'int' | 'uint' | 'float' | 'string'

function basicKind(v: GoValue): Basic {
  const kind = goKind(v)
  if (kind === 'bool' || kind === 'int' || kind === 'uint' || kind === 'float' || kind === 'string') return kind
  throw new ComparisonError(BAD_TYPE)
}

function isIntUint(a: Basic, b: Basic): boolean {
  return (a === 'int' && b === 'uint') || (a === 'uint' && b === 'int')
}

/** template.Equal for two operands. */
export function goEqual(a: GoValue, b: GoValue): boolean {
  const ka = basicKind(a)
  const kb = basicKind(b)
  if (ka !== kb) {
    // Signed and unsigned integers compare by value.
    if (isIntUint(ka, kb)) return numberOf(a) === numberOf(b)
    throw new ComparisonError(INCOMPATIBLE)
  }
  if (ka === 'string' || ka === 'bool') return a === b
  return numberOf(a) === numberOf(b)
}

/** template.Less. */
export function goLess(a: GoValue, b: GoValue): boolean {
  const ka = basicKind(a)
  const kb = basicKind(b)
  if (ka !== kb) {
    if (isIntUint(ka, kb)) return numberOf(a) < numberOf(b)
    throw new ComparisonError(INCOMPATIBLE)
  }
  if (ka === 'bool') throw new ComparisonError(BAD_TYPE)
  if (ka === 'string') return compareCodePoints(a as string, b as string) < 0
  return numberOf(a) < numberOf(b)
}

/** Applies a filter operator; undefined for an operator the engine does not know. */
export function compareWith(operator: string, a: GoValue, b: GoValue): boolean | undefined {
  switch (operator) {
    case '<':
      return goLess(a, b)
    case '>':
      return !(goLess(a, b) || goEqual(a, b))
    case '==':
      return goEqual(a, b)
    case '!=':
      return !goEqual(a, b)
    case '<=':
      return goLess(a, b) || goEqual(a, b)
    case '>=':
      return !goLess(a, b)
    default:
      return undefined
  }
}

// Evaluation of a parsed JSONPath template over decoded JSON, as client-go util/jsonpath's
// FindResults does it in kubectl v1.35: one list of values per top-level node, range/end
// unrolled by re-entering the node list, errors worded as Go words them.

import { compareWith, ComparisonError } from './compare'
import { goSprint } from './goFormat'
import type { JsonPathNode, ListNode, SliceParam } from './nodes'
import { goTypeName, isMap, NO_VALUE, Typed, type GoValue } from './values'

/**
 * A failed evaluation. `partial` is the value list Go returns beside the error, which an
 * existence filter (`[?(@.x)]`) still counts: it ignores its operand's errors.
 */
export class EvalError extends Error {
  constructor(
    message: string,
    readonly partial: GoValue[],
  ) {
    super(message)
  }
}

/** Runs a parsed template over `data`; returns the result groups (one printed after another). Throws EvalError. */
export function findResults(root: ListNode, data: GoValue, allowMissingKeys: boolean): GoValue[][] {
  return new Executor(root.nodes, allowMissingKeys).findResults(data === null ? NO_VALUE : data, 0)
}

/** A range item becomes the new root through interface{}, so a nil item turns into an invalid value. */
function asRoot(v: GoValue): GoValue {
  return v === null ? NO_VALUE : v
}

/** The members of a map, slice or string (its UTF-8 bytes), as `*` and `..` visit them. */
function children(v: GoValue): GoValue[] {
  if (Array.isArray(v)) return v
  if (isMap(v)) return Object.values(v)
  if (typeof v === 'string') return Array.from(new TextEncoder().encode(v), (b) => new Typed('uint8', b))
  return []
}

class Executor {
  private beginRange = 0
  private inRange = 0
  private endRange = 0
  /** Index into `nodes` of the last `{end}` that closed a range body. */
  private lastEndNode = -1

  constructor(
    private readonly nodes: JsonPathNode[],
    private readonly allowMissingKeys: boolean,
  ) {}

  findResults(data: GoValue, start: number): GoValue[][] {
    const cur: GoValue[] = [data]
    const full: GoValue[][] = []
    for (let i = start; i < this.nodes.length; i++) {
      const results = this.walk(cur, this.nodes[i])
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--
        this.lastEndNode = i
        break
      }
      if (this.beginRange > 0) {
        this.beginRange--
        this.inRange++
        // An empty range still walks its body once (on no value) so the matching end is found.
        if (results.length > 0) for (const v of results) full.push(...this.findResults(asRoot(v), i + 1))
        else this.findResults(NO_VALUE, i + 1)
        this.inRange--
        for (let k = i + 1; k < this.nodes.length; k++) {
          if (k === this.lastEndNode) {
            i = k
            break
          }
        }
        continue
      }
      full.push(results)
    }
    return full
  }

  private walk(input: GoValue[], node: JsonPathNode): GoValue[] {
    switch (node.type) {
      case 'list':
        return this.evalList(input, node)
      case 'text':
        return [node.text]
      case 'field':
        return this.evalField(input, node.name)
      case 'array':
        return this.evalArray(input, node.params)
      case 'filter':
        return this.evalFilter(input, node)
      case 'int':
        return input.map(() => new Typed('int', node.value))
      case 'float':
        return input.map(() => new Typed('float64', node.value))
      case 'bool':
        return input.map(() => node.value)
      case 'wildcard':
        return input.flatMap((v) => (v === null ? [] : children(v)))
      case 'recursive':
        return this.evalRecursive(input)
      case 'union':
        return this.evalUnion(input, node.nodes)
      case 'identifier':
        return this.evalIdentifier(input, node.name)
    }
  }

  private evalList(input: GoValue[], list: ListNode): GoValue[] {
    let cur = input
    for (const node of list.nodes) cur = this.walk(cur, node)
    return cur
  }

  private evalIdentifier(input: GoValue[], name: string): GoValue[] {
    if (name === 'range') {
      this.beginRange++
      return input
    }
    if (name === 'end') {
      if (this.inRange <= 0) throw new EvalError('not in range, nothing to end', [])
      this.endRange++
      return []
    }
    throw new EvalError(`unrecognized identifier ${name}`, input)
  }

  private evalField(input: GoValue[], name: string): GoValue[] {
    if (input.length === 0) return []
    const results: GoValue[] = []
    for (const v of input) if (isMap(v) && Object.hasOwn(v, name)) results.push(v[name])
    if (results.length === 0 && !this.allowMissingKeys) throw new EvalError(`${name} is not found`, [])
    return results
  }

  private evalArray(input: GoValue[], params: readonly SliceParam[]): GoValue[] {
    const result: GoValue[] = []
    for (const v of input) {
      if (v === null) continue
      if (!Array.isArray(v)) throw new EvalError(`${goTypeName(v)} is not array or slice`, input)
      const length = v.length
      let start = params[0].known ? params[0].value : 0
      if (start < 0) start += length
      let end = params[1].known ? params[1].value : length
      if (end < 0 || (end === 0 && params[1].derived)) end += length
      // v1.35 stops at the first input that selects nothing; later inputs are dropped.
      if (end === start) return result
      if (start >= length || start < 0) throw new EvalError(`array index out of bounds: index ${start}, length ${length}`, input)
      if (end > length || end < 0) throw new EvalError(`array index out of bounds: index ${end - 1}, length ${length}`, input)
      if (start > end) throw new EvalError(`starting index ${start} is greater than ending index ${end}`, input)
      let step = 1
      if (params[2].known) {
        if (params[2].value <= 0) throw new EvalError('step must be > 0', input)
        step = params[2].value
      }
      for (let i = start; i < end; i += step) result.push(v[i])
    }
    return result
  }

  private evalUnion(input: GoValue[], members: ListNode[]): GoValue[] {
    const result: GoValue[] = []
    for (const member of members) {
      try {
        result.push(...this.evalList(input, member))
      } catch (e) {
        throw e instanceof EvalError ? new EvalError(e.message, input) : e
      }
    }
    return result
  }

  private evalRecursive(input: GoValue[]): GoValue[] {
    const result: GoValue[] = []
    for (const v of input) {
      if (v === null) continue
      const members = children(v)
      if (members.length === 0) continue
      result.push(v, ...this.evalRecursive(members))
    }
    return result
  }

  /** One side of a comparison: exactly one value, or none to skip the item. */
  private operand(item: GoValue, side: ListNode, input: GoValue[]): GoValue | undefined {
    let values: GoValue[]
    try {
      values = this.evalList([item], side)
    } catch (e) {
      throw e instanceof EvalError ? new EvalError(e.message, input) : e
    }
    if (values.length > 1) throw new EvalError('can only compare one element at a time', input)
    return values.length === 0 ? undefined : values[0]
  }

  private evalFilter(input: GoValue[], node: Extract<JsonPathNode, { type: 'filter' }>): GoValue[] {
    const results: GoValue[] = []
    for (const v of input) {
      if (!Array.isArray(v)) throw new EvalError(`${goSprint(v)} is not array or slice and cannot be filtered`, input)
      for (const item of v) {
        if (node.operator === 'exists') {
          let found: GoValue[]
          try {
            found = this.evalList([item], node.left)
          } catch (e) {
            if (!(e instanceof EvalError)) throw e
            found = e.partial
          }
          if (found.length > 0) results.push(item)
          continue
        }
        const left = this.operand(item, node.left, input)
        if (left === undefined) continue
        const right = this.operand(item, node.right, input)
        if (right === undefined) continue
        let pass: boolean | undefined
        try {
          pass = compareWith(node.operator, left, right)
        } catch (e) {
          throw e instanceof ComparisonError ? new EvalError(e.message, results) : e
        }
        if (pass === undefined) throw new EvalError(`unrecognized filter operator ${node.operator}`, results)
        if (pass) results.push(item)
      }
    }
    return results
  }
}

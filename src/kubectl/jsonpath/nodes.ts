// The parse tree of a kubectl JSONPath template, mirroring client-go util/jsonpath node.go.
// Pure data: the parser builds it, the evaluator walks it.

/** One bound of a slice `[start:end:step]`; `known` is false when the bound was left out. */
export interface SliceParam {
  value: number
  known: boolean
  /** The end of `[n]`, derived as n+1 at parse time (so `[-1]` can become the last element). */
  derived: boolean
}

/** A sequence of nodes: the template root, the inside of one `{...}` action, or one side of a filter. */
export interface ListNode {
  type: 'list'
  nodes: JsonPathNode[]
}

/** Any node of the tree. */
export type JsonPathNode =
  | ListNode
  | { type: 'text'; text: string }
  | { type: 'field'; name: string }
  | { type: 'identifier'; name: string }
  | { type: 'array'; params: [SliceParam, SliceParam, SliceParam] }
  | { type: 'filter'; left: ListNode; right: ListNode; operator: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: ListNode[] }

/** An empty list node. */
export function newList(): ListNode {
  return { type: 'list', nodes: [] }
}

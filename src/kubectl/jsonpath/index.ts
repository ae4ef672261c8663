// kubectl's `-o jsonpath=...`, `-o jsonpath-as-json=...` and `--template` output: parse a template,
// run it over an object (kubectl get hands it a `List` wrapper unless one object was named), and
// print what kubectl prints, including its error messages. Pure.

import { EvalError, findResults } from './evaluate'
import { goQuote, goSharpV, goSprint, jsonMarshal } from './goFormat'
import type { ListNode } from './nodes'
import { JsonPathSyntaxError, parseTemplate } from './parser'
import { isMap, NO_VALUE, toJsonValue, type GoValue, type JsonValue } from './values'

export type { JsonPathNode, ListNode } from './nodes'

/** A parsed template and the text it came from. */
export interface JsonPathTemplate {
  readonly source: string
  readonly root: ListNode
}

/**
 * A failure: `error` is kubectl's message (print it as `error: ${error}`, adding a newline if it
 * lacks one), `cause` the bare jsonpath error inside it (e.g. `array index out of bounds: ...`).
 */
export interface JsonPathFailure {
  ok: false
  error: string
  cause: string
}

/** Options of one jsonpath printing. */
export interface JsonPathOptions {
  /** `--allow-missing-template-keys`: true (kubectl's default) prints nothing for a missing key. */
  allowMissingKeys?: boolean
  /** `-o jsonpath-as-json`: each result group as an indented JSON array. */
  asJson?: boolean
}

/** kubectl's message when `-o jsonpath` has an empty template. */
export const NO_TEMPLATE_ERROR = 'template format specified but no template given'

/** Parses a template as kubectl's printer flags do; the error reads `error parsing jsonpath <template>, <cause>`. */
export function parseJsonPath(template: string): { ok: true; template: JsonPathTemplate } | JsonPathFailure {
  if (template === '') return { ok: false, error: NO_TEMPLATE_ERROR, cause: NO_TEMPLATE_ERROR }
  try {
    return { ok: true, template: { source: template, root: parseTemplate(template) } }
  } catch (e) {
    if (!(e instanceof JsonPathSyntaxError)) throw e
    return { ok: false, error: `error parsing jsonpath ${template}, ${e.message}`, cause: e.message }
  }
}

/** How PrintResults writes one value: maps and slices as compact JSON, nil as `null`, scalars as fmt does. */
function printValue(v: GoValue): string {
  if (v === NO_VALUE) return '<no value>'
  if (v === null) return 'null'
  if (Array.isArray(v) || isMap(v)) return jsonMarshal(v)
  return goSprint(v)
}

function printGroup(values: GoValue[], asJson: boolean): string {
  if (asJson) return jsonMarshal(values, '    ') + '\n'
  return values.map(printValue).join(' ')
}

/** The JSONPathPrinter's error for a template that failed while running, with its debugging dump. */
function executionError(template: string, cause: string, data: JsonValue): string {
  return (
    `error executing jsonpath ${goQuote(template)}: Error executing template: ${cause}. ` +
    'Printing more information for debugging the template:\n' +
    `\ttemplate was:\n\t\t${template}\n` +
    `\tobject given to jsonpath engine was:\n\t\t${goSharpV(data)}\n\n\n`
  )
}

/**
 * Prints `data` through a template exactly as `kubectl get -o jsonpath=<template>` would; pure.
 * `data` is serialised to JSON first, so undefined fields count as missing.
 */
export function executeJsonPath(
  template: string | JsonPathTemplate,
  data: unknown,
  opts: JsonPathOptions = {},
): { ok: true; output: string } | JsonPathFailure {
  let parsed: JsonPathTemplate
  if (typeof template === 'string') {
    const result = parseJsonPath(template)
    if (!result.ok) return result
    parsed = result.template
  } else parsed = template
  const value = toJsonValue(data)
  try {
    const groups = findResults(parsed.root, value, opts.allowMissingKeys ?? true)
    return { ok: true, output: groups.map((g) => printGroup(g, opts.asJson ?? false)).join('') }
  } catch (e) {
    if (!(e instanceof EvalError)) throw e
    return { ok: false, error: executionError(parsed.source, e.message, value), cause: e.message }
  }
}

/** executeJsonPath with kubectl's defaults, returning the text or throwing an Error with kubectl's message. */
export function jsonpath(template: string, data: unknown): string {
  const result = executeJsonPath(template, data)
  if (!result.ok) throw new Error(result.error)
  return result.output
}

/**
 * The object `kubectl get -o jsonpath|custom-columns|json` prints when it did not get exactly one
 * named object: the items in a `List` (kind List, apiVersion v1, empty resourceVersion).
 */
export function kubectlList(items: readonly unknown[]): { apiVersion: 'v1'; items: unknown[]; kind: 'List'; metadata: { resourceVersion: '' } } {
  return { apiVersion: 'v1', items: [...items], kind: 'List', metadata: { resourceVersion: '' } }
}

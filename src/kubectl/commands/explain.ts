// `kubectl explain TYPE[.FIELD...] [--recursive] [--api-version=GV] [-o plaintext]`: the schema of
// a kind or field in kubectl v1.35's plaintext layout, with initlab's own descriptions.

import { KUBERNETES_VERSION } from '../../engine/nodeObject'
import { resourceFor } from '../../engine/api/kinds'
import { schemaFor } from '../../engine/api/schema'
import { openApiFor } from '../explain/openapi'
import { renderExplain } from '../explain/render'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import { helpFor } from '../help/index'
import type { KubectlEnv } from '../kubectl'
import { fail, ok, type CommandResult } from '../result'

const FLAGS: FlagSpec[] = [
  { name: 'recursive', type: 'bool', default: false },
  { name: 'api-version', type: 'string', default: '' },
  { name: 'output', shorthand: 'o', type: 'string', default: 'plaintext' },
]

const NO_TYPE = 'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.'

/**
 * kubectl checks the path with its JSONPath parser before splitting it on dots: a leading dot,
 * brackets or an empty segment inside the path are rejected (a trailing dot is dropped).
 */
function badPath(path: string): boolean {
  return path.startsWith('.') || /[[\]]/.test(path) || /\.\.[^.]/.test(path)
}

/** Runs `kubectl explain`. Pure: the schema comes from initlab's tables, not from the cluster. */
export function explain(argv: string[], _env?: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('explain', parsed.error))
  const { flags, args } = parsed
  if (flags.help === true) return ok(helpFor(['explain']))
  if (args.length === 0) return fail(NO_TYPE)
  if (args.length > 1) return fail('error: We accept only this format: explain RESOURCE')
  const output = flags.output as string
  if (output === 'plaintext-openapiv2') return fail('error: initlab serves only OpenAPI v3; use the default --output=plaintext')
  if (output !== 'plaintext') return fail(`error: unrecognized format: ${output}`)
  const input = args[0]
  if (badPath(input)) return fail('error: invalid jsonpath syntax, first node must be field node')
  const [resource, ...fieldPath] = (input.endsWith('.') ? input.slice(0, -1) : input).split('.')
  const kind = resourceFor(resource)
  if (!kind || resource.includes('/')) return fail(`the server doesn't have a resource type "${resource}"`)
  const apiVersion = flags['api-version'] as string
  if (apiVersion !== '' && apiVersion !== kind.apiVersion) {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/', 2) : ['', apiVersion]
    return fail(`error: couldn't find resource for "${group}/${version}, Resource=${kind.resource}"`)
  }
  if (!schemaFor(kind.kind)) {
    return fail(`error: GVR (${kind.group}/${kind.version}, Resource=${kind.resource}) not found in OpenAPI schema`)
  }
  const rendered = renderExplain(openApiFor(kind, KUBERNETES_VERSION), kind, fieldPath, flags.recursive as boolean)
  if (rendered.ok) return ok(rendered.text)
  // kubectl has already written the KIND/VERSION header when the template fails on a field.
  const group = kind.group ? `GROUP:      ${kind.group}\n` : ''
  return fail(rendered.error, 1, `${group}KIND:       ${kind.kind}\nVERSION:    ${kind.version}\n\n`)
}

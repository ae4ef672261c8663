// The flags of `kubectl get` and what they mean once parsed (GetOptions.Complete and Validate):
// the usage errors and warnings kubectl prints before it asks the API server for anything.

import { flagError, parseFlags, type FlagSpec } from '../flags'
import { INVALID_TIMEOUT, parseRequestTimeout } from './duration'

/** The flags `kubectl get` declares (global ones come from flags.ts). */
export const GET_FLAGS: FlagSpec[] = [
  { name: 'output', shorthand: 'o', type: 'string', default: '' },
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', default: false },
  { name: 'no-headers', type: 'bool', default: false },
  { name: 'show-labels', type: 'bool', default: false },
  { name: 'label-columns', shorthand: 'L', type: 'stringArray', default: [] },
  { name: 'selector', shorthand: 'l', type: 'string', default: '' },
  { name: 'field-selector', type: 'string', default: '' },
  { name: 'sort-by', type: 'string', default: '' },
  { name: 'watch', shorthand: 'w', type: 'bool', default: false },
  { name: 'watch-only', type: 'bool', default: false },
  { name: 'ignore-not-found', type: 'bool', default: false },
  { name: 'template', type: 'string', default: '' },
  { name: 'allow-missing-template-keys', type: 'bool', default: true },
  { name: 'chunk-size', type: 'int', default: 500 },
]

/** Everything `get` needs from its command line. */
export interface GetOptions {
  args: string[]
  /** The namespace requests go to (`-n`, else the context's `default`). */
  namespace: string
  allNamespaces: boolean
  /** The raw `-o` value. */
  output: string
  template: string
  allowMissingKeys: boolean
  noHeaders: boolean
  showLabels: boolean
  /** `-L`: label keys shown as columns (a string slice: repeatable, comma-separated). */
  labelColumns: string[]
  labelSelector: string
  fieldSelector: string
  sortBy: string
  watch: boolean
  watchOnly: boolean
  ignoreNotFound: boolean
  /** `--request-timeout` in ms; 0 means none. */
  requestTimeoutMs: number
  /** `-o ''` or `-o wide` (without --template): the server prints a Table. */
  humanReadable: boolean
}

/** Parsed options plus the warnings kubectl prints to stderr first, or a finished failure. */
export type ParsedGet = { ok: true; options: GetOptions; warnings: string } | { ok: false; stderr: string }

const NO_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
  'error: Required resource not specified.\n' +
  'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
  "See 'kubectl get -h' for help and examples\n"

/** Parses `kubectl get` arguments as cobra, Complete and Validate would. Pure. */
export function parseGetArgs(argv: readonly string[]): ParsedGet {
  const parsed = parseFlags(argv, GET_FLAGS)
  if (!parsed.ok) return { ok: false, stderr: flagError('get', parsed.error) }
  const f = parsed.flags
  const output = f.output as string
  const template = f.template as string
  const options: GetOptions = {
    args: parsed.args,
    namespace: (f.namespace as string) || 'default',
    allNamespaces: f['all-namespaces'] as boolean,
    output,
    template,
    allowMissingKeys: f['allow-missing-template-keys'] as boolean,
    noHeaders: f['no-headers'] as boolean,
    showLabels: f['show-labels'] as boolean,
    labelColumns: (f['label-columns'] as string[]).flatMap((v) => v.split(',')),
    labelSelector: (f.selector as string).trim(),
    fieldSelector: (f['field-selector'] as string).trim(),
    sortBy: f['sort-by'] as string,
    watch: f.watch as boolean,
    watchOnly: f['watch-only'] as boolean,
    ignoreNotFound: f['ignore-not-found'] as boolean,
    requestTimeoutMs: 0,
    humanReadable: (output === '' && template === '') || output === 'wide',
  }
  let warnings = ''
  if (options.watch || options.watchOnly) {
    if (options.sortBy !== '') warnings += 'warning: --watch requested, --sort-by will be ignored for watch events received\n'
  } else if (options.args.length === 0) {
    return { ok: false, stderr: NO_TYPE }
  }
  if (options.showLabels && output !== '' && output !== 'wide') {
    return { ok: false, stderr: warnings + `error: --show-labels option cannot be used with ${output} printer\n` }
  }
  // The timeout is read when the client is built, after the flags were checked.
  const timeout = parseRequestTimeout(f['request-timeout'] as string)
  if (timeout === undefined) return { ok: false, stderr: warnings + `error: ${INVALID_TIMEOUT}\n` }
  options.requestTimeoutMs = timeout
  return { ok: true, options, warnings }
}

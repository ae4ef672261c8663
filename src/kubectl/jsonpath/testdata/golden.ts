// Test helpers for kubectl-v1.35.2.json: `kubectl get -o jsonpath|custom-columns` runs recorded from
// a real kubectl v1.35.2 (spec §k) against a stub API server serving the file's `fixture` PodList
// (or an empty one) for GET .../pods and its items for GET .../pods/<name>. Not a test file itself.

import golden from './kubectl-v1.35.2.json'
import { kubectlList } from '../index'

/** One recorded run. */
export interface GoldenCase {
  name: string
  /** Which object kubectl printed: the list of fixture pods, an empty list, or pod name1 alone. */
  data: string
  args: string[]
  /** custom-columns-file cases: the file's text. */
  file?: string
  stdout: string
  stderr: string
  exitCode: number
}

/** The recorded runs. */
export const goldenCases = golden.cases as GoldenCase[]

/** The objects of a case: what the printer is handed, and the items a custom-columns printer iterates. */
export function goldenInput(c: GoldenCase): { object: unknown; items: unknown[] } {
  const pods = golden.fixture.items as unknown[]
  if (c.data === 'name1') return { object: pods[0], items: [pods[0]] }
  const items = c.data === 'empty' ? [] : pods
  return { object: kubectlList(items), items }
}

/** The `-o` value split at its first '=', and the boolean flags. */
export function goldenFlags(args: string[]): { format: string; value: string; allowMissingKeys: boolean; noHeaders: boolean } {
  const output = args[args.indexOf('-o') + 1]
  const eq = output.indexOf('=')
  return {
    format: eq < 0 ? output : output.slice(0, eq),
    value: eq < 0 ? '' : output.slice(eq + 1),
    allowMissingKeys: !args.includes('--allow-missing-template-keys=false'),
    noHeaders: args.includes('--no-headers'),
  }
}

/** What a command printing `error: <message>` writes to stderr. */
export function errorText(message: string): string {
  const text = 'error: ' + message
  return text.endsWith('\n') ? text : text + '\n'
}


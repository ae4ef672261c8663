// Looks up the help text of a kubectl command path: the root, every command initlab implements,
// and `options` (whose --help prints nothing in kubectl v1.35.2).

import { API_RESOURCES, API_VERSIONS } from './apiResources'
import { APPLY } from './apply'
import { CLUSTER_INFO, CLUSTER_INFO_DUMP } from './clusterInfo'
import { CREATE } from './create'
import { DELETE } from './delete'
import { DESCRIBE } from './describe'
import { EXEC } from './exec'
import { EXPLAIN } from './explain'
import { GET } from './get'
import { HELP } from './helpCommand'
import { LOGS } from './logs'
import { REPLACE } from './replace'
import { rootHelp } from './root'
import { RUN } from './run'
import { SET, SET_IMAGE } from './set'
import { renderHelp, type HelpDoc } from './template'
import { VERSION } from './version'

export { optionsText, rootHelp, rootUsage, ROOT_COMMANDS } from './root'

/** Every command whose help initlab stores. */
export const HELP_DOCS: readonly HelpDoc[] = [
  APPLY, CREATE, DELETE, GET, DESCRIBE, LOGS, EXEC, RUN, SET, SET_IMAGE, REPLACE, EXPLAIN, VERSION,
  API_RESOURCES, API_VERSIONS, CLUSTER_INFO, CLUSTER_INFO_DUMP, HELP,
]

const BY_PATH = new Map(HELP_DOCS.map(d => [d.path.join(' '), d]))

/**
 * kubectl's `--help` text for a command path (`[]` is the root, `['set', 'image']`), or undefined
 * for commands initlab does not store. Pure.
 */
export function helpFor(commandPath: readonly string[]): string | undefined {
  if (commandPath.length === 0) return rootHelp()
  const key = commandPath.join(' ')
  // kubectl's options command replaces the help function with one that prints nothing.
  if (key === 'options') return ''
  const doc = BY_PATH.get(key)
  return doc && renderHelp(doc)
}

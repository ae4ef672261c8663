// `kubectl help --help` as kubectl v1.35.2 prints it: captured from the binary, stored as data.

import type { HelpDoc } from './template'

/** `kubectl help --help`. */
export const HELP: HelpDoc = {
  path: ['help'],
  long: `Help provides help for any command in the application.
Simply type kubectl help [path to command] for full details.`,
  usage: 'kubectl help [command] [flags] [options]',
}

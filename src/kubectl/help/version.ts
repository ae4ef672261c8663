// `kubectl version --help` as kubectl v1.35.2 prints it: captured from the binary, stored as data.

import type { HelpDoc } from './template'

/** `kubectl version --help`. */
export const VERSION: HelpDoc = {
  path: ['version'],
  long: 'Print the client and server version information for the current context.',
  examples: `# Print the client and server versions for the current context
kubectl version`,
  options: [
    ['--client=false', 'If true, shows client version only (no server required).'],
    ["-o, --output=''", "One of 'yaml' or 'json'."],
  ],
  usage: 'kubectl version [flags] [options]',
}

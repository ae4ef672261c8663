// `kubectl version [--client] [-o json|yaml]`: the kubectl v1.35.2 client initlab imitates and the
// simulated cluster's API server (the node's Kubernetes version).

import { KUBERNETES_VERSION } from '../../engine/nodeObject'
import { flagError, parseFlags, type FlagSpec } from '../flags'
import { helpFor } from '../help/index'
import type { KubectlEnv } from '../kubectl'
import { toYaml } from '../printers/yaml'
import { fail, ok, type CommandResult } from '../result'

const FLAGS: FlagSpec[] = [
  { name: 'client', type: 'bool', default: false },
  { name: 'output', shorthand: 'o', type: 'string', default: '' },
]

/** The build of the kubectl binary initlab's output is pinned against. */
export const CLIENT_VERSION = {
  major: '1',
  minor: '35',
  gitVersion: 'v1.35.2',
  gitCommit: 'fdc9d74cbf2da6754ebf81d56f80ae2948cd6425',
  gitTreeState: 'clean',
  buildDate: '2026-02-26T20:05:34Z',
  goVersion: 'go1.25.7',
  compiler: 'gc',
  platform: 'linux/amd64',
}

/** The kustomize library built into that kubectl. */
export const KUSTOMIZE_VERSION = 'v5.7.1'

/** Release builds of the API server, by version (what its /version endpoint reports). */
const SERVER_BUILDS: Record<string, { gitCommit: string; buildDate: string; goVersion: string }> = {
  'v1.35.0': { gitCommit: '66452049f3d692768c39c797b21b793dce80314e', buildDate: '2025-12-17T12:32:07Z', goVersion: 'go1.25.5' },
}

/** The API server's /version answer for a release, fields in the order the server sends them. */
export function serverVersion(gitVersion = KUBERNETES_VERSION) {
  const [major, minor] = gitVersion.replace(/^v/, '').split('.')
  const build = SERVER_BUILDS[gitVersion] ?? { gitCommit: '', buildDate: '', goVersion: '' }
  return {
    major,
    minor,
    emulationMajor: major,
    emulationMinor: minor,
    minCompatibilityMajor: major,
    minCompatibilityMinor: String(Number(minor) - 1),
    gitVersion,
    gitCommit: build.gitCommit,
    gitTreeState: 'clean',
    buildDate: build.buildDate,
    goVersion: build.goVersion,
    compiler: 'gc',
    platform: 'linux/amd64',
  }
}

/** Runs `kubectl version`. Pure: the versions are constants of initlab. */
export function version(argv: string[], _env?: KubectlEnv): CommandResult {
  const parsed = parseFlags(argv, FLAGS)
  if (!parsed.ok) return fail(flagError('version', parsed.error))
  const { flags, args } = parsed
  if (flags.help === true) return ok(helpFor(['version']))
  const output = flags.output as string
  // kubectl validates the format before anything else, even an explicitly empty one.
  if ((output !== '' || parsed.set.has('output')) && output !== 'yaml' && output !== 'json') {
    return fail("error: --output must be 'yaml' or 'json'")
  }
  const clientOnly = flags.client as boolean
  // The arguments are only looked at on the way to the server.
  if (!clientOnly && args.length > 0) return fail(`error: extra arguments: [${args.join(' ')}]`)
  const info: Record<string, unknown> = { clientVersion: CLIENT_VERSION, kustomizeVersion: KUSTOMIZE_VERSION }
  if (!clientOnly) info.serverVersion = serverVersion()
  if (output === 'json') return ok(`${JSON.stringify(info, null, 2)}\n`)
  if (output === 'yaml') return ok(`${toYaml(info)}\n`)
  let text = `Client Version: ${CLIENT_VERSION.gitVersion}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`
  if (!clientOnly) text += `Server Version: ${KUBERNETES_VERSION}\n`
  return ok(text)
}

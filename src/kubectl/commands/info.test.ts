import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../sandbox'
import { apiResources, apiVersions } from './apiResources'
import { clusterInfo } from './clusterInfo'
import { version } from './version'

// Goldens captured from kubectl v1.35.2 against a stub API server serving initlab's discovery and
// /version (server v1.35.0); cluster-info's address was then set to initlab's https://127.0.0.1:6443.
const golden = (name: string) => readFileSync(new URL(`./testdata/${name}.txt`, import.meta.url), 'utf8')
const okWith = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 })
const failWith = (stderr: string) => ({ stdout: '', stderr, exitCode: 1 })

describe('kubectl version', () => {
  it.each([
    [[], 'version'],
    [['-o', 'json'], 'version_o_json'],
    [['-o', 'yaml'], 'version_o_yaml'],
    [['--client'], 'version_client'],
    [['--client', '-o', 'json'], 'version_client_o_json'],
    [['--client', '-o', 'yaml'], 'version_client_o_yaml'],
    [['--output=json', '--client=true'], 'version_client_o_json'],
    [['--client=false'], 'version'],
  ])('version %j', (args, file) => {
    expect(version(args)).toEqual(okWith(golden(file)))
  })

  it('rejects other formats, even an empty one', () => {
    for (const o of ['wide', 'JSON', '']) expect(version([`-o=${o}`])).toEqual(failWith("error: --output must be 'yaml' or 'json'\n"))
  })

  it('rejects arguments unless only the client is asked for', () => {
    expect(version(['a', 'b'])).toEqual(failWith('error: extra arguments: [a b]\n'))
    expect(version(['-o', 'json', 'a'])).toEqual(failWith('error: extra arguments: [a]\n'))
    expect(version(['--client', 'extra'])).toEqual(okWith(golden('version_client')))
  })

  it('reports flag errors as kubectl does', () => {
    expect(version(['--bogus'])).toEqual(failWith("error: unknown flag: --bogus\nSee 'kubectl version --help' for usage.\n"))
    expect(version(['-o'])).toEqual(failWith("error: flag needs an argument: 'o' in -o\nSee 'kubectl version --help' for usage.\n"))
  })
})

describe('kubectl api-resources', () => {
  it.each([
    [[], 'api-resources'],
    [['-o', 'wide'], 'api-resources_o_wide'],
    [['-o', 'name'], 'api-resources_o_name'],
    [['-o', 'json'], 'api-resources_o_json'],
    [['-o', 'yaml'], 'api-resources_o_yaml'],
    [['--namespaced=false'], 'api-resources_namespaced_false'],
    [['--api-group=apps'], 'api-resources_api-group_apps'],
    [['--api-group='], 'api-resources_api-group'],
    [['--no-headers'], 'api-resources_no-headers'],
    [['-o', 'wide', '--no-headers'], 'api-resources_o_wide_no-headers'],
    [['--sort-by=kind'], 'api-resources_sort-by_kind'],
    [['--sort-by=name'], 'api-resources_sort-by_name'],
    [['-o', 'name', '--sort-by=kind'], 'api-resources_o_name_sort-by_kind'],
    [['--categories=all'], 'api-resources_categories_all'],
    [['--verbs=deletecollection'], 'api-resources_verbs_deletecollection'],
  ])('api-resources %j', (args, file) => {
    expect(apiResources(args)).toEqual(okWith(golden(file)))
  })

  it('lists only namespaced kinds with a bare --namespaced, and the same with --cached or --verbs=list', () => {
    expect(apiResources(['--namespaced']).stdout).toBe(apiResources(['--namespaced=true']).stdout)
    expect(apiResources(['--namespaced']).stdout.split('\n')).toHaveLength(10)
    expect(apiResources(['--cached'])).toEqual(okWith(golden('api-resources')))
    expect(apiResources(['--verbs=list'])).toEqual(okWith(golden('api-resources')))
  })

  it('prints just the header when nothing matches', () => {
    expect(apiResources(['--api-group=core'])).toEqual(okWith('NAME   SHORTNAMES   APIVERSION   NAMESPACED   KIND\n'))
  })

  it('reports bad arguments and flags as kubectl does', () => {
    expect(apiResources(['--sort-by=bogus'])).toEqual(failWith('error: --sort-by accepts only name or kind\n'))
    expect(apiResources(['-o', 'bogus'])).toEqual(failWith('error: unable to match a printer suitable for the output format "bogus", allowed formats are: json,kyaml,name,wide,yaml\n'))
    expect(apiResources(['a', 'b'])).toEqual(failWith("error: unexpected arguments: [a b]\nSee 'kubectl api-resources -h' for help and examples\n"))
    expect(apiResources(['--bogus'])).toEqual(failWith("error: unknown flag: --bogus\nSee 'kubectl api-resources --help' for usage.\n"))
  })
})

describe('kubectl api-versions', () => {
  it('lists the served group versions, sorted', () => {
    expect(apiVersions([])).toEqual(okWith(golden('api-versions')))
  })

  it('takes no arguments', () => {
    expect(apiVersions(['x'])).toEqual(failWith("error: unexpected arguments: [x]\nSee 'kubectl api-versions -h' for help and examples\n"))
  })
})

describe('kubectl cluster-info', () => {
  it('prints the control plane and CoreDNS, without colours', () => {
    const sb = createSandbox({ seed: 1 })
    expect(clusterInfo([], { cluster: sb.cluster })).toEqual(okWith(golden('cluster-info')))
    expect(clusterInfo(['extra'], { cluster: sb.cluster })).toEqual(okWith(golden('cluster-info')))
  })

  it('lists the cluster services of another namespace with -n', () => {
    const sb = createSandbox({ seed: 1 })
    sb.cluster.putObject({
      apiVersion: 'v1', kind: 'Service',
      metadata: { name: 'dashboard', namespace: 'default', labels: { 'kubernetes.io/cluster-service': 'true' } },
      spec: { ports: [{ name: 'https', port: 443 }] },
    } as never, 'create')
    expect(clusterInfo(['-n', 'default'], { cluster: sb.cluster }).stdout).toBe(
      'Kubernetes control plane is running at https://127.0.0.1:6443\n' +
      'dashboard is running at https://127.0.0.1:6443/api/v1/namespaces/default/services/https:dashboard:https/proxy\n\n' +
      "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n")
  })

  it('does not simulate dump, but has its help and flag errors', () => {
    const sb = createSandbox({ seed: 1 })
    expect(clusterInfo(['dump'], { cluster: sb.cluster })).toEqual(failWith('error: initlab does not simulate "kubectl cluster-info dump"; use kubectl get, describe and logs\n'))
    expect(clusterInfo(['dump', '--bogus'], { cluster: sb.cluster })).toEqual(failWith("error: unknown flag: --bogus\nSee 'kubectl cluster-info dump --help' for usage.\n"))
    expect(clusterInfo(['dump', '-h'], { cluster: sb.cluster }).stdout).toMatch(/^Dump cluster information out suitable for debugging/)
    expect(clusterInfo(['--bogus'], { cluster: sb.cluster })).toEqual(failWith("error: unknown flag: --bogus\nSee 'kubectl cluster-info --help' for usage.\n"))
  })
})

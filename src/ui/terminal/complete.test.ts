import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../sandbox'
import { podYaml } from '../../testing/watch'
import { commonPrefix, complete, sandboxNames, splitWords, type NameSource } from './complete'

const fake: NameSource = {
  names: (kind, namespace) => {
    if (kind === 'Namespace') return ['default', 'kube-system']
    if (kind === 'Pod' && namespace === 'default') return ['web-1', 'web-2', 'db']
    if (kind === 'Pod' && namespace === 'kube-system') return ['coredns']
    if (kind === 'Service' && namespace === 'default') return ['db-svc']
    return []
  },
  containers: (pod) => (pod === 'web-1' ? ['init-db', 'init-cache', 'app'] : []),
}

const at = (line: string) => complete(line, line.length, fake)

describe('complete', () => {
  it('completes the command at the start of a line', () => {
    expect(at('kub')).toEqual({ start: 0, candidates: ['kubectl'] })
  })
  it('completes kubectl verbs', () => {
    expect(at('kubectl de')).toEqual({ start: 8, candidates: ['delete', 'describe'] })
    expect(at('kubectl ').candidates).toContain('logs')
  })
  it('completes resource types with short names', () => {
    expect(at('kubectl get po')).toEqual({ start: 12, candidates: ['po', 'pod', 'pods'] })
    expect(at('kubectl get s').candidates).toEqual(['secret', 'secrets', 'service', 'services', 'svc'])
  })
  it('completes object names of the type, skipping ones already named', () => {
    expect(at('kubectl get pods w')).toEqual({ start: 17, candidates: ['web-1', 'web-2'] })
    expect(at('kubectl describe svc ').candidates).toEqual(['db-svc'])
    expect(at('kubectl delete pod web-1 w').candidates).toEqual(['web-2'])
  })
  it('completes names in the namespace given by -n', () => {
    expect(at('kubectl -n kube-system get pods ').candidates).toEqual(['coredns'])
    expect(at('kubectl get pods --namespace=kube-system c').candidates).toEqual(['coredns'])
  })
  it('completes type/name', () => {
    expect(at('kubectl describe pod/w').candidates).toEqual(['pod/web-1', 'pod/web-2'])
  })
  it('completes pod and container names for exec too', () => {
    expect(at('kubectl ex').candidates).toEqual(['exec', 'explain'])
    expect(at('kubectl exec d').candidates).toEqual(['db'])
    expect(at('kubectl exec web-1 -c a').candidates).toEqual(['app'])
  })

  it('completes pod names for logs, and container names after -c', () => {
    expect(at('kubectl logs d').candidates).toEqual(['db'])
    expect(at('kubectl logs web-1 -c init').candidates).toEqual(['init-cache', 'init-db'])
    expect(at('kubectl logs web-1 --container ').candidates).toEqual(['app', 'init-cache', 'init-db'])
  })
  it('completes the flags of the verb', () => {
    expect(at('kubectl get pods --w').candidates).toEqual(['--watch', '--watch-only'])
    expect(at('kubectl logs web-1 --f').candidates).toEqual(['--follow'])
    expect(at('kubectl --name').candidates).toEqual(['--namespace'])
  })
  it('completes namespaces after -n and output formats after -o', () => {
    expect(at('kubectl get pods -n k').candidates).toEqual(['kube-system'])
    expect(at('kubectl get pods -o j').candidates).toEqual(['json', 'jsonpath='])
  })
  it('completes rollout sub-commands', () => {
    expect(at('kubectl rollout st').candidates).toEqual(['status'])
  })
  it('completes only the last command of a pipeline', () => {
    expect(at('kubectl get pods | gr').candidates).toEqual(['grep'])
  })
  it('offers nothing for other commands or values it cannot know', () => {
    expect(at('echo ').candidates).toEqual([])
    expect(at('kubectl get pods -l ').candidates).toEqual([])
  })
  it('completes the word under the cursor, not the end of the line', () => {
    expect(complete('kubectl ge pods', 10, fake)).toEqual({ start: 8, candidates: ['get'] })
  })
})

describe('helpers', () => {
  it('commonPrefix', () => {
    expect(commonPrefix(['init-db', 'init-cache'])).toBe('init-')
    expect(commonPrefix([])).toBe('')
  })
  it('splitWords groups quotes', () => {
    expect(splitWords(`a "b c" d'e'`)).toEqual([{ word: 'a', start: 0 }, { word: 'b c', start: 2 }, { word: 'de', start: 8 }])
  })
})

describe('sandboxNames', () => {
  it('reads pods and their containers from the sandbox', () => {
    const sb = createSandbox()
    const yaml = podYaml({ name: 'web', init: [{ name: 'wait', run: 'sleep 1' }], apps: [{ name: 'app', run: 'sleep 100' }] })
    expect(sb.exec('kubectl apply -f -', yaml).exitCode).toBe(0)
    const names = sandboxNames(sb)
    expect(names.names('Pod', 'default')).toEqual(['web'])
    expect(names.containers('web', 'default')).toEqual(['wait', 'app'])
    expect(complete('kubectl logs web -c ', 20, names).candidates).toEqual(['app', 'wait'])
  })
})

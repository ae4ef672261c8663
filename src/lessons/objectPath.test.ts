// The spec condition's path grammar: what parses, what is refused (with where), and what a path finds.
import { describe, expect, it } from 'vitest'
import { parseObjectPath, valueAt } from './objectPath'

const error = (path: string) => {
  const r = parseObjectPath(path)
  return 'error' in r ? r.error : undefined
}

describe('parseObjectPath', () => {
  it('reads fields, and list items picked by name', () => {
    expect(parseObjectPath('spec.restartPolicy')).toEqual({ steps: [{ field: 'spec' }, { field: 'restartPolicy' }] })
    expect(parseObjectPath('spec.initContainers[name=init-check-cache].env[name=REDIS_PASSWORD].valueFrom')).toEqual({
      steps: [{ field: 'spec' }, { field: 'initContainers', name: 'init-check-cache' }, { field: 'env', name: 'REDIS_PASSWORD' }, { field: 'valueFrom' }],
    })
    expect(parseObjectPath('status.containerStatuses[name=app.v2]')).toEqual({ steps: [{ field: 'status' }, { field: 'containerStatuses', name: 'app.v2' }] })
  })

  it('refuses malformed paths, saying where', () => {
    expect(error('')).toBe('"" is not a path (e.g. spec.containers[name=app].image): want a field name (letters and digits) at its end')
    expect(error('spec.')).toMatch(/want a field name \(letters and digits\) at its end$/)
    expect(error('spec..restartPolicy')).toMatch(/want a field name \(letters and digits\) at "\.restartPolicy"$/)
    expect(error('spec.containers[0].image')).toMatch(/a list item is picked by its name, as \[name=VALUE\] at "\[0\]\.image"$/)
    expect(error('spec.containers[name=app.image')).toMatch(/as \[name=VALUE\] at "\[name=app\.image"$/)
    expect(error('spec.containers[name=]')).toMatch(/as \[name=VALUE\]/)
    expect(error('spec.containers[name=app]image')).toMatch(/want "\." or "\[name=VALUE\]" after a field at "image"$/)
    expect(error('spec.restart-policy')).toMatch(/at "-policy"$/)
    expect(error('restartPolicy')).toBe('"restartPolicy" must start at the object\'s root: metadata, spec, status (e.g. spec.restartPolicy)')
    expect(error('spec[name=x].a')).toMatch(/must start at the object's root/)
  })
})

describe('valueAt', () => {
  const pod = {
    spec: {
      restartPolicy: 'Never',
      containers: [{ name: 'app', image: 'busybox', env: [{ name: 'A', value: '1' }] }, 'junk'],
      grace: 0,
    },
  }
  const at = (path: string) => {
    const r = parseObjectPath(path)
    if ('error' in r) throw new Error(r.error)
    return valueAt(pod, r.steps)
  }

  it('finds scalars, objects and list items', () => {
    expect(at('spec.restartPolicy')).toBe('Never')
    expect(at('spec.grace')).toBe(0)
    expect(at('spec.containers[name=app].env[name=A]')).toEqual({ name: 'A', value: '1' })
    expect(at('spec.containers')).toHaveLength(2)
  })

  it('finds nothing where a step finds nothing or the wrong shape', () => {
    expect(at('spec.containers[name=web].image')).toBeUndefined()
    expect(at('spec.restartPolicy.x')).toBeUndefined()
    expect(at('spec.restartPolicy[name=x]')).toBeUndefined()
    expect(at('spec.containers.image')).toBeUndefined()
    expect(at('metadata.name')).toBeUndefined()
  })
})

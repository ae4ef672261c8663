import { describe, expect, it } from 'vitest'
import type { Pod } from '../types'
import { admitPod } from '../admission'
import { defaultPod } from '../defaults'
import { formatInvalidError } from '../fieldErrors'
import { validatePodUpdate } from './index'

const UPDATABLE = 'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)'

function stored(): Pod {
  const p = admitPod(defaultPod({
    metadata: { name: 'myapp-pod' },
    spec: { initContainers: [{ name: 'init', image: 'busybox:1.28' }], containers: [{ name: 'app', image: 'busybox:1.28' }] },
  }), { namespace: 'default', randomSuffix: () => 'abcde' })
  p.metadata.uid = 'uid-1'
  p.metadata.resourceVersion = '5'
  return p
}
const edit = (change: (p: Pod) => void): Pod => {
  const p = JSON.parse(JSON.stringify(stored())) as Pod
  change(p)
  // The API server defaults the incoming object before validating the update.
  return defaultPod(p)
}
const messages = (change: (p: Pod) => void): string[] => validatePodUpdate(edit(change), stored()).map((e) => e.message)

describe('validatePodUpdate', () => {
  it('allows image changes on app and init containers', () => {
    expect(messages((p) => { p.spec.containers[0].image = 'busybox:1.36'; p.spec.initContainers![0].image = 'busybox:1.36' })).toEqual([])
  })
  it('allows metadata label changes and an unchanged spec', () => {
    expect(messages((p) => { p.metadata.labels = { app: 'x' } })).toEqual([])
  })
  it('rejects adding or removing containers and stops there', () => {
    expect(messages((p) => { p.spec.initContainers!.push({ name: 'two', image: 'busybox' }) })).toEqual(['spec.initContainers: Forbidden: pod updates may not add or remove containers'])
    expect(messages((p) => { p.spec.containers = [] })).toEqual(['spec.containers: Required value', 'spec.containers: Forbidden: pod updates may not add or remove containers'])
  })
  it('requires the new image', () => {
    expect(messages((p) => { p.spec.containers[0].image = '' })).toEqual(['spec.containers[0].image: Required value', 'spec.containers[0].image: Required value'])
  })
  it('keeps name, namespace and uid immutable', () => {
    expect(messages((p) => { p.metadata.name = 'other' })).toEqual(['metadata.name: Invalid value: "other": field is immutable'])
    expect(messages((p) => { p.metadata.uid = 'uid-2' })).toEqual(['metadata.uid: Invalid value: "uid-2": field is immutable'])
    expect(messages((p) => { delete p.metadata.resourceVersion })).toEqual(['metadata.resourceVersion: Invalid value: "": must be specified for an update'])
  })
  it('activeDeadlineSeconds may be set or lowered, not raised or removed', () => {
    expect(messages((p) => { p.spec.activeDeadlineSeconds = 60 })).toEqual([])
    const withDeadline = stored()
    withDeadline.spec.activeDeadlineSeconds = 60
    const raised = JSON.parse(JSON.stringify(withDeadline)) as Pod
    raised.spec.activeDeadlineSeconds = 120
    expect(validatePodUpdate(raised, withDeadline).map((e) => e.message)).toEqual(['spec.activeDeadlineSeconds: Invalid value: 120: must be less than or equal to previous value'])
    const removed = JSON.parse(JSON.stringify(withDeadline)) as Pod
    delete removed.spec.activeDeadlineSeconds
    expect(validatePodUpdate(removed, withDeadline).map((e) => e.message)).toEqual(['spec.activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value'])
  })
  it('tolerations may only be added', () => {
    expect(messages((p) => { p.spec.tolerations!.push({ key: 'k', operator: 'Exists', effect: 'NoSchedule' }) })).toEqual([])
    expect(messages((p) => { p.spec.tolerations!.shift() })).toEqual(['spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds'])
    expect(messages((p) => { p.spec.tolerations![0].tolerationSeconds = 10 })).toEqual([])
  })
  it('other spec changes get the long Forbidden with a diff of the PodSpec', () => {
    const errs = validatePodUpdate(edit((p) => { p.spec.containers[0].command = ['sh'] }), stored())
    expect(errs).toHaveLength(1)
    expect(errs[0].field).toBe('spec')
    const [first, ...diff] = errs[0].message.split('\n')
    expect(first).toBe(`spec: Forbidden: ${UPDATABLE}`)
    expect(diff[0]).toBe('  core.PodSpec{')
    expect(diff.filter((l) => l.startsWith('- \t'))).toHaveLength(1)
    expect(diff.find((l) => l.startsWith('- \tContainers: []core.Container[{app busybox:1.28 [] [] '))).toBeDefined()
    expect(diff.find((l) => l.startsWith('+ \tContainers: []core.Container[{app busybox:1.28 [sh] [] '))).toBeDefined()
    expect(diff).toContain('  \tRestartPolicy: core.RestartPolicy("Always"),')
    expect(diff).toContain('  \tTerminationGracePeriodSeconds: *int64(30),')
    expect(diff).toContain('  \tServiceAccountName: string("default"),')
    expect(diff[diff.length - 1]).toBe('  }')
    expect(formatInvalidError('Pod', 'myapp-pod', errs).startsWith(`The Pod "myapp-pod" is invalid: spec: Forbidden: ${UPDATABLE}\n  core.PodSpec{\n`)).toBe(true)
  })
  it('ignores image changes when diffing, and treats canonical-equal quantities as equal', () => {
    const old = stored()
    old.spec.containers[0].resources = { requests: { cpu: '500m' } }
    const next = JSON.parse(JSON.stringify(old)) as Pod
    next.spec.containers[0].resources = { requests: { cpu: '0.5' } }
    next.spec.containers[0].image = 'busybox:1.36'
    expect(validatePodUpdate(next, old)).toEqual([])
  })
  it('allows terminationGracePeriodSeconds to go from negative to 1 only', () => {
    const old = stored()
    old.spec.terminationGracePeriodSeconds = -5
    const one = JSON.parse(JSON.stringify(old)) as Pod
    one.spec.terminationGracePeriodSeconds = 1
    expect(validatePodUpdate(one, old)).toEqual([])
    const two = JSON.parse(JSON.stringify(old)) as Pod
    two.spec.terminationGracePeriodSeconds = 2
    const msg = validatePodUpdate(two, old)[0].message
    expect(msg).toContain('- \tTerminationGracePeriodSeconds: *int64(-5),\n+ \tTerminationGracePeriodSeconds: *int64(2),')
  })
  it('scheduling gates may only be removed', () => {
    const old = stored()
    old.spec.schedulingGates = [{ name: 'example.com/a' }]
    const added = JSON.parse(JSON.stringify(old)) as Pod
    added.spec.schedulingGates = [{ name: 'example.com/a' }, { name: 'example.com/b' }]
    expect(validatePodUpdate(added, old).map((e) => e.message)).toEqual(["spec.schedulingGates[1].name: Forbidden: only deletion is allowed, but found new scheduling gate 'example.com/b'"])
    const removed = JSON.parse(JSON.stringify(old)) as Pod
    removed.spec.schedulingGates = []
    expect(validatePodUpdate(removed, old)).toEqual([])
  })
  it('defaulting an admitted pod again changes nothing', () => {
    expect(defaultPod(stored())).toEqual(stored())
  })
  it('never throws on junk', () => {
    expect(() => validatePodUpdate(null as unknown as Pod, 5 as unknown as Pod)).not.toThrow()
  })
})

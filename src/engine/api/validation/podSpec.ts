// ValidatePodSpec and the container lists (validateContainers, validateInitContainers) in the API
// server's order, with the v1.35 gates: ContainerRestartRules on, RestartAllContainers off,
// PodLevelResources on, sidecar resizePolicy allowed.

import type { FieldError, Pod } from '../types'
import { duplicate, forbidden, invalid, notSupported, required } from '../fieldErrors'
import { checkHostPortConflicts, validateContainerCommon, validateContainerRestartPolicy, validateInitContainerRestartPolicy } from './container'
import { validateLabels } from './meta'
import { inclusiveRangeError, isDNS1123Label, isQualifiedName, isValidLabelValue, nameIsDNSSubdomain } from './names'
import { validateLifecycle, validateProbes } from './probes'
import { validatePodResources, validateResourceRequirements } from './resources'
import { validateVolumes } from './volumes'
import { arr, child, index, isObj, num, obj, optNum, str } from './util'

const NOT_FOR_INIT = 'may not be set for init containers without restartPolicy=Always'
const MAX_INT32 = 2147483647

function validateContainers(spec: Record<string, unknown>, volumes: Set<string>, grace: number | undefined): FieldError[] {
  const path = 'spec.containers'
  const containers = arr(spec.containers)
  if (containers.length === 0) return [required(path)]
  const errs: FieldError[] = []
  const names = new Set<string>()
  const podRestart = str(spec.restartPolicy)
  containers.forEach((raw, i) => {
    const c = obj(raw)
    const p = index(path, i)
    const name = str(c.name)
    errs.push(...validateContainerCommon(c, volumes, podRestart, p))
    if (names.has(name)) errs.push(duplicate(child(p, 'name'), name))
    else names.add(name)
    if (isObj(c.lifecycle)) errs.push(...validateLifecycle(obj(c.lifecycle), grace, spec.os, child(p, 'lifecycle')))
    errs.push(...validateProbes(c, grace, p))
    errs.push(...validateContainerRestartPolicy(c, p))
  })
  return [...errs, ...checkHostPortConflicts(containers, path)]
}

function validateInitContainers(spec: Record<string, unknown>, volumes: Set<string>, grace: number | undefined): FieldError[] {
  const path = 'spec.initContainers'
  const errs: FieldError[] = []
  const names = new Set(arr(spec.containers).map((c) => str(obj(c).name)))
  const podRestart = str(spec.restartPolicy)
  arr(spec.initContainers).forEach((raw, i) => {
    const c = obj(raw)
    const p = index(path, i)
    const name = str(c.name)
    errs.push(...validateContainerCommon(c, volumes, podRestart, p))
    errs.push(...validateInitContainerRestartPolicy(c, p))
    const sidecar = c.restartPolicy === 'Always'
    if (names.has(name)) errs.push(duplicate(child(p, 'name'), name))
    else if (name) names.add(name)
    // Go checks each init container on its own but always reports it at index 0.
    errs.push(...checkHostPortConflicts([c], path))
    if (sidecar) {
      if (isObj(c.lifecycle)) errs.push(...validateLifecycle(obj(c.lifecycle), grace, spec.os, child(p, 'lifecycle')))
      errs.push(...validateProbes(c, grace, p))
    } else {
      for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe']) {
        if (isObj(c[f])) errs.push(forbidden(child(p, f), NOT_FOR_INIT))
      }
      arr(c.resizePolicy).forEach((rp, j) => {
        if (obj(rp).restartPolicy === 'RestartContainer') {
          errs.push(invalid(child(index(child(p, 'resizePolicy'), j), 'restartPolicy'), 'RestartContainer', "must not be set to 'RestartContainer' for non-sidecar initContainers"))
        }
      })
    }
  })
  return errs
}

function validateTolerations(tolerations: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  arr(tolerations).forEach((raw, i) => {
    const t = obj(raw)
    const p = index(path, i)
    const k = str(t.key), op = str(t.operator), value = str(t.value), effect = str(t.effect)
    if (k) errs.push(...isQualifiedName(k).map((m) => invalid(child(p, 'key'), k, m)))
    if (!k && op !== 'Exists') errs.push(invalid(child(p, 'operator'), op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'))
    if (optNum(t.tolerationSeconds) !== undefined && effect !== 'NoExecute') errs.push(invalid(child(p, 'effect'), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"))
    if (op === 'Equal' || op === '') {
      const msgs = isValidLabelValue(value)
      if (msgs.length) errs.push(invalid(child(p, 'operator'), value, msgs.join(';')))
    } else if (op === 'Exists') {
      if (value) errs.push(invalid(child(p, 'operator'), value, "value must be empty when `operator` is 'Exists'"))
    } else errs.push(notSupported(child(p, 'operator'), op, ['Equal', 'Exists']))
    if (effect && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(effect)) {
      errs.push(notSupported(child(p, 'effect'), effect, ['NoSchedule', 'PreferNoSchedule', 'NoExecute']))
    }
  })
  return errs
}

function validateDNS(spec: Record<string, unknown>): FieldError[] {
  const policy = str(spec.dnsPolicy)
  const path = 'spec.dnsConfig'
  if (policy === 'None') {
    if (!isObj(spec.dnsConfig)) return [required(path, 'must provide `dnsConfig` when `dnsPolicy` is None')]
    if (arr(obj(spec.dnsConfig).nameservers).length === 0) return [required(child(path, 'nameservers'), 'must provide at least one DNS nameserver when `dnsPolicy` is None')]
  }
  return []
}

const subdomainErrs = (value: string, path: string): FieldError[] => nameIsDNSSubdomain(value, false).map((m) => invalid(path, value, m))
const labelErrs = (value: string, path: string): FieldError[] => isDNS1123Label(value).map((m) => invalid(path, value, m))

/** ValidatePodSpec in Go's order (volumes, containers, initContainers, pod-level resources, policies, names, ...). */
export function validatePodSpec(pod: Pod): FieldError[] {
  const spec = obj(pod.spec)
  const errs: FieldError[] = []
  const grace = optNum(spec.terminationGracePeriodSeconds)
  if (grace === undefined) errs.push(required('spec.terminationGracePeriodSeconds'))
  const { names, errors } = validateVolumes(spec.volumes)
  errs.push(...errors)
  errs.push(...validateContainers(spec, names, grace))
  errs.push(...validateInitContainers(spec, names, grace))
  errs.push(...validatePodResources(pod))
  if (spec.hostNetwork === true) {
    arr(spec.containers).forEach((c, i) => arr(obj(c).ports).forEach((port, j) => {
      const hp = num(obj(port).hostPort), cp = num(obj(port).containerPort)
      if (hp !== cp) errs.push(invalid(`spec.containers[${i}].ports[${j}].hostPort`, hp, 'must match `containerPort` when `hostNetwork` is true'))
    }))
  }
  const restart = str(spec.restartPolicy)
  if (!restart) errs.push(required('spec.restartPolicy'))
  else if (!['Always', 'OnFailure', 'Never'].includes(restart)) errs.push(notSupported('spec.restartPolicy', restart, ['Always', 'OnFailure', 'Never']))
  const dns = str(spec.dnsPolicy)
  if (!dns) errs.push(required('spec.dnsPolicy'))
  else if (!['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'].includes(dns)) {
    errs.push(notSupported('spec.dnsPolicy', dns, ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']))
  }
  errs.push(...validateLabels(spec.nodeSelector, 'spec.nodeSelector'))
  errs.push(...validateDNS(spec))
  arr(spec.readinessGates).forEach((g, i) => {
    const ct = str(obj(g).conditionType)
    errs.push(...isQualifiedName(ct).map((m) => invalid(child(index('spec.readinessGates', i), 'conditionType'), ct, m)))
  })
  const gates = new Set<string>()
  arr(spec.schedulingGates).forEach((g, i) => {
    const n = str(obj(g).name)
    errs.push(...isQualifiedName(n).map((m) => invalid(index('spec.schedulingGates', i), n, m)))
    if (gates.has(n)) errs.push(duplicate(index('spec.schedulingGates', i), n))
    gates.add(n)
  })
  if (str(spec.serviceAccountName)) errs.push(...subdomainErrs(str(spec.serviceAccountName), 'spec.serviceAccountName'))
  if (str(spec.nodeName)) errs.push(...subdomainErrs(str(spec.nodeName), 'spec.nodeName'))
  const ads = optNum(spec.activeDeadlineSeconds)
  if (ads !== undefined && (ads < 1 || ads > MAX_INT32)) errs.push(invalid('spec.activeDeadlineSeconds', ads, inclusiveRangeError(1, MAX_INT32)))
  if (str(spec.hostname)) errs.push(...labelErrs(str(spec.hostname), 'spec.hostname'))
  if (str(spec.subdomain)) errs.push(...labelErrs(str(spec.subdomain), 'spec.subdomain'))
  errs.push(...validateTolerations(spec.tolerations, 'spec.tolerations'))
  if (str(spec.priorityClassName)) errs.push(...subdomainErrs(str(spec.priorityClassName), 'spec.priorityClassName'))
  if (typeof spec.runtimeClassName === 'string') errs.push(...subdomainErrs(spec.runtimeClassName, 'spec.runtimeClassName'))
  if (typeof spec.preemptionPolicy === 'string') {
    const pp = spec.preemptionPolicy
    if (!pp) errs.push(required('spec.preemptionPolicy'))
    else if (pp !== 'PreemptLowerPriority' && pp !== 'Never') errs.push(notSupported('spec.preemptionPolicy', pp, ['PreemptLowerPriority', 'Never']))
  }
  if (isObj(spec.overhead)) errs.push(...validateResourceRequirements({ limits: spec.overhead }, 'spec.overhead'))
  return errs
}

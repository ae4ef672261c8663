// Checks common to every container (validateContainerCommon and its helpers: ports, env, envFrom,
// volume mounts, pull policy, resources, resize policy) plus container-level restartPolicy rules.

import type { FieldError } from '../types'
import { duplicate, forbidden, invalid, notFound, notSupported, required, tooMany } from '../fieldErrors'
import { isDNS1123Label, isRelaxedEnvVarName, isValidPortName, isValidPortNum, nameIsDNSSubdomain } from './names'
import { validateResourceRequirements } from './resources'
import { validateEnvValueFrom } from './env'
import { arr, child, index, isObj, num, obj, str } from './util'

/** Validates a local relative path: not absolute, no `..` element (validateLocalDescendingPath). */
export function validateLocalDescendingPath(p: string, path: string): FieldError[] {
  const errs: FieldError[] = []
  if (p.startsWith('/')) errs.push(invalid(path, p, 'must be a relative path'))
  if (p.split('/').includes('..')) errs.push(invalid(path, p, "must not contain '..'"))
  return errs
}

function validatePorts(ports: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  const names = new Set<string>()
  arr(ports).forEach((raw, i) => {
    const port = obj(raw)
    const p = index(path, i)
    const name = str(port.name)
    if (name) {
      const msgs = isValidPortName(name)
      if (msgs.length) errs.push(...msgs.map((m) => invalid(child(p, 'name'), name, m)))
      else if (names.has(name)) errs.push(duplicate(child(p, 'name'), name))
      else names.add(name)
    }
    const containerPort = num(port.containerPort)
    if (containerPort === 0) errs.push(required(child(p, 'containerPort')))
    else errs.push(...isValidPortNum(containerPort).map((m) => invalid(child(p, 'containerPort'), containerPort, m)))
    const hostPort = num(port.hostPort)
    if (hostPort !== 0) errs.push(...isValidPortNum(hostPort).map((m) => invalid(child(p, 'hostPort'), hostPort, m)))
    const protocol = str(port.protocol)
    if (!protocol) errs.push(required(child(p, 'protocol')))
    else if (!['TCP', 'UDP', 'SCTP'].includes(protocol)) errs.push(notSupported(child(p, 'protocol'), protocol, ['SCTP', 'TCP', 'UDP']))
  })
  return errs
}

function validateEnv(env: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  arr(env).forEach((raw, i) => {
    const ev = obj(raw)
    const p = index(path, i)
    const name = str(ev.name)
    if (!name) errs.push(required(child(p, 'name')))
    else errs.push(...isRelaxedEnvVarName(name).map((m) => invalid(child(p, 'name'), name, m)))
    errs.push(...validateEnvValueFrom(ev, child(p, 'valueFrom')))
  })
  return errs
}

function validateEnvFrom(envFrom: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  arr(envFrom).forEach((raw, i) => {
    const ef = obj(raw)
    const p = index(path, i)
    const prefix = str(ef.prefix)
    if (prefix) errs.push(...isRelaxedEnvVarName(prefix).map((m) => invalid(child(p, 'prefix'), prefix, m)))
    let sources = 0
    for (const kind of ['configMapRef', 'secretRef']) {
      if (!isObj(ef[kind])) continue
      sources++
      const name = str(obj(ef[kind]).name)
      if (!name) errs.push(required(child(child(p, kind), 'name')))
      else errs.push(...nameIsDNSSubdomain(name, true).map((m) => invalid(child(child(p, kind), 'name'), name, m)))
    }
    if (sources === 0) errs.push(invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`'))
    else if (sources > 1) errs.push(invalid(path, '', 'may not have more than one field specified at a time'))
  })
  return errs
}

function validateVolumeMounts(mounts: unknown, volumes: Set<string>, container: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = []
  const seen = new Set<string>()
  const privileged = obj(container.securityContext).privileged === true
  arr(mounts).forEach((raw, i) => {
    const m = obj(raw)
    const p = index(path, i)
    const name = str(m.name)
    const mountPath = str(m.mountPath)
    if (!name) errs.push(required(child(p, 'name')))
    if (!volumes.has(name)) errs.push(notFound(child(p, 'name'), name))
    if (!mountPath) errs.push(required(child(p, 'mountPath')))
    if (seen.has(mountPath)) errs.push(invalid(child(p, 'mountPath'), mountPath, 'must be unique'))
    seen.add(mountPath)
    // Go reports subPath problems on the list path, not the item path; kept as is.
    const subPath = str(m.subPath)
    const subPathExpr = str(m.subPathExpr)
    if (subPath) errs.push(...validateLocalDescendingPath(subPath, child(path, 'subPath')))
    if (subPathExpr) {
      if (subPath) errs.push(invalid(child(p, 'subPathExpr'), subPathExpr, 'subPathExpr and subPath are mutually exclusive'))
      errs.push(...validateLocalDescendingPath(subPathExpr, child(path, 'subPathExpr')))
    }
    if (typeof m.mountPropagation === 'string') {
      const mp = m.mountPropagation
      const pp = child(path, 'mountPropagation')
      if (!['Bidirectional', 'HostToContainer', 'None'].includes(mp)) errs.push(notSupported(pp, mp, ['Bidirectional', 'HostToContainer', 'None']))
      if (mp === 'Bidirectional' && !privileged) errs.push(forbidden(pp, 'Bidirectional mount propagation is available only to privileged containers'))
    }
  })
  return errs
}

function validatePullPolicy(policy: string, path: string): FieldError[] {
  if (['Always', 'IfNotPresent', 'Never'].includes(policy)) return []
  if (!policy) return [required(path)]
  return [notSupported(path, policy, ['Always', 'IfNotPresent', 'Never'])]
}

function validateResizePolicy(list: unknown, path: string, podRestartPolicy: string): FieldError[] {
  const errs: FieldError[] = []
  const seen = new Set<string>()
  arr(list).forEach((raw, i) => {
    const rp = obj(raw)
    const name = str(rp.resourceName)
    const policy = str(rp.restartPolicy)
    if (seen.has(name)) errs.push(duplicate(index(path, i), name))
    seen.add(name)
    if (!name) errs.push(required(path))
    else if (name !== 'cpu' && name !== 'memory') errs.push(notSupported(path, name, ['cpu', 'memory']))
    if (!policy) errs.push(required(path))
    else if (policy !== 'NotRequired' && policy !== 'RestartContainer') errs.push(notSupported(path, policy, ['NotRequired', 'RestartContainer']))
    if (podRestartPolicy === 'Never' && policy !== 'NotRequired') errs.push(invalid(path, policy, "must be 'NotRequired' when pod `restartPolicy` is 'Never'"))
  })
  return errs
}

/** validateContainerCommon: name, image, terminationMessagePolicy, ports, env, envFrom, mounts, pull policy, resources, resizePolicy. */
export function validateContainerCommon(container: Record<string, unknown>, volumes: Set<string>, podRestartPolicy: string, path: string): FieldError[] {
  const errs: FieldError[] = []
  const name = str(container.name)
  if (!name) errs.push(required(child(path, 'name')))
  else errs.push(...isDNS1123Label(name).map((m) => invalid(child(path, 'name'), name, m)))
  if (!str(container.image)) errs.push(required(child(path, 'image')))
  const tmp = str(container.terminationMessagePolicy)
  if (!tmp) errs.push(required(child(path, 'terminationMessagePolicy')))
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    errs.push(notSupported(child(path, 'terminationMessagePolicy'), tmp, ['File', 'FallbackToLogsOnError']))
  }
  errs.push(...validatePorts(container.ports, child(path, 'ports')))
  errs.push(...validateEnv(container.env, child(path, 'env')))
  errs.push(...validateEnvFrom(container.envFrom, child(path, 'envFrom')))
  errs.push(...validateVolumeMounts(container.volumeMounts, volumes, container, child(path, 'volumeMounts')))
  errs.push(...validatePullPolicy(str(container.imagePullPolicy), child(path, 'imagePullPolicy')))
  errs.push(...validateResourceRequirements(container.resources, child(path, 'resources')))
  errs.push(...validateResizePolicy(container.resizePolicy, child(path, 'resizePolicy'), podRestartPolicy))
  return errs
}

/** validateContainerRestartPolicy (ContainerRestartRules on): policy value, at most 20 rules, each rule's action and exit codes. */
export function validateContainerRestartPolicy(container: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = []
  const rules = arr(container.restartPolicyRules)
  const policyPath = child(path, 'restartPolicy')
  if (typeof container.restartPolicy !== 'string') {
    if (rules.length === 0) return errs
    errs.push(required(policyPath, 'must specify restartPolicy when restart rules are used'))
  } else if (!['Always', 'Never', 'OnFailure'].includes(container.restartPolicy)) {
    errs.push(notSupported(policyPath, container.restartPolicy, ['Always', 'Never', 'OnFailure']))
  }
  const rulesPath = child(path, 'restartPolicyRules')
  if (rules.length > 20) errs.push(tooMany(rulesPath, rules.length, 20))
  rules.forEach((raw, i) => {
    const rule = obj(raw)
    const p = index(rulesPath, i)
    const action = str(rule.action)
    if (action !== 'Restart') errs.push(notSupported(child(p, 'action'), action, ['Restart']))
    if (isObj(rule.exitCodes)) {
      const ec = obj(rule.exitCodes)
      const op = str(ec.operator)
      if (op !== 'In' && op !== 'NotIn') errs.push(notSupported(child(child(p, 'exitCodes'), 'operator'), op, ['In', 'NotIn']))
      const values = arr(ec.values)
      if (values.length > 255) errs.push(tooMany(child(child(p, 'exitCodes'), 'values'), values.length, 255))
    } else errs.push(required(child(p, 'exitCodes'), 'must be specified'))
  })
  return errs
}

/** validateInitContainerRestartPolicy: Always is a sidecar (no rules allowed); other values as for app containers. */
export function validateInitContainerRestartPolicy(container: Record<string, unknown>, path: string): FieldError[] {
  const rules = arr(container.restartPolicyRules)
  if (typeof container.restartPolicy !== 'string') {
    return rules.length > 0 ? [required(child(path, 'restartPolicy'), 'must specify restartPolicy when restart rules are used')] : []
  }
  if (container.restartPolicy === 'Always') {
    return rules.length > 0 ? [forbidden(child(path, 'restartPolicyRules'), 'restartPolicyRules are not allowed for init containers with restart policy Always')] : []
  }
  return validateContainerRestartPolicy(container, path)
}

/** AccumulateUniqueHostPorts over the given containers: `protocol/hostIP/port` must be unique. */
export function checkHostPortConflicts(containers: unknown[], path: string): FieldError[] {
  const errs: FieldError[] = []
  const seen = new Set<string>()
  containers.forEach((raw, ci) => {
    arr(obj(raw).ports).forEach((rp, pi) => {
      const port = obj(rp)
      const hostPort = num(port.hostPort)
      if (hostPort === 0) return
      const id = `${str(port.protocol)}/${str(port.hostIP)}/${hostPort}`
      if (seen.has(id)) errs.push(duplicate(child(index(child(index(path, ci), 'ports'), pi), 'hostPort'), id))
      else seen.add(id)
    })
  })
  return errs
}

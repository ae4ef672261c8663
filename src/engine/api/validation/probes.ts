// Probe, handler and lifecycle validation (validateProbe, validateHandler, validateLifecycle in core
// validation.go). Shared by app containers and sidecars; plain init containers never get here.

import type { FieldError } from '../types'
import { forbidden, invalid, notSupported, required } from '../fieldErrors'
import { IS_NEGATIVE_MSG, isHTTPHeaderName, isValidPortName, isValidPortNum } from './names'
import { arr, child, isObj, num, obj, optNum, str } from './util'

/** ValidatePortNumOrName for an IntOrString: numbers are range-checked, strings checked as port names. */
export function validatePortNumOrName(port: unknown, path: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((m) => invalid(path, port, m))
  const n = num(port)
  return isValidPortNum(n).map((m) => invalid(path, n, m))
}

function validateHTTPGet(h: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = []
  if (!str(h.path)) errs.push(required(child(path, 'path')))
  errs.push(...validatePortNumOrName(h.port, child(path, 'port')))
  const scheme = str(h.scheme)
  if (scheme !== 'HTTP' && scheme !== 'HTTPS') errs.push(notSupported(child(path, 'scheme'), scheme, ['HTTP', 'HTTPS']))
  for (const header of arr(h.httpHeaders)) {
    const name = str(obj(header).name)
    for (const m of isHTTPHeaderName(name)) errs.push(invalid(child(path, 'httpHeaders'), name, m))
  }
  return errs
}

const HANDLER_KINDS = ['exec', 'httpGet', 'tcpSocket', 'grpc', 'sleep'] as const

/** validateHandler: exactly one handler kind, each kind checked in Go's order. */
export function validateHandler(handler: Record<string, unknown>, allowed: readonly string[], gracePeriod: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = []
  let count = 0
  for (const kind of HANDLER_KINDS) {
    if (!allowed.includes(kind) || !isObj(handler[kind])) continue
    const p = child(path, kind)
    if (count > 0) {
      errs.push(forbidden(p, 'may not specify more than 1 handler type'))
      continue
    }
    count++
    const h = obj(handler[kind])
    if (kind === 'exec' && arr(h.command).length === 0) errs.push(required(child(p, 'command')))
    if (kind === 'httpGet') errs.push(...validateHTTPGet(h, p))
    if (kind === 'tcpSocket') errs.push(...validatePortNumOrName(h.port, child(p, 'port')))
    if (kind === 'grpc') errs.push(...validatePortNumOrName(num(h.port), child(p, 'port')))
    if (kind === 'sleep' && gracePeriod !== undefined) {
      const seconds = num(h.seconds)
      if (seconds < 0 || seconds > gracePeriod) {
        errs.push(invalid(p, seconds, `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`))
      }
    }
  }
  if (count === 0) errs.push(required(path, 'must specify a handler type'))
  return errs
}

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc']
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep']

function validateProbe(probe: Record<string, unknown>, gracePeriod: number | undefined, path: string): FieldError[] {
  const errs = validateHandler(probe, PROBE_HANDLERS, gracePeriod, path)
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    const v = num(probe[f])
    if (v < 0) errs.push(invalid(child(path, f), v, IS_NEGATIVE_MSG))
  }
  const tgps = optNum(probe.terminationGracePeriodSeconds)
  if (tgps !== undefined && tgps <= 0) errs.push(invalid(child(path, 'terminationGracePeriodSeconds'), tgps, 'must be greater than 0'))
  return errs
}

/** The three probes of one container, liveness then readiness then startup, with their extra rules. */
export function validateProbes(container: Record<string, unknown>, gracePeriod: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = []
  for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
    if (!isObj(container[kind])) continue
    const probe = obj(container[kind])
    const p = child(path, kind)
    errs.push(...validateProbe(probe, gracePeriod, p))
    if (kind !== 'readinessProbe' && num(probe.successThreshold) !== 1) {
      errs.push(invalid(child(p, 'successThreshold'), num(probe.successThreshold), 'must be 1'))
    }
    if (kind === 'readinessProbe' && optNum(probe.terminationGracePeriodSeconds) !== undefined) {
      errs.push(invalid(child(p, 'terminationGracePeriodSeconds'), probe.terminationGracePeriodSeconds, 'must not be set for readinessProbes'))
    }
  }
  return errs
}

/** validateLifecycle: postStart, preStop, then stopSignal (which needs spec.os). */
export function validateLifecycle(lifecycle: Record<string, unknown>, gracePeriod: number | undefined, os: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  for (const hook of ['postStart', 'preStop']) {
    if (isObj(lifecycle[hook])) errs.push(...validateHandler(obj(lifecycle[hook]), LIFECYCLE_HANDLERS, gracePeriod, child(path, hook)))
  }
  if (typeof lifecycle.stopSignal === 'string') {
    const p = child(path, 'stopSignal')
    const osName = str(obj(os).name)
    if (!isObj(os)) errs.push(forbidden(p, 'may not be set for containers with empty `spec.os.name`'))
    else if (osName === 'windows' && !['SIGKILL', 'SIGTERM'].includes(lifecycle.stopSignal)) {
      errs.push(notSupported(p, lifecycle.stopSignal, ['SIGKILL', 'SIGTERM']))
    }
  }
  return errs
}

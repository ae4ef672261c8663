// env[].valueFrom validation (validateEnvVarValueFrom and the selector checks) from core validation.go,
// including the downward API field paths the v1 converter accepts.

import type { FieldError } from '../types'
import { invalid, notSupported, required } from '../fieldErrors'
import { tryParseQuantity, formatQuantity } from '../quantity'
import { isConfigMapKey, isDNS1123Label, isQualifiedName, isRelaxedEnvVarName, nameIsDNSSubdomain } from './names'
import { child, isObj, obj, str } from './util'

const ENV_FIELD_PATHS = ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs']
const V1_FIELD_LABELS = new Set(['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid',
  'spec.nodeName', 'spec.restartPolicy', 'spec.serviceAccountName', 'spec.schedulerName', 'status.phase', 'status.hostIP',
  'status.hostIPs', 'status.podIP', 'status.podIPs'])
const RESOURCE_PATHS = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory']
const MEMORY_DIVISORS = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei']
const MEMORY_DIVISOR_TEXT = 'only divisor\'s values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the'

function splitSubscript(p: string): [string, string] | null {
  if (!p.endsWith("']")) return null
  const cut = p.slice(0, -2).indexOf("['")
  if (cut <= 0) return null
  return [p.slice(0, cut), p.slice(0, -2).slice(cut + 2)]
}

/** validateObjectFieldSelector for env vars (downward API volumes pass their own list). */
export function validateFieldRef(ref: Record<string, unknown>, allowed: readonly string[], path: string): FieldError[] {
  const apiVersion = str(ref.apiVersion)
  const fieldPath = str(ref.fieldPath)
  if (!apiVersion) return [required(child(path, 'apiVersion'))]
  if (!fieldPath) return [required(child(path, 'fieldPath'))]
  let converted = fieldPath
  const sub = splitSubscript(fieldPath)
  let convertError = ''
  if (apiVersion !== 'v1') convertError = `unsupported pod version: ${apiVersion}`
  else if (sub) {
    if (sub[0] !== 'metadata.annotations' && sub[0] !== 'metadata.labels') convertError = `field label does not support subscript: ${fieldPath}`
  } else if (fieldPath === 'spec.host') converted = 'spec.nodeName'
  else if (!V1_FIELD_LABELS.has(fieldPath)) convertError = `field label not supported: ${fieldPath}`
  if (convertError) return [invalid(child(path, 'fieldPath'), fieldPath, `error converting fieldPath: ${convertError}`)]
  if (sub) {
    const subject = sub[0] === 'metadata.annotations' ? sub[1].toLowerCase() : sub[1]
    return isQualifiedName(subject).map((m) => invalid(path, subject, m))
  }
  if (!allowed.includes(converted)) return [notSupported(child(path, 'fieldPath'), converted, [...allowed].sort())]
  return []
}

/** validateContainerResourceFieldSelector for env vars and downward API volume files. */
export function validateResourceFieldRef(ref: Record<string, unknown>, path: string, volume: boolean): FieldError[] {
  const errs: FieldError[] = []
  const resource = str(ref.resource)
  if (volume && !str(ref.containerName)) errs.push(required(child(path, 'containerName')))
  else if (!resource) errs.push(required(child(path, 'resource')))
  else if (!RESOURCE_PATHS.includes(resource) && !resource.startsWith('limits.hugepages-') && !resource.startsWith('requests.hugepages-')) {
    errs.push(notSupported(child(path, 'resource'), resource, RESOURCE_PATHS))
  }
  const divisor = tryParseQuantity(ref.divisor)
  if (divisor && divisor.nanos !== 0n) {
    const d = formatQuantity(divisor)
    const dp = child(path, 'divisor')
    if ((resource === 'limits.cpu' || resource === 'requests.cpu') && d !== '1m' && d !== '1') {
      errs.push(invalid(dp, resource, "only divisor's values 1m and 1 are supported with the cpu resource"))
    }
    if ((resource === 'limits.memory' || resource === 'requests.memory') && !MEMORY_DIVISORS.includes(d)) {
      errs.push(invalid(dp, resource, `${MEMORY_DIVISOR_TEXT} memory resource`))
    }
    if ((resource === 'limits.ephemeral-storage' || resource === 'requests.ephemeral-storage') && !MEMORY_DIVISORS.includes(d)) {
      errs.push(invalid(dp, resource, `${MEMORY_DIVISOR_TEXT} local ephemeral storage resource`))
    }
    if ((resource.startsWith('requests.hugepages-') || resource.startsWith('limits.hugepages-')) && !MEMORY_DIVISORS.includes(d)) {
      errs.push(invalid(dp, resource, `${MEMORY_DIVISOR_TEXT} hugepages resource`))
    }
  }
  return errs
}

function validateKeySelector(sel: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = []
  const name = str(sel.name)
  errs.push(...nameIsDNSSubdomain(name, false).map((m) => invalid(child(path, 'name'), name, m)))
  const k = str(sel.key)
  if (!k) errs.push(required(child(path, 'key')))
  else errs.push(...isConfigMapKey(k).map((m) => invalid(child(path, 'key'), k, m)))
  return errs
}

function validateFileKeyRef(sel: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = []
  const k = str(sel.key)
  if (!k) errs.push(required(child(path, 'key')))
  else errs.push(...isRelaxedEnvVarName(k).map((m) => invalid(child(path, 'key'), k, m)))
  const vol = str(sel.volumeName)
  if (!vol) errs.push(required(child(path, 'volumeName')))
  else errs.push(...isDNS1123Label(vol).map((m) => invalid(child(path, 'volumeName'), vol, m)))
  const p = str(sel.path)
  if (!p) errs.push(required(child(path, 'path')))
  else if (p.split('/').includes('..')) errs.push(invalid(child(path, 'path'), p, "must not contain '..'"))
  return errs
}

/** validateEnvVarValueFrom: exactly one source, and none when `value` is set. */
export function validateEnvValueFrom(ev: Record<string, unknown>, path: string): FieldError[] {
  if (!isObj(ev.valueFrom)) return []
  const from = obj(ev.valueFrom)
  const errs: FieldError[] = []
  let sources = 0
  if (isObj(from.fieldRef)) { sources++; errs.push(...validateFieldRef(obj(from.fieldRef), ENV_FIELD_PATHS, child(path, 'fieldRef'))) }
  if (isObj(from.resourceFieldRef)) { sources++; errs.push(...validateResourceFieldRef(obj(from.resourceFieldRef), child(path, 'resourceFieldRef'), false)) }
  if (isObj(from.configMapKeyRef)) { sources++; errs.push(...validateKeySelector(obj(from.configMapKeyRef), child(path, 'configMapKeyRef'))) }
  if (isObj(from.secretKeyRef)) { sources++; errs.push(...validateKeySelector(obj(from.secretKeyRef), child(path, 'secretKeyRef'))) }
  if (isObj(from.fileKeyRef)) { sources++; errs.push(...validateFileKeyRef(obj(from.fileKeyRef), child(path, 'fileKeyRef'))) }
  if (sources === 0) {
    errs.push(invalid(path, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`'))
  } else if (str(ev.value)) {
    errs.push(invalid(path, '', 'may not be specified when `value` is not empty'))
  } else if (sources > 1) {
    errs.push(invalid(path, '', 'may not have more than one field specified at a time'))
  }
  return errs
}

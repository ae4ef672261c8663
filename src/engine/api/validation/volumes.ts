// spec.volumes validation (ValidateVolumes, validateVolumeSource and the source checks initlab models:
// emptyDir, hostPath, secret, configMap, downwardAPI, projected, persistentVolumeClaim). Other sources
// only count towards "exactly one source".

import type { FieldError } from '../types'
import { duplicate, forbidden, invalid, notSupported, required } from '../fieldErrors'
import { tryParseQuantity } from '../quantity'
import { isDNS1123Label } from './names'
import { validateLocalDescendingPath } from './container'
import { validateFieldRef, validateResourceFieldRef } from './env'
import { arr, child, index, isObj, obj, optNum, str } from './util'

// Go's check order, with the path segment it reports (note the upstream "downwarAPI" typo).
const SOURCES: [string, string][] = [
  ['emptyDir', 'emptyDir'], ['hostPath', 'hostPath'], ['gitRepo', 'gitRepo'], ['gcePersistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'], ['secret', 'secret'], ['nfs', 'nfs'], ['iscsi', 'iscsi'],
  ['glusterfs', 'glusterfs'], ['flocker', 'flocker'], ['persistentVolumeClaim', 'persistentVolumeClaim'], ['rbd', 'rbd'],
  ['cinder', 'cinder'], ['cephfs', 'cephFS'], ['quobyte', 'quobyte'], ['downwardAPI', 'downwarAPI'], ['fc', 'fc'],
  ['flexVolume', 'flexVolume'], ['configMap', 'configMap'], ['azureFile', 'azureFile'], ['vsphereVolume', 'vsphereVolume'],
  ['photonPersistentDisk', 'photonPersistentDisk'], ['portworxVolume', 'portworxVolume'], ['azureDisk', 'azureDisk'],
  ['storageos', 'storageos'], ['projected', 'projected'], ['scaleIO', 'scaleIO'], ['csi', 'csi'], ['ephemeral', 'ephemeral'],
  ['image', 'image'],
]
const FILE_MODE_MSG = 'must be a number between 0 and 0777 (octal), both inclusive'
const VOLUME_FIELD_PATHS = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid']
const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket']

function mode(v: unknown, path: string): FieldError[] {
  const m = optNum(v)
  return m !== undefined && (m > 0o777 || m < 0) ? [invalid(path, m, FILE_MODE_MSG)] : []
}

function localNonReserved(p: string, path: string): FieldError[] {
  const errs = validateLocalDescendingPath(p, path)
  if (p.startsWith('..') && !p.startsWith('../')) errs.push(invalid(path, p, "must not start with '..'"))
  return errs
}

function keyToPath(kp: Record<string, unknown>, p: string): FieldError[] {
  const errs: FieldError[] = []
  if (!str(kp.key)) errs.push(required(child(p, 'key')))
  if (!str(kp.path)) errs.push(required(child(p, 'path')))
  return [...errs, ...localNonReserved(str(kp.path), child(p, 'path')), ...mode(kp.mode, child(p, 'mode'))]
}

function keyToPaths(items: unknown, path: string): FieldError[] {
  return arr(items).flatMap((raw, i) => keyToPath(obj(raw), index(path, i)))
}

function downwardFile(file: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = []
  if (!str(file.path)) errs.push(required(child(path, 'path')))
  errs.push(...localNonReserved(str(file.path), child(path, 'path')))
  if (isObj(file.fieldRef)) {
    errs.push(...validateFieldRef(obj(file.fieldRef), VOLUME_FIELD_PATHS, child(path, 'fieldRef')))
    if (isObj(file.resourceFieldRef)) errs.push(invalid(path, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously'))
  } else if (isObj(file.resourceFieldRef)) {
    errs.push(...validateResourceFieldRef(obj(file.resourceFieldRef), child(path, 'resourceFieldRef'), true))
  } else errs.push(required(path, 'one of fieldRef and resourceFieldRef is required'))
  return [...errs, ...mode(file.mode, child(path, 'mode'))]
}

function projectedSources(src: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = []
  const paths = new Set<string>()
  const claim = (p: string, bad: unknown): void => {
    if (paths.has(p)) errs.push(invalid(path, bad, 'conflicting duplicate paths'))
    else paths.add(p)
  }
  arr(src.sources).forEach((raw, i) => {
    const s = obj(raw)
    const sp = index(child(path, 'sources'), i)
    let count = 0
    for (const kind of ['secret', 'configMap'] as const) {
      if (!isObj(s[kind])) continue
      count++
      const ref = obj(s[kind])
      if (!str(ref.name)) errs.push(required(child(child(sp, kind), 'name')))
      arr(ref.items).forEach((item, j) => {
        errs.push(...keyToPath(obj(item), index(child(child(sp, kind), 'items'), j)))
        if (str(obj(item).path)) claim(str(obj(item).path), str(ref.name))
      })
    }
    if (isObj(s.downwardAPI)) {
      count++
      for (const f of arr(obj(s.downwardAPI).items)) {
        errs.push(...downwardFile(obj(f), child(sp, 'downwardAPI')))
        if (str(obj(f).path)) claim(str(obj(f).path), str(obj(f).path))
      }
    }
    if (isObj(s.serviceAccountToken)) {
      count++
      const t = obj(s.serviceAccountToken)
      const tp = child(sp, 'serviceAccountToken')
      const exp = optNum(t.expirationSeconds)
      if (exp === undefined) errs.push(required(child(tp, 'expirationSeconds')))
      else {
        if (exp < 600) errs.push(invalid(child(tp, 'expirationSeconds'), exp, 'may not specify a duration less than 10 minutes'))
        if (exp > 2 ** 32) errs.push(invalid(child(tp, 'expirationSeconds'), exp, 'may not specify a duration larger than 2^32 seconds'))
      }
      if (!str(t.path)) errs.push(required(child(path, 'path')))
      else errs.push(...localNonReserved(str(t.path), child(path, 'path')))
    }
    if (count > 1) errs.push(forbidden(sp, 'may not specify more than 1 volume type per source'))
  })
  return errs
}

function validateSource(vol: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = []
  let count = 0
  for (const [jsonKey, segment] of SOURCES) {
    if (!isObj(vol[jsonKey])) continue
    if (count > 0) {
      errs.push(forbidden(child(path, segment), 'may not specify more than 1 volume type'))
      continue
    }
    count++
    const src = obj(vol[jsonKey])
    const p = child(path, jsonKey)
    if (jsonKey === 'emptyDir') {
      const limit = tryParseQuantity(src.sizeLimit)
      if (limit && limit.nanos < 0n) errs.push(forbidden(child(p, 'sizeLimit'), 'SizeLimit field must be a valid resource quantity'))
    } else if (jsonKey === 'hostPath') {
      const hp = str(src.path)
      if (!hp) errs.push(required(child(p, 'path')))
      else {
        if (hp.split('/').includes('..')) errs.push(invalid(child(p, 'path'), hp, "must not contain '..'"))
        if (typeof src.type === 'string' && !HOST_PATH_TYPES.includes(src.type)) errs.push(notSupported(child(p, 'type'), src.type, HOST_PATH_TYPES))
      }
    } else if (jsonKey === 'secret' || jsonKey === 'configMap') {
      const nameKey = jsonKey === 'secret' ? 'secretName' : 'name'
      if (!str(src[nameKey])) errs.push(required(child(p, nameKey)))
      errs.push(...mode(src.defaultMode, child(p, 'defaultMode')), ...keyToPaths(src.items, child(p, 'items')))
    } else if (jsonKey === 'persistentVolumeClaim') {
      if (!str(src.claimName)) errs.push(required(child(p, 'claimName')))
    } else if (jsonKey === 'downwardAPI') {
      errs.push(...mode(src.defaultMode, child(p, 'defaultMode')))
      for (const f of arr(src.items)) errs.push(...downwardFile(obj(f), p))
    } else if (jsonKey === 'projected') {
      errs.push(...mode(src.defaultMode, child(p, 'defaultMode')), ...projectedSources(src, p))
    }
  }
  if (count === 0) errs.push(required(path, 'must specify a volume type'))
  return errs
}

/** ValidateVolumes: returns the names of the volumes that passed (mounts may only use those) and the errors. */
export function validateVolumes(volumes: unknown, path = 'spec.volumes'): { names: Set<string>; errors: FieldError[] } {
  const names = new Set<string>()
  const errors: FieldError[] = []
  arr(volumes).forEach((raw, i) => {
    const vol = obj(raw)
    const p = index(path, i)
    const name = str(vol.name)
    const el = validateSource(vol, p)
    if (!name) el.push(required(child(p, 'name')))
    else el.push(...isDNS1123Label(name).map((m) => invalid(child(p, 'name'), name, m)))
    if (names.has(name)) el.push(duplicate(child(p, 'name'), name))
    if (el.length === 0) names.add(name)
    else errors.push(...el)
  })
  return { names, errors }
}

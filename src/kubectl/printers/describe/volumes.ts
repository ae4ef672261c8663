// The Volumes section of `kubectl describe pod` (describeVolumes, kubectl v1.35): one block per volume
// with the source's type line and fields. Pure; writes into a DescribeWriter.

import type { Volume } from '../../../engine/api/types'
import { canonicalQuantity, tryParseQuantity } from '../../../engine/api/quantity'
import { writeAnnotations, writeLabels } from './meta'
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, NestedPrefixWriter, type DescribeWriter } from './prefixWriter'

type Obj = Record<string, unknown>

function obj(v: unknown): Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {}
}

function str(v: unknown): string {
  return v === undefined || v === null ? '' : String(v)
}

function bool(v: unknown): string {
  return v === true ? 'true' : 'false'
}

/** Writes `Type:` and the indented `name:  value` fields the way describe's printXxxVolumeSource does. */
function fields(w: DescribeWriter, type: string, rows: readonly [string, string][]): void {
  w.write(LEVEL_2, `Type:\t${type}\n` + rows.map(([k, v]) => `    ${k}:\t${v}\n`).join(''))
}

function writeProjected(w: DescribeWriter, src: Obj): void {
  w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n')
  for (const raw of Array.isArray(src.sources) ? src.sources : []) {
    const s = obj(raw)
    if (s.secret) {
      w.write(LEVEL_2, `SecretName:\t${str(obj(s.secret).name)}\n    Optional:\t${bool(obj(s.secret).optional)}\n`)
    } else if (s.downwardAPI) {
      w.write(LEVEL_2, 'DownwardAPI:\ttrue\n')
    } else if (s.configMap) {
      w.write(LEVEL_2, `ConfigMapName:\t${str(obj(s.configMap).name)}\n    Optional:\t${bool(obj(s.configMap).optional)}\n`)
    } else if (s.serviceAccountToken) {
      w.write(LEVEL_2, `TokenExpirationSeconds:\t${str(obj(s.serviceAccountToken).expirationSeconds)}\n`)
    }
  }
}

function writeDownwardAPI(w: DescribeWriter, src: Obj): void {
  w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n')
  for (const raw of Array.isArray(src.items) ? src.items : []) {
    const item = obj(raw)
    if (item.fieldRef) w.write(LEVEL_3, `${str(obj(item.fieldRef).fieldPath)} -> ${str(item.path)}\n`)
    if (item.resourceFieldRef) w.write(LEVEL_3, `${str(obj(item.resourceFieldRef).resource)} -> ${str(item.path)}\n`)
  }
}

function writeEmptyDir(w: DescribeWriter, src: Obj): void {
  const limit = tryParseQuantity(src.sizeLimit)
  const sizeLimit = limit && limit.nanos > 0n ? (canonicalQuantity(src.sizeLimit) ?? '') : '<unset>'
  fields(w, "EmptyDir (a temporary directory that shares a pod's lifetime)", [['Medium', str(src.medium)], ['SizeLimit', sizeLimit]])
}

/** An inline claim template, printed as printPersistentVolumeClaim prints a claim that is not a full PVC. */
function writeEphemeral(w: DescribeWriter, src: Obj): void {
  w.write(LEVEL_2, 'Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n')
  if (!src.volumeClaimTemplate) return
  const template = obj(src.volumeClaimTemplate)
  const meta = obj(template.metadata)
  const spec = obj(template.spec)
  const nested = new NestedPrefixWriter(w, LEVEL_2)
  const annotations = obj(meta.annotations) as Record<string, string>
  const storageClass = annotations['volume.beta.kubernetes.io/storage-class'] ?? str(spec.storageClassName)
  nested.write(LEVEL_0, `StorageClass:\t${storageClass}\n`)
  nested.write(LEVEL_0, `Volume:\t${str(spec.volumeName)}\n`)
  writeLabels(nested, 'Labels', obj(meta.labels) as Record<string, string>)
  writeAnnotations(nested, 'Annotations', annotations)
  // A template has no status, so a bound one shows the zero capacity of its (empty) status.
  const bound = str(spec.volumeName) !== ''
  nested.write(LEVEL_0, `Capacity:\t${bound ? '0' : ''}\n`)
  nested.write(LEVEL_0, 'Access Modes:\t\n')
  if (spec.volumeMode !== undefined && spec.volumeMode !== null) nested.write(LEVEL_0, `VolumeMode:\t${str(spec.volumeMode)}\n`)
  if (spec.dataSource) {
    const ds = obj(spec.dataSource)
    nested.write(LEVEL_0, 'DataSource:\n')
    if (ds.apiGroup !== undefined && ds.apiGroup !== null) nested.write(LEVEL_1, `APIGroup:\t${str(ds.apiGroup)}\n`)
    nested.write(LEVEL_1, `Kind:\t${str(ds.kind)}\n`)
    nested.write(LEVEL_1, `Name:\t${str(ds.name)}\n`)
  }
}

/** Source writers in describeVolumes' switch order: the first source a volume sets decides its block. */
const SOURCES: readonly [string, (w: DescribeWriter, src: Obj) => void][] = [
  ['hostPath', (w, s) => fields(w, 'HostPath (bare host directory volume)', [['Path', str(s.path)], ['HostPathType', s.type === undefined ? '<none>' : str(s.type)]])],
  ['emptyDir', writeEmptyDir],
  ['gcePersistentDisk', (w, s) => fields(w, 'GCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)', [['PDName', str(s.pdName)], ['FSType', str(s.fsType)], ['Partition', str(s.partition ?? 0)], ['ReadOnly', bool(s.readOnly)]])],
  ['awsElasticBlockStore', (w, s) => fields(w, 'AWSElasticBlockStore (a Persistent Disk resource in AWS)', [['VolumeID', str(s.volumeID)], ['FSType', str(s.fsType)], ['Partition', str(s.partition ?? 0)], ['ReadOnly', bool(s.readOnly)]])],
  ['gitRepo', (w, s) => fields(w, 'GitRepo (a volume that is pulled from git when the pod is created)', [['Repository', str(s.repository)], ['Revision', str(s.revision)]])],
  ['secret', (w, s) => fields(w, 'Secret (a volume populated by a Secret)', [['SecretName', str(s.secretName)], ['Optional', bool(s.optional)]])],
  ['configMap', (w, s) => fields(w, 'ConfigMap (a volume populated by a ConfigMap)', [['Name', str(s.name)], ['Optional', bool(s.optional)]])],
  ['nfs', (w, s) => fields(w, 'NFS (an NFS mount that lasts the lifetime of a pod)', [['Server', str(s.server)], ['Path', str(s.path)], ['ReadOnly', bool(s.readOnly)]])],
  ['persistentVolumeClaim', (w, s) => fields(w, 'PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)', [['ClaimName', str(s.claimName)], ['ReadOnly', bool(s.readOnly)]])],
  ['ephemeral', writeEphemeral],
  ['downwardAPI', writeDownwardAPI],
  ['projected', writeProjected],
  ['csi', (w, s) => {
    fields(w, 'CSI (a Container Storage Interface (CSI) volume source)', [['Driver', str(s.driver)], ['FSType', str(s.fsType)], ['ReadOnly', bool(s.readOnly)]])
    const attrs = obj(s.volumeAttributes)
    const keys = Object.keys(attrs).sort()
    w.write(LEVEL_2, 'VolumeAttributes:\t')
    if (keys.length === 0) w.writeLine('<none>')
    keys.forEach((k, i) => {
      // Go writes each piece at LEVEL_2, so every piece gets its own four-space prefix.
      if (i > 0) {
        w.write(LEVEL_2, '')
        w.write(LEVEL_2, '\t')
      }
      const line = `${k}=${str(attrs[k])}`
      w.write(LEVEL_2, `${line.length > 140 ? line.slice(0, 140) + '...' : line}\n`)
    })
  }],
  ['image', (w, s) => fields(w, 'Image (a container image or OCI artifact)', [['Reference', str(s.reference)], ['PullPolicy', str(s.pullPolicy)]])],
]

/** Writes `Volumes:` and each volume's block (`<unknown>` for sources initlab does not model). */
export function writeVolumes(w: DescribeWriter, volumes: readonly Volume[] | undefined): void {
  if (!volumes || volumes.length === 0) {
    w.write(LEVEL_0, 'Volumes:\t<none>\n')
    return
  }
  w.write(LEVEL_0, 'Volumes:\n')
  for (const volume of volumes) {
    w.write(LEVEL_1, `${volume.name}:\n`)
    const source = SOURCES.find(([key]) => volume[key] !== undefined && volume[key] !== null)
    if (source) source[1](w, obj(volume[source[0]]))
    else w.write(LEVEL_1, '<unknown>\n')
  }
}

// printConfigMap and printSecret (pkg/printers/internalversion/printers.go): NAME DATA AGE and
// NAME TYPE DATA AGE, where DATA counts keys.

import type { KubeObject } from '../../../engine/api/types'
import { translateTimestampSince } from '../humanDuration'
import { column, record, str, type TableHandler } from './types'

/** The ConfigMap table printer: DATA counts data and binaryData keys. */
export const configMapTable: TableHandler = {
  columns: [column('Name', 0, 'name'), column('Data'), column('Age')],
  cells: (obj: KubeObject, now: number) => [
    obj.metadata.name ?? '',
    String(Object.keys(record(obj.data)).length + Object.keys(record(obj.binaryData)).length),
    translateTimestampSince(obj.metadata.creationTimestamp, now),
  ],
}

/** The Secret table printer. */
export const secretTable: TableHandler = {
  columns: [column('Name', 0, 'name'), column('Type'), column('Data'), column('Age')],
  cells: (obj: KubeObject, now: number) => {
    // The API server folds stringData into data and defaults the type to Opaque when it stores a
    // Secret; initlab's store keeps the manifest as written, so both happen here.
    const keys = new Set([...Object.keys(record(obj.data)), ...Object.keys(record(obj.stringData))])
    return [
      obj.metadata.name ?? '',
      str(obj.type) || 'Opaque',
      String(keys.size),
      translateTimestampSince(obj.metadata.creationTimestamp, now),
    ]
  },
}

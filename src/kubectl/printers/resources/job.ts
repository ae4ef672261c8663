// printJob of the API server's printers: NAME STATUS COMPLETIONS DURATION AGE, and with -o wide the
// containers, images and selector of the Job's pod template.

import { humanDuration, timestampMs, translateTimestampSince } from '../humanDuration'
import { column, record, type TableHandler } from './types'

interface JobCondition {
  type?: string
  status?: string
}

// The STATUS cell (v1.30+): terminal conditions first, then terminating, suspended and the interim ones.
function jobStatus(conditions: JobCondition[], deleting: boolean): string {
  const has = (type: string) => conditions.some((c) => c.type === type && c.status === 'True')
  if (has('Complete')) return 'Complete'
  if (has('Failed')) return 'Failed'
  if (deleting) return 'Terminating'
  if (has('Suspended')) return 'Suspended'
  if (has('FailureTarget')) return 'FailureTarget'
  if (has('SuccessCriteriaMet')) return 'SuccessCriteriaMet'
  return 'Running'
}

/** The Job table. */
export const jobTable: TableHandler = {
  columns: [
    column('Name', 0, 'name'),
    column('Status'),
    column('Completions'),
    column('Duration'),
    column('Age'),
    column('Containers', 1),
    column('Images', 1),
    column('Selector', 1),
  ],
  cells: (obj, now) => {
    const spec = record(obj.spec)
    const status = record(obj.status)
    const succeeded = Number(status.succeeded ?? 0)
    const completions = spec.completions === undefined ? `${succeeded}/1 of ${Number(spec.parallelism ?? 1)}` : `${succeeded}/${Number(spec.completions)}`
    const start = timestampMs(status.startTime)
    const end = timestampMs(status.completionTime)
    const duration = start === undefined ? '' : humanDuration((end ?? now) - start)
    const containers = ((record(record(spec.template).spec).containers ?? []) as { name?: string; image?: string }[])
    const selector = record(record(spec.selector).matchLabels)
    return [
      obj.metadata.name ?? '',
      jobStatus((status.conditions ?? []) as JobCondition[], obj.metadata.deletionTimestamp !== undefined),
      completions,
      duration,
      translateTimestampSince(obj.metadata.creationTimestamp, now),
      containers.map((c) => c.name ?? '').join(','),
      containers.map((c) => c.image ?? '').join(','),
      Object.entries(selector).map(([k, v]) => `${k}=${v}`).sort().join(',') || '<none>',
    ]
  },
}

// Which container of a pod kubectl picks when none is named (podcmd.FindOrDefaultContainerByName,
// shared by logs and exec): the default-container annotation, else the first app container, with
// the "Defaulted container" notice kubectl writes on stderr when there was a choice.

import type { Pod } from '../../engine/api/types'

/** A pod's container names by kind, in spec order. Pure. */
export function specNames(pod: Pod): { init: string[]; app: string[]; ephemeral: string[] } {
  const names = (list: unknown[] | undefined) => (list ?? []).map((c) => String((c as { name?: string }).name ?? ''))
  return { init: names(pod.spec?.initContainers), app: names(pod.spec?.containers), ephemeral: names(pod.spec?.ephemeralContainers) }
}

/** The annotation that preselects a pod's default container. */
export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container'

/**
 * The container kubectl uses when none is named, and what it prints on stderr about it.
 * `quiet` drops the notice (exec -q); `reportMissingAnnotation` is logs' extra line for an
 * annotation naming no container (exec only logs that at -v=4). Pure.
 */
export function defaultContainer(pod: Pod, options: { quiet?: boolean; reportMissingAnnotation?: boolean } = {}): { name: string; notice: string } {
  const names = specNames(pod)
  const podName = pod.metadata?.name ?? ''
  const annotated = pod.metadata?.annotations?.[DEFAULT_CONTAINER_ANNOTATION] ?? ''
  const every = [...names.app, ...names.ephemeral, ...names.init]
  let notice = ''
  if (annotated !== '') {
    if (every.includes(annotated)) return { name: annotated, notice }
    if (options.reportMissingAnnotation) notice += `Default container name "${annotated}" not found in pod ${podName}\n`
  }
  const name = names.app[0] ?? ''
  if (!options.quiet && (names.app.length > 1 || names.init.length > 0 || names.ephemeral.length > 0)) {
    const listed = [...names.app, ...names.ephemeral.map((n) => `${n} (ephem)`), ...names.init.map((n) => `${n} (init)`)]
    notice += `Defaulted container "${name}" out of: ${listed.join(', ')}\n`
  }
  return { name, notice }
}

// Which busybox series an image tag ships: the catalog's per-tag table, then the repository's
// single version, then busybox:1.36's. The world hands it to the shell as ShellWorld.busyboxVersion.

import { DEFAULT_BUSYBOX, type BusyboxVersion } from '../shell/applets/version'
import type { RepoEntry } from './types'

/** The busybox series `repo:tag` ships (e.g. busybox:latest -> '1.37'). Pure. */
export function busyboxVersionOf(repo: RepoEntry, tag: string): BusyboxVersion {
  const tags = repo.busyboxTags
  return (tags && Object.hasOwn(tags, tag) ? tags[tag] : undefined) ?? repo.busyboxVersion ?? DEFAULT_BUSYBOX
}

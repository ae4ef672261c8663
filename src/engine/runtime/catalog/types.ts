// The shape of one repository in initlab's simulated registry: tags and sizes, what the image runs
// by default, which binaries and files it ships. Data only; images.ts looks entries up.

import type { BusyboxVersion } from '../shell/applets/version'

/** Native programs the runtime implements as processes (servers and teaching tools), not scripts. */
export type ProgramName =
  | 'nginx-entrypoint' | 'nginx'
  | 'redis-entrypoint' | 'redis-server'
  | 'postgres-entrypoint' | 'postgres'
  | 'mysql-entrypoint' | 'mysqld'
  | 'python' | 'node' | 'curl' | 'memhog' | 'app'

/** One repository: every tag shares the rest of the entry. */
export interface RepoEntry {
  /** Tag -> compressed size in bytes (the Pulled event's "Image size"). */
  tags: Record<string, number>
  entrypoint: string[]
  cmd: string[]
  /** Image ENV (PATH and friends), in Dockerfile order. */
  env?: Record<string, string>
  workingDir?: string
  /** Busybox applets on the PATH (empty for distroless images). */
  binaries: readonly string[]
  /** Extra files, absolute path -> content; scripts are executable. */
  files?: Record<string, string>
  /** Absolute path -> native program that runs when it is executed. */
  programs?: Record<string, ProgramName>
  /** The busybox build whose output version-dependent applets imitate. */
  busyboxVersion?: '1.28' | '1.36'
  /** Tag -> the busybox series that tag ships, where tags differ (busybox:1.28 vs busybox:1.37). */
  busyboxTags?: Record<string, BusyboxVersion>
}

// The shape of a recorded script case: what ran, in which files, and what busybox printed.

/** One table row: `sh -c script` in a memory world with `files`; missing out/err mean empty, code 0. */
export interface ScriptCase {
  script: string
  files?: Record<string, string>
  out?: string
  err?: string
  code?: number
}

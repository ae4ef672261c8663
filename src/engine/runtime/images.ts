// Image references and the registry lookup: parses and normalizes references as containerd does
// and finds them in the catalog (catalog/*.ts holds the data). The kubelet reads only what a pull
// and a start need; the world runtime reads the rest (binaries, files, programs).

import { busyboxVersionOf } from './catalog/busybox'
import type { BusyboxVersion } from './shell/applets/version'
import { INITLAB } from './catalog/initlab'
import { LIBRARY } from './catalog/library'
import type { ProgramName, RepoEntry } from './catalog/types'

/** One pullable image: everything the kubelet and the runtime need to know about it. */
export interface ImageInfo {
  /** Repository as the runtime names it, e.g. `docker.io/library/busybox`. */
  repository: string
  tag: string
  /** Compressed size in bytes, as the Pulled event reports it. */
  size: number
  entrypoint: string[]
  cmd: string[]
  /** Whether the image has a shell and coreutils (distroless images do not). */
  shell: boolean
  /** Image ENV, in Dockerfile order. */
  env: Record<string, string>
  workingDir?: string
  /** Busybox applets on the image's PATH. */
  binaries: readonly string[]
  /** Extra files (absolute path -> content). */
  files: Record<string, string>
  /** Executables that run as native programs (servers, teaching tools). */
  programs: Record<string, ProgramName>
  /** The busybox series the image ships (banner, nslookup flavour). */
  busyboxVersion: BusyboxVersion
}

const REPOSITORIES: Record<string, RepoEntry> = { ...LIBRARY, ...INITLAB }

const DEFAULT_REGISTRY = 'docker.io'

/** A parsed image reference, or the reason it is malformed. */
export type ParsedReference =
  | { ok: true; repository: string; tag: string; digest?: string; normalized: string }
  | { ok: false }

// The distribution/reference grammar: lowercase path components, optional registry host, tag, digest.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const HOST_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const HOST = `${HOST_PART}(?:\\.${HOST_PART})*(?::[0-9]+)?`
const REFERENCE = new RegExp(
  `^(?:(${HOST})/)?(${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$`,
)

/** Parses and normalizes an image reference as containerd does (`busybox` -> `docker.io/library/busybox:latest`). Pure. */
export function parseImageReference(ref: string): ParsedReference {
  const m = REFERENCE.exec(ref)
  if (!m || ref.length > 255) return { ok: false }
  const [, host, path, tag, digest] = m
  let repository: string
  if (host && (host.includes('.') || host.includes(':') || host === 'localhost')) repository = `${host}/${path}`
  else if (host) {
    if (!new RegExp(`^${COMPONENT}$`).test(host)) return { ok: false }
    repository = `${DEFAULT_REGISTRY}/${host}/${path}`
  } else if (!path.includes('/')) repository = `${DEFAULT_REGISTRY}/library/${path}`
  else repository = `${DEFAULT_REGISTRY}/${path}`
  const finalTag = tag ?? (digest ? '' : 'latest')
  const normalized = digest ? `${repository}@${digest}` : `${repository}:${finalTag}`
  return { ok: true, repository, tag: finalTag, digest, normalized }
}

/** Looks an image up in the catalog; undefined when the registry would not have it. Pure. */
export function findImage(ref: string): ImageInfo | undefined {
  const parsed = parseImageReference(ref)
  if (!parsed.ok) return undefined
  const repo = REPOSITORIES[parsed.repository]
  if (!repo) return undefined
  const tag = parsed.tag || 'latest'
  const size = repo.tags[tag]
  if (size === undefined) return undefined
  return {
    repository: parsed.repository,
    tag,
    size,
    entrypoint: repo.entrypoint,
    cmd: repo.cmd,
    shell: repo.binaries.includes('sh'),
    env: repo.env ?? {},
    workingDir: repo.workingDir,
    binaries: repo.binaries,
    files: repo.files ?? {},
    programs: repo.programs ?? {},
    busyboxVersion: busyboxVersionOf(repo, tag),
  }
}

/** True when the registry has the repository (whatever the tag). Pure. */
export function repositoryExists(repository: string): boolean {
  return repository in REPOSITORIES
}

/** The registry digest of an image: fixed per name and tag, whatever the seed. Pure. */
export function imageDigest(repository: string, tag: string): string {
  return `sha256:${stableHex(`${repository}:${tag}`, 64)}`
}

/** A deterministic hex string derived from text (FNV-1a, extended); not cryptographic. */
export function stableHex(text: string, length: number): string {
  let out = ''
  let h = 0x811c9dc5
  for (let round = 0; out.length < length; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
    h = Math.imul(h ^ round, 0x01000193) >>> 0
    out += h.toString(16).padStart(8, '0')
  }
  return out.slice(0, length)
}

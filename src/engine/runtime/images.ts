// The image catalog: which images and tags exist in initlab's simulated registry, as data.
// The container-world issue grows it (binaries, servers, teaching images); the kubelet reads only
// what a pull and a start need: the normalized name, size, digest, entrypoint and cmd.

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
}

interface RepoEntry {
  tags: Record<string, number>
  entrypoint: string[]
  cmd: string[]
  shell: boolean
}

// Sizes are the registries' compressed linux/amd64 sizes, rounded: close enough to look real.
const REPOSITORIES: Record<string, RepoEntry> = {
  'docker.io/library/busybox': {
    tags: { '1.28': 727_869, '1.35': 2_216_620, '1.36': 2_152_262, '1.37': 2_156_397, latest: 2_156_397, stable: 2_156_397 },
    entrypoint: [], cmd: ['sh'], shell: true,
  },
  'docker.io/library/alpine': {
    tags: { '3.19': 3_417_655, '3.20': 3_625_341, '3.21': 3_642_090, latest: 3_642_090 },
    entrypoint: [], cmd: ['/bin/sh'], shell: true,
  },
  'docker.io/library/nginx': {
    tags: { '1.25': 70_990_012, '1.27': 72_955_450, alpine: 21_234_176, latest: 72_955_450 },
    entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], shell: true,
  },
}

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
  return { repository: parsed.repository, tag, size, entrypoint: repo.entrypoint, cmd: repo.cmd, shell: repo.shell }
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

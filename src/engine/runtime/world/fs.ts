// A container's filesystem: the image's root tree with volumes mounted over it. Each mount is a
// tree (shared when the volume is, e.g. an emptyDir), seen from a subPath, read-only or not.
// Owns no policy about which volumes exist; volumes.ts builds the trees.

import type { FileStat, FsError, ShellFs } from '../shell/world'

interface Entry {
  type: 'file' | 'dir'
  data: string
  mode: number
  mtime: number
}

/** A file tree keyed by relative path ('' is its root directory). */
export class Tree {
  readonly entries = new Map<string, Entry>([['', { type: 'dir', data: '', mode: 0o755, mtime: 0 }]])

  /** A tree holding `files` (relative path -> content) with their parent directories. */
  static of(files: Record<string, string>, mode = 0o644, mtime = 0): Tree {
    const t = new Tree()
    for (const [path, data] of Object.entries(files)) t.put(path, data, mode, mtime)
    return t
  }

  /** Writes a file, creating its parent directories (mode 0755). */
  put(path: string, data: string, mode: number, mtime = 0): void {
    this.mkdirs(parentOf(path), mtime)
    this.entries.set(path, { type: 'file', data, mode, mtime })
  }

  /** Creates a directory and its parents, keeping what exists. */
  mkdirs(path: string, mtime = 0): void {
    if (this.entries.has(path)) return
    if (path !== '') this.mkdirs(parentOf(path), mtime)
    this.entries.set(path, { type: 'dir', data: '', mode: 0o755, mtime })
  }

  /** A file's content, or undefined. */
  read(path: string): string | undefined {
    const e = this.entries.get(path)
    return e?.type === 'file' ? e.data : undefined
  }
}

function parentOf(rel: string): string {
  const i = rel.lastIndexOf('/')
  return i < 0 ? '' : rel.slice(0, i)
}

const join = (a: string, b: string) => (a === '' ? b : b === '' ? a : `${a}/${b}`)

/** One mount: `path` in the container shows `tree` from `subPath` on. */
export interface Mount {
  path: string
  tree: Tree
  subPath?: string
  readOnly: boolean
}

/** Where an absolute path lands: the mount and the path inside its tree. */
interface Located {
  mount: Mount
  rel: string
}

/** A ShellFs over a root tree and mounts; `now` stamps modification times. */
export class MountFs implements ShellFs {
  private readonly mounts: Mount[]

  constructor(root: Mount, mounts: Mount[], private readonly now: () => number) {
    // Longest mount path first, so nested mounts win over their parents.
    this.mounts = [...mounts, root].sort((a, b) => b.path.length - a.path.length)
    // runc creates every mount point in whatever lies beneath it.
    for (const m of [...mounts].sort((a, b) => a.path.length - b.path.length)) {
      const target = m.tree.entries.get(m.subPath ?? '')
      const below = this.locate(m.path, m)
      if (below.mount.tree.entries.has(below.rel)) continue
      if (target?.type === 'file') below.mount.tree.put(below.rel, '', 0o644)
      else below.mount.tree.mkdirs(below.rel)
    }
  }

  private locate(path: string, skip?: Mount): Located {
    for (const m of this.mounts) {
      if (m === skip) continue
      if (m.path === '/' || path === m.path || path.startsWith(m.path + '/')) {
        const rest = m.path === '/' ? path.slice(1) : path.slice(m.path.length + 1)
        return { mount: m, rel: join(m.subPath ?? '', rest) }
      }
    }
    throw new Error('no root mount')
  }

  private entry(path: string): Entry | undefined {
    const { mount, rel } = this.locate(path)
    return mount.tree.entries.get(rel)
  }

  private parentProblem(path: string): FsError | undefined {
    if (path === '/') return undefined
    const parent = this.entry(path.slice(0, path.lastIndexOf('/')) || '/')
    if (!parent) return 'ENOENT'
    return parent.type === 'dir' ? undefined : 'ENOTDIR'
  }

  private isMountPoint(path: string): boolean {
    return this.mounts.some((m) => m.path === path)
  }

  readFile(path: string): { data: string } | FsError {
    const e = this.entry(path)
    if (!e) return this.parentProblem(path) ?? 'ENOENT'
    return e.type === 'dir' ? 'EISDIR' : { data: e.data }
  }

  writeFile(path: string, data: string, append: boolean): FsError | undefined {
    const { mount, rel } = this.locate(path)
    const e = mount.tree.entries.get(rel)
    if (e?.type === 'dir') return 'EISDIR'
    const problem = this.parentProblem(path)
    if (problem) return problem
    if (mount.readOnly) return 'EROFS'
    if (e) {
      e.data = append ? e.data + data : data
      e.mtime = this.now()
    } else mount.tree.entries.set(rel, { type: 'file', data, mode: 0o644, mtime: this.now() })
    return undefined
  }

  mkdir(path: string): FsError | undefined {
    const { mount, rel } = this.locate(path)
    if (mount.tree.entries.has(rel)) return 'EEXIST'
    const problem = this.parentProblem(path)
    if (problem) return problem
    if (mount.readOnly) return 'EROFS'
    mount.tree.entries.set(rel, { type: 'dir', data: '', mode: 0o755, mtime: this.now() })
    return undefined
  }

  list(path: string): string[] | FsError {
    const { mount, rel } = this.locate(path)
    const e = mount.tree.entries.get(rel)
    if (!e) return 'ENOENT'
    if (e.type !== 'dir') return 'ENOTDIR'
    const prefix = rel === '' ? '' : rel + '/'
    const names = new Set<string>()
    for (const key of mount.tree.entries.keys()) {
      if (key !== '' && key.startsWith(prefix) && !key.slice(prefix.length).includes('/')) names.add(key.slice(prefix.length))
    }
    return [...names]
  }

  stat(path: string): FileStat | FsError {
    const e = this.entry(path)
    if (!e) return this.parentProblem(path) ?? 'ENOENT'
    return { type: e.type, size: e.type === 'file' ? new TextEncoder().encode(e.data).length : 4096, mode: e.mode, mtime: e.mtime }
  }

  remove(path: string): FsError | undefined {
    const { mount, rel } = this.locate(path)
    const e = mount.tree.entries.get(rel)
    if (!e) return 'ENOENT'
    if (mount.readOnly) return 'EROFS'
    // A mount point is busy; EACCES is the closest errno the shell knows.
    if (this.isMountPoint(path)) return 'EACCES'
    if (e.type === 'dir' && (this.list(path) as string[]).length > 0) return 'ENOTEMPTY'
    mount.tree.entries.delete(rel)
    return undefined
  }

  rename(from: string, to: string): FsError | undefined {
    const src = this.locate(from)
    const e = src.mount.tree.entries.get(src.rel)
    if (!e) return 'ENOENT'
    const problem = this.parentProblem(to)
    if (problem) return problem
    const dst = this.locate(to)
    if (src.mount.readOnly || dst.mount.readOnly) return 'EROFS'
    if (this.isMountPoint(from)) return 'EACCES'
    // Across mounts rename(2) fails with EXDEV and mv copies; the result is the same move.
    const prefix = src.rel === '' ? '' : src.rel + '/'
    const moved = [...src.mount.tree.entries.keys()].filter((k) => k === src.rel || k.startsWith(prefix))
    for (const k of moved) {
      const v = src.mount.tree.entries.get(k) as Entry
      src.mount.tree.entries.delete(k)
      dst.mount.tree.entries.set(dst.rel + k.slice(src.rel.length), v)
    }
    return undefined
  }
}

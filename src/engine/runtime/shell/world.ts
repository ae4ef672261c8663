// What the busybox shell sees of its container: files, environment, DNS and the network, as a
// small synchronous interface. Queries answer at once; waiting is the shell's job (it yields
// sleeps on the virtual clock). The runtime implements it; memoryWorld.ts is the test double.

import type { BusyboxVersion } from './applets/version'
import type { Applet } from './applets/ctx'

/** Why a filesystem call failed, spelled as errno names. */
export type FsError = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EROFS' | 'EEXIST' | 'EACCES' | 'ENOTEMPTY'

/** What `stat` returns for an existing path. */
export interface FileStat {
  type: 'file' | 'dir'
  size: number
  /** Permission bits, e.g. 0o755. */
  mode: number
  /** Last modification, virtual epoch ms. */
  mtime: number
}

/**
 * The container's filesystem. Every path is absolute and normalized by the shell (no `.`/`..`,
 * no trailing slash). Calls that change something return an FsError or undefined on success.
 */
export interface ShellFs {
  /** A file's content; an object so that no content can be mistaken for an errno. */
  readFile(path: string): { data: string } | FsError
  /** Creates or replaces (append=false) or extends (append=true) a file. */
  writeFile(path: string, data: string, append: boolean): FsError | undefined
  /** Creates one directory; its parent must exist. */
  mkdir(path: string): FsError | undefined
  /** Names in a directory, unsorted, without `.` and `..`. */
  list(path: string): string[] | FsError
  stat(path: string): FileStat | FsError
  /** Removes a file or an empty directory. */
  remove(path: string): FsError | undefined
  /** Moves a file or directory; the target's parent must exist. */
  rename(from: string, to: string): FsError | undefined
}

/** One DNS answer for an exact name. */
export interface DnsAnswer {
  ip: string
  /** True for the cluster's own zone (CoreDNS answers with the AA bit); false for the outside world. */
  authoritative: boolean
}

/** The container's /etc/resolv.conf, as the kubelet writes it. */
export interface ResolvConf {
  nameserver: string
  search: string[]
  ndots: number
}

/** An HTTP request as wget sends it, after the shell resolved the host. */
export interface HttpRequest {
  ip: string
  port: number
  /** Host header: the name as written in the URL. */
  host: string
  path: string
}

/** An HTTP response; `body` is what `wget -O-` prints. */
export interface HttpResponse {
  status: number
  /** Reason phrase; defaults to the standard one for the status. */
  statusText?: string
  body: string
}

/** Everything the shell may ask of its container. */
export interface ShellWorld {
  fs: ShellFs
  /** The environment the container was started with (PATH, HOSTNAME, HOME, service links...). */
  env: Record<string, string>
  hostname: string
  /** The container's user and group (runAsUser/runAsGroup); default 0 (root). */
  uid?: number
  gid?: number
  /** The container's working directory (default `/`). */
  workingDir?: string
  /** Applets present in the image; a missing one is `sh: x: not found` even if busybox has it. */
  binaries: ReadonlySet<string>
  /** Which busybox prints the output of version-dependent applets (nslookup). Default '1.36'. */
  busyboxVersion?: BusyboxVersion
  resolv: ResolvConf
  /** Looks up an exact, fully qualified name (no search list applied); undefined is NXDOMAIN. */
  resolve(fqdn: string): DnsAnswer | undefined
  /** The PTR name for an IP, if the cluster DNS has one. */
  reverse(ip: string): string | undefined
  /** Opens a TCP connection: a listener answers, the port is closed, or packets are dropped. */
  connect(ip: string, port: number): 'open' | 'refused' | 'timeout'
  httpGet(req: HttpRequest): HttpResponse | 'refused' | 'timeout'
  /** Whether the IP answers ICMP echo (Service ClusterIPs do not). */
  ping(ip: string): boolean
  /**
   * Commands the host provides beside the image's applets (the sandbox terminal's `kubectl`);
   * found by name before the applets. Containers have none.
   */
  commands?: Readonly<Record<string, Applet>>
}

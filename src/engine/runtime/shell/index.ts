// Public surface of the busybox shell: start a container process, describe its world.

export { startShell, canExec } from './start'
export { createMemoryWorld, DEFAULT_BINARIES, type MemoryWorldOptions } from './memoryWorld'
export { APPLETS } from './applets'
export type { ShellWorld, ShellFs, FsError, FileStat, DnsAnswer, ResolvConf, HttpRequest, HttpResponse } from './world'

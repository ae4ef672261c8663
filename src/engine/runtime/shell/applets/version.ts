// Which busybox build an image ships, and what that build says about itself: the banner that
// opens `busybox --help` and every usage message, and the text of `busybox` with no arguments.

/** The busybox release series an image ships (Docker Hub's busybox tags 1.28, 1.35, 1.36, 1.37). */
export type BusyboxVersion = '1.28' | '1.35' | '1.36' | '1.37'

/** The busybox of an image that does not say otherwise (busybox:1.36). */
export const DEFAULT_BUSYBOX: BusyboxVersion = '1.36'

interface Build {
  release: string
  /** Build time as busybox prints it: `date -u '+%Y-%m-%d %H:%M:%S UTC'` when the image was made. */
  built: string
  /** Whether the build lists `--show SCRIPT` (embedded scripts, busybox 1.30 and later). */
  showScript: boolean
}

// The docker images' own banners, as learners see them: busybox:1.28 in the Kubernetes DNS
// debugging page's transcripts, 1.36 and 1.37 (latest) in `docker run busybox` transcripts.
// No recorded output of busybox:1.35 was found: its date is a placeholder in the same format.
const BUILDS: Record<BusyboxVersion, Build> = {
  '1.28': { release: '1.28.4', built: '2018-05-22 17:00:17 UTC', showScript: false },
  '1.35': { release: '1.35.0', built: '2022-12-28 01:53:47 UTC', showScript: true },
  '1.36': { release: '1.36.1', built: '2023-05-18 22:34:17 UTC', showScript: true },
  '1.37': { release: '1.37.0', built: '2024-09-26 21:31:42 UTC', showScript: true },
}

/** The first line of `busybox --help` and of every usage message, e.g. `BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.` */
export function busyboxBanner(version: BusyboxVersion = DEFAULT_BUSYBOX): string {
  const b = BUILDS[version] ?? BUILDS[DEFAULT_BUSYBOX]
  return `BusyBox v${b.release} (${b.built}) multi-call binary.`
}

// busybox wraps the function list for an 80-column output when stdout is not a terminal.
const OUTPUT_WIDTH = 80

/** What `busybox` alone (or `busybox --help`) prints: banner, usage lines and the function list. */
export function busyboxHelp(version: BusyboxVersion | undefined, applets: readonly string[]): string {
  const b = BUILDS[version ?? DEFAULT_BUSYBOX] ?? BUILDS[DEFAULT_BUSYBOX]
  let text = `${busyboxBanner(version)}\nBusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\ncopyright notices.\n\n`
  text += 'Usage: busybox [function [arguments]...]\n   or: busybox --list[-full]\n'
  if (b.showScript) text += '   or: busybox --show SCRIPT\n'
  text += '   or: busybox --install [-s] [DIR]\n   or: function [arguments]...\n\n'
  text += '\tBusyBox is a multi-call binary that combines many common Unix\n\tutilities into a single executable.  Most people will create a\n\tlink to busybox for each function they wish to use and BusyBox\n\twill act like whatever it was invoked as.\n\n'
  return text + 'Currently defined functions:\n' + functionList(applets)
}

// appletlib.c's layout: a tab, then names joined by ", ", a new line before a name that would
// reach the last column (the tab counts as 6).
function functionList(applets: readonly string[]): string {
  const width = OUTPUT_WIDTH - 1
  let col = 0
  let text = ''
  for (const name of applets) {
    const len = name.length + 2
    if (col >= width - len) {
      text += ',\n'
      col = 0
    }
    text += col === 0 ? '\t' : ', '
    if (col === 0) col = 6
    text += name
    col += len
  }
  return text + '\n'
}

// The busybox build an image ships speaks for itself: `busybox`, `busybox --help` and every usage
// message open with that build's banner (the docker images' own first lines).

import { describe, expect, it } from 'vitest'
import { runArgv, runScript } from '../testkit'
import { createMemoryWorld } from '../memoryWorld'
import { busyboxBanner, busyboxHelp } from './version'

const HELP_1_28 = 'BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.\nBusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\ncopyright notices.\n\nUsage: busybox [function [arguments]...]\n   or: busybox --list[-full]\n   or: busybox --install [-s] [DIR]\n   or: function [arguments]...\n\n\tBusyBox is a multi-call binary that combines many common Unix\n\tutilities into a single executable.  Most people will create a\n\tlink to busybox for each function they wish to use and BusyBox\n\twill act like whatever it was invoked as.\n\nCurrently defined functions:\n\t[, ash, base64, basename, cat, cp, cut, date, dirname, echo, egrep,\n\tenv, expr, false, grep, head, hostname, id, ls, mkdir, mv, nc,\n\tnslookup, ping, printenv, printf, rm, rmdir, sed, seq, sh, sleep, sort,\n\ttail, tee, test, touch, tr, true, uname, uniq, wc, wget, whoami\n'

describe('busybox banner', () => {
  it('names each docker image release and build time', () => {
    expect(busyboxBanner('1.28')).toBe('BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.')
    expect(busyboxBanner('1.35')).toMatch(/^BusyBox v1\.35\.0 \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\) multi-call binary\.$/)
    expect(busyboxBanner('1.36')).toBe('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.')
    expect(busyboxBanner('1.37')).toBe('BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.')
    expect(busyboxBanner()).toBe(busyboxBanner('1.36'))
  })

  it('prints the help of the image busybox for `busybox` and `busybox --help`', () => {
    expect(runScript('busybox', { busyboxVersion: '1.28' })).toMatchObject({ stdout: HELP_1_28, stderr: '', code: 0 })
    const help = runScript('busybox --help; busybox | head -1')
    expect(help.stdout.split('\n').slice(0, 1)).toEqual(['BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.'])
    expect(help.stdout).toContain('   or: busybox --list[-full]\n   or: busybox --show SCRIPT\n   or: busybox --install [-s] [DIR]\n')
    expect(help.stdout.endsWith('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n')).toBe(true)
  })

  it('wraps the function list for 80 columns, as busybox does when not on a terminal', () => {
    const names = ['[', '[[', 'acpid', 'adjtimex', 'ar', 'arch', 'arp', 'arping', 'ascii', 'ash', 'awk', 'base64', 'basename', 'bc']
    // Debian's busybox 1.35 lists these first, in the same two lines.
    expect(busyboxHelp('1.35', names).split('Currently defined functions:\n')[1]).toBe('\t[, [[, acpid, adjtimex, ar, arch, arp, arping, ascii, ash, awk, base64,\n\tbasename, bc\n')
  })

  it('opens usage messages with the image banner', () => {
    expect(runScript('sleep', { busyboxVersion: '1.28' }).stderr.split('\n')[0]).toBe('BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.')
    expect(runScript('nslookup', { busyboxVersion: '1.28' }).stderr).toBe('BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]\n\nQuery the nameserver for the IP address of the given HOST\noptionally using a specified DNS server\n')
  })

  it('lists its applets without itself, and names an unknown one', () => {
    const r = runScript('busybox --list | head -3; busybox --list | grep -c busybox; busybox nosuch; echo $?')
    expect(r).toMatchObject({ stdout: '[\nash\nbase64\n0\n127\n', stderr: 'nosuch: applet not found\n' })
  })
})

describe('busybox images', () => {
  it('gives each busybox tag its own banner, and ships base64', async () => {
    const { findImage } = await import('../../images')
    const banner = (tag: string) => runArgv(['busybox'], createMemoryWorld({ busyboxVersion: findImage(`busybox:${tag}`)?.busyboxVersion })).stdout.split(' ')[1]
    expect(['1.28', '1.35', '1.36', '1.37', 'latest'].map(banner)).toEqual(['v1.28.4', 'v1.35.0', 'v1.36.1', 'v1.37.0', 'v1.37.0'])
    expect(runArgv(['sh', '-c', 'echo aGk= | base64 -d'], createMemoryWorld()).stdout).toBe('hi')
  })
})

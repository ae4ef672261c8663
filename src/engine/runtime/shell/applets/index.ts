// The applet table: every busybox command the simulated image can run, by name.

import { table } from '../util'
import { BASIC_APPLETS } from './basic'
import type { Applet } from './ctx'
import { EDIT_APPLETS } from './edit'
import { FILE_APPLETS } from './files'
import { NET_APPLETS } from './net'
import { APPLET_TABLE, SYSTEM_APPLETS } from './system'
import { TEXT_APPLETS } from './text'

export type { Applet, AppletCtx } from './ctx'

/** Implemented applets by name; an image lists which of them it ships in ShellWorld.binaries. */
export const APPLETS: Record<string, Applet> = table({
  ...BASIC_APPLETS, ...FILE_APPLETS, ...TEXT_APPLETS, ...EDIT_APPLETS, ...SYSTEM_APPLETS, ...NET_APPLETS,
})

for (const [name, applet] of Object.entries(APPLETS)) APPLET_TABLE.set(name, applet)

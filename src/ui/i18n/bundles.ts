// Every folder's UI strings, registered together so the parity test sees all of them. A folder
// with page text adds its `messages.ts` here.
import type { Messages } from './locales'
import { messages as shell } from '../shell.messages'
import { messages as cluster } from '../cluster/messages'
import { messages as statechart } from '../statechart/messages'
import { messages as timebar } from '../timebar.messages'
import { messages as timeline } from '../timeline/messages'
import { messages as lessons } from '../lessons/messages'

/** All message bundles of the page, by folder. */
export const BUNDLES: Record<string, Messages> = { shell, cluster, statechart, timebar, timeline, lessons }

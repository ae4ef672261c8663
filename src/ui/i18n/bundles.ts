// Every folder's UI strings, registered together so the parity test sees all of them. A folder
// with page text adds its `messages.ts` here.
import type { Messages } from './locales'
import { messages as shell } from '../shell.messages'

/** All message bundles of the page, by folder. */
export const BUNDLES: Record<string, Messages> = { shell }

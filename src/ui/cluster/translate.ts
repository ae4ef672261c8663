// Messages as data ({ key, values }) so the pure modules here stay testable without svelte-i18n,
// and the formatters that turn them into text: the page's `$_`, or a fixed locale for tests.
import { IntlMessageFormat } from 'intl-messageformat'
import type { Locale } from '../i18n/locales'
import { messages } from './messages'

/** A message key with its ICU values; a value may itself be a message (a duration inside a sentence). */
export interface Message {
  key: string
  values?: Record<string, string | number | Message>
}

/** Formats one key with flat values, as svelte-i18n's `$_(key, { values })` does. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/** Formats a message, formatting nested messages first. */
export function render(message: Message, translate: Translate): string {
  const values: Record<string, string | number> = {}
  for (const [k, v] of Object.entries(message.values ?? {})) values[k] = typeof v === 'object' ? render(v, translate) : v
  return translate(message.key, values)
}

const cache = new Map<string, IntlMessageFormat>()

/** A translator for one locale over this folder's messages, independent of the page's i18n state. */
export function translator(locale: Locale): Translate {
  return (key, values) => {
    const id = `${locale}\u0000${key}`
    let format = cache.get(id)
    if (!format) {
      const text = messages[locale][key]
      if (text === undefined) return key
      format = new IntlMessageFormat(text, locale)
      cache.set(id, format)
    }
    return String(format.format(values))
  }
}

/** English, the default for callers that have no translate function of their own. */
export const english: Translate = translator('en')

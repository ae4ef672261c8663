// The page's translations through svelte-i18n: `$_('key', { values })` in components, `t()` in
// plain TypeScript. The chosen language is remembered and sets <html lang>.
import { addMessages, format, init, locale, unwrapFunctionStore, _ } from 'svelte-i18n'
import { BUNDLES } from './bundles'
import { recall, remember } from '../storage'
import { LOCALE_KEY, LOCALES, pickLocale, type Locale } from './locales'

export { _, locale }
export { LOCALES, LOCALE_NAMES, isLocale, type Locale, type Messages } from './locales'

for (const bundle of Object.values(BUNDLES)) for (const l of LOCALES) addMessages(l, bundle[l])

/** Formats a message outside a component (why-texts, announcements). */
export const t = unwrapFunctionStore(format)

/** Starts i18n with the remembered language, else the browser's, else English. */
export function startI18n(): Locale {
  const saved = recall(LOCALE_KEY)
  const preferred = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [navigator.language])]
  const initial = pickLocale(saved, preferred)
  // Synchronous because every bundle is registered above: first paint is already in the right language.
  void init({ fallbackLocale: 'en', initialLocale: initial })
  setDocumentLang(initial)
  return initial
}

/** Switches the page language and remembers it. */
export function setLocale(next: Locale): void {
  void locale.set(next)
  setDocumentLang(next)
  remember(LOCALE_KEY, next)
}

function setDocumentLang(l: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = l
}

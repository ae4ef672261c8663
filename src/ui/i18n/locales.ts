// Which languages the page speaks, and which one a visitor gets: the one they chose before, else
// the browser's first language initlab has, else English.

/** Every language of the page UI and the lessons. kubectl output stays English, as real kubectl does. */
export const LOCALES = ['en', 'zh-CN'] as const
export type Locale = (typeof LOCALES)[number]

/** Names shown in the language switch, each in its own language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' }

/** The localStorage key of the chosen language. */
export const LOCALE_KEY = 'initlab.locale.v1'

/** The locale to start with: a saved choice wins, then the browser's languages in order. */
export function pickLocale(saved: string | null | undefined, preferred: readonly string[]): Locale {
  if (isLocale(saved)) return saved
  for (const tag of preferred) {
    const lower = tag.toLowerCase()
    if (lower === 'en' || lower.startsWith('en-')) return 'en'
    // Traditional-script and Taiwan/Hong Kong tags are not Simplified Chinese; they get English
    // rather than a script their readers did not ask for.
    if (lower === 'zh' || lower === 'zh-cn' || lower === 'zh-sg' || lower.startsWith('zh-hans')) return 'zh-CN'
  }
  return 'en'
}

/** Narrows a string to a known locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** One folder's UI strings: the same keys in every locale, ICU message syntax for values. */
export type Messages = Record<Locale, Record<string, string>>

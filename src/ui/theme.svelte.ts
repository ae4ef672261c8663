// Light, dark or the system's choice, remembered. CSS follows `color-scheme` on <html> (components
// colour with light-dark()), and `dark` tells the parts CSS cannot reach (Monaco's theme).

import { recall, remember } from './storage'

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** The localStorage key of the chosen theme. */
export const THEME_KEY = 'initlab.theme.v1'

const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined

class ThemeState {
  choice = $state<Theme>('system')
  private systemDark = $state(media?.matches ?? false)
  /** Whether the page is dark now. */
  readonly dark = $derived(this.choice === 'dark' || (this.choice === 'system' && this.systemDark))

  constructor() {
    media?.addEventListener('change', (e) => (this.systemDark = e.matches))
    const saved = recall(THEME_KEY)
    if (saved === 'light' || saved === 'dark') this.choice = saved
    this.apply()
  }

  /** Chooses a theme and remembers it. */
  set(next: Theme): void {
    this.choice = next
    this.apply()
    remember(THEME_KEY, next)
  }

  private apply(): void {
    if (typeof document === 'undefined') return
    document.documentElement.style.colorScheme = this.choice === 'system' ? 'light dark' : this.choice
  }
}

/** The page's one theme state. */
export const theme = new ThemeState()

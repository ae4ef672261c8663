import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { BUNDLES } from './bundles'
import { LOCALES } from './locales'

// The names of the ICU arguments a message uses ({name}, {n, plural, ...}), sorted.
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>()
  const walk = (nodes: unknown[]): void => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (node.type !== 0 && node.type !== 7 && typeof node.value === 'string') names.add(node.value)
      for (const option of Object.values(node.options ?? {})) walk(option.value)
      if (node.children) walk(node.children)
    }
  }
  walk(new IntlMessageFormat(message, locale).getAst())
  return [...names].sort()
}

describe('UI message bundles', () => {
  for (const [folder, bundle] of Object.entries(BUNDLES)) {
    describe(folder, () => {
      const keys = Object.keys(bundle.en).sort()
      it('has every key in every language', () => {
        for (const l of LOCALES) expect(Object.keys(bundle[l]).sort(), l).toEqual(keys)
      })
      it('has no empty message and the same arguments in every language', () => {
        for (const key of keys) {
          const want = argumentsOf(bundle.en[key]!, 'en')
          for (const l of LOCALES) {
            expect(bundle[l][key]!.trim(), `${l} ${key}`).not.toBe('')
            expect(argumentsOf(bundle[l][key]!, l), `${l} ${key}`).toEqual(want)
          }
        }
      })
      it('keys are namespaced by the folder', () => {
        for (const key of keys) expect(key.startsWith(`${folder}.`), key).toBe(true)
      })
    })
  }
})

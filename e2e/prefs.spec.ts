// The language and theme switches: they change the page at once and are remembered across reloads.
import { test, expect, saveScreenshot } from './fixtures/test'
import type { Page } from '@playwright/test'
import { AppPage } from './fixtures/app-page'

// Waits for the lazy parts (engine, Monaco), so a reload or a check after it sees the whole page.
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __initlab?: unknown }).__initlab !== undefined)
  await page.locator('[data-testid="editor.root"][data-ready="true"]').waitFor({ state: 'attached' })
}

test('the browser language picks the page language; the switch changes it and is remembered', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ locale: 'zh-CN' })
  const page = await context.newPage()
  const app = new AppPage(page)
  await app.open()
  await expect(app.description).toContainText('Init 容器')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByTestId('editor.apply')).toHaveText('应用')

  await app.language.selectOption('en')
  await expect(app.description).toContainText('Kubernetes init containers')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await settled(page)
  await page.reload()
  await expect(app.description).toContainText('Kubernetes init containers')
  await app.language.selectOption('zh-CN')
  await saveScreenshot(page, testInfo, 'prefs-zh-CN')
  await context.close()
})

test('the theme switch overrides the system scheme and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  const app = new AppPage(page)
  await app.open()
  const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)
  expect(await scheme()).toBe('light dark')
  await app.theme.selectOption('dark')
  expect(await scheme()).toBe('dark')
  await settled(page)
  // With no colour of its own, text follows the scheme: light on dark.
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(255, 255, 255)')
  await page.reload()
  await expect(app.theme).toHaveValue('dark')
  expect(await scheme()).toBe('dark')
})

test('one text-size setting scales the page, the editor and the terminal, and is remembered', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const app = new AppPage(page)
  await app.open()
  await settled(page)
  const rootPx = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
  expect(await rootPx()).toBe('16px')
  await app.textSize.selectOption('150')
  expect(await rootPx()).toBe('24px')
  await expect(page.locator('[data-testid="editor.monaco"] .view-lines')).toHaveCSS('font-size', '21px')
  await expect(page.locator('[data-testid="terminal"] .xterm-rows')).toHaveCSS('font-size', '21px')
  await saveScreenshot(page, testInfo, 'text-size-150-1440')
  await page.reload()
  await settled(page)
  await expect(app.textSize).toHaveValue('150')
  expect(await rootPx()).toBe('24px')
})

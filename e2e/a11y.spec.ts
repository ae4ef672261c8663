// Accessibility: axe-core finds no serious or critical violations on the page, with a pod running,
// at desktop width and on a phone (both tabs).
import type { Page } from '@playwright/test'
import { expect, saveScreenshot, test } from './fixtures/test'
import { seriousViolations } from './fixtures/axe'
import { LabPage } from './fixtures/lab-page'

async function runningPod(page: Page): Promise<void> {
  const lab = new LabPage(page)
  await lab.open()
  await expect(page.locator('[data-testid="editor.root"][data-ready="true"]')).toBeAttached()
  await lab.apply.click()
  await lab.advance(60_000)
  await expect(page.locator('[data-testid="terminal"][data-ready="true"]')).toBeVisible()
}

test('axe finds nothing serious at 1440x900, light and dark', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await runningPod(page)
  expect(await seriousViolations(page)).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  // The pills fade to their new colours; measure contrast once they have arrived.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)))
  expect(await seriousViolations(page)).toEqual([])
  await saveScreenshot(page, testInfo, 'sandbox-1440-dark')
})

test('axe finds nothing serious on a phone, in either tab', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await runningPod(page)
  expect(await seriousViolations(page)).toEqual([])
  await page.getByTestId('tab.manifest').click()
  expect(await seriousViolations(page)).toEqual([])
})

test('axe finds nothing serious in the timeline and the statechart views, light and dark, in Chinese too', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await runningPod(page)
  const lab = new LabPage(page)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const view of ['timeline', 'machines'] as const) {
      await lab.showView(view)
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)))
      expect(await seriousViolations(page), `${view} ${scheme}`).toEqual([])
    }
  }
  await page.getByTestId('prefs.language').selectOption('zh-CN')
  await lab.showView('pods')
  expect(await seriousViolations(page)).toEqual([])
})

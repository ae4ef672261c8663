// Everything by keyboard: reach Apply with Tab, leave Monaco's Tab trap with Ctrl+M, play the clock,
// move between the cluster views with the arrow keys, and answer a lesson's question.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test'
import { LabPage } from './fixtures/lab-page'

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? '')

/** Presses Tab until the element with `testId` (or something inside it) has the focus. */
async function tabTo(page: Page, testId: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedTestId(page)) === testId) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${testId}; stuck at ${await focusedTestId(page)}`)
}

test('the sandbox works by keyboard alone, Monaco included', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const lab = new LabPage(page)
  await lab.open()
  await expect(page.locator('[data-testid="editor.root"][data-ready="true"]')).toBeAttached()

  await tabTo(page, 'editor.apply')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('editor.result')).toHaveText('pod/myapp-pod created')

  // Into the editor: Tab indents there, until Ctrl+M makes it move the focus instead.
  await page.keyboard.press('Tab')
  await expect.poll(() => focusedTestId(page)).toBe('editor.monaco')
  await page.keyboard.press('Control+m')
  await page.keyboard.press('Tab')
  await expect.poll(() => focusedTestId(page)).not.toBe('editor.monaco')

  await tabTo(page, 'clock.play')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('clock.play')).toHaveAccessibleName(/Pause/)
  await page.keyboard.press('Enter')
  await lab.advance(20_000)
  await expect(lab.podStatus('myapp-pod')).toHaveText('Running')

  await tabTo(page, 'cluster.view.pods')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('cluster.view.timeline')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('cluster.view.timeline')).toBeFocused()
  await expect(page.getByTestId('timeline')).toBeVisible()
  await page.keyboard.press('End')
  await expect(page.getByTestId('cluster.view.machines')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('statechart')).toBeVisible()
})

test('a lesson question is answered by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const lab = new LabPage(page)
  await page.goto('./?paused&lesson=first-init-container')
  await lab.hookReady()
  await tabTo(page, 'editor.apply')
  await page.keyboard.press('Enter')
  await lab.advance(10_000)
  // The question takes the focus itself; Tab reaches its choices.
  const question = page.getByTestId('lesson.question')
  await expect(question).toBeVisible()
  await tabTo(page, 'lesson.choice')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('lesson.feedback')).toBeVisible()
  await expect(page.locator('[data-testid="lesson.goal"][data-goal="predicted-next"]')).toHaveAttribute('data-met', 'true')
})

// The built page, as `vite preview` serves it: it mounts and nothing goes wrong on the way.
import { test, expect, saveScreenshot } from './fixtures/test'
import { AppPage } from './fixtures/app-page'

test('the built page shows its name and description without errors', async ({ page, pageProblems }, testInfo) => {
  const app = new AppPage(page)
  // The bare address: the lessons mode, lesson 1.
  await app.open('./')
  await expect(app.title).toHaveText('initlab')
  await expect(app.description).toContainText('Kubernetes init containers')
  await expect(page).toHaveTitle(/initlab/)
  await saveScreenshot(page, testInfo, 'home')
  expect(pageProblems).toEqual([])
})

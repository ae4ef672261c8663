// The manifest editor: Monaco arrives after first paint, the schema and the API server flag a bad
// kind, and edits survive a reload.
import { test, expect, saveScreenshot } from './fixtures/test'
import { AppPage } from './fixtures/app-page'
import { EditorRegion } from './fixtures/editor-page'

test('the editor loads, warns about an unknown kind and keeps the edit across a reload', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const app = new AppPage(page)
  const editor = new EditorRegion(page)
  await app.open()
  await editor.ready()
  await expect(editor.lines).toContainText(/kind:\s+Pod/)
  await expect(editor.warnings).toHaveCount(0)

  await editor.replaceLineEnd(2, 3, 'Pdo')
  await expect(editor.warnings.first()).toBeVisible()
  // The schema's warning comes from monaco-yaml; the error is the API server's answer (lintManifests).
  await expect(editor.errors.first()).toBeVisible()
  expect(await editor.hoverFirstWarning()).toContain('Value is not accepted. Valid values: "ConfigMap", "Namespace", "Pod"')
  await saveScreenshot(page, testInfo, 'editor-1440x900')

  await page.reload()
  await editor.ready()
  await expect(editor.lines).toContainText(/kind:\s+Pdo/)
  expect(await page.evaluate(() => localStorage.getItem('initlab.editor.v1'))).toContain('kind: Pdo')

  await page.setViewportSize({ width: 390, height: 844 })
  await expect(editor.warnings.first()).toBeVisible()
  await saveScreenshot(page, testInfo, 'editor-390x844')
})

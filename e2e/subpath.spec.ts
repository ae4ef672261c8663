// dist/ must work when a static host serves it from a folder the build never knew about.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { test, expect, saveScreenshot } from './fixtures/test'
import { AppPage } from './fixtures/app-page'
import { serveStatic, type StaticServer } from './fixtures/static-server'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const prefix = '/some/sub/path/'
let server: StaticServer

test.beforeAll(async () => {
  if (!existsSync(`${dist}index.html`)) throw new Error('dist/ is missing: run `npm run build` first')
  server = await serveStatic(dist, prefix)
})

test.afterAll(async () => {
  await server?.close()
})

test('dist/ served from a sub-path loads every asset and mounts', async ({ page, pageProblems }, testInfo) => {
  const requested: string[] = []
  page.on('request', (r) => requested.push(new URL(r.url()).pathname))
  const app = new AppPage(page)
  await app.open(server.url)
  await expect(app.title).toHaveText('initlab')
  expect(requested.some((p) => p.startsWith(`${prefix}assets/`) && p.endsWith('.js'))).toBe(true)
  expect(requested.filter((p) => !p.startsWith(prefix))).toEqual([])
  await saveScreenshot(page, testInfo, 'subpath')
  expect(pageProblems).toEqual([])
})

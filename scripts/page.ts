// Page benchmark (npm run bench:page): what a learner's browser pays. Entry JS size, time until the
// editor is usable, and frame time while 20 pods animate. A measurement, not a test: it prints the
// figures against their budgets and always exits 0, because they depend on the machine.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from '@playwright/test'
import { build, preview } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
// Build into a temp folder, not dist/: e2e runs going on at the same time serve dist/ and must not see it change.
const outDir = mkdtempSync(join(tmpdir(), 'initlab-bench-'))
const budgets = { entryKB: 100, readyMs: 1500, p95Ms: 16.7 }
const rows: [string, string, string][] = []

/** The figure at fraction q of the sorted samples (nearest rank). */
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]
const ms = (x: number) => `${x.toFixed(1)} ms`

async function buildWithRetry(): Promise<void> {
  // The app is edited concurrently; a build that breaks on someone's half-saved file is retried once.
  for (let attempt = 1; ; attempt++) {
    try {
      await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
      return
    } catch (e) {
      if (attempt >= 2) throw e
      console.log(`build failed (${(e as Error).message.split('\n')[0]}); retrying in 60 s`)
      await new Promise((r) => setTimeout(r, 60_000))
    }
  }
}

/** Sum of gzip -9 sizes of what index.html loads up front: the module entry and its modulepreloads. */
function entrySize(): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const files = new Set<string>()
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) files.add(m[1])
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(m[1])
  let total = 0
  for (const f of files) {
    const gz = gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length
    console.log(`  ${f}: ${(gz / 1024).toFixed(1)} KB gzip`)
    total += gz
  }
  return total / 1024
}

/** Navigation start to the Monaco editor mounted, in a fresh context each time (no warm cache). */
async function timeToEditor(browser: Browser, url: string, runs = 5): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForSelector('[data-testid="editor.root"][data-ready="true"]', { timeout: 30_000 })
    // performance.now() counts from the navigation's timeOrigin, so it is exactly "since navigation start".
    samples.push(await page.evaluate(() => performance.now()))
    await context.close()
  }
  return samples
}

/** 20 pods: two sleeping init containers and an app each; every fifth one fails its second init and restarts. */
function pods(n = 20): string {
  return Array.from({ length: n }, (_, i) => `apiVersion: v1
kind: Pod
metadata:
  name: anim-${i}
spec:
  initContainers:
  - name: wait-a
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 2']
  - name: wait-b
    image: busybox:1.36
    command: ['sh', '-c', '${i % 5 === 0 ? 'sleep 3; exit 1' : 'sleep 3'}']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sleep', '3600']
`).join('---\n')
}

/** requestAnimationFrame deltas over 5 real seconds with the pods animating at speed 10. */
async function frameTimes(browser: Browser, url: string): Promise<{ deltas: number[]; work: number[] }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => '__initlab' in window)
  const applied = await page.evaluate((yaml) => {
    // The hook App.svelte puts on window for tests; typed here only as far as this script uses it.
    const hook = (window as unknown as { __initlab: InitlabHook }).__initlab
    hook.lab.speed = 10
    hook.lab.playing = true
    return hook.exec('kubectl apply -f -', yaml)
  }, pods())
  if (applied.exitCode !== 0) console.log(`apply failed: ${applied.stderr}`)
  // Passed as source text: tsx compiles named functions with an `__name(...)` helper that the page lacks.
  // Two figures per frame: the interval between frames (what a viewer sees; vsync-bound, so a few
  // hundredths of a ms of jitter sit on top of 16.7 ms even when nothing is dropped), and the
  // frame's own work: from the frame's start (the rAF timestamp, shared by the page's own tick) to
  // the first task after it, which runs once script, style, layout and paint are done.
  const { deltas, work } = await page.evaluate<{ deltas: number[]; work: number[] }>(`new Promise((resolve) => {
    const deltas = []
    const work = []
    const channel = new MessageChannel()
    let frameStart = 0
    channel.port1.onmessage = () => work.push(performance.now() - frameStart)
    let last = 0
    const start = performance.now()
    const frame = (t) => {
      if (last) deltas.push(t - last)
      last = t
      frameStart = t
      channel.port2.postMessage(0)
      if (t - start < 5000) requestAnimationFrame(frame)
      else resolve({ deltas, work })
    }
    requestAnimationFrame(frame)
  })`)
  // Proof the pods really ran while we watched: how many, and how many restarts the failing ones made.
  const state = await page.evaluate<string>(`(() => {
    const pods = window.__initlab.lab.pods
    const restarts = pods.reduce((n, p) => n + (p.status?.initContainerStatuses ?? []).reduce((m, c) => m + c.restartCount, 0), 0)
    return pods.length + ' pods, ' + restarts + ' init restarts, virtual clock ' + ((window.__initlab.now() - window.__initlab.lab.startedAt) / 1000).toFixed(0) + ' s'
  })()`)
  console.log(`after 5 s: ${state}`)
  await context.close()
  return { deltas, work }
}

interface InitlabHook {
  lab: { speed: number; playing: boolean }
  exec: (line: string, stdin?: string) => { exitCode: number; stderr: string }
}

async function main(): Promise<void> {
  console.log('building into', outDir)
  await buildWithRetry()
  const kb = entrySize()
  console.log(`entry JS (gzip): ${kb.toFixed(1)} KB (budget ${budgets.entryKB} KB)`)
  rows.push(['entry JS (gzip)', `${kb.toFixed(1)} KB`, `<= ${budgets.entryKB} KB ${kb <= budgets.entryKB ? 'met' : 'NOT met'}`])

  // Port 0: the OS picks a free one, so this never clashes with a running e2e server on 4173.
  const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: true } })
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/'
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    // Same flags as e2e/playwright.config.ts: no sandbox or GPU as root in CI, and no phoning home.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
  try {
    const ready = await timeToEditor(browser, url)
    const median = quantile(ready, 0.5)
    console.log(`editor interactive: median ${ms(median)}; samples ${ready.map((x) => x.toFixed(0)).join(', ')} ms (budget ${budgets.readyMs} ms)`)
    rows.push(['editor interactive (median of 5)', ms(median), `<= ${budgets.readyMs} ms ${median <= budgets.readyMs ? 'met' : 'NOT met'}`])

    const { deltas, work } = await frameTimes(browser, `${url}?sandbox`)
    const [p50, p95, max] = [quantile(deltas, 0.5), quantile(deltas, 0.95), Math.max(...deltas)]
    const dropped = deltas.filter((d) => d > 1.5 * (1000 / 60)).length
    console.log(`frames over 5 s: ${deltas.length} (${(deltas.length / 5).toFixed(0)} fps), ${dropped} dropped; interval p50 ${ms(p50)}, p95 ${ms(p95)}, max ${ms(max)}`)
    const [w50, w95, wmax] = [quantile(work, 0.5), quantile(work, 0.95), Math.max(...work)]
    console.log(`work per frame (script, style, layout, paint): p50 ${ms(w50)}, p95 ${ms(w95)}, max ${ms(wmax)}`)
    rows.push(['frame interval p50 (20 pods, speed 10)', ms(p50), ''])
    rows.push(['frame interval p95', ms(p95), `${dropped} of ${deltas.length} frames dropped (> 25 ms)`])
    rows.push(['work per frame p95', ms(w95), `<= ${budgets.p95Ms} ms ${w95 <= budgets.p95Ms ? 'met' : 'NOT met'}`])
    rows.push(['work per frame max', ms(wmax), ''])
    // Headless Chromium paces rAF itself (near 60 Hz), so the interval sits at the cap; the work per
    // frame is what the app costs, and the budget applies to it.
  } finally {
    await browser.close()
    await new Promise<void>((r) => server.httpServer.close(() => r()))
  }
}

try {
  await main()
} catch (e) {
  console.log(`bench:page stopped early: ${(e as Error).stack ?? e}`)
} finally {
  rmSync(outDir, { recursive: true, force: true })
  console.log('\nsummary')
  for (const [what, value, budget] of rows) console.log(`  ${what.padEnd(36)} ${value.padStart(10)}   ${budget}`)
  process.exit(0)
}

// Failures end to end: an init container that exits 1 (Init:Error, then Init:CrashLoopBackOff on
// the virtual clock), a probe the API server forbids (an error squiggle before Apply), and
// `kubectl describe pod` in the terminal. Timings come from running the same YAML headlessly.
import { expect, saveScreenshot, test } from './fixtures/test'
import { EditorRegion } from './fixtures/editor-page'
import { LabPage } from './fixtures/lab-page'
import { FAILING } from './fixtures/manifests'

// livenessProbe on a plain init container (no restartPolicy: Always) is on line 10.
const FORBIDDEN_PROBE = `apiVersion: v1
kind: Pod
metadata:
  name: probe-pod
spec:
  initContainers:
  - name: init-probe
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 2']
    livenessProbe:
      exec:
        command: ['true']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`
const PROBE_MESSAGE = 'spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always'

const DESCRIBED = `apiVersion: v1
kind: Pod
metadata:
  name: describe-pod
spec:
  initContainers:
  - name: init-wait
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 2']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`

test('an init container that exits 1 goes Init:Error, then Init:CrashLoopBackOff', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const lab = new LabPage(page)
  await lab.open()
  await lab.pauseWithText(FAILING)
  await lab.apply.click()
  const status = lab.podStatus('fail-pod')
  await expect(status).toHaveText('Pending')
  // Headless: the first run ends at 2.25 s (Init:Error until 3.75 s), back-off shows from 4 s.
  await lab.advance(2_500)
  await expect(status).toHaveText('Init:Error')
  await expect(lab.container('fail-pod', 'init-fail')).toContainText('Error (exit 1)')
  await expect(lab.container('fail-pod', 'app')).not.toContainText('Running')
  await lab.advance(2_000)
  await expect(status).toHaveText('Init:CrashLoopBackOff')
  await expect(lab.container('fail-pod', 'init-fail')).toContainText('CrashLoopBackOff')
  await expect(lab.container('fail-pod', 'init-fail')).toContainText('↻1')
  // The card says why, and counts down to the kubelet's next try.
  const card = page.locator('[data-pod="fail-pod"]')
  await expect(card.locator('[data-testid="container.why"][data-for="init-fail"]')).toHaveText(
    'init-fail exited 1; restartPolicy is Always, so the kubelet restarts it after a 10 s back-off (10 s at first, doubling each time, at most 5 min).',
  )
  const countdown = card.locator('[data-testid="container.countdown"]')
  await expect(countdown).toHaveText('restart in 9s')
  await lab.advance(3_000)
  await expect(countdown).toHaveText('restart in 6s')
  await saveScreenshot(page, testInfo, 'crashloop-1440')
})

test('a livenessProbe on a plain init container is an error squiggle before Apply', async ({ page }) => {
  const lab = new LabPage(page)
  const editor = new EditorRegion(page)
  await lab.open()
  await editor.ready()
  await lab.pauseWithText(FORBIDDEN_PROBE)
  await expect(editor.errors).toHaveCount(1)
  const box = await editor.errors.first().boundingBox()
  if (!box) throw new Error('no error squiggle on screen')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 4)
  const hover = page.locator('.monaco-hover:not(.hidden)')
  await expect(hover).toContainText(PROBE_MESSAGE)
  await page.mouse.move(0, 0)
  // Nothing was applied, so there is no card for it.
  await expect(page.locator('[data-pod="probe-pod"]')).toHaveCount(0)
})

test('kubectl describe pod in the terminal shows the init containers and the events', async ({ page }) => {
  const lab = new LabPage(page)
  await lab.open()
  await lab.pauseWithText(DESCRIBED)
  await lab.apply.click()
  await lab.advance(30_000)
  await expect(lab.podStatus('describe-pod')).toHaveText('Running')
  await lab.typeInTerminal('kubectl describe pod describe-pod')
  const rows = lab.terminalRows
  // The end of the output is on screen: the Events table.
  await expect(rows).toContainText('Events:')
  await expect(rows).toContainText(/Normal\s+Started\s+\d+s\s+kubelet\s+spec\.containers\{app\}: Container started/)
  // Further up, a page of scrollback at a time (Shift+PageUp, as in xterm): the Init Containers section.
  await expect(async () => {
    await page.keyboard.press('Shift+PageUp')
    await expect(rows).toContainText('Init Containers:', { timeout: 500 })
  }).toPass({ timeout: 10_000 })
  await expect(rows).toContainText('init-wait:')
})

test('a pod no node can take waits outside the nodes, with the scheduler\'s reason', async ({ page }) => {
  const lab = new LabPage(page)
  await lab.open()
  await lab.pauseWithText(`apiVersion: v1
kind: Pod
metadata:
  name: too-big
spec:
  initContainers:
  - name: init-huge
    image: busybox:1.36
    command: ['sh', '-c', 'true']
    resources:
      requests:
        cpu: "64"
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`)
  await lab.apply.click()
  await lab.advance(5_000)
  const waiting = page.getByTestId('cluster.unscheduled')
  await expect(waiting.locator('[data-pod="too-big"]')).toBeVisible()
  await expect(waiting.getByTestId('pod.unschedulable')).toContainText('Insufficient cpu')
  await expect(lab.podStatus('too-big')).toHaveText('Pending')
})

// The sandbox page end to end: apply a Pod, drive the virtual clock through the test hook (no
// sleeps), and watch the card's STATUS follow kubectl's: Init:0/2, Init:1/2, PodInitializing, Running.
import { expect, saveScreenshot, test } from './fixtures/test'
import { AppPage } from './fixtures/app-page'

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
spec:
  initContainers:
  - name: init-myservice
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 4']
  - name: init-mydb
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 4']
  containers:
  - name: myapp-container
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`

test('apply a pod and follow its init containers on the virtual clock', async ({ page }, testInfo) => {
  const app = new AppPage(page)
  await app.open()
  await page.waitForFunction(() => (window as unknown as { __initlab?: unknown }).__initlab !== undefined)
  await page.evaluate((yaml) => {
    const hook = (window as unknown as { __initlab: { pause(): void; setText(t: string): void } }).__initlab
    hook.pause()
    hook.setText(yaml)
  }, POD)
  await page.getByTestId('editor.apply').click()
  const status = page.locator('[data-pod="myapp-pod"] [data-testid="pod.status"]')
  await expect(status).toHaveText('Pending')
  const advance = (ms: number) => page.evaluate((t) => (window as unknown as { __initlab: { advance(ms: number): void } }).__initlab.advance(t), ms)
  await advance(3_000)
  await expect(status).toHaveText('Init:0/2')
  await advance(4_000)
  await expect(status).toHaveText('Init:1/2')
  await advance(30_000)
  await expect(status).toHaveText('Running')
  await expect(page.locator('[data-pod="myapp-pod"] [data-name="init-mydb"]')).toContainText('Completed (exit 0)')

  // The terminal runs kubectl against the same cluster the cards show.
  const terminal = page.getByTestId('terminal')
  await expect(terminal).toHaveAttribute('data-ready', 'true')
  await terminal.locator('textarea').focus()
  await page.keyboard.type('kubectl get pods\n')
  await expect(terminal.locator('.xterm-rows')).toContainText(/myapp-pod\s+1\/1\s+Running\s+0\s+37s/)

  await page.setViewportSize({ width: 1440, height: 900 })
  await saveScreenshot(page, testInfo, 'sandbox-1440')
  await page.setViewportSize({ width: 390, height: 844 })
  await saveScreenshot(page, testInfo, 'sandbox-390')
})

// The sandbox page end to end: apply a Pod, drive the virtual clock through the test hook (no
// sleeps), and watch the card's STATUS follow kubectl's: Init:0/2, Init:1/2, PodInitializing, Running.
import { expect, saveScreenshot, test } from './fixtures/test'
import { AppPage } from './fixtures/app-page'
import { LabPage } from './fixtures/lab-page'

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
  const lab = new LabPage(page)
  await lab.open()
  await expect(page.getByTestId('clock.time')).toHaveText('t = 00:00:00')
  await lab.pauseWithText(POD)
  await lab.apply.click()
  const status = lab.podStatus('myapp-pod')
  await expect(status).toHaveText('Pending')
  // A watch in the terminal streams each row as the virtual clock moves.
  const { terminal, terminalRows: rows } = lab
  await expect(terminal).toHaveAttribute('data-ready', 'true')
  await lab.typeInTerminal('kubectl get pods -w')
  await expect(rows).toContainText(/myapp-pod\s+0\/1\s+Pending\s+0\s+0s/)
  await lab.advance(3_000)
  await expect(status).toHaveText('Init:0/2')
  await lab.advance(4_000)
  await expect(status).toHaveText('Init:1/2')
  await lab.advance(30_000)
  await expect(status).toHaveText('Running')
  await expect(lab.container('myapp-pod', 'init-mydb')).toContainText('Completed (exit 0)')
  // Cards sit inside the node the scheduler bound the pod to.
  await expect(page.locator('[data-testid="cluster.node"][data-node="initlab-worker"] [data-pod="myapp-pod"]')).toBeVisible()

  // The text twin of the animation: each STATUS change with its virtual time, and announced.
  await expect(page.getByTestId('cluster.announce')).toHaveText('myapp-pod: Running')
  await page.getByTestId('cluster.log').locator('summary').click()
  await expect(page.getByTestId('cluster.log').locator('li')).toHaveText([
    /00:00:00 myapp-pod Pending/,
    /myapp-pod Init:0\/2/,
    /myapp-pod Init:1\/2/,
    /myapp-pod PodInitializing/,
    /myapp-pod Running/,
  ])

  await expect(rows).toContainText(/myapp-pod\s+0\/1\s+Init:1\/2\s+0\s+\d+s/)
  await expect(rows).toContainText(/myapp-pod\s+0\/1\s+PodInitializing\s+0\s+\d+s/)
  await expect(rows).toContainText(/myapp-pod\s+1\/1\s+Running\s+0\s+\d+s/)

  // Ctrl+C ends the watch; the terminal runs kubectl against the same cluster the cards show.
  await terminal.locator('textarea').focus()
  await page.keyboard.press('Control+C')
  await lab.typeInTerminal('clear')
  await lab.typeInTerminal('kubectl get pods')
  await expect(rows).toContainText(/myapp-pod\s+1\/1\s+Running\s+0\s+37s/)

  await page.setViewportSize({ width: 1440, height: 900 })
  // Side by side on a desktop: no tabs.
  await expect(page.getByTestId('tab.manifest')).toBeHidden()
  await saveScreenshot(page, testInfo, 'sandbox-1440')
  await page.setViewportSize({ width: 390, height: 844 })
  // Nothing may stick out sideways on a phone once the editor and terminal have re-laid out.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await saveScreenshot(page, testInfo, 'sandbox-390')
})

test('the examples menu loads a scenario into the editor and Reset brings back the first', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  const examples = page.getByTestId('editor.examples')
  await examples.selectOption({ label: 'A failing init container fails the pod (restartPolicy Never)' })
  const lab = new LabPage(page)
  await lab.hookReady()
  await lab.apply.click()
  await expect(page.getByTestId('editor.result')).toHaveText('pod/failing-init-never created')
  await expect(page.locator('[data-pod="failing-init-never"]')).toBeVisible()
  await page.getByTestId('editor.reset').click()
  await lab.apply.click()
  await expect(page.getByTestId('editor.result')).toHaveText('pod/myapp-pod created')
})

test('on a phone the panes are tabs, and Apply switches to the cluster', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const lab = new LabPage(page)
  await lab.open()
  await expect(page.getByTestId('tab.manifest')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('cluster.pods')).toBeHidden()
  await lab.apply.click()
  await expect(page.getByTestId('tab.cluster')).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('[data-pod="myapp-pod"]')).toBeVisible()
  await expect(page.getByTestId('editor.apply')).toBeHidden()
  await saveScreenshot(page, testInfo, 'sandbox-390-cluster-tab')
  await page.getByTestId('tab.manifest').click()
  await expect(page.getByTestId('editor.apply')).toBeVisible()
  await expect(page.getByTestId('cluster.pods')).toBeHidden()
})

// The cluster pane's other views and the time scrubber: scrubbing back replays the past from the
// seed, the Gantt timeline shows the back-off gaps, the statechart lights the kubelet's states,
// and Services, volumes and Deployments are drawn with their links. Timings from headless runs.
import { expect, saveScreenshot, test } from './fixtures/test'
import { LabPage } from './fixtures/lab-page'
import { FAILING } from './fixtures/manifests'

const card = (lab: LabPage, pod: string) => lab.page.locator(`[data-testid="pod.card"][data-pod="${pod}"]`)

test('the scrubber shows the cluster as it was, and a command brings it back to now', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const lab = new LabPage(page)
  await lab.open()
  await lab.pauseWithText(FAILING)
  await lab.apply.click()
  await lab.advance(60_000)
  await expect(card(lab, 'fail-pod')).toContainText('RESTARTS 3')

  const scrub = page.getByTestId('time.scrub')
  await scrub.focus()
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown')
  await expect(page.getByTestId('time.viewing')).toContainText('00:00:10')
  await expect(lab.podStatus('fail-pod')).toHaveText('Init:CrashLoopBackOff')
  await expect(card(lab, 'fail-pod')).toContainText('RESTARTS 1')
  await saveScreenshot(page, testInfo, 'scrub-past-1440')

  await lab.typeInTerminal('kubectl get pods')
  await expect(page.getByTestId('time.viewing')).toHaveCount(0)
  await expect(page.getByTestId('time.notice')).toBeVisible()
  await expect(card(lab, 'fail-pod')).toContainText('RESTARTS 3')
  await expect(lab.terminalRows).toContainText('fail-pod   0/1     Init:CrashLoopBackOff   3 (')
})

test('the timeline draws runs and back-off gaps, with event markers that explain themselves', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const lab = new LabPage(page)
  await lab.open()
  await lab.pauseWithText(FAILING)
  await lab.apply.click()
  await lab.advance(60_000)
  await lab.showView('timeline')
  const lane = page.locator('[data-testid="timeline.lane"][data-container="init-fail"]')
  await expect(lane).toBeVisible()
  // Back-off gaps of 10 s, 20 s (and the third one still running) between the runs.
  await expect(lane.locator('[data-testid="timeline.segment"][data-kind="backoff"]')).toHaveCount(3)
  await expect(lane.locator('[data-testid="timeline.exit"]').first()).toBeVisible()
  const backOff = lane.locator('[data-testid="timeline.marker"][data-reason="BackOff"]').first()
  await backOff.focus()
  await expect(page.getByRole('tooltip').filter({ visible: true })).toContainText('Back-off restarting failed container init-fail in pod fail-pod_default')
  await saveScreenshot(page, testInfo, 'timeline-1440')
})

test('the statechart lights the states the kubelet is in', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const lab = new LabPage(page)
  await lab.open()
  await lab.pauseWithText(FAILING)
  await lab.apply.click()
  await lab.advance(20_000)
  await lab.showView('machines')
  const chart = page.getByTestId('statechart')
  await expect(chart).toBeVisible()
  await expect(page.getByTestId('statechart.summary')).toContainText('init-fail: backingOff')
  await page.getByTestId('statechart.container-tab').filter({ hasText: 'init-fail' }).click()
  await expect(page.locator('[data-testid="statechart.container-chart"] [data-testid="statechart.state"][data-path="backingOff"]')).toHaveAttribute('data-active', 'true')
  await saveScreenshot(page, testInfo, 'statechart-1440')
})

const WAITS_FOR_SERVICE = `apiVersion: v1
kind: Pod
metadata:
  name: svc-pod
spec:
  initContainers:
  - name: init-myservice
    image: busybox:1.28
    command: ['sh', '-c', 'until nslookup myservice; do echo waiting for myservice; sleep 2; done']
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 3600']
`
const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: myservice
spec:
  ports:
  - port: 80
    targetPort: 9376
`

test('an init container waiting for a missing Service says so, until the Service exists', async ({ page }) => {
  const lab = new LabPage(page)
  await lab.open()
  await lab.pauseWithText(WAITS_FOR_SERVICE)
  await lab.apply.click()
  await lab.advance(10_000)
  const chip = page.locator('[data-testid="pod.service"][data-service="myservice"]')
  await expect(chip).toHaveAttribute('data-state', 'missing')
  await expect(chip).toContainText('missing')
  await expect(lab.podStatus('svc-pod')).toHaveText('Init:0/1')
  expect(await lab.exec('kubectl apply -f -', SERVICE)).toBe(0)
  await lab.advance(10_000)
  await expect(chip).not.toHaveAttribute('data-state', 'missing')
  await expect(lab.podStatus('svc-pod')).toHaveText('Running')
})

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      initContainers:
      - name: init-content
        image: busybox:1.36
        command: ['sh', '-c', 'echo hello > /work/index.html']
        volumeMounts:
        - name: content
          mountPath: /work
      containers:
      - name: web
        image: nginx:1.27
        volumeMounts:
        - name: content
          mountPath: /usr/share/nginx/html
      volumes:
      - name: content
        emptyDir: {}
`

test('a Deployment shows its ReplicaSet and pods, each pod its owners and its shared volume', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const lab = new LabPage(page)
  await lab.open()
  await lab.pauseWithText(DEPLOYMENT)
  await lab.apply.click()
  await lab.advance(30_000)
  await expect(page.locator('[data-testid="workload.deployment"][data-name="web"]')).toContainText('2/2')
  await expect(page.getByTestId('workload.replicaset')).toHaveCount(1)
  await expect(page.getByTestId('pod.card')).toHaveCount(2)
  const first = page.getByTestId('pod.card').first()
  await expect(first.getByTestId('pod.owner')).toContainText('deploy/web')
  await expect(first.locator('[data-testid="pod.volume"][data-volume="content"]')).toContainText('init-content')
  await saveScreenshot(page, testInfo, 'deployment-390')
})

test('a link to the moment on view replays the session for whoever opens it', async ({ page, context }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const lab = new LabPage(page)
  await lab.open()
  await lab.pauseWithText(FAILING)
  await lab.apply.click()
  await lab.advance(60_000)
  await lab.typeInTerminal('kubectl get pods')
  await page.getByTestId('time.share').click()
  const link = page.locator('[data-testid="time.shared"] input')
  const url = await link.inputValue()
  expect(url).toMatch(/\?sandbox#session=[A-Za-z0-9_-]+$/)

  const other = await context.newPage()
  await other.setViewportSize({ width: 1440, height: 900 })
  await other.goto(url)
  const copy = new LabPage(other)
  await copy.hookReady()
  await expect(other.getByTestId('clock.time')).toHaveText('t = 00:01:00')
  await expect(copy.podStatus('fail-pod')).toHaveText('Init:CrashLoopBackOff')
  await expect(card(copy, 'fail-pod')).toContainText('RESTARTS 3')
  await expect(other.getByTestId('clock.play')).toHaveAccessibleName(/Play/)
  expect(await other.evaluate(() => (window as unknown as { __initlab: { lab: { inputs: { line: string }[] } } }).__initlab.lab.inputs.map((i) => i.line))).toEqual(['kubectl apply -f -', 'kubectl get pods'])
  await other.close()
})

test('a container whose image is being pulled says so, then runs', async ({ page }) => {
  const lab = new LabPage(page)
  await lab.open()
  await lab.pauseWithText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n')
  await lab.apply.click()
  // From a headless run of the same seed: the pull runs from about 1.5 s to 4 s.
  await lab.advance(2_000)
  await expect(lab.podStatus('web')).toHaveText('ContainerCreating')
  await expect(lab.container('web', 'web')).toHaveAttribute('data-state', 'pulling')
  await expect(lab.container('web', 'web')).toContainText('Pulling image')
  await lab.advance(3_000)
  await expect(lab.container('web', 'web')).toHaveAttribute('data-state', 'running')
})

// Lessons end to end: lesson 1 in English, lesson 6 in Chinese and the final challenge played to the
// end on the virtual clock (Apply, a question answered in the panel, commands typed in the terminal,
// the solution shown and applied), a phone's Lesson tab, progress kept across a reload and moved by
// file, and axe.
import { readFile } from 'node:fs/promises'
import { expect, saveScreenshot, test } from './fixtures/test'
import { seriousViolations } from './fixtures/axe'
import { LessonPage } from './fixtures/lesson-page'

test('lesson 1, in English: apply, predict, watch, read the logs, every goal met', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const lesson = new LessonPage(page)
  const { lab } = lesson
  await lesson.open('first-init-container')
  await expect(lesson.modeLessons).toHaveAttribute('aria-pressed', 'true')
  await expect(lesson.title).toHaveText('Your first init container')
  await expect(page.getByTestId('lesson.body')).toContainText('kubectl logs myapp-pod -c init-setup')
  await expect(lesson.goals).toHaveCount(3)
  await expect(lesson.goal('watched-init')).toHaveAttribute('data-met', 'false')
  // Lesson mode has no Examples menu: the editor holds the lesson's start manifest.
  await expect(page.getByTestId('editor.examples')).toHaveCount(0)

  await lab.apply.click()
  await expect(lab.podStatus('myapp-pod')).toHaveText('Pending')
  // The lesson stops the clock the moment STATUS reads Init:0/1, and asks.
  await lab.advance(10_000)
  await expect(lesson.question).toBeFocused()
  await expect(lab.podStatus('myapp-pod')).toHaveText('Init:0/1')
  await expect(page.getByTestId('clock.play')).toContainText('Play')
  await expect(lesson.announce).toContainText('Question: The init container is running')
  await expect(lesson.question).toContainText('The clock is paused until you answer.')
  await lesson.choice('pod-initializing').click()
  await expect(lesson.feedback).toHaveAttribute('data-correct', 'true')
  await expect(lesson.feedback).toContainText('Right.')
  await expect(page.getByTestId('lesson.explanation')).toContainText('Init:1/1 never appears')
  await expect(lesson.continueButton).toBeFocused()
  await expect(lesson.goal('predicted-next')).toHaveAttribute('data-met', 'true')
  await lesson.continueAndPause()
  await expect(lesson.question).toHaveCount(0)

  await lab.advance(30_000)
  await expect(lab.podStatus('myapp-pod')).toHaveText('Running')
  await expect(lesson.goal('watched-init')).toHaveAttribute('data-met', 'true')
  await expect(lesson.done).toHaveCount(0)

  // A command without -c gets a hint that names the init container.
  await lab.typeInTerminal('kubectl logs myapp-pod')
  await expect(lab.terminalRows).toContainText('The app is running!')
  await expect(lesson.hints.first()).toHaveAttribute('data-hint', 'logs-needs-c')
  await lab.typeInTerminal('kubectl logs myapp-pod -c init-setup')
  await expect(lab.terminalRows).toContainText('setup done')
  await lesson.expectAllGoalsMet()
  await expect(lesson.hints).toHaveCount(0)
  await expect(lesson.announce).toContainText('Lesson complete')
  await expect(lesson.mapItem('first-init-container')).toHaveAttribute('data-mark', 'done')
  await lesson.settle()
  await saveScreenshot(page, testInfo, 'lesson-01-done-1440')

  await page.setViewportSize({ width: 390, height: 844 })
  await lesson.tab.click()
  await expect(lesson.done).toBeVisible()
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await saveScreenshot(page, testInfo, 'lesson-01-done-390')

  // Next lesson opens on a fresh cluster with its own start manifest; the address follows.
  await lesson.page.getByTestId('lesson.done.next').click()
  await lesson.ready('init-containers-in-order')
  await expect(page).toHaveURL(/\?paused&lesson=init-containers-in-order$/)
  await expect(lesson.title).toBeFocused()
  await expect(lesson.mapItem('first-init-container')).toHaveAttribute('data-mark', 'done')
  await expect(page.locator('[data-pod]')).toHaveCount(0)
})

test('lesson 6, in Chinese: the pod waits for its Services until the solution creates them', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  const lesson = new LessonPage(page)
  const { lab } = lesson
  await lesson.open('wait-for-service')
  await expect(lesson.title).toHaveText('等待 Service')
  await expect(page.getByTestId('lesson.position')).toContainText('第 6 课')

  await lab.apply.click()
  await lab.advance(10_000)
  await expect(lesson.question).toBeFocused()
  await expect(lab.podStatus('myapp-pod')).toHaveText('Init:0/2')
  await expect(lesson.question).toContainText('一分钟后，kubectl get pods 会显示什么？')
  // The learner may look around before answering: the question does not take the focus back.
  await lab.typeInTerminal('kubectl get pods')
  await expect(lab.terminalRows).toContainText(/myapp-pod\s+0\/1\s+Init:0\/2/)
  await expect(lab.terminal.locator('textarea')).toBeFocused()
  // A wrong guess: the panel says so, names the right answer and explains it.
  await lesson.choice('crash-loop').click()
  await expect(lesson.feedback).toHaveAttribute('data-correct', 'false')
  await expect(lesson.feedback).toContainText('不太对。')
  await expect(lesson.feedback).toContainText('正确答案：Init:0/2，RESTARTS 为 0')
  await expect(lesson.goal('predicted-wait')).toHaveAttribute('data-met', 'true')
  await lesson.continueAndPause()

  await lab.advance(10_000)
  await lab.typeInTerminal('kubectl logs myapp-pod -c init-myservice')
  await expect(lab.terminalRows).toContainText('waiting for myservice')
  await expect(lesson.goal('read-wait-log')).toHaveAttribute('data-met', 'true')
  // Stuck in Init:0/2 with no Service myservice: the hint names that Service.
  await lab.advance(30_000)
  await expect(lab.podStatus('myapp-pod')).toHaveText('Init:0/2')
  await expect(lesson.hints.first()).toHaveAttribute('data-hint', 'missing-myservice')
  await expect(lesson.hints.first()).toContainText('名为 myservice 的 Service')

  await lesson.showSolution()
  await lab.apply.click()
  await expect(page.getByTestId('editor.result')).toContainText('service/myservice created')
  await expect(page.getByTestId('editor.result')).toContainText('service/mydb created')
  await lab.advance(30_000)
  await expect(lab.podStatus('myapp-pod')).toHaveText('Running')
  await lesson.expectAllGoalsMet()
  await expect(lesson.done).toContainText('本课完成')
  await lesson.settle()
  await saveScreenshot(page, testInfo, 'lesson-06-zh-CN-done-1440')

  await page.setViewportSize({ width: 390, height: 844 })
  await lesson.tab.click()
  await expect(lesson.done).toBeVisible()
  await saveScreenshot(page, testInfo, 'lesson-06-zh-CN-done-390')

  // The language switch changes the lesson text at once.
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.getByTestId('prefs.language').selectOption('en')
  await expect(lesson.title).toHaveText('Waiting for a Service')
  await expect(lesson.done).toContainText('Lesson complete')
  await context.close()
})

test('lesson 15: the broken deployment, repaired by the solution, runs its four init containers in order', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const lesson = new LessonPage(page)
  const { lab } = lesson
  await lesson.open('final-challenge')
  await expect(page.getByTestId('lesson.position')).toHaveText('Lesson 15 of 15')
  // The lesson applied its broken manifest itself: the Deployment's pod is there, stuck.
  const pod = page.locator('[data-pod^="k8s-init-containers-"] [data-testid="pod.status"]')
  await lab.advance(60_000)
  await expect(pod.first()).toHaveText(/^Init:/)
  await lab.typeInTerminal('kubectl get pods')
  await expect(lab.terminalRows).toContainText(/k8s-init-containers-\S+\s+0\/1\s+Init:/)
  await expect(lesson.goal('app-running')).toHaveAttribute('data-met', 'false')

  await lesson.showSolution()
  await lab.apply.click()
  await expect(page.getByTestId('editor.result')).toContainText('deployment.apps/k8s-init-containers configured')
  await lab.advance(120_000)
  await lab.advance(5_000)
  await expect(pod).toHaveText(['Running'])
  await lesson.expectAllGoalsMet()
  // The last lesson has no next one: the done card points to the free sandbox instead.
  await expect(lesson.done).toContainText('That was the last lesson')
  await expect(lesson.next).toHaveCount(0)
  await lesson.settle()
  await saveScreenshot(page, testInfo, 'lesson-15-done-1440')
})

test('on a phone the lesson is a tab, and a question brings it back into view', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const lesson = new LessonPage(page)
  const { lab } = lesson
  await lesson.open('first-init-container')
  await expect(lesson.tab).toHaveAttribute('aria-selected', 'true')
  await expect(lesson.title).toBeVisible()
  await expect(lesson.collapse).toBeHidden()
  await page.getByTestId('tab.manifest').click()
  await lab.apply.click()
  await expect(page.getByTestId('tab.cluster')).toHaveAttribute('aria-selected', 'true')
  await lab.advance(10_000)
  await expect(lesson.tab).toHaveAttribute('aria-selected', 'true')
  await expect(lesson.question).toBeVisible()
  await saveScreenshot(page, testInfo, 'lesson-01-question-390')
  await lesson.choice('init-1-1').click()
  await expect(lesson.feedback).toHaveAttribute('data-correct', 'false')
  await lesson.continueAndPause()
  await expect(page.getByTestId('tab.cluster')).toHaveAttribute('aria-selected', 'true')
  await expect(lab.podStatus('myapp-pod')).toBeVisible()
})

test('progress survives a reload, moves by file, and a reset starts over', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const lesson = new LessonPage(page)
  const { lab } = lesson
  await lesson.open('first-init-container')
  await lab.apply.click()
  await lab.advance(10_000)
  await lesson.choice('pod-initializing').click()
  await expect(lesson.goal('predicted-next')).toHaveAttribute('data-met', 'true')
  await lesson.page.getByTestId('lesson.next').click()
  await lesson.ready('init-containers-in-order')
  await lesson.page.getByTestId('lesson.previous').click()
  await lesson.ready('first-init-container')
  // Back on lesson 1: a fresh cluster, the answer kept.
  await expect(page.locator('[data-pod]')).toHaveCount(0)
  await expect(lesson.goal('predicted-next')).toHaveAttribute('data-met', 'true')

  // Without ?lesson the page comes back to where the learner was.
  await page.goto('./?paused')
  await lesson.lab.hookReady()
  await lesson.ready('first-init-container')
  await expect(lesson.goal('predicted-next')).toHaveAttribute('data-met', 'true')
  await lesson.map.locator('summary').click()
  await expect(lesson.mapItem('first-init-container')).toHaveAttribute('data-mark', 'started')
  await expect(lesson.mapItem('first-init-container')).toHaveAttribute('aria-current', 'step')

  const [download] = await Promise.all([page.waitForEvent('download'), lesson.exportButton.click()])
  expect(download.suggestedFilename()).toMatch(/^initlab-progress-\d{4}-\d{2}-\d{2}\.json$/)
  const exported = await readFile((await download.path())!, 'utf8')
  expect(JSON.parse(exported)).toMatchObject({ format: 'initlab-progress', lessons: { 'first-init-container': { predictions: { 'next-status': 'pod-initializing' } } } })

  await lesson.importFile.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"initlab-progress","version":9,"lessons":{}}') })
  await expect(lesson.importMessage).toHaveText('That file comes from a newer initlab. Reload the page to get the newest version, then import it again.')
  const incoming = JSON.stringify({ format: 'initlab-progress', version: 1, lessons: { 'failing-init-container': { done: true, goals: ['read-error'], predictions: {} } } })
  await lesson.importFile.setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(incoming) })
  await expect(lesson.importMessage).toHaveText('Imported progress for 1 lesson.')
  await expect(lesson.mapItem('failing-init-container')).toHaveAttribute('data-mark', 'done')

  await lesson.reset.click()
  await lesson.confirmYes.click()
  await lesson.ready('first-init-container')
  await expect(lesson.goal('predicted-next')).toHaveAttribute('data-met', 'false')
  await expect(lesson.mapItem('first-init-container')).toHaveAttribute('data-mark', 'new')

  // The mode is remembered too.
  await lesson.modeSandbox.click()
  await expect(page.getByTestId('editor.examples')).toBeVisible()
  await expect(lesson.panel).toHaveCount(0)
  await page.goto('./?paused')
  await expect(lesson.modeSandbox).toHaveAttribute('aria-pressed', 'true')
  await expect(lesson.panel).toHaveCount(0)
})

test('axe finds nothing serious in the lesson view, with a question, light and dark, wide and narrow', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const lesson = new LessonPage(page)
  await lesson.open('first-init-container')
  await lesson.lab.apply.click()
  await lesson.lab.advance(10_000)
  await expect(lesson.question).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await lesson.choice('running').click()
  await page.emulateMedia({ colorScheme: 'dark' })
  await lesson.settle()
  expect(await seriousViolations(page)).toEqual([])
  await lesson.map.locator('summary').click()
  await lesson.collapse.click()
  await expect(lesson.expand).toBeFocused()
  expect(await seriousViolations(page)).toEqual([])
  await lesson.expand.click()
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await seriousViolations(page)).toEqual([])
})

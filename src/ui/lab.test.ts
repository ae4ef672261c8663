// The page's model of the cluster, headless: the status log keeps every step even when the clock
// jumps, and the clock only runs while playing, at the chosen speed.
import { describe, expect, it } from 'vitest'
import { EXAMPLES } from '../lessons/examples'
import { lessonById } from '../lessons'
import { printPodRow, type Sandbox } from '../sandbox'
import { Lab, NOTICE_MS } from './lab.svelte'
import { replayTo } from './replay'

const twoInits = EXAMPLES.find((e) => e.id === '01-two-init-containers')!.yaml

describe('Lab', () => {
  it('logs every STATUS change of a pod, even across one long jump', () => {
    const lab = new Lab()
    expect(lab.apply(twoInits).stdout).toBe('pod/myapp-pod created\n')
    lab.advance(60_000)
    expect(lab.statusLog.map((c) => `${Math.floor((c.at - lab.startedAt) / 1000)}s ${c.status}`)).toEqual([
      '0s Pending',
      '0s Init:0/2',
      '7s Init:1/2',
      '11s PodInitializing',
      '11s Running',
    ])
    expect(lab.pods.map((p) => p.metadata.name)).toEqual(['myapp-pod'])
  })

  it('starts a re-created pod log afresh', () => {
    const lab = new Lab()
    lab.apply(twoInits)
    lab.advance(60_000)
    lab.exec('kubectl delete pod myapp-pod --now')
    lab.advance(60_000)
    lab.apply(twoInits)
    expect(lab.statusLog.at(-1)?.status).toBe('Pending')
    expect(lab.pods).toHaveLength(1)
  })

  it('moves the clock only while playing, at its speed', () => {
    const lab = new Lab()
    const t0 = lab.now
    lab.speed = 10
    lab.tick(100)
    expect(lab.now - t0).toBe(1_000)
    lab.playing = false
    lab.tick(100)
    expect(lab.now - t0).toBe(1_000)
  })

  it('skips to the next change, and stays put when nothing is scheduled', () => {
    const lab = new Lab()
    const t0 = lab.now
    lab.skipToNextChange()
    expect(lab.now).toBe(t0)
    lab.apply(twoInits)
    lab.skipToNextChange()
    expect(lab.now).toBeGreaterThan(t0)
    expect(lab.statusLog.length).toBeGreaterThanOrEqual(1)
  })
})

const crashLoop = EXAMPLES.find((e) => e.id === '04-init-fails-always')!.yaml

/** Real frames of ~60 Hz, as the page's requestAnimationFrame loop calls tick. */
function frames(lab: Lab, n: number): void {
  for (let i = 0; i < n; i++) lab.tick(16.7)
}
const state = (sb: Sandbox) => sb.exec('kubectl get pods -o yaml').stdout + JSON.stringify(sb.events())
const shown = (lab: Lab) => lab.pods.map((p) => `${p.metadata.name} ${printPodRow(p, lab.now).status}`)

describe('Lab: recording and replaying the past', () => {
  it('records every command with the instant it started and the one it returned', () => {
    const lab = new Lab()
    const t0 = lab.startedAt
    lab.playing = false
    lab.apply(twoInits)
    lab.advance(5_000)
    lab.shell.exec('sleep 10')
    lab.exec('kubectl get pods')
    expect(lab.inputs).toEqual([
      { at: t0, end: t0, line: 'kubectl apply -f -', stdin: twoInits },
      { at: t0 + 5_000, end: t0 + 15_000, line: 'sleep 10' },
      { at: t0 + 15_000, end: t0 + 15_000, line: 'kubectl get pods' },
    ])
    expect(lab.liveNow).toBe(t0 + 15_000)
  })

  it('shows the cluster as it was: statuses, the clock and the status log at past instants', () => {
    const lab = new Lab()
    const t0 = lab.startedAt
    lab.playing = false
    lab.apply(crashLoop)
    lab.advance(60_000)
    expect(lab.statusLog).toHaveLength(8)
    lab.seek(t0 + 1_000)
    expect([lab.viewing, lab.now, lab.liveNow]).toEqual([t0 + 1_000, t0 + 1_000, t0 + 60_000])
    expect(shown(lab)).toEqual(['failing-init Init:0/1'])
    expect(lab.visibleLog.map((c) => c.status)).toEqual(['Pending', 'Init:0/1'])
    expect(lab.statusLog).toHaveLength(8)
    lab.seek(t0 + 3_000)
    expect(shown(lab)).toEqual(['failing-init Init:Error'])
    lab.seek(t0 + 10_000)
    expect(shown(lab)).toEqual(['failing-init Init:CrashLoopBackOff'])
    expect(lab.view.pod('failing-init')?.status?.initContainerStatuses?.[0]?.restartCount).toBe(1)
    expect(lab.view).not.toBe(lab.sandbox)
    expect(lab.visibleLog.map((c) => c.status)).toEqual(['Pending', 'Init:0/1', 'Init:Error', 'Init:CrashLoopBackOff'])
    // The live cluster did not move while the past was on view.
    expect(lab.sandbox.now()).toBe(t0 + 60_000)
  })

  it('replays exactly what ran live: an apply, a delete and a re-apply, at many instants', () => {
    const lab = new Lab()
    // What the page showed at each instant: after the commands that ran at it. A command that let
    // time pass hides its start, as it did live.
    const seen = new Map<number, string>()
    const look = () => seen.set(lab.sandbox.now(), state(lab.sandbox))
    const run = (line: string, stdin?: string) => {
      seen.delete(lab.sandbox.now())
      lab.exec(line, stdin)
      look()
    }
    run('kubectl apply -f -', twoInits)
    run('kubectl apply -f -', crashLoop)
    for (let i = 0; i < 12; i++) {
      frames(lab, 77)
      look()
    }
    // `kubectl delete` waits on the virtual clock for the pod to go (sleep ignores SIGTERM: 30 s).
    run('kubectl delete pod myapp-pod')
    lab.speed = 10
    for (let i = 0; i < 10; i++) {
      frames(lab, 61)
      look()
    }
    run('kubectl apply -f -', twoInits)
    lab.speed = 60
    for (let i = 0; i < 12; i++) {
      frames(lab, 250)
      look()
    }
    const deleted = lab.inputs[2]!
    expect(deleted.line).toBe('kubectl delete pod myapp-pod')
    expect(deleted.end - deleted.at).toBeGreaterThanOrEqual(30_000)
    const liveState = state(lab.sandbox)
    const liveNow = lab.liveNow
    expect(seen.size).toBe(35)
    for (const [t, expected] of seen) {
      if (t >= liveNow) continue
      lab.seek(t)
      expect(lab.now).toBe(t)
      expect(state(lab.view)).toBe(expected)
    }
    // Back and forth, then live again: the present is as it was left.
    lab.goLive()
    expect(lab.viewing).toBeUndefined()
    expect(lab.view).toBe(lab.sandbox)
    expect(lab.now).toBe(liveNow)
    expect(state(lab.sandbox)).toBe(liveState)
    expect(lab.pods.map((p) => p.metadata.uid)).toEqual(lab.sandbox.pods().map((p) => p.metadata.uid))
  })

  it('seeking at or past now, or back to the start, stays within the session', () => {
    const lab = new Lab()
    lab.apply(twoInits)
    lab.advance(20_000)
    lab.seek(lab.startedAt - 5_000)
    expect(lab.viewing).toBe(lab.startedAt)
    expect(shown(lab)).toEqual(['myapp-pod Pending'])
    expect(lab.playing).toBe(false)
    lab.seek(lab.liveNow + 1)
    expect(lab.viewing).toBeUndefined()
    expect(shown(lab)).toEqual(['myapp-pod Running'])
  })

  it('runs a command from the past in the present, and says so', () => {
    const lab = new Lab()
    lab.apply(twoInits)
    lab.advance(30_000)
    lab.seek(lab.startedAt + 8_000)
    expect(shown(lab)).toEqual(['myapp-pod Init:1/2'])
    const r = lab.exec('kubectl get pods --no-headers')
    expect(r.stdout).toMatch(/^myapp-pod\s+1\/1\s+Running\s+0\s+30s\n$/)
    expect(lab.viewing).toBeUndefined()
    expect(lab.notice).toBe('backToNow')
    expect(lab.inputs.at(-1)).toEqual({ at: lab.startedAt + 30_000, end: lab.startedAt + 30_000, line: 'kubectl get pods --no-headers' })
    lab.seek(lab.startedAt + 8_000)
    expect(lab.apply(crashLoop).stdout).toBe('pod/failing-init created\n')
    expect(lab.viewing).toBeUndefined()
    expect(lab.inputs.at(-1)?.at).toBe(lab.startedAt + 30_000)
    expect(shown(lab)).toEqual(['failing-init Pending', 'myapp-pod Running'])
    // The notice goes once its few real seconds have passed, whether or not the clock runs.
    lab.tick(NOTICE_MS - 1)
    expect(lab.notice).toBe('backToNow')
    lab.tick(1)
    expect(lab.notice).toBeUndefined()
  })

  it('plays the present when Play is pressed in the past', () => {
    const lab = new Lab()
    lab.apply(twoInits)
    lab.advance(20_000)
    lab.seek(lab.startedAt + 5_000)
    lab.tick(1_000)
    expect(lab.viewing).toBe(lab.startedAt + 5_000)
    lab.togglePlay()
    expect([lab.playing, lab.viewing, lab.notice]).toEqual([true, undefined, 'backToNow'])
    lab.tick(1_000)
    expect(lab.now).toBe(lab.startedAt + 21_000)
    // Setting `playing` directly (as App's hook does) also leaves the past on the next frame.
    lab.seek(lab.startedAt + 5_000)
    lab.playing = true
    lab.tick(500)
    expect([lab.viewing, lab.now]).toEqual([undefined, lab.startedAt + 21_500])
  })

  it('steps through the past change by change, then comes back to now', () => {
    const lab = new Lab()
    lab.playing = false
    lab.apply(twoInits)
    lab.advance(15_000)
    lab.exec('kubectl delete pod myapp-pod --now')
    lab.advance(5_000)
    const live = lab.liveNow
    lab.seek(lab.startedAt)
    const visited: number[] = [lab.now]
    while (lab.viewing !== undefined && visited.length < 200) {
      lab.skipToNextChange()
      visited.push(lab.now)
    }
    expect(lab.now).toBe(live)
    expect(visited).toEqual([...visited].sort((a, b) => a - b))
    // Every command is a stop (shown at its end), and so is every STATUS change outside one.
    const inCommand = (t: number) => lab.inputs.some((i) => i.at <= t && t < i.end)
    for (const i of lab.inputs) expect(visited).toContain(i.end)
    const outside = lab.statusLog.filter((c) => !inCommand(c.at))
    expect(outside.map((c) => c.status)).toEqual(['Pending', 'Init:0/2', 'Init:1/2', 'PodInitializing', 'Running'])
    for (const c of outside) expect(visited).toContain(c.at)
  })

  it('treats a command that let time pass as one step of the scrubber', () => {
    const lab = new Lab()
    const t0 = lab.startedAt
    lab.playing = false
    lab.apply(twoInits)
    lab.advance(10_000)
    lab.exec('sleep 20')
    lab.advance(10_000)
    lab.seek(t0 + 5_000)
    lab.seek(t0 + 15_000)
    expect(lab.viewing).toBe(t0 + 30_000)
    lab.seek(t0 + 25_000)
    expect(lab.viewing).toBe(t0 + 9_999)
  })

  it('lets time pass in the past up to now, then in the present', () => {
    const lab = new Lab()
    lab.playing = false
    lab.apply(twoInits)
    lab.advance(20_000)
    lab.seek(lab.startedAt + 2_000)
    lab.advance(5_000)
    expect(lab.viewing).toBe(lab.startedAt + 7_000)
    expect(lab.sandbox.now()).toBe(lab.startedAt + 20_000)
    lab.advance(20_000)
    expect(lab.viewing).toBeUndefined()
    expect(lab.now).toBe(lab.startedAt + 27_000)
  })

  it('keeps virtual time in whole milliseconds whatever the frame length', () => {
    const lab = new Lab()
    frames(lab, 3)
    expect(lab.now - lab.startedAt).toBe(50)
    frames(lab, 3)
    expect(lab.now - lab.startedAt).toBe(100)
  })

  // Events expire at their own deadlines whatever the slicing of time: 60 Hz frames live and one
  // long jump in the replay store the same objects with the same resourceVersions.
  it('replays events and resourceVersions exactly across the 1 h event TTL', () => {
    const lab = new Lab()
    lab.apply(crashLoop)
    lab.speed = 60
    frames(lab, 2 * 3600)
    const live = state(lab.sandbox)
    expect(state(replayTo(lab.seed, lab.inputs, lab.liveNow))).toBe(live)
  })
})

describe('Lab: a lesson on the cluster', () => {
  const lesson = lessonById('first-init-container')!

  it('pauses at the lesson question, records every command for the replay, and meets the goals', () => {
    const lab = new Lab()
    const run = lab.startLesson(lesson)
    lab.apply(lesson.files['start.yaml']!)
    lab.playing = true
    lab.speed = 10
    for (let i = 0; i < 600 && lab.playing; i++) lab.tick(100)
    expect(lab.playing).toBe(false)
    expect(run.pendingPrediction()?.id).toBe('next-status')
    expect(printPodRow(lab.sandbox.pod('myapp-pod')!, lab.liveNow).status).toBe('Init:0/1')
    const version = lab.lessonVersion
    lab.answer('next-status', 'pod-initializing')
    expect(lab.lessonVersion).toBeGreaterThan(version)
    expect(run.pendingPrediction()).toBeUndefined()
    lab.advance(60_000)
    lab.exec('kubectl logs myapp-pod -c init-setup')
    expect(run.goals().map((g) => `${g.id} ${g.met}`)).toEqual(['watched-init true', 'predicted-next true', 'read-init-logs true'])
    expect(lab.inputs.map((i) => i.line)).toEqual(['kubectl apply -f -', 'kubectl logs myapp-pod -c init-setup'])
    const replayed = replayTo(lab.seed, lab.inputs, lab.liveNow)
    expect(replayed.exec('kubectl get pods -o yaml').stdout).toBe(lab.sandbox.exec('kubectl get pods -o yaml').stdout)
  })

  it('records the lesson\'s own start apply as an input, so the past replays with it', () => {
    const applied = { ...lesson, start: { ...lesson.start, applied: true } }
    const lab = new Lab()
    lab.startLesson(applied)
    expect(lab.inputs.map((i) => i.line)).toEqual(['kubectl apply -f -'])
    expect(lab.lesson?.commands).toEqual([])
  })
})

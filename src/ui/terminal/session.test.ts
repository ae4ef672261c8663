import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../sandbox'
import { podYaml } from '../../testing/watch'
import { openSession } from './session'

function setup() {
  const sb = createSandbox()
  let screen = ''
  let clears = 0
  const session = openSession(sb, (t) => (screen += t), () => clears++)
  // The visible text, without the prompt redraws' escape sequences.
  const text = () => screen.replace(/\r\x1b\[K/g, '\n').replace(/\x1b\[\d*[A-Za-z]/g, '')
  return { sb, session, text, raw: () => screen, clears: () => clears }
}

const yaml = podYaml({ name: 'web', init: [{ name: 'wait', run: 'sleep 5' }], apps: [{ name: 'app', run: 'echo hi; sleep 100' }] })

describe('session', () => {
  it('prints a prompt, runs a line and prints its output with CRLF', () => {
    const t = setup()
    t.session.input('echo a; echo b\r')
    expect(t.raw()).toContain('a\r\nb\r\n')
    expect(t.text().endsWith('$ ')).toBe(true)
  })
  it('streams kubectl get pods -w as the clock advances, and Ctrl+C stops it', () => {
    const t = setup()
    t.sb.exec('kubectl apply -f -', yaml)
    t.session.input('kubectl get pods -w\r')
    expect(t.session.busy()).toBe(true)
    expect(t.text()).toContain('NAME   READY   STATUS    RESTARTS   AGE\r\nweb    0/1     Pending   0          0s\r\n')
    t.sb.advance(20_000)
    expect(t.text()).toContain('Init:0/1')
    expect(t.text()).toContain('Running')
    t.session.input('\x03')
    expect(t.session.busy()).toBe(false)
    expect(t.text()).toContain('^C\r\n')
    const before = t.raw().length
    t.sb.exec('kubectl delete pod web --wait=false')
    expect(t.raw().length).toBe(before)
  })
  it('follows logs as the container writes them', () => {
    const t = setup()
    t.sb.exec('kubectl apply -f -', yaml)
    t.sb.advance(20_000)
    t.session.input('kubectl logs web -f\r')
    expect(t.session.busy()).toBe(true)
    expect(t.text()).toContain('hi\r\n')
    t.session.input('\x03')
    expect(t.session.busy()).toBe(false)
  })
  it('Ctrl+L clears the screen', () => {
    const t = setup()
    t.session.input('\x0c')
    expect(t.clears()).toBe(1)
  })
  it('completes pod names from the sandbox on Tab', () => {
    const t = setup()
    t.sb.exec('kubectl apply -f -', yaml)
    t.session.input('kubectl describe pod w\t')
    expect(t.raw().endsWith('$ kubectl describe pod web ')).toBe(true)
  })
})

// The why-texts and the back-off countdown, read off real sandbox runs of the examples.
import { describe, expect, it } from 'vitest'
import { createSandbox, type Pod } from '../../sandbox'
import { EXAMPLES } from '../../lessons/examples'
import { translator } from './translate'
import { durationMessage, goDurationMs, retryInSeconds, why, whyMessage } from './why'

const zh = translator('zh-CN')

function runExample(id: string, ms: number) {
  const sb = createSandbox({ seed: 3 })
  sb.exec('kubectl apply -f -', EXAMPLES.find((e) => e.id === id)!.yaml)
  sb.advance(ms)
  const pod = sb.pods()[0] as Pod
  return { sb, pod, init: (i: number) => pod.status?.initContainerStatuses?.[i], app: (i: number) => pod.status?.containerStatuses?.[i] }
}

describe('goDurationMs', () => {
  it('reads the durations the kubelet prints', () => {
    expect([goDurationMs('10s'), goDurationMs('1m20s'), goDurationMs('5m0s'), goDurationMs('1h2m3s')]).toEqual([10_000, 80_000, 300_000, 3_723_000])
    expect(goDurationMs('')).toBeUndefined()
    expect(goDurationMs('ten')).toBeUndefined()
  })
})

describe('why', () => {
  it('explains the order of init containers and what the app waits for', () => {
    const first = runExample('01-two-init-containers', 1_000)
    expect(why(first.pod, 'init-myservice', { group: 'init', index: 0 }, first.init(0))).toBe('init-myservice is next: the kubelet pulls its image and starts it.')
    const unscheduled = { ...first.pod, spec: { ...first.pod.spec, nodeName: undefined } }
    expect(why(unscheduled, 'init-myservice', { group: 'init', index: 0 }, undefined)).toBeUndefined()
    const { pod, init, app } = runExample('01-two-init-containers', 3_000)
    expect(why(pod, 'init-myservice', { group: 'init', index: 0 }, init(0))).toBe('init-myservice is running; init-mydb starts only after it exits 0.')
    expect(why(pod, 'init-mydb', { group: 'init', index: 1 }, init(1))).toBe('init-mydb waits for init-myservice: init containers run one at a time, in order.')
    expect(why(pod, 'myapp-container', { group: 'app', index: 0 }, app(0))).toBe('myapp-container waits until every init container has completed.')
  })

  it('explains the back-off of a failing init container, with a countdown to its next start', () => {
    const { sb, pod, init } = runExample('04-init-fails-always', 60_000)
    const st = init(0)
    expect(st?.state?.waiting?.reason).toBe('CrashLoopBackOff')
    expect(why(pod, 'init-check', { group: 'init', index: 0 }, st)).toMatch(
      /^init-check exited 1; restartPolicy is Always, so the kubelet restarts it after a (20|40) s back-off \(10 s at first, doubling each time, at most 5 min\)\.$/,
    )
    const left = retryInSeconds(st, sb.now())
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThanOrEqual(40)
    // The countdown reaches its end about when the kubelet starts the container again.
    sb.advance(left! * 1000 + 2_000)
    expect(sb.pods()[0].status?.initContainerStatuses?.[0].restartCount).toBeGreaterThan(st!.restartCount)
  })

  it('explains why a Never pod stops at its failed init container', () => {
    const { pod, init } = runExample('05-init-fails-never', 60_000)
    expect(why(pod, 'init-check', { group: 'init', index: 0 }, init(0))).toBe(
      'init-check exited 1; restartPolicy is Never, so the pod fails and the app containers never start.',
    )
  })

  it('explains a sidecar', () => {
    const { pod, init } = runExample('06-sidecar', 60_000)
    expect(why(pod, 'log-shipper', { group: 'init', index: 0 }, init(0))).toBe(
      'log-shipper is a sidecar (an init container with restartPolicy: Always): once started it keeps running beside the app containers.',
    )
  })

  it('has nothing to say about a container that simply completed', () => {
    const { pod, init } = runExample('01-two-init-containers', 60_000)
    expect(why(pod, 'init-myservice', { group: 'init', index: 0 }, init(0))).toBeUndefined()
  })

  it('speaks Chinese when given a zh-CN translator, with the Kubernetes words left in English', () => {
    const first = runExample('01-two-init-containers', 3_000)
    expect(why(first.pod, 'init-mydb', { group: 'init', index: 1 }, first.init(1), zh)).toBe('init-mydb 在等待 init-myservice：Init 容器按顺序逐个运行。')
    expect(why(first.pod, 'myapp-container', { group: 'app', index: 0 }, first.app(0), zh)).toBe('myapp-container 要等所有 Init 容器都成功完成后才会启动。')
    const never = runExample('05-init-fails-never', 60_000)
    expect(why(never.pod, 'init-check', { group: 'init', index: 0 }, never.init(0), zh)).toBe(
      'init-check 以退出码 1 退出；restartPolicy 为 Never，所以 Pod 失败，应用容器永远不会启动。',
    )
    const loop = runExample('04-init-fails-always', 60_000)
    expect(why(loop.pod, 'init-check', { group: 'init', index: 0 }, loop.init(0), zh)).toMatch(
      /^init-check 以退出码 1 退出；restartPolicy 为 Always，所以 kubelet 会在回退 (20|40) 秒后重启它（起初 10 秒，每次翻倍，最长 5 分钟）。$/,
    )
  })

  it('returns the reason as a message for callers that format it themselves', () => {
    const { pod, init } = runExample('06-sidecar', 60_000)
    expect(whyMessage(pod, 'log-shipper', { group: 'init', index: 0 }, init(0))).toEqual({ key: 'cluster.why.sidecar', values: { name: 'log-shipper' } })
  })
})

describe('durationMessage', () => {
  it('writes seconds, minutes, or both, in either language', () => {
    const en = translator('en')
    const text = (ms: number, t = en) => t(durationMessage(ms).key, durationMessage(ms).values as Record<string, number>)
    expect([text(10_000), text(300_000), text(80_000)]).toEqual(['10 s', '5 min', '1 min 20 s'])
    expect([text(10_000, zh), text(300_000, zh), text(80_000, zh)]).toEqual(['10 秒', '5 分钟', '1 分 20 秒'])
  })
})

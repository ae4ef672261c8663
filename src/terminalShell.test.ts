// The learner's terminal keeps its shell state between command lines, as an interactive sh does.
import { describe, expect, it } from 'vitest'
import { createSandbox } from './sandbox'

describe('terminal session', () => {
  it('keeps variables, exports, functions, the directory and $? from one line to the next', () => {
    const sb = createSandbox()
    expect(sb.exec('NS=kube-system; export POD=web').exitCode).toBe(0)
    expect(sb.exec('echo "$NS $POD"; sh -c \'echo child sees ${POD:-nothing} ${NS:-nothing}\'').stdout).toBe('kube-system web\nchild sees web nothing\n')
    sb.exec('greet() { echo "hello $1"; }')
    expect(sb.exec('greet learner').stdout).toBe('hello learner\n')
    sb.exec('mkdir -p /root/work && cd /root/work')
    expect(sb.exec('pwd').stdout).toBe('/root/work\n')
    expect(sb.exec('kubectl get pod nope').exitCode).toBe(1)
    expect(sb.exec('echo $?').stdout).toBe('1\n')
    expect(sb.exec('echo $?').stdout).toBe('0\n')
  })

  it('uses a kept variable in a kubectl line', () => {
    const sb = createSandbox()
    sb.exec('NS=kube-system')
    expect(sb.exec('kubectl get pods -n $NS').stderr).toBe('No resources found in kube-system namespace.\n')
  })
})

describe('a line that never ends', () => {
  it('stops as Ctrl+C would after an hour of cluster time, keeping its output', () => {
    const sb = createSandbox()
    const start = sb.now()
    const r = sb.exec('i=0; while true; do i=$((i+1)); [ $((i % 1200)) = 0 ] && echo "$i"; sleep 1; done')
    expect(r.exitCode).toBe(130)
    expect(r.stdout).toBe('1200\n2400\n3600\n')
    expect(sb.now() - start).toBeLessThanOrEqual(3600_000)
    expect(sb.exec('echo $?').stdout).toBe('130\n')
  })

  it('stops a busy loop of tiny sleeps too', () => {
    const sb = createSandbox()
    expect(sb.exec('while :; do sleep 0.001; done').exitCode).toBe(130)
  })
})

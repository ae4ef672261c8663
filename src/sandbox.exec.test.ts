import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSandbox, readContainerFile } from './sandbox'

const solution = readFileSync(new URL('../lessons/07-distroless-shared-volume/solution.yaml', import.meta.url), 'utf8')

describe('readContainerFile and kubectl exec through the sandbox', () => {
  it('reads what the init container fetched, through the distroless app, which has no shell', () => {
    const sandbox = createSandbox()
    sandbox.exec('kubectl apply -f -', solution)
    expect(readContainerFile(sandbox, 'shop', undefined, '/data/public/index.html')).toBeUndefined()
    sandbox.exec('sleep 30')
    expect(readContainerFile(sandbox, 'shop', undefined, '/data/public/version.json')).toBe('{"version":"1.0.0"}\n')
    expect(readContainerFile(sandbox, 'shop', 'app', '/data/public/index.html')).toContain('These files were fetched by an init container.')
    expect(readContainerFile(sandbox, 'shop', 'init-fetch-files', '/usr/local/bin/fetch-files.sh')).toMatch(/^#!\/bin\/sh\n/)
    expect(readContainerFile(sandbox, 'shop', 'app', '/data/public/nope')).toBeUndefined()
    expect(readContainerFile(sandbox, 'shop', 'nope', '/data/public/index.html')).toBeUndefined()
    expect(readContainerFile(sandbox, 'shop', undefined, '/data/public/index.html', 'kube-system')).toBeUndefined()
    const r = sandbox.exec('kubectl exec shop -- ls /data/public')
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toMatch(/exec: "ls": executable file not found in \$PATH: unknown\n$/)
  })

  it('sees a file written with kubectl exec in the shared volume', () => {
    const sandbox = createSandbox()
    sandbox.exec('kubectl run box --image=busybox:1.36 -- sleep 3600')
    sandbox.exec('sleep 10')
    expect(sandbox.exec("kubectl exec box -- sh -c 'echo hi > /tmp/x'").exitCode).toBe(0)
    expect(readContainerFile(sandbox, 'box', undefined, '/tmp/x')).toBe('hi\n')
    expect(sandbox.exec('kubectl exec box -- cat /tmp/x')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 })
  })
})

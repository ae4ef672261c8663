import { describe, expect, it } from 'vitest'
import * as m from './reasons'

describe('kubelet container and image messages (v1.35)', () => {
  it('writes the image pull events', () => {
    expect(m.pullingMessage('busybox:1.28')).toBe('Pulling image "busybox:1.28"')
    expect(m.pulledMessage('busybox:1.28', 1032, 1532, 727869)).toBe(
      'Successfully pulled image "busybox:1.28" in 1.032s (1.532s including waiting). Image size: 727869 bytes.',
    )
    expect(m.pulledMessage('nginx', 523.9, 80_000, 72955450)).toBe(
      'Successfully pulled image "nginx" in 523ms (1m20s including waiting). Image size: 72955450 bytes.',
    )
    expect(m.alreadyPresentMessage('busybox:1.28')).toBe(
      'Container image "busybox:1.28" already present on machine and can be accessed by the pod',
    )
  })

  it('writes the pull failure chain for a repository that does not exist', () => {
    const err = m.pullAccessDeniedError('docker.io/library/nosuch:latest')
    expect(m.pullFailedMessage('nosuch', err)).toBe(
      'Failed to pull image "nosuch": failed to pull and unpack image "docker.io/library/nosuch:latest": failed to resolve image: ' +
        'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    )
    expect(m.errorMessage('ErrImagePull')).toBe('Error: ErrImagePull')
    expect(m.backOffPullMessage('nosuch')).toBe('Back-off pulling image "nosuch"')
    expect(m.errorMessage(m.WaitingReason.ImagePullBackOff)).toBe('Error: ImagePullBackOff')
    expect(m.imagePullBackOffWaitingMessage('nosuch', err)).toBe(`Back-off pulling image "nosuch": ErrImagePull: ${err}`)
    expect(m.imagePullBackOffWaitingMessage('nosuch', '')).toBe('Back-off pulling image "nosuch"')
  })

  it('writes the not-found variant for a missing tag', () => {
    expect(m.imageNotFoundError('docker.io/library/nginx:9.9')).toBe(
      'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.9": ' +
        'failed to resolve image: docker.io/library/nginx:9.9: not found',
    )
  })

  it('writes the never-pull and invalid-name texts', () => {
    expect(m.neverPullMessage('busybox:1.28')).toBe('Container image "busybox:1.28" is not present with pull policy of Never')
    expect(m.invalidImageNameMessage('Busybox')).toBe(
      'Failed to apply default image tag "Busybox": couldn\'t parse image name "Busybox": invalid reference format',
    )
    expect(m.invalidImageNameMessage('Busybox', 'invalid reference format: repository name (library/Busybox) must be lowercase')).toBe(
      'Failed to apply default image tag "Busybox": couldn\'t parse image name "Busybox": ' +
        'invalid reference format: repository name (library/Busybox) must be lowercase',
    )
  })

  it('writes the start-failure text of containerd + runc', () => {
    expect(m.executableNotFoundError('sh')).toBe(
      'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: ' +
        'unable to start container process: error during container init: exec: "sh": executable file not found in $PATH: unknown',
    )
    expect(m.START_ERROR_EXIT_CODE).toBe(128)
  })

  it('writes the lifecycle events', () => {
    expect(m.createdMessage('init-myservice')).toBe('Container created')
    expect(m.startedMessage('init-myservice')).toBe('Container started')
    expect(m.killingMessage('myapp-container')).toBe('Stopping container myapp-container')
    expect(m.killForRestartMessage('web', 'liveness', true)).toBe('Container web failed liveness probe, will be restarted')
    expect(m.killForRestartMessage('web', 'startup', false)).toBe('Container web failed startup probe')
    expect(m.killForRestartMessage('web', 'definition', true)).toBe('Container web definition changed, will be restarted')
    expect(m.killForRestartMessage('proxy', 'liveness', true, true)).toBe('Init container proxy failed liveness probe, will be restarted')
    expect(m.probeFailedMessage('Readiness', 'HTTP probe failed with statuscode: 500')).toBe(
      'Readiness probe failed: HTTP probe failed with statuscode: 500',
    )
    expect(m.errorMessage('configmap "app-config" not found')).toBe('Error: configmap "app-config" not found')
    expect(m.failedCreateSandboxMessage('boom')).toBe('Failed to create pod sandbox: boom')
    expect(m.SANDBOX_CHANGED).toBe('Pod sandbox changed, it will be killed and re-created.')
    expect(m.POST_START_HOOK_FAILED).toBe('PostStartHook failed')
  })

  it('writes the crash-loop texts with the pod as name_namespace(uid)', () => {
    const pod = m.podFullName('myapp-pod', 'default', '1b2c3d4e')
    expect(pod).toBe('myapp-pod_default(1b2c3d4e)')
    expect(m.backOffRestartMessage('init-myservice', pod)).toBe(
      'Back-off restarting failed container init-myservice in pod myapp-pod_default(1b2c3d4e)',
    )
    expect(m.crashLoopWaitingMessage('1m20s', 'init-myservice', pod)).toBe(
      'back-off 1m20s restarting failed container=init-myservice pod=myapp-pod_default(1b2c3d4e)',
    )
    expect(m.crashLoopWaitingMessage(300_000, 'c', pod)).toBe('back-off 5m0s restarting failed container=c pod=myapp-pod_default(1b2c3d4e)')
  })

  it('keeps the reason vocabulary spelled as the kubelet spells it', () => {
    expect(Object.entries(m.EventReason).every(([k, v]) => k === v)).toBe(true)
    expect(Object.entries(m.WaitingReason).every(([k, v]) => k === v)).toBe(true)
    expect(m.EventReason.FailedCreatePodSandBox).toBe('FailedCreatePodSandBox')
    expect(m.KubeletTerminationMessage.lostWhileRunning).toBe(
      'The container could not be located when the pod was deleted.  The container used to be Running',
    )
  })
})

describe('scheduler messages', () => {
  it('writes Scheduled', () => {
    expect(m.scheduledMessage('default', 'myapp-pod', 'kind-worker')).toBe('Successfully assigned default/myapp-pod to kind-worker')
  })

  it('writes FitError with sorted histogram and the preemption suffix', () => {
    const pre = m.preemptionMessage(3, { 'No preemption victims found for incoming pod': 3 })
    expect(m.fitErrorMessage(3, { 'Insufficient cpu': 3 }, { postFilterMsg: pre })).toBe(
      '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..',
    )
    // Sorted as strings, so "1 ..." comes before "2 ...", whatever the reasons.
    expect(m.fitErrorMessage(3, { "node(s) didn't match Pod's node affinity/selector": 2, 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }': 1 })).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector.",
    )
    expect(m.fitErrorMessage(1, {}, { preFilterMsg: 'persistentvolumeclaim "data" not found' })).toBe(
      '0/1 nodes are available: persistentvolumeclaim "data" not found.',
    )
  })
})

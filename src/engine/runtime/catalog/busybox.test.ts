// Which busybox each catalog image tag ships.

import { describe, expect, it } from 'vitest'
import { busyboxVersionOf } from './busybox'
import { INITLAB } from './initlab'
import { LIBRARY } from './library'

describe('busyboxVersionOf', () => {
  it('follows the busybox tags, latest and stable being 1.37', () => {
    const repo = LIBRARY['docker.io/library/busybox']
    expect(['1.28', '1.35', '1.36', '1.37', 'latest', 'stable'].map((t) => busyboxVersionOf(repo, t))).toEqual(['1.28', '1.35', '1.36', '1.37', '1.37', '1.37'])
  })

  it('knows alpine releases, the initlab images and defaults to 1.36', () => {
    const alpine = LIBRARY['docker.io/library/alpine']
    expect(['3.19', '3.20', '3.21', 'latest'].map((t) => busyboxVersionOf(alpine, t))).toEqual(['1.36', '1.36', '1.37', '1.37'])
    expect(busyboxVersionOf(INITLAB['docker.io/initlab/app-init'], '1.0')).toBe('1.28')
    expect(busyboxVersionOf(LIBRARY['docker.io/library/nginx'], 'latest')).toBe('1.36')
    expect(busyboxVersionOf(LIBRARY['docker.io/library/busybox'], 'toString')).toBe('1.36')
  })
})

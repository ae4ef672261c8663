import { describe, expect, it } from 'vitest'
import { streamedCommand, toTerminal } from './streaming'

describe('streamedCommand', () => {
  it('streams a lone watch and a lone follow', () => {
    expect(streamedCommand('kubectl get pods -w')).toEqual({ verb: 'get', argv: ['pods', '-w'] })
    expect(streamedCommand('kubectl get po web --watch-only')).toEqual({ verb: 'get', argv: ['po', 'web', '--watch-only'] })
    expect(streamedCommand('kubectl logs web -c init -f')).toEqual({ verb: 'logs', argv: ['web', '-c', 'init', '-f'] })
  })
  it('leaves everything else to the shell', () => {
    expect(streamedCommand('kubectl get pods')).toBeUndefined()
    expect(streamedCommand('kubectl get pods -w | head -3')).toBeUndefined()
    expect(streamedCommand('kubectl logs web')).toBeUndefined()
    expect(streamedCommand('kubectl get pods -w --help')).toBeUndefined()
    expect(streamedCommand('kubectl apply -f x.yaml')).toBeUndefined()
  })
  it('turns line ends into CRLF', () => {
    expect(toTerminal('a\nb\r\n')).toBe('a\r\nb\r\n')
  })
})

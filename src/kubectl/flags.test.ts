import { describe, expect, it } from 'vitest'
import { flagError, parseFlags, type FlagSpec } from './flags'

const GET: FlagSpec[] = [
  { name: 'output', shorthand: 'o', type: 'string', default: '' },
  { name: 'watch', shorthand: 'w', type: 'bool', default: false },
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', default: false },
  { name: 'tail', type: 'int', default: -1 },
  { name: 'selector', shorthand: 'l', type: 'string', default: '' },
]

describe('parseFlags', () => {
  it('takes flags anywhere, in every spelling pflag accepts', () => {
    const r = parseFlags(['pods', '-owide', '--watch', 'x', '-n', 'kube-system', '--selector=app=web', '-wA'], GET)
    expect(r).toMatchObject({ ok: true, args: ['pods', 'x'], flags: { output: 'wide', watch: true, namespace: 'kube-system', selector: 'app=web', 'all-namespaces': true } })
    expect(parseFlags(['-o=json'], GET)).toMatchObject({ flags: { output: 'json' } })
    expect(parseFlags(['-o', 'jsonpath={.items[*].metadata.name}'], GET)).toMatchObject({ flags: { output: 'jsonpath={.items[*].metadata.name}' } })
    expect(parseFlags(['--watch=false'], GET)).toMatchObject({ flags: { watch: false } })
  })

  it('stops at -- and keeps what follows', () => {
    expect(parseFlags(['run', 'x', '--', 'sh', '-c', 'sleep 1'], GET)).toMatchObject({ ok: true, args: ['run', 'x'], dashArgs: ['sh', '-c', 'sleep 1'] })
  })

  it('words errors as pflag does', () => {
    expect(parseFlags(['--bogus'], GET)).toEqual({ ok: false, error: 'unknown flag: --bogus' })
    expect(parseFlags(['-z'], GET)).toEqual({ ok: false, error: "unknown shorthand flag: 'z' in -z" })
    expect(parseFlags(['-n'], GET)).toEqual({ ok: false, error: "flag needs an argument: 'n' in -n" })
    expect(parseFlags(['--namespace'], GET)).toEqual({ ok: false, error: 'flag needs an argument: --namespace' })
    expect(parseFlags(['--tail=x'], GET)).toEqual({ ok: false, error: 'invalid argument "x" for "--tail" flag: strconv.ParseInt: parsing "x": invalid syntax' })
    expect(parseFlags(['--watch=maybe'], GET)).toEqual({ ok: false, error: 'invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax' })
    expect(flagError('get', 'unknown flag: --bogus')).toBe("error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n")
  })
})

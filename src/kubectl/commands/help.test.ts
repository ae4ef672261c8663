import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { goQuote, help, helpFor, options, routeRoot, suggestionsFor, unknownCommand } from './help'
import { version } from './version'

const golden = (name: string) => readFileSync(new URL(`../help/testdata/${name}`, import.meta.url), 'utf8')

describe('unknown commands', () => {
  it('suggests what kubectl v1.35.2 suggests, in its order', () => {
    const rows = golden('suggestions.tsv').trimEnd().split('\n').map(l => l.split('\t'))
    expect(rows.length).toBeGreaterThan(140)
    for (const [typed, expected = ''] of rows) {
      expect([typed, suggestionsFor(typed).map(s => `${s},`).join('')]).toEqual([typed, expected])
    }
  })

  it('prints the error with its suggestions and exits 1', () => {
    expect(unknownCommand('gte')).toEqual({
      stdout: '',
      stderr: 'error: unknown command "gte" for "kubectl"\n\nDid you mean this?\n\tget\n',
      exitCode: 1,
    })
  })

  it('prints the error alone when nothing is near', () => {
    expect(unknownCommand('xyz')).toEqual({ stdout: '', stderr: 'error: unknown command "xyz" for "kubectl"\n', exitCode: 1 })
  })

  it('quotes the name as Go does', () => {
    expect(unknownCommand('a"b').stderr).toBe('error: unknown command "a\\"b" for "kubectl"\n')
    expect(goQuote('x\ty\u0001')).toBe('"x\\ty\\x01"')
  })

  it('lists several suggestions on their own tab-indented lines', () => {
    expect(unknownCommand('rm').stderr).toBe('error: unknown command "rm" for "kubectl"\n\nDid you mean this?\n\trun\n\tdelete\n\tcp\n')
  })
})

describe('kubectl help', () => {
  it('prints the root help without a topic', () => {
    expect(help([])).toEqual({ stdout: golden('root.txt'), stderr: '', exitCode: 0 })
    expect(help([''])).toEqual({ stdout: golden('root.txt'), stderr: '', exitCode: 0 })
  })

  it('prints a command help and ignores extra words', () => {
    expect(help(['get', 'pods']).stdout).toBe(helpFor(['get']))
    expect(help(['set', 'image']).stdout).toBe(golden('set_image.txt'))
    expect(help(['set', 'bogus']).stdout).toBe(golden('set.txt'))
    expect(help(['cluster-info', 'dump']).stdout).toBe(golden('cluster-info_dump.txt'))
    expect(help(['-n', 'x', 'get']).stdout).toBe(golden('get.txt'))
    expect(help(['--', 'get']).stdout).toBe(golden('get.txt'))
  })

  it('prints its own help for help and for --help', () => {
    expect(help(['help']).stdout).toBe(golden('help.txt'))
    expect(help(['--help']).stdout).toBe(golden('help.txt'))
  })

  it('answers an unknown topic on stderr with exit code 0', () => {
    expect(help(['bogus'])).toEqual({ stdout: '', stderr: golden('help_unknown_topic.stderr.txt'), exitCode: 0 })
    expect(help(['', 'bogus']).stderr.split('\n')[0]).toBe('Unknown help topic [`` `bogus`]')
    expect(help(['a`b']).stderr.split('\n')[0]).toBe('Unknown help topic ["a`b"]')
    expect(help(['bogus', 'x']).stderr.split('\n')[0]).toBe('Unknown help topic [`bogus` `x`]')
  })

  it('rejects flags other than the global ones', () => {
    expect(help(['version', '--client'])).toEqual({
      stdout: '', stderr: "error: unknown flag: --client\nSee 'kubectl help --help' for usage.\n", exitCode: 1,
    })
  })

  it('says so for a real command initlab does not carry', () => {
    expect(help(['expose'])).toEqual({ stdout: '', stderr: 'error: initlab does not implement "kubectl expose", so it has no help for it\n', exitCode: 1 })
    expect(help(['set', 'env']).stderr).toBe('error: initlab does not implement "kubectl set env", so it has no help for it\n')
  })

  it('prints nothing for help options', () => {
    expect(help(['options'])).toEqual({ stdout: '', stderr: '', exitCode: 0 })
  })
})

describe('kubectl options', () => {
  it('lists the global flags, ignoring arguments', () => {
    expect(options([])).toEqual({ stdout: golden('options.txt'), stderr: '', exitCode: 0 })
    expect(options(['x']).stdout).toBe(golden('options.txt'))
  })

  it('prints nothing for --help and rejects unknown flags its own way', () => {
    expect(options(['--help'])).toEqual({ stdout: '', stderr: '', exitCode: 0 })
    expect(options(['--bogus'])).toEqual({ stdout: '', stderr: "error: unknown flag: --bogus\nRun 'kubectl options' without flags.\n", exitCode: 1 })
  })
})

describe('kubectl root routing, against kubectl v1.35.2', () => {
  // [args, exit code, stdout, stderr]; "@file" stands for a golden help file's content.
  const rows = JSON.parse(golden('root_routing.json')) as [string[], number, string, string][]
  const text = (s: string) => (s.startsWith('@') ? golden(s.slice(1)) : s)
  const run = (verb: string, args: string[]) => (verb === 'help' ? help(args) : verb === 'version' ? version(args) : undefined)

  for (const [args, exitCode, stdout, stderr] of rows) {
    it(`kubectl ${args.join(' ')}`, () => {
      const route = routeRoot(args)
      const result = 'result' in route ? route.result : run(route.verb, route.args)
      if (result === undefined) {
        // Another helper's verb: check only that it is handed the right arguments.
        expect(route).toEqual({ verb: 'get', args: args.filter(a => a !== 'get') })
        return
      }
      expect(result).toEqual({ stdout: text(stdout), stderr: text(stderr), exitCode })
    })
  }
})

import { describe, expect, it } from 'vitest'
import { ALLOWED_FORMATS, nameOf, objectPrinter } from './output'

const base = { output: '', template: '', noHeaders: false, allowMissingKeys: true }
const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, status: { phase: 'Running' } }

function printer(output: string, extra: Partial<typeof base> & { readFile?: (p: string) => string | undefined } = {}) {
  const r = objectPrinter({ ...base, ...extra, output })
  if (!r.ok) throw new Error(r.error)
  return r.printer
}

function error(output: string, extra: Partial<typeof base> = {}): string {
  const r = objectPrinter({ ...base, ...extra, output })
  return r.ok ? '(ok)' : r.error
}

describe('objectPrinter', () => {
  it('rejects unknown and empty formats with kubectl v1.35 texts', () => {
    expect(error('bogus')).toBe(`unable to match a printer suitable for the output format "bogus", allowed formats are: ${ALLOWED_FORMATS}`)
    expect(error('yaml=x')).toBe(`unable to match a printer suitable for the output format "yaml=x", allowed formats are: ${ALLOWED_FORMATS}`)
    expect(ALLOWED_FORMATS).toBe('custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml')
    expect(error('jsonpath')).toBe('template format specified but no template given')
    expect(error('jsonpath=')).toBe('template format specified but no template given')
    expect(error('go-template')).toBe('template format specified but no template given')
    expect(error('custom-columns')).toBe('custom-columns format specified but no custom columns given')
    expect(error('custom-columns=POD')).toBe('unexpected custom-columns spec: POD, expected <header>:<json-path-expr>')
    expect(error('jsonpath={.a')).toBe('error parsing jsonpath {.a, unclosed action')
  })

  it('takes the template from --template when -o names only the format', () => {
    expect(printer('jsonpath', { template: '{.metadata.name}' }).print(pod)).toEqual({ out: 'p' })
  })

  it('prints -o name as kind/name, with the group for non-core kinds', () => {
    expect(printer('name').print({ kind: 'List', apiVersion: 'v1', items: [pod, { ...pod, metadata: { name: 'q' } }] })).toEqual({ out: 'pod/p\npod/q\n' })
    expect(nameOf({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' } })).toBe('deployment.apps/d')
  })

  it('separates YAML documents after the first, as a watch prints them', () => {
    const yaml = printer('yaml')
    expect(yaml.print({ metadata: { name: 'a' } }).out).toBe('metadata:\n  name: a\n')
    expect(yaml.print({ metadata: { name: 'b' } }).out).toBe('---\nmetadata:\n  name: b\n')
  })

  it('prints custom-columns with one header and remembered widths', () => {
    const cc = printer('custom-columns=NAME:.metadata.name,PHASE:.status.phase')
    expect(cc.print(pod).out).toBe('NAME   PHASE\np      Running\n')
    expect(cc.print({ ...pod, metadata: { name: 'a-long-name' } }).out).toBe('a-long-name   Running\n')
    expect(printer('custom-columns=NAME:.metadata.name', { noHeaders: true }).print(pod).out).toBe('p\n')
  })

  it('reads -o custom-columns-file and -o jsonpath-file through the sandbox files', () => {
    const files: Record<string, string> = { 'cols.txt': 'NAME PHASE\n.metadata.name .status.phase\n', 'tpl.txt': '{.metadata.name}' }
    const readFile = (p: string) => files[p]
    expect(printer('custom-columns-file=cols.txt', { readFile }).print(pod).out).toBe('NAME   PHASE\np      Running\n')
    expect(printer('jsonpath-file=tpl.txt', { readFile }).print(pod).out).toBe('p')
    expect(error('jsonpath-file=nope.txt')).toBe('error reading --template nope.txt, open nope.txt: no such file or directory\n')
  })
})

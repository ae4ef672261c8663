import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../sandbox'
import { get } from '../commands/get'

// Exit codes and the split between stdout and stderr, which transcripts do not show.
describe('kubectl get results', () => {
  const sb = createSandbox()
  sb.exec('kubectl apply -f -', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: busybox:1.36\n')
  const run = (line: string) => get(line.split(' '), { cluster: sb.cluster })

  it.each([
    ['pods', 0, true, ''],
    ['pods -n kube-public', 0, false, 'No resources found in kube-public namespace.\n'],
    ['pods -A -l x=y', 0, false, 'No resources found\n'],
    ['nodes -l x=y', 0, false, 'No resources found\n'],
    ['pods nope', 1, false, 'Error from server (NotFound): pods "nope" not found\n'],
    ['pods p nope', 1, true, 'Error from server (NotFound): pods "nope" not found\n'],
    ['pods nope --ignore-not-found', 0, false, ''],
    ['foo', 1, false, 'error: the server doesn\'t have a resource type "foo"\n'],
    ['pods -o bogus', 1, false, 'error: unable to match a printer suitable for the output format "bogus", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml\n'],
    ['pods --field-selector foo=bar', 1, false, 'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "foo=bar": field label not supported: foo\n'],
    // One row is never sorted; a List of one is, and then the missing field is an error.
    ['pods --sort-by=.foo', 0, true, ''],
    ['pods -o name --sort-by=.foo', 1, false, 'error: couldn\'t find any field with path "{.foo}" in the list of objects\n'],
    ['pods --request-timeout=abc', 1, false, 'error: Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)\n'],
    ['pods --bogus', 1, false, "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n"],
    ['pods -w --request-timeout=1s', 0, true, ''],
  ])('kubectl get %s exits %d', (line, code, hasStdout, stderr) => {
    const r = run(line)
    expect(r.exitCode).toBe(code)
    expect(r.stdout !== '').toBe(hasStdout)
    expect(r.stderr).toBe(stderr)
  })

  it('prints -o yaml of one named object alone and of anything else as a List', () => {
    expect(run('pod p -o yaml').stdout).toMatch(/^apiVersion: v1\nkind: Pod\n/)
    expect(run('pods -o yaml').stdout).toMatch(/^apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\n[\s\S]*\nkind: List\nmetadata:\n  resourceVersion: ""\n$/)
    expect(run('pods p p -o json').stdout).toMatch(/^\{\n    "apiVersion": "v1",\n    "items": \[\n/)
  })

  it('runs the article\'s jsonpath verbatim', () => {
    const r = get(['pods', '-o=jsonpath={"Pod Name, Condition Initialized"}{"\\n"}{range .items[*]}{.metadata.name},{@.status.conditions[?(@.type=="Initialized")].status}{"\\n"}{end}'], { cluster: sb.cluster })
    expect(r).toEqual({ stdout: 'Pod Name, Condition Initialized\np,True\n', stderr: '', exitCode: 0 })
  })
})

// Guards the layering `ui -> lessons -> sandbox -> kubectl -> engine` and the engine's purity
// (no DOM, no real clock, no unseeded randomness), by reading the syntax tree of every file in src/.
import { describe, it, expect } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { posix } from 'node:path'
import ts from 'typescript'

type Layer = 'engine' | 'kubectl' | 'sandbox' | 'lessons' | 'ui'

/** A file to check: `path` is relative to the repository root with '/' separators (`src/engine/x.ts`). */
interface Source {
  path: string
  text: string
}

// Each layer may import only layers to its right in `ui -> lessons -> sandbox -> kubectl -> engine`.
const forbiddenLayers: Record<Layer, Layer[]> = {
  engine: ['kubectl', 'sandbox', 'lessons', 'ui'],
  kubectl: ['sandbox', 'lessons', 'ui'],
  sandbox: ['lessons', 'ui'],
  lessons: ['ui'],
  // The page reaches the engine and kubectl only through src/sandbox.ts.
  ui: ['engine', 'kubectl'],
}

// Packages that only make sense next to a DOM; the engine must run headless without mocks.
const uiPackages = [/^svelte(\/|$)/, /^monaco-editor(\/|$)/, /^monaco-yaml(\/|$)/, /^@xterm\//]

// Free identifiers that reach the browser or the real clock.
const bannedGlobals = new Set(['document', 'window', 'setTimeout', 'setInterval'])
// `Object.member` reads of the real clock or of unseeded randomness.
const bannedMembers = new Set(['Date.now', 'Math.random', 'performance.now'])
const globalObjects = new Set(['globalThis', 'self'])

// kubectl is pure too: (args, state, now) -> output, with time coming from the engine's clock.
const pureLayers = new Set<Layer>(['engine', 'kubectl'])
const codeFile = /\.(ts|mts|cts|js|mjs|cjs)$/

/** Which layer a repository path (with or without extension) belongs to, if any. */
function layerOf(path: string): Layer | null {
  const bare = path.replace(/(\.test)?\.(ts|mts|cts|js|mjs|cjs|svelte)$/, '')
  if (bare.startsWith('src/engine/')) return 'engine'
  if (bare.startsWith('src/kubectl/')) return 'kubectl'
  if (bare === 'src/sandbox' || bare.startsWith('src/sandbox/')) return 'sandbox'
  if (bare.startsWith('src/lessons/') || bare.startsWith('lessons/')) return 'lessons'
  if (bare.startsWith('src/ui/')) return 'ui'
  return null
}

/** Every module specifier in a file, with its 1-based line: static, re-export, dynamic, require and type imports. */
function importsOf(sf: ts.SourceFile): { spec: string; line: number }[] {
  const found: { spec: string; line: number }[] = []
  const add = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) found.push({ spec: node.text, line: lineOf(sf, node) })
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier)
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      add(node.moduleReference.expression)
    else if (ts.isCallExpression(node)) {
      const callee = node.expression
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require'))
        add(node.arguments[0])
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal)
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

/** Names the file binds itself (variables, parameters, functions, classes, imports), which shadow globals. */
function declaredNames(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>()
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isClassDeclaration(node) ||
        ts.isImportClause(node) || ts.isImportSpecifier(node) || ts.isNamespaceImport(node)) &&
      node.name && ts.isIdentifier(node.name)
    )
      names.add(node.name.text)
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return names
}

/** True when an identifier reads a variable, rather than naming a property, member or declaration. */
function isReference(id: ts.Identifier): boolean {
  const p = id.parent
  if (ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) return (ts.isPropertyAccessExpression(p) ? p.name : p.right) !== id
  if (
    (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) ||
      ts.isMethodDeclaration(p) || ts.isMethodSignature(p) || ts.isGetAccessorDeclaration(p) ||
      ts.isSetAccessorDeclaration(p) || ts.isEnumMember(p) || ts.isVariableDeclaration(p) ||
      ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p)) &&
    p.name === id
  )
    return false
  if ((ts.isBindingElement(p) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) && p.propertyName === id) return false
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return false
  return true
}

/** Uses of the DOM, the real clock or Math.random in one file, as `line: what` strings. */
function impureUses(sf: ts.SourceFile): string[] {
  const own = declaredNames(sf)
  const free = (node: ts.Node, name: string) => ts.isIdentifier(node) && node.text === name && !own.has(name)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && bannedGlobals.has(node.text) && !own.has(node.text) && isReference(node))
      found.push(`${lineOf(sf, node)}: uses ${node.text}`)
    else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const owner = node.expression.text
      const member = `${owner}.${node.name.text}`
      if (bannedMembers.has(member) && free(node.expression, owner)) found.push(`${lineOf(sf, node)}: uses ${member}`)
      else if (globalObjects.has(owner) && bannedGlobals.has(node.name.text) && free(node.expression, owner))
        found.push(`${lineOf(sf, node)}: uses ${member}`)
    } else if (ts.isNewExpression(node) && free(node.expression, 'Date') && !node.arguments?.length)
      found.push(`${lineOf(sf, node)}: uses new Date() (pass "now" in instead)`)
    else if (ts.isCallExpression(node) && free(node.expression, 'Date'))
      found.push(`${lineOf(sf, node)}: uses Date() (pass "now" in instead)`)
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

function lineOf(sf: ts.SourceFile, node: ts.Node): number {
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1
}

/** Every layering or purity violation in `files`, as `path:line: message` strings; empty means clean. */
function findViolations(files: Source[]): string[] {
  const out: string[] = []
  for (const file of files) {
    const layer = layerOf(file.path)
    if (!layer) continue
    if (!codeFile.test(file.path)) {
      // Golden files and recorded outputs are data, kept in testdata/ folders beside their tests.
      if (pureLayers.has(layer) && !file.path.includes('/testdata/')) out.push(`${file.path}: ${layer} holds only TypeScript, not ${posix.extname(file.path)} files`)
      continue
    }
    const sf = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true)
    for (const { spec, line } of importsOf(sf)) {
      if (spec.startsWith('.')) {
        const target = layerOf(posix.normalize(posix.join(posix.dirname(file.path), spec)))
        // A kubectl test may build its cluster through the public sandbox; kubectl code may not.
        const testUsingSandbox = layer === 'kubectl' && target === 'sandbox' && /\.test\.[cm]?[jt]s$/.test(file.path)
        if (target && forbiddenLayers[layer].includes(target) && !testUsingSandbox)
          out.push(`${file.path}:${line}: ${layer} must not import ${target} ('${spec}')`)
      } else if (pureLayers.has(layer) && uiPackages.some((p) => p.test(spec))) {
        out.push(`${file.path}:${line}: ${layer} must not import the UI package '${spec}'`)
      }
    }
    // Tests may measure real time or use timers; the code they test may not.
    if (pureLayers.has(layer) && !/\.test\.[cm]?[jt]s$/.test(file.path))
      for (const use of impureUses(sf)) out.push(`${file.path}:${use}`)
  }
  return out
}

/** Reads every file under src/ as a Source. */
function readTree(root: string): Source[] {
  return readdirSync(`${root}src`, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = `${e.parentPath}/${e.name}`
      return { path: posix.normalize(full.slice(root.length).split('\\').join('/')), text: readFileSync(full, 'utf8') }
    })
}

describe('architecture of src/', () => {
  it('has no layering or purity violations', () => {
    const root = fileURLToPath(new URL('..', import.meta.url))
    const files = readTree(root)
    expect(files.some((f) => f.path === 'src/architecture.test.ts')).toBe(true)
    expect(findViolations(files)).toEqual([])
  })
})

describe('findViolations', () => {
  const check = (path: string, text: string) => findViolations([{ path, text }])

  it('passes an empty tree and files outside any layer', () => {
    expect(findViolations([])).toEqual([])
    expect(check('src/main.ts', "import App from './ui/App.svelte'\ndocument.title = String(Date.now())")).toEqual([])
  })

  it('lets the engine import itself and its allowed packages', () => {
    const text = [
      "import type { Pod } from '../api/types'",
      "import { parse } from 'yaml'",
      "import { setup } from 'xstate'",
      "export * from './quantity'",
    ].join('\n')
    expect(check('src/engine/kubelet/pod.ts', text)).toEqual([])
  })

  it('rejects every way of importing an upper layer from the engine', () => {
    const text = [
      "import { print } from '../../kubectl/printers/table'",
      "import type { Sandbox } from '../../sandbox'",
      "export { x } from '../../lessons/load'",
      "const start = import('../../../lessons/01-first/start.yaml')",
      "type App = typeof import('../../ui/App.svelte')",
      "const ui = require('../../ui/store')",
    ].join('\n')
    expect(check('src/engine/kubelet/pod.ts', text)).toEqual([
      "src/engine/kubelet/pod.ts:1: engine must not import kubectl ('../../kubectl/printers/table')",
      "src/engine/kubelet/pod.ts:2: engine must not import sandbox ('../../sandbox')",
      "src/engine/kubelet/pod.ts:3: engine must not import lessons ('../../lessons/load')",
      "src/engine/kubelet/pod.ts:4: engine must not import lessons ('../../../lessons/01-first/start.yaml')",
      "src/engine/kubelet/pod.ts:5: engine must not import ui ('../../ui/App.svelte')",
      "src/engine/kubelet/pod.ts:6: engine must not import ui ('../../ui/store')",
    ])
  })

  it('rejects UI packages in the engine, and .svelte files there', () => {
    const text = [
      "import { mount } from 'svelte'",
      "import { writable } from 'svelte/store'",
      "import * as monaco from 'monaco-editor'",
      "import { Terminal } from '@xterm/xterm'",
    ].join('\n')
    expect(check('src/engine/x.ts', text)).toEqual([
      "src/engine/x.ts:1: engine must not import the UI package 'svelte'",
      "src/engine/x.ts:2: engine must not import the UI package 'svelte/store'",
      "src/engine/x.ts:3: engine must not import the UI package 'monaco-editor'",
      "src/engine/x.ts:4: engine must not import the UI package '@xterm/xterm'",
    ])
    expect(check('src/engine/Card.svelte', '<p>hi</p>')).toEqual([
      'src/engine/Card.svelte: engine holds only TypeScript, not .svelte files',
    ])
  })

  it('rejects the DOM, the real clock and Math.random in engine code', () => {
    const text = [
      'const el = document.body',
      "window.addEventListener('x', f)",
      'const t = Date.now()',
      'const r = Math.random()',
      'setTimeout(f, 10)',
      'const h = setInterval(f, 10)',
      'const d = new Date()',
      'const e = new Date',
      'const s = Date()',
      'globalThis.setTimeout(f, 1)',
      'const p = performance.now()',
      'const g = { document }',
    ].join('\n')
    expect(check('src/engine/runtime/process.ts', text)).toEqual([
      'src/engine/runtime/process.ts:1: uses document',
      'src/engine/runtime/process.ts:2: uses window',
      'src/engine/runtime/process.ts:3: uses Date.now',
      'src/engine/runtime/process.ts:4: uses Math.random',
      'src/engine/runtime/process.ts:5: uses setTimeout',
      'src/engine/runtime/process.ts:6: uses setInterval',
      'src/engine/runtime/process.ts:7: uses new Date() (pass "now" in instead)',
      'src/engine/runtime/process.ts:8: uses new Date() (pass "now" in instead)',
      'src/engine/runtime/process.ts:9: uses Date() (pass "now" in instead)',
      'src/engine/runtime/process.ts:10: uses globalThis.setTimeout',
      'src/engine/runtime/process.ts:11: uses performance.now',
      'src/engine/runtime/process.ts:12: uses document',
    ])
  })

  it('does not mistake comments, strings, members or local names for the banned globals', () => {
    const text = [
      '// Date.now() and Math.random() are banned here; so are setTimeout( and new Date().',
      "const why = 'the back-off window doubles; see document x'",
      'const at = new Date(now).toISOString()',
      'const parsed = Date.parse(stamp)',
      'class Clock { setTimeout(fn: () => void, ms: number) { return 1 } }',
      'clock.setTimeout(() => {}, 10)',
      'const o = { window: 3, setInterval: 4 }',
      'const w = o.window + o.setInterval',
      'for (const document of parseAllDocuments(text)) use(document)',
    ].join('\n')
    expect(check('src/engine/format/time.ts', text)).toEqual([])
  })

  it('lets engine tests use real timers but not upper layers', () => {
    const text = "import { render } from '../../ui/render'\nsetTimeout(done, 10)\nconst t = Date.now()"
    expect(check('src/engine/clock/virtualClock.test.ts', text)).toEqual([
      "src/engine/clock/virtualClock.test.ts:1: engine must not import ui ('../../ui/render')",
    ])
  })

  it('keeps kubectl below sandbox, lessons and ui', () => {
    const text = [
      "import type { Pod } from '../../engine/api/types'",
      "import { createSandbox } from '../../sandbox'",
      "import { lessons } from '../../lessons/index'",
      "import App from '../../ui/App.svelte'",
    ].join('\n')
    expect(check('src/kubectl/commands/get.ts', text)).toEqual([
      "src/kubectl/commands/get.ts:2: kubectl must not import sandbox ('../../sandbox')",
      "src/kubectl/commands/get.ts:3: kubectl must not import lessons ('../../lessons/index')",
      "src/kubectl/commands/get.ts:4: kubectl must not import ui ('../../ui/App.svelte')",
    ])
    expect(check('src/kubectl/commands/get.ts', "import { fmt } from '../ui/columns'")).toEqual([])
  })

  it('keeps sandbox.ts below lessons and ui, and lessons below ui', () => {
    const sandbox = [
      "import { run } from './kubectl/run'",
      "import { createCluster } from './engine/cluster'",
      "import { load } from './lessons/load'",
      "import type { View } from './ui/view'",
    ].join('\n')
    expect(check('src/sandbox.ts', sandbox)).toEqual([
      "src/sandbox.ts:3: sandbox must not import lessons ('./lessons/load')",
      "src/sandbox.ts:4: sandbox must not import ui ('./ui/view')",
    ])
    expect(check('src/lessons/load.ts', "import { createSandbox } from '../sandbox'\nimport '../ui/x'")).toEqual([
      "src/lessons/load.ts:2: lessons must not import ui ('../ui/x')",
    ])
    expect(check('src/ui/App.ts', "import '../lessons/load'\nimport '../sandbox'\nimport '../engine/x'\nimport '../kubectl/y'")).toEqual([
      "src/ui/App.ts:3: ui must not import engine ('../engine/x')",
      "src/ui/App.ts:4: ui must not import kubectl ('../kubectl/y')",
    ])
  })
})

// The one file that wires Monaco: its workers, the monaco-yaml language service with initlab's schema,
// and a small editor handle for Editor.svelte. Loaded only through `import('./monaco')`, so Monaco
// (about 1 MB gzip) never lands in the entry chunk.

import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import { configureMonacoYaml } from 'monaco-yaml'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import YamlWorker from './yaml.worker?worker'
import type { Locale } from '../i18n/locales'
import { manifestSchema } from './schema'

/** A marker in 1-based line/column coordinates, as the lead computes them from engine validation. */
export interface EditorMarker {
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
  severity: 'error' | 'warning'
}

/** What Editor.svelte needs from a live Monaco editor. */
export interface EditorHandle {
  /** Replaces the text unless it is already equal (so the cursor survives its own echo). */
  setValue(text: string): void
  setMarkers(markers: readonly EditorMarker[]): void
  /** Follows the page's theme switch. */
  setDark(dark: boolean): void
  /** Follows the page's text-size setting, in px. */
  setFontSize(px: number): void
  dispose(): void
}

/** Options for createEditor; callbacks are read through getters so the latest props are always used. */
export interface EditorOptions {
  value: string
  onchange: (text: string) => void
  onapply: () => void
  /** Start in the dark theme. */
  dark?: boolean
  ariaLabel?: string
}

globalThis.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
}

// monaco-yaml 5.5 still calls createWebWorker the pre-0.55 way (moduleId + createData, no worker);
// without this shim the YAML worker never starts and there are no markers, completion or hover.
type LegacyWorkerOptions = monaco.editor.IInternalWebWorkerOptions & {
  moduleId?: string
  label?: string
  createData?: unknown
}
const originalCreateWebWorker = monaco.editor.createWebWorker
monaco.editor.createWebWorker = (<T extends object>(opts: LegacyWorkerOptions) => {
  if (opts.worker) return originalCreateWebWorker<T>(opts)
  const env = globalThis.MonacoEnvironment
  const worker = Promise.resolve(env?.getWorker?.(opts.moduleId ?? 'workerMain.js', opts.label ?? '')).then((w) => {
    if (!w) throw new Error(`no worker for label ${opts.label}`)
    w.postMessage('ignore')
    w.postMessage(opts.createData)
    return w
  })
  return originalCreateWebWorker<T>({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels })
}) as typeof monaco.editor.createWebWorker

// One schema URI whatever the language: switching rebuilds the worker, so nothing stale is cached.
const schemaOptions = (locale: Locale) => ({
  schemas: [{ uri: 'https://initlab.invalid/manifest.schema.json', fileMatch: ['**/*.yaml'], schema: manifestSchema(locale) as never }],
})

let schemaLocale: Locale = 'en'
const monacoYaml = configureMonacoYaml(monaco, {
  // Offline sandbox: formatting and hover come from the schema below, never from the network.
  enableSchemaRequest: false,
  // The schema's URI is a placeholder, so a "Source:" link under each hover would lead nowhere.
  hoverSchemaSource: false,
  ...schemaOptions(schemaLocale),
})

/**
 * Switches the language of the schema's hover docs and completion details for every editor on the
 * page; Monaco's and monaco-yaml's own words ("Source:", menus) stay English.
 */
export async function setSchemaLocale(locale: Locale): Promise<void> {
  if (locale === schemaLocale) return
  schemaLocale = locale
  // update() restarts the YAML worker with the new schema and revalidates open models.
  await monacoYaml.update({ enableSchemaRequest: false, hoverSchemaSource: false, ...schemaOptions(locale) })
}

const MARKER_OWNER = 'initlab'
let modelCount = 0

const themeName = (dark: boolean): string => (dark ? 'vs-dark' : 'vs')

/** Creates a YAML editor in `host`; the caller must call `dispose` (Editor.svelte does in its effect cleanup). */
export function createEditor(host: HTMLElement, opts: EditorOptions): EditorHandle {
  modelCount += 1
  const model = monaco.editor.createModel(opts.value, 'yaml', monaco.Uri.parse(`file:///initlab/manifest-${modelCount}.yaml`))
  const editor = monaco.editor.create(host, {
    model,
    theme: themeName(opts.dark ?? false),
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    tabSize: 2,
    fontSize: 14,
    ariaLabel: opts.ariaLabel ?? 'Manifest editor (YAML)',
    fixedOverflowWidgets: true,
  })
  const subs = [
    model.onDidChangeContent(() => opts.onchange(model.getValue())),
    editor.addAction({
      id: 'initlab.apply',
      label: 'Apply manifest',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => opts.onapply(),
    }),
  ]
  return {
    setValue(text) {
      if (model.getValue() !== text) model.setValue(text)
    },
    setFontSize(px) {
      editor.updateOptions({ fontSize: px })
    },
    setDark(dark) {
      // Monaco's theme is global to the page, as the page's theme is.
      monaco.editor.setTheme(themeName(dark))
    },
    setMarkers(markers) {
      monaco.editor.setModelMarkers(model, MARKER_OWNER, markers.map((m) => ({
        startLineNumber: m.line,
        startColumn: m.column,
        endLineNumber: m.endLine,
        endColumn: m.endColumn,
        message: m.message,
        severity: m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      })))
    },
    dispose() {
      for (const s of subs) s.dispose()
      editor.dispose()
      model.dispose()
    },
  }
}

// The example manifests in lessons/examples/: the article's scenarios, offered in the editor's
// menu. Each file opens with `# title:` and `# title.zh-CN:` comment lines naming it.

export interface Example {
  /** The file name without `.yaml`, e.g. `04-init-fails-always`. */
  id: string
  title: { en: string; 'zh-CN': string }
  yaml: string
}

const files = import.meta.glob<string>('../../lessons/examples/*.yaml', { query: '?raw', import: 'default', eager: true })

/**
 * Splits a file into its `# key: value` header lines (up to the first line that is not one) and
 * the manifest after them, which is what the editor shows.
 */
export function parseExample(id: string, text: string): Example {
  const lines = text.split('\n')
  const header = new Map<string, string>()
  let i = 0
  for (let m; i < lines.length && (m = /^#\s*([\w.-]+):\s*(.*)$/.exec(lines[i])); i++) header.set(m[1], m[2].trim())
  const en = header.get('title') ?? id
  return { id, title: { en, 'zh-CN': header.get('title.zh-CN') ?? en }, yaml: lines.slice(i).join('\n') }
}

/** Every example, in file-name order. */
export const EXAMPLES: readonly Example[] = Object.entries(files)
  .map(([path, yaml]) => parseExample(path.replace(/^.*\//, '').replace(/\.yaml$/, ''), yaml))
  .sort((a, b) => a.id.localeCompare(b.id))

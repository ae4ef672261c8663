import { describe, expect, it } from 'vitest'
import { LESSONS } from '../../lessons'
import { escapeHtml, renderInline, renderMarkdown } from './markdown'

describe('renderMarkdown', () => {
  it('renders steps, code and emphasis', () => {
    const html = renderMarkdown('Intro **bold**.\n\n1. Press `Apply`.\n2. Run:\n\n   ```sh\n   kubectl get pods\n   ```\n')
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('<ol>')
    expect(html).toContain('<code>Apply</code>')
    expect(html).toContain('<code class="language-sh">kubectl get pods\n</code>')
  })

  it('shows raw HTML as text instead of rendering it', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> and <b onclick="x()">b</b>\n\n<div>block</div>\n')
    expect(html).not.toMatch(/<script|<b |<div/)
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain('&lt;div&gt;block&lt;/div&gt;')
  })

  it('keeps link text but makes no link, and loads no image', () => {
    const html = renderMarkdown('See [the docs](https://kubernetes.io/docs/) or https://example.com ![a pod](x.png)')
    expect(html).not.toContain('<a ')
    expect(html).not.toContain('href')
    expect(html).not.toContain('<img')
    expect(html).toContain('<span class="link">the docs</span>')
    expect(html).toContain('a pod')
  })

  it('puts headings below the panel own headings', () => {
    expect(renderMarkdown('# Top\n\n## Sub\n\n#### Deep')).toBe('<h4>Top</h4>\n<h5>Sub</h5>\n<h6>Deep</h6>\n')
  })

  it('escapes every special character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })

  it('renders every lesson body in both languages without raw HTML or links', () => {
    for (const lesson of LESSONS)
      for (const text of Object.values(lesson.text)) {
        const html = renderMarkdown(text.body)
        expect(html.length, lesson.folder).toBeGreaterThan(0)
        expect(html, lesson.folder).not.toMatch(/<(a|img|script|iframe|style)\b/)
      }
  })

  it('renders short texts inline, with code and no raw HTML', () => {
    expect(renderInline('Run `kubectl logs web` <i>now</i>')).toBe('Run <code>kubectl logs web</code> &lt;i&gt;now&lt;/i&gt;')
    expect(renderInline('Init:0/1 -> PodInitializing')).toBe('Init:0/1 -&gt; PodInitializing')
  })
})

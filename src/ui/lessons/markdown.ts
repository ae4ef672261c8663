// A lesson's Markdown body as HTML for the panel. Lesson files are trusted repository content, but
// the page still renders no raw HTML (it shows as text), follows no links and loads no images.

import { Marked, type Tokens } from 'marked'

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!)
}

/** Heading levels in the body start below the panel's own h2 (lesson title) and h3 (sections). */
export const HEADING_OFFSET = 3

const marked = new Marked({
  gfm: true,
  breaks: false,
  // Raw HTML is never a token: the lexer reads `<b>` as plain text, which the renderer escapes.
  tokenizer: {
    html: () => undefined,
    tag: () => undefined,
  },
  renderer: {
    // A safety net should a later marked produce html tokens some other way.
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    heading({ tokens, depth }: Tokens.Heading) {
      const level = Math.min(6, depth + HEADING_OFFSET)
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`
    },
    // Links stay in the page: their text shows, nothing navigates away from the lesson.
    link({ tokens }: Tokens.Link) {
      return `<span class="link">${this.parser.parseInline(tokens)}</span>`
    },
    image: ({ text }: Tokens.Image) => escapeHtml(text),
  },
})

/** Renders a lesson body (trusted Markdown, no raw HTML) to an HTML string; pure. */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false })
}

/** Renders one short lesson text (a goal, hint, question) with inline Markdown only, no paragraphs; pure. */
export function renderInline(markdown: string): string {
  return marked.parseInline(markdown, { async: false })
}

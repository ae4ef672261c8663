// Reads one language file of a lesson (`en.md`, `zh-CN.md`): YAML frontmatter with the title,
// summary and the texts of goals, hints and predictions by id, then the steps in Markdown.

import { parse } from 'yaml'
import { at, isMap, report, type Site } from './parseCondition'
import type { LessonText } from './types'

const KEYS = ['title', 'summary', 'goals', 'hints', 'predictions']

function text(site: Site, value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return tidyCjk(value.trim())
  report(site, 'want a non-empty text')
  return ''
}

function texts(site: Site, value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {}
  if (!isMap(value)) {
    report(site, 'want a mapping from id to text')
    return {}
  }
  return Object.fromEntries(Object.entries(value).map(([id, v]) => [id, text(at(site, id), v)]))
}

/** Splits `---\nfrontmatter\n---\nbody`; undefined when the file does not open with frontmatter. */
export function splitFrontmatter(source: string): { front: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source)
  return m ? { front: m[1], body: source.slice(m[0].length) } : undefined
}

// Han characters and CJK punctuation (full-width forms included), and the punctuation alone.
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef]/
const CJK_SPACE = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g
const SPACE_AFTER_PUNCT = /([\u3000-\u303f\uff00-\uffef]) +/g
/** A Markdown line that starts a block of its own rather than continuing a paragraph. */
const BLOCK_START = /^([-*+>#|]|\d+[.)]\s|```|~~~)/

/**
 * Drops the spaces YAML's folded text (`>-`) leaves where Chinese puts none: between two Chinese
 * characters, and after full-width punctuation.
 */
export function tidyCjk(text: string): string {
  return text.replace(CJK_SPACE, '$1').replace(SPACE_AFTER_PUNCT, '$1')
}

/**
 * Joins Markdown lines broken where Chinese puts no space (between two Chinese characters, or
 * after full-width punctuation): a browser would show the line break as one. Headings, list
 * items and code blocks are left as they are.
 */
export function joinCjkLines(markdown: string): string {
  const out: string[] = []
  let fenced = false
  for (const line of markdown.split('\n')) {
    const prev = out[out.length - 1]?.trimEnd()
    const next = line.trimStart()
    if (/^(```|~~~)/.test(next)) fenced = !fenced
    const last = prev?.slice(-1) ?? ''
    const joins =
      !fenced && prev !== undefined && !prev.trimStart().startsWith('#') && next !== '' && !BLOCK_START.test(next) &&
      (CJK_PUNCT.test(last) || (CJK.test(last) && CJK.test(next.charAt(0))))
    if (joins) out[out.length - 1] = prev + next
    else out.push(line)
  }
  return out.join('\n')
}

/** Parses a language file; problems go to `site`; undefined when its frontmatter cannot be read at all. */
export function parseText(site: Site, source: string): LessonText | undefined {
  const out: LessonText = { title: '', summary: '', goals: {}, hints: {}, predictions: {}, body: '' }
  const parts = splitFrontmatter(source)
  if (!parts) {
    report(site, 'must open with frontmatter between two "---" lines')
    return undefined
  }
  let front: unknown
  try {
    front = parse(parts.front)
  } catch (e) {
    report(site, `frontmatter is not valid YAML: ${(e as Error).message}`)
    return undefined
  }
  if (!isMap(front)) {
    report(site, 'frontmatter must be a mapping (title, summary, goals, hints, predictions)')
    return undefined
  }
  for (const k of Object.keys(front)) if (!KEYS.includes(k)) report(at(site, k), `unknown key "${k}" (known: ${KEYS.join(', ')})`)
  out.title = text(at(site, 'title'), front.title)
  out.summary = text(at(site, 'summary'), front.summary)
  out.goals = texts(at(site, 'goals'), front.goals)
  out.hints = texts(at(site, 'hints'), front.hints)
  const preds = at(site, 'predictions')
  if (front.predictions !== undefined && front.predictions !== null && !isMap(front.predictions)) report(preds, 'want a mapping from prediction id to question and choices')
  else
    for (const [id, p] of Object.entries(front.predictions ?? {})) {
      const ps = at(preds, id)
      if (!isMap(p)) {
        report(ps, 'want question and choices')
        continue
      }
      for (const k of Object.keys(p))
        if (!['question', 'choices', 'explanation'].includes(k)) report(at(ps, k), `unknown key "${k}" (known: question, choices, explanation)`)
      const entry: LessonText['predictions'][string] = { question: text(at(ps, 'question'), p.question), choices: texts(at(ps, 'choices'), p.choices) }
      if (p.explanation !== undefined) entry.explanation = text(at(ps, 'explanation'), p.explanation)
      out.predictions[id] = entry
    }
  out.body = joinCjkLines(parts.body).trim()
  if (out.body === '') report({ ...site, path: 'body' }, 'the steps (Markdown after the frontmatter) are missing')
  return out
}

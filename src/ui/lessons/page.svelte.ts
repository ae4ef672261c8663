// The page's state across its two modes, guided lessons and the free sandbox: which one is on, the
// lesson open, the editor's text, the cluster on screen and the narrow screen's tab. The engine and
// the lessons arrive later (lazy chunks) and are attached when they do; App.svelte only renders this.

import type { SharedSession } from '../share'
import { untrack } from 'svelte'
import type { Lesson, LessonProgress } from '../../lessons'
import type { Lab } from '../lab.svelte'
import type { ProgressBook } from './book.svelte'
import type { LessonPrefs, Mode } from './prefs'
import type { LessonSession } from './session.svelte'

/** The panes a narrow screen shows one at a time. */
export type Tab = 'lesson' | 'manifest' | 'cluster'

/** What the page needs from the engine chunk. */
export interface EngineParts {
  Lab: new (seed?: number) => Lab
}

/** What the page needs from the lessons chunk (src/ui/lessons/index.ts). */
export interface LessonParts {
  LESSONS: readonly Lesson[]
  ProgressBook: new () => ProgressBook
  LessonSession: new (lab: Lab, lesson: Lesson, resume?: LessonProgress) => LessonSession
  resolveLesson: (lessons: readonly Lesson[], name: string | undefined) => Lesson | undefined
  startText: (lesson: Lesson, savedEdit: string | undefined) => string
  solutionText: (lesson: Lesson) => string
}

export interface PageOptions {
  prefs: LessonPrefs
  /** Every new cluster starts with its clock stopped (`?paused`). */
  paused: boolean
  /** The free sandbox's text: its autosave, else the first example. */
  sandboxText: () => string
  /** The real time (epoch ms) an edit is stamped with. */
  now?: () => number
  /** A session from a shared link, replayed into the free sandbox's first cluster. */
  shared?: SharedSession
}

/** The page's mode, lesson, editor text and cluster, as runes. */
export class PageState {
  mode = $state<Mode>('lessons')
  lessonId = $state<string | undefined>(undefined)
  collapsed = $state(false)
  tab = $state<Tab>('manifest')
  manifest = $state('')
  /** The cluster on screen: the sandbox's, or the open lesson's. */
  lab = $state<Lab | undefined>(undefined)
  session = $state<LessonSession | undefined>(undefined)
  book = $state<ProgressBook | undefined>(undefined)
  lessons = $state.raw<readonly Lesson[] | undefined>(undefined)
  /** True when the panel should take the focus: the learner just moved to another lesson. */
  focusPanel = $state(false)
  private parts = $state.raw<LessonParts | undefined>(undefined)
  /** The lesson on screen in lessons mode (the first one when none was chosen or it is gone). */
  readonly lesson: Lesson | undefined = $derived(this.parts && this.lessons ? this.parts.resolveLesson(this.lessons, this.lessonId) : undefined)
  /** The question being asked now, if any. */
  readonly asking: string | undefined = $derived(this.session?.snapshot.pending?.id)

  private engine: EngineParts | undefined
  // The free sandbox keeps its cluster while the learner visits a lesson; each lesson gets a fresh one.
  private sandboxLab: Lab | undefined
  // Whose text the editor holds: 'sandbox' or a lesson id. A lesson's text is saved in the progress.
  private editorFor: string | undefined

  constructor(private readonly options: PageOptions) {
    const { prefs } = options
    this.mode = prefs.mode
    this.lessonId = prefs.lesson
    this.collapsed = prefs.collapsed
    this.tab = prefs.mode === 'lessons' ? 'lesson' : 'manifest'
    if (prefs.mode === 'sandbox') this.showSandboxText()
  }

  /** What to remember of this visit. */
  get prefs(): LessonPrefs {
    return { mode: this.mode, lesson: this.lessonId, collapsed: this.collapsed }
  }

  /** The tabs a narrow screen offers in this mode. */
  get tabs(): Tab[] {
    return this.mode === 'lessons' ? ['lesson', 'manifest', 'cluster'] : ['manifest', 'cluster']
  }

  /** The engine has loaded: clusters can be made. */
  attachEngine(engine: EngineParts): void {
    this.engine = engine
    this.activate()
  }

  /** The lessons have loaded: progress is read and the lesson can open. */
  attachLessons(parts: LessonParts): void {
    this.book = new parts.ProgressBook()
    this.parts = parts
    this.lessons = parts.LESSONS
    this.activate()
  }

  /** Switches between lessons and the free sandbox, each coming back as it was left. */
  setMode(next: Mode): void {
    if (this.mode === next) return
    this.mode = next
    this.tab = next === 'lessons' ? 'lesson' : this.tab === 'lesson' ? 'manifest' : this.tab
    this.activate()
  }

  /** Opens a lesson by id or folder name, in lessons mode; false when there is no such lesson. */
  openById(id: string, options: { reset?: boolean; focus?: boolean } = {}): boolean {
    const target = this.lessons?.find((l) => l.id === id || l.folder === id)
    if (!target) return false
    if (this.mode !== 'lessons') {
      this.mode = 'lessons'
      this.tab = 'lesson'
    }
    this.openLesson(target, options)
    return true
  }

  /**
   * Shows a lesson: its text in the editor (the learner's saved edit, else the start manifest) and,
   * once the engine is there, its run on a fresh cluster. The lesson already on screen keeps its run
   * unless `reset`, which also forgets its progress.
   */
  openLesson(target: Lesson, options: { reset?: boolean; focus?: boolean } = {}): void {
    const { book, parts } = this
    if (!book || !parts) return
    this.focusPanel = options.focus ?? false
    if (options.reset) book.reset(target.id)
    const saved = book.progress.lessons[target.id]
    if (this.editorFor !== target.id || options.reset) this.manifest = parts.startText(target, saved?.edit)
    this.editorFor = target.id
    this.lessonId = target.id
    if (!this.engine) return
    if (this.session?.lesson.id === target.id && !options.reset) {
      this.lab = this.session.lab
      return
    }
    this.session?.dispose()
    const lab = this.newLab()
    this.session = new parts.LessonSession(lab, target, saved)
    this.lab = lab
  }

  /** The learner's typing (the editor also reports text it was given, which is no edit). */
  edited(text: string): void {
    if (text === this.manifest) return
    this.manifest = text
    const lesson = this.lesson
    if (this.mode === 'lessons' && lesson && this.editorFor === lesson.id) this.book?.edit(lesson.id, text, (this.options.now ?? Date.now)())
  }

  /** Puts the lesson's solution in the editor (the panel has asked first) and shows the editor. */
  showSolution(): void {
    const lesson = this.lesson
    if (!lesson || !this.parts || this.mode !== 'lessons') return
    this.edited(this.parts.solutionText(lesson))
    this.tab = 'manifest'
  }

  /** After an answer: the clock plays again, and a narrow screen shows the cluster. */
  continueLesson(): void {
    this.session?.continue()
    this.tab = 'cluster'
  }

  /** Apply: `kubectl apply -f -` with the editor's text; a narrow screen then shows the cluster. */
  apply(): void {
    const lab = this.lab
    if (!lab) return
    lab.apply(this.manifest)
    if (lab.lastResult?.exitCode === 0) this.tab = 'cluster'
  }

  /** Saves what the run reports; call it from an effect, which then re-runs as goals change. */
  recordProgress(): void {
    const session = this.session
    const book = this.book
    if (!session || !book) return
    const progress = session.snapshot.progress
    untrack(() => book.record(session.lesson.id, progress))
  }

  /** A question stops the clock: the panel must be in view, wherever the learner was looking. */
  revealQuestion(): void {
    this.tab = 'lesson'
    this.collapsed = false
  }

  /** Puts the free sandbox's own text in the editor (its example menu and Reset set it directly). */
  private showSandboxText(): void {
    if (this.editorFor !== 'sandbox') this.manifest = this.options.sandboxText()
    this.editorFor = 'sandbox'
  }

  private newLab(): Lab {
    const shared = this.options.shared
    const lab = new this.engine!.Lab(shared?.seed)
    if (this.options.paused) lab.playing = false
    if (shared && this.mode === 'sandbox') {
      // Once: the link shows one moment, paused there, with the last manifest applied in the editor.
      this.options.shared = undefined
      lab.restore(shared.inputs, shared.at)
      lab.playing = false
      const applied = [...shared.inputs].reverse().find((i) => i.line === 'kubectl apply -f -' && i.stdin !== undefined)
      if (applied?.stdin !== undefined) this.manifest = applied.stdin
    }
    return lab
  }

  // Puts the current mode on screen with what has loaded so far.
  private activate(): void {
    if (this.mode === 'sandbox') {
      this.showSandboxText()
      if (this.engine) this.lab = this.sandboxLab ??= this.newLab()
      return
    }
    const lesson = this.lesson
    if (lesson) this.openLesson(lesson)
  }
}

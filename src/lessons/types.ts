// The shapes of a loaded lesson: its language-neutral data (lesson.yaml), its texts per language
// (en.md, zh-CN.md) and its manifests. The loader builds these; nothing here runs.

import type { PathStep } from './objectPath'

/** Every language a lesson must be written in. */
export const LANGUAGES = ['en', 'zh-CN'] as const
export type Language = (typeof LANGUAGES)[number]

/** Which pod(s) a condition looks at: a name, where `*` matches any run of characters. */
export interface PodRef {
  pod: string
  namespace: string
}

/** One condition of the closed vocabulary (see lessons/README.md), as the loader validated it. */
export type Condition =
  | { kind: 'status'; ref: PodRef; is: string[] }
  | { kind: 'phase'; ref: PodRef; is: string[] }
  | { kind: 'ready'; ref: PodRef; is: string[] }
  | { kind: 'spec'; ref: PodRef; path: string; steps: PathStep[]; is?: string[]; contains?: string; absent?: boolean }
  | { kind: 'restarts'; ref: PodRef; container: string; atLeast?: number; atMost?: number }
  | { kind: 'container'; ref: PodRef; container: string; last: boolean; state?: 'waiting' | 'running' | 'terminated'; reason?: string; exitCode?: number }
  | { kind: 'podCondition'; ref: PodRef; type: string; status: 'True' | 'False' | 'Unknown' }
  | { kind: 'exists' | 'absent'; objectKind: string; name: string; namespace: string }
  | { kind: 'logs'; ref: PodRef; container?: string; contains: string }
  | { kind: 'file'; ref: PodRef; container?: string; path: string; contains: string }
  | { kind: 'sawStatus'; ref: PodRef; is: string[] }
  | { kind: 'statusOrder'; ref: PodRef; statuses: string[] }
  | { kind: 'startOrder'; ref: PodRef; containers: string[] }
  | { kind: 'restartDelay'; ref: PodRef; container: string; restart: number; seconds: number; tolerance: number }
  | { kind: 'event'; reason: string; pod?: string; container?: string; type?: 'Normal' | 'Warning'; message?: string }
  | { kind: 'command'; matches?: RegExp; has: string[]; output?: string; exitCode?: number; failed?: boolean; last: boolean }
  | { kind: 'predicted'; id: string; correct: boolean }
  | { kind: 'goal'; id: string }
  | { kind: 'all' | 'any'; of: Condition[] }
  | { kind: 'not'; of: Condition }

export interface Goal {
  id: string
  when: Condition
}

export interface Hint {
  id: string
  when: Condition
  /** Virtual seconds the condition must have held without a break before the hint shows. */
  forSeconds: number
}

export interface Prediction {
  id: string
  /** Asked the first time this holds. */
  when: Condition
  choices: string[]
  answer: string
}

/** One step of the headless solution replay. */
export type SolutionStep =
  | { kind: 'apply'; file: string }
  | { kind: 'run'; line: string; stdinFile?: string }
  | { kind: 'wait'; seconds: number }
  | { kind: 'waitUntil'; until: Condition; timeoutSeconds: number }
  | { kind: 'answer'; prediction: string; choice?: string }

/** What a learner reads in one language. */
export interface LessonText {
  title: string
  summary: string
  goals: Record<string, string>
  hints: Record<string, string>
  predictions: Record<string, { question: string; choices: Record<string, string>; explanation?: string }>
  /** The steps, in Markdown. */
  body: string
}

/** One lesson, validated. */
export interface Lesson {
  /** The folder name without its number, e.g. `first-init-container`; progress is keyed by it. */
  id: string
  /** The folder name, e.g. `01-first-init-container`. */
  folder: string
  order: number
  start: {
    /** File name of the manifest the editor opens with. */
    file: string
    /** True when the lesson applies it before the learner starts. */
    applied: boolean
  }
  goals: Goal[]
  hints: Hint[]
  predictions: Prediction[]
  solution: {
    /** The manifest "show solution" puts in the editor. */
    file: string
    steps: SolutionStep[]
  }
  text: Record<Language, LessonText>
  /** Every other file of the folder (the manifests), by file name. */
  files: Record<string, string>
}

// The timeline's states as the legend and the bars name them, each with the icon that goes with its colour.

/** The states a bar can show: a segment's kind, with an exit split into completed (0) and failed. */
export const STATES = ['waiting', 'pulling', 'running', 'completed', 'failed', 'backoff'] as const
export type State = (typeof STATES)[number]

/** The icon drawn in a bar and its legend swatch. */
export const ICON: Record<State, string> = { waiting: '○', pulling: '⤓', running: '▶', completed: '✓', failed: '✕', backoff: '↻' }

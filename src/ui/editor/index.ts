// The editor's public surface for the rest of the UI; Monaco itself stays behind Editor.svelte's lazy import.
export { default as Editor } from './Editor.svelte'
export { loadSaved, AUTOSAVE_KEY } from './autosave'
export type { EditorMarker } from './monaco'

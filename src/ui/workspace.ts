// The half of the page that needs the engine, loaded with import() after the shell and the editor's
// placeholder have painted, so the entry chunk stays small.
export { Lab } from './lab.svelte'
export { lintManifests } from '../sandbox'
export { default as ClusterPane } from './cluster/ClusterPane.svelte'

// Build, dev server and unit-test settings for the whole app.
// base './' keeps every asset URL relative, so dist/ works from any sub-path of any static host.
import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'

export default defineConfig({
  base: './',
  // No svelte.config.js: Svelte 5 compiles TypeScript natively, so no preprocessor is needed.
  plugins: [svelte({ configFile: false })],
  resolve: {
    // monaco-editor >=0.56 has an exports map that hides esm/vs/*; monaco-yaml's worker still imports that path.
    alias: [{ find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: 'monaco-editor/$1' }],
  },
  // Pre-bundled up front so the dev server does not re-optimize and reload on the first editor load.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  // ES workers may code-split; the default iife format may not.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
  },
  preview: {
    host: '127.0.0.1',
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
})

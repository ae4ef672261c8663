// Build, dev server and unit-test settings for the whole app.
// base './' keeps every asset URL relative, so dist/ works from any sub-path of any static host.
import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'

export default defineConfig({
  base: './',
  // No svelte.config.js: Svelte 5 compiles TypeScript natively, so no preprocessor is needed.
  plugins: [svelte({ configFile: false })],
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

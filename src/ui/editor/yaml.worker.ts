// The YAML language-service worker, as its own module so Vite bundles it through `?worker`.
import 'monaco-yaml/yaml.worker.js'

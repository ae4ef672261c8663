// Browser entry: mounts the Svelte app and does nothing else.
import { mount } from 'svelte'
import App from './ui/App.svelte'

const target = document.getElementById('app')
if (!target) throw new Error('index.html has no #app element')
mount(App, { target })

// The cluster view's motion: cards and node groups arriving and leaving, a container's brief pop
// when its state changes. Short (under 400 ms), and none at all under prefers-reduced-motion.
import { cubicOut } from 'svelte/easing'
import type { TransitionConfig } from 'svelte/transition'

const query = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined

class Motion {
  /** Whether the visitor asked for reduced motion; follows the system setting live. */
  reduced = $state(query?.matches ?? false)

  constructor() {
    query?.addEventListener('change', (e) => (this.reduced = e.matches))
  }
}

/** The page's one reduced-motion state. */
export const motion = new Motion()

// A leaving card stays on screen while it fades, beside the card that replaced it (the same pod in
// its new node group). Until it is gone it must not answer for the pod: its identifying attributes
// are set aside (and put back should it come back before the fade ends) and it leaves the a11y tree.
const IDENTIFYING = ['data-testid', 'data-pod', 'data-node']
const setAside = new WeakMap<Element, [Element, string, string][]>()

/** Fades and lifts a card or node group in. */
export function arrive(node: Element): TransitionConfig {
  for (const [el, name, value] of setAside.get(node) ?? []) el.setAttribute(name, value)
  setAside.delete(node)
  node.removeAttribute('inert')
  node.removeAttribute('aria-hidden')
  return { duration: motion.reduced ? 0 : 220, easing: cubicOut, css: (t) => `opacity: ${t}; transform: translateY(${(1 - t) * 6}px)` }
}

/** Fades a card or node group out, as a ghost that no longer stands for its pod. */
export function leave(node: Element): TransitionConfig {
  const saved: [Element, string, string][] = []
  for (const el of [node, ...node.querySelectorAll(IDENTIFYING.map((a) => `[${a}]`).join(','))]) {
    for (const name of IDENTIFYING) {
      const value = el.getAttribute(name)
      if (value === null) continue
      saved.push([el, name, value])
      el.removeAttribute(name)
    }
  }
  setAside.set(node, saved)
  node.setAttribute('inert', '')
  node.setAttribute('aria-hidden', 'true')
  return { duration: motion.reduced ? 0 : 180, css: (t) => `opacity: ${t}` }
}

/** A brief scale on an element whose state just changed (and an optional pseudo-element moving in). */
export function pop(el: HTMLElement, arrow = false): void {
  if (motion.reduced || typeof el.animate !== 'function') return
  el.animate([{ transform: 'scale(1.07)' }, { transform: 'scale(1)' }], { duration: 260, easing: 'ease-out' })
  // The arrow into a step slides in as the token passes from the step before.
  if (arrow) el.animate([{ transform: 'translateX(-0.5em)', opacity: 0.2 }, { transform: 'none', opacity: 0.6 }], { duration: 320, easing: 'ease-out', pseudoElement: '::before' })
}

// Keyboard movement in a row of tabs (WAI-ARIA tabs pattern): arrows move and wrap, Home and End
// jump. One rule for the page's pane tabs, the cluster views and the statechart's containers.

/** The index a key moves to in a row of `count` tabs, or undefined for other keys. Up and Down count too when `upDown`. Pure. */
export function nextTab(key: string, index: number, count: number, upDown = false): number | undefined {
  if (count === 0) return undefined
  if (key === 'ArrowRight' || (upDown && key === 'ArrowDown')) return (index + 1) % count
  if (key === 'ArrowLeft' || (upDown && key === 'ArrowUp')) return (index - 1 + count) % count
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  return undefined
}

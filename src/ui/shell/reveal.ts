/** Scrolling a passage into view inside a panel with a sticky title, for the reader who just opened it. */

/** The nearest ancestor that scrolls vertically, or null. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if ((overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return null;
}

/**
 * Scrolls `target`'s scrolling ancestor so the whole target is visible below `stickyTitle` (which stays at the
 * top of that ancestor once scrolled), with a little of the text before it for context; a target taller than the
 * room left is aligned to the top of that room. Only that ancestor scrolls, never the page.
 */
export function revealBelow(target: HTMLElement, stickyTitle: HTMLElement): void {
  const scroller = scrollParent(target);
  if (!scroller) return;
  const view = scroller.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  const titleHeight = stickyTitle.offsetHeight;
  const room = scroller.clientHeight - titleHeight;
  const spare = room - box.height;
  const before = spare > 16 ? Math.min(spare / 3, 96) : 4;
  const top = box.top - view.top + scroller.scrollTop - titleHeight - before;
  scroller.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}

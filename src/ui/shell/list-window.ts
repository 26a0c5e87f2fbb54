/**
 * Which rows of a fixed-row-height list to render: those in view, a few either side, and the focused row's
 * neighbours, so that Tab and Shift+Tab always find the next row already in the document (a row scrolled to by
 * focus is rendered before the scroll event that would otherwise bring it in).
 */
export interface ListWindowInput {
  count: number;
  rowHeight: number;
  /** Height of the scrolling box, px. */
  viewport: number;
  /** Its scrollTop, px, as last reported by a scroll event. */
  offset: number;
  overscan: number;
  /** Index of the row holding focus, or null. */
  focused: number | null;
}

/** Indices of the rows to render, ascending. */
export function listWindow({ count, rowHeight, viewport, offset, overscan, focused }: ListWindowInput): number[] {
  const first = Math.max(0, Math.floor(offset / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((offset + viewport) / rowHeight) + overscan);
  const rows = new Set<number>();
  for (let i = first; i < last; i += 1) rows.add(i);
  if (focused !== null) for (let i = Math.max(0, focused - 1); i < Math.min(count, focused + 2); i += 1) rows.add(i);
  return [...rows].sort((a, b) => a - b);
}

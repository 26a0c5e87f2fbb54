/** Which labels to draw so that none covers another: a greedy pass in priority order, as map renderers do. */

/** A label's box on screen, in pixels. */
export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: LabelBox, b: LabelBox, gap: number): boolean =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/**
 * `boxes` in priority order (most important first); returns, for each, whether it is kept: a box is dropped when
 * it comes within `gap` px of one kept before it. Empty boxes (a label not laid out) are dropped.
 */
export function keepApart(boxes: readonly LabelBox[], gap = 2): boolean[] {
  const kept: LabelBox[] = [];
  return boxes.map((box) => {
    if (box.right <= box.left || box.bottom <= box.top) return false;
    if (kept.some((other) => overlaps(box, other, gap))) return false;
    kept.push(box);
    return true;
  });
}

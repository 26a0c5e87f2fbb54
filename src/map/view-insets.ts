/** The part of the map a panel or sheet covers, in pixels from each edge: the map fits and pans into the rest. */
export interface ViewInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: ViewInsets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Reads the insets now (layout may have changed since the last read: a sheet grows when a place opens). */
export type InsetsProbe = () => ViewInsets;

/** Margin kept between a fitted outbreak and the edges of the visible part (px). */
export const VIEW_MARGIN = 24;
/** Margin a selected place is kept from the edges (px): clear of the zoom buttons, the notices and the count. */
export const KEEP_IN_VIEW_MARGIN = 48;

/** A box on the map's container, in pixels. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * How far to pan (in pixels, as Leaflet's panBy takes it) so that `box` is seen: null when it already overlaps
 * the visible part of a map of `width` × `height` (the insets and a margin off), else the offset that brings its
 * centre to the centre of that part. A place is never zoomed to: the reader's zoom stays.
 */
export function panToShow(box: ScreenBox, width: number, height: number, insets: ViewInsets, margin = KEEP_IN_VIEW_MARGIN): [number, number] | null {
  const visible = { left: insets.left + margin, top: insets.top + margin, right: width - insets.right - margin, bottom: height - insets.bottom - margin };
  const seen = box.right >= visible.left && box.left <= visible.right && box.bottom >= visible.top && box.top <= visible.bottom;
  if (seen) return null;
  return [(box.left + box.right) / 2 - (visible.left + visible.right) / 2, (box.top + box.bottom) / 2 - (visible.top + visible.bottom) / 2];
}

/**
 * A canvas renderer for many circle markers of a few styles (the draft's candidates, issue 21 item 11): the dots
 * of one style are drawn as one path, one fill and one stroke, instead of Leaflet's fill and stroke per marker.
 * At 25,000 dots Leaflet's own canvas spent seconds in `fill` on a pan or a choice; here it is a few calls per
 * style. Each dot's style is named by a key (`keyOf`); every dot with a key must have been given the same options.
 * Styles are drawn in the order their keys were first seen, those `isOnTop` (the chosen dot) last. A change of a
 * few dots (a decision, a choice) redraws only the region they cover, with the dots that touch it.
 *
 * Clicks and tooltips are Leaflet's own (hit-testing is not drawing). Internals through leaflet-internals.ts.
 */
import { CanvasWithRedrawHooks, circleCentre, circleOutOfView, circlePixelBounds, circleRadius } from '../leaflet-internals';
import type L from '../leaflet';

export interface BatchedDotCanvasOptions extends L.RendererOptions {
  /** The style key of a dot (equal keys: equal options). */
  keyOf: (dot: L.Path) => string;
  /** Keys drawn after all others. */
  isOnTop: (key: string) => boolean;
}

export class BatchedDotCanvas extends CanvasWithRedrawHooks {
  private readonly keyOf: (dot: L.Path) => string;
  private readonly isOnTop: (key: string) => boolean;

  constructor(options: BatchedDotCanvasOptions) {
    super(options);
    this.keyOf = options.keyOf;
    this.isOnTop = options.isOnTop;
  }

  protected needsRedraw(): boolean {
    return true;
  }

  protected draw(region: L.Bounds | null): void {
    const ctx = this.context;
    const min = region?.min;
    if (region && min) {
      const { x, y } = region.getSize();
      ctx.save();
      ctx.clearRect(min.x, min.y, x, y);
      ctx.beginPath();
      ctx.rect(min.x, min.y, x, y);
      ctx.clip();
    } else this.clearCanvas();
    const groups = new Map<string, L.Path[]>();
    for (const dot of this.layersInOrder()) {
      if (circleOutOfView(dot)) continue;
      if (region && !circlePixelBounds(dot)?.intersects(region)) continue;
      const key = this.keyOf(dot);
      const group = groups.get(key);
      if (group) group.push(dot);
      else groups.set(key, [dot]);
    }
    const ordered = [...groups].sort(([a], [b]) => Number(this.isOnTop(a)) - Number(this.isOnTop(b)));
    for (const [, dots] of ordered) {
      ctx.beginPath();
      for (const dot of dots) {
        const { x, y } = circleCentre(dot);
        const radius = circleRadius(dot) ?? 0;
        ctx.moveTo(x + radius, y);
        ctx.arc(x, y, radius, 0, Math.PI * 2, false);
      }
      // Leaflet's defaults (fill, stroke, lineCap…) live on the options' prototype chain: keep it.
      this.fillStroke(Object.assign(Object.create(dots[0].options) as L.PathOptions, { fillRule: 'nonzero' }));
    }
    if (region && min) ctx.restore();
  }
}

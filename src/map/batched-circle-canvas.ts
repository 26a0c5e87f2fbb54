/**
 * A canvas renderer for the uncertainty circles: all circles are drawn as one path (one fill and one dashed
 * stroke per redraw, instead of Leaflet's fill + stroke per circle, a TODO in Leaflet's own Canvas._updatePoly),
 * and circles smaller on screen than `minRadius` are not drawn at all.
 *
 * Why: a province-sized dataset has ~1,000 uncertainty circles. At province zoom a county's circle is 1–2 px
 * across, entirely under its 22 px marker or cluster icon, yet each time step showed or hid a few of them and
 * Leaflet redrew and re-uploaded the whole canvas (≈ 3–4 ms of a step; bench/README.md, third pass). Below
 * `minRadius` the marker itself covers the uncertainty area and carries the "approximate" ring (styles.css), so
 * nothing is lost.
 *
 * Every circle on this renderer must share one style; the first drawn circle's options are used, with the fill
 * rule forced to nonzero so overlapping circles merge instead of cancelling out (evenodd).
 *
 * Leaflet's renderer internals are reached through leaflet-internals.ts; an e2e test checks the circles are drawn.
 */
import { CanvasWithRedrawHooks, circleCentre, circleOutOfView, circleRadius } from './leaflet-internals';
import type L from './leaflet';

export interface BatchedCircleCanvasOptions extends L.RendererOptions {
  /** Circles with a smaller radius on screen (px) are not drawn. */
  minRadius?: number;
}

export class BatchedCircleCanvas extends CanvasWithRedrawHooks {
  private readonly minRadius: number;
  /** Circles on the canvas now: when none are and none would be, a redraw leaves the canvas untouched. */
  private drawnCount = 0;

  constructor(options: BatchedCircleCanvasOptions) {
    super(options);
    this.minRadius = options.minRadius ?? 0;
  }

  /**
   * A circle too small to draw, added or removed, changes nothing on the canvas: no redraw (a time step at
   * province zoom shows and hides dozens of them). Zooming redraws through `_updatePaths`, not here.
   */
  protected needsRedraw(layer: L.Path): boolean {
    const radius = circleRadius(layer);
    return radius === undefined || radius >= this.minRadius;
  }

  /** Always a full redraw: cheaper than clipping to the changed region once drawing is a single path. */
  protected draw(): void {
    const drawable = this.drawableCircles();
    // An empty canvas is hidden: the compositor then skips it instead of re-uploading it every frame.
    this.canvasElement.style.visibility = drawable.length === 0 ? 'hidden' : '';
    if (drawable.length === 0 && this.drawnCount === 0) return;
    this.clearCanvas();
    this.drawnCount = drawable.length;
    if (drawable.length === 0) return;
    const ctx = this.context;
    ctx.beginPath();
    for (const circle of drawable) {
      const { x, y } = circleCentre(circle);
      const radius = Math.round(circleRadius(circle) ?? 0);
      ctx.moveTo(x + radius, y);
      ctx.arc(x, y, radius, 0, Math.PI * 2, false);
    }
    // Leaflet's defaults (fill, stroke, lineCap…) live on the options' prototype chain: keep it.
    this.fillStroke(Object.assign(Object.create(drawable[0].options) as L.PathOptions, { fillRule: 'nonzero' }));
  }

  private drawableCircles(): L.Path[] {
    const circles: L.Path[] = [];
    for (const circle of this.layersInOrder()) {
      if (!circleOutOfView(circle) && (circleRadius(circle) ?? 0) >= this.minRadius) circles.push(circle);
    }
    return circles;
  }
}

/**
 * A canvas renderer for the uncertainty circles: all circles are drawn as one path (one fill and one dashed
 * stroke per redraw, instead of Leaflet's fill + stroke per circle, a TODO in Leaflet's own Canvas._updatePoly),
 * and circles smaller on screen than `minRadius` are not drawn at all.
 *
 * Why: a province-sized dataset has ~1,000 uncertainty circles. At province zoom a county's circle is 1–2 px
 * across, entirely under its 22 px marker or cluster icon, yet each time step showed or hid a few of them and
 * Leaflet redrew and re-uploaded the whole canvas (≈ 3–4 ms of a step, bench/README). Below `minRadius` the
 * marker itself covers the uncertainty area and carries the "approximate" ring (styles.css), so nothing is lost.
 *
 * Every circle on this renderer must share one style; the first drawn circle's options are used, with the fill
 * rule forced to nonzero so overlapping circles merge instead of cancelling out (evenodd).
 *
 * Uses Leaflet 1.9's renderer internals (_redraw, _requestRedraw, _clear, _fillStroke, _ctx, the _drawFirst list), which are not
 * public API: leaflet is pinned in package.json, and an e2e test checks that the circles are drawn.
 */
import L from './leaflet';

interface CanvasCircle extends L.Circle {
  _point: L.Point;
  _radius: number;
  _empty(): boolean;
}

interface CanvasInternals {
  _ctx: CanvasRenderingContext2D;
  _container: HTMLCanvasElement;
  _drawFirst: { layer: CanvasCircle; next: CanvasInternals['_drawFirst'] } | null;
  _redrawBounds: L.Bounds | null;
  _redrawRequest: number | null;
  _clear(): void;
  _fillStroke(ctx: CanvasRenderingContext2D, layer: L.Path): void;
}

export interface BatchedCircleCanvasOptions extends L.RendererOptions {
  /** Circles with a smaller radius on screen (px) are not drawn. */
  minRadius?: number;
}

export class BatchedCircleCanvas extends L.Canvas {
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
  _requestRedraw(layer: L.Path): void {
    const radius = (layer as unknown as Partial<CanvasCircle>)._radius;
    if (radius !== undefined && radius < this.minRadius) return;
    (L.Canvas.prototype as unknown as { _requestRedraw(layer: L.Path): void })._requestRedraw.call(this, layer);
  }

  /** Always a full redraw: cheaper than clipping to the changed region once drawing is a single path. */
  _redraw(): void {
    const self = this as unknown as CanvasInternals;
    self._redrawRequest = null;
    self._redrawBounds = null;
    const drawable = this.drawableCircles();
    // An empty canvas is hidden: the compositor then skips it instead of re-uploading it every frame.
    self._container.style.visibility = drawable.length === 0 ? 'hidden' : '';
    if (drawable.length === 0 && this.drawnCount === 0) return;
    self._clear();
    this.drawnCount = drawable.length;
    if (drawable.length === 0) return;
    const ctx = self._ctx;
    ctx.beginPath();
    for (const circle of drawable) {
      const { x, y } = circle._point;
      const radius = Math.round(circle._radius);
      ctx.moveTo(x + radius, y);
      ctx.arc(x, y, radius, 0, Math.PI * 2, false);
    }
    // _fillStroke reads only `options`; Leaflet's defaults (fill, stroke, lineCap…) live on its prototype chain.
    const options = Object.assign(Object.create(drawable[0].options) as L.PathOptions, { fillRule: 'nonzero' });
    self._fillStroke(ctx, { options } as L.Path);
  }

  private drawableCircles(): CanvasCircle[] {
    const circles: CanvasCircle[] = [];
    for (let order = (this as unknown as CanvasInternals)._drawFirst; order; order = order.next) {
      const circle = order.layer;
      if (!circle._empty() && circle._radius >= this.minRadius) circles.push(circle);
    }
    return circles;
  }
}

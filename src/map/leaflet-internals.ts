/**
 * Every private member of Leaflet this app uses, in one place, each with what it is. Pinned: leaflet 1.9.4
 * (LEAFLET_PIN in internals-pins.ts, package.json exact); an e2e test checks that each member exists on the bundled
 * Leaflet. A Leaflet upgrade starts here: compare each member with the new source.
 */
import L from './leaflet';

/** Members read on a canvas renderer (L.Canvas). */
interface CanvasMembers {
  /** The 2D context the renderer draws on. */
  _ctx: CanvasRenderingContext2D;
  /** The renderer's <canvas> element. */
  _container: HTMLCanvasElement;
  /** Linked list of the renderer's layers in drawing order (first drawn first). */
  _drawFirst: { layer: L.Path; next: CanvasMembers['_drawFirst'] } | null;
  /** Region and frame request of a pending redraw; `_redraw` clears both. */
  _redrawBounds: L.Bounds | null;
  _redrawRequest: number | null;
  /** Clears the canvas (within `_redrawBounds` when set). */
  _clear(): void;
  /** Fills and strokes the current path with a layer's options (reads `layer.options` only). */
  _fillStroke(ctx: CanvasRenderingContext2D, layer: L.Path): void;
}

/** Members of a circle on a canvas renderer (L.Circle, projected). */
interface CircleMembers {
  /** Centre in layer pixels, set when projected. */
  _point: L.Point;
  /** Radius in layer pixels, set when projected. */
  _radius: number;
  /** True when the circle lies outside the renderer's bounds. */
  _empty(): boolean;
  /** Pixel bounds of the circle with its stroke, set when projected. */
  _pxBounds?: L.Bounds;
}

const canvasPrototype = L.Canvas.prototype as unknown as { _requestRedraw(this: L.Canvas, layer: L.Path): void };

/** A circle's centre in layer pixels (Leaflet 1.9.4 `Circle._point`, set when projected). */
export const circleCentre = (circle: L.Path): L.Point => (circle as unknown as CircleMembers)._point;
/** A circle's radius in layer pixels (`Circle._radius`, set when projected); undefined for other paths. */
export const circleRadius = (path: L.Path): number | undefined => (path as unknown as Partial<CircleMembers>)._radius;
/** True when the circle lies outside its renderer's bounds (`Circle._empty()`). */
export const circleOutOfView = (circle: L.Path): boolean => (circle as unknown as CircleMembers)._empty();
/** A circle's pixel bounds with its stroke (`Circle._pxBounds`, set when projected). */
export const circlePixelBounds = (circle: L.Path): L.Bounds | undefined => (circle as unknown as CircleMembers)._pxBounds;

/**
 * L.Canvas whose two private redraw hooks (`_requestRedraw`, called when a layer changes, and `_redraw`, run on
 * the next frame) are handed to named methods, for a renderer that decides what to redraw and how to draw itself.
 */
export abstract class CanvasWithRedrawHooks extends L.Canvas {
  /** Whether a change of `layer` needs the canvas redrawn; when not, no frame is requested for it. */
  protected abstract needsRedraw(layer: L.Path): boolean;
  /**
   * Draws the canvas after a requested redraw (it is not cleared first). `region`: the pixel region of the layers
   * that changed (Leaflet's `_redrawBounds`, whole pixels), or null when the whole canvas is to be drawn (a pan or
   * zoom); a renderer may redraw just that region.
   */
  protected abstract draw(region: L.Bounds | null): void;

  /** Leaflet 1.9.4 `Canvas._requestRedraw(layer)`: schedules a redraw of the layer's bounds on the next frame. */
  _requestRedraw(layer: L.Path): void {
    if (this.needsRedraw(layer)) canvasPrototype._requestRedraw.call(this, layer);
  }

  /** Leaflet 1.9.4 `Canvas._redraw()`: clears and redraws the requested region; here, `draw` does it all. */
  _redraw(): void {
    const self = this as unknown as CanvasMembers;
    const bounds = self._redrawBounds;
    self._redrawRequest = null;
    self._redrawBounds = null;
    this.draw(bounds?.min && bounds.max ? L.bounds(bounds.min.floor(), bounds.max.ceil()) : null);
  }

  protected get canvasElement(): HTMLCanvasElement {
    return (this as unknown as CanvasMembers)._container;
  }

  protected get context(): CanvasRenderingContext2D {
    return (this as unknown as CanvasMembers)._ctx;
  }

  protected clearCanvas(): void {
    (this as unknown as CanvasMembers)._clear();
  }

  /** Fills and strokes the current path of `context` as Leaflet would for a layer with these options. */
  protected fillStroke(options: L.PathOptions): void {
    (this as unknown as CanvasMembers)._fillStroke(this.context, { options } as L.Path);
  }

  /** The renderer's layers in drawing order. */
  protected *layersInOrder(): Generator<L.Path> {
    for (let order = (this as unknown as CanvasMembers)._drawFirst; order; order = order.next) yield order.layer;
  }
}

/** Leaflet 1.9.4 `Icon._setIconStyles(element, 'icon')`: the size, anchor and class names DivIcon gives its element. */
export function setIconStyles(icon: L.DivIcon, element: HTMLElement): void {
  (icon as unknown as { _setIconStyles(el: HTMLElement, name: string): void })._setIconStyles(element, 'icon');
}

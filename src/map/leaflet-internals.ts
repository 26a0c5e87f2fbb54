/**
 * Every private member of Leaflet this app uses, in one place, each with what it is. Pinned: leaflet 1.9.4
 * (LEAFLET_PIN in internals-pins.ts, package.json exact); an e2e test checks that each member exists on the bundled
 * Leaflet. A Leaflet upgrade starts here: compare each member with the new source.
 */
import L from './leaflet';

/** One entry of a canvas renderer's drawing-order list (`_drawFirst`, `next`). */
interface DrawOrder {
  layer: L.Path;
  next: DrawOrder | null;
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

/** A circle its renderer has projected (`_project` sets `_point` and `_radius`); other paths have neither. */
function isProjectedCircle(path: L.Path): path is L.Path & CircleMembers {
  return '_point' in path && '_radius' in path;
}

function projectedCircle(path: L.Path): L.Path & CircleMembers {
  if (!isProjectedCircle(path)) throw new Error('Not a projected Leaflet circle (Leaflet 1.9.4 Circle._point, Circle._radius)');
  return path;
}

/** A circle's centre in layer pixels (Leaflet 1.9.4 `Circle._point`, set when projected). */
export const circleCentre = (circle: L.Path): L.Point => projectedCircle(circle)._point;
/** A circle's radius in layer pixels (`Circle._radius`, set when projected); undefined for other paths. */
export const circleRadius = (path: L.Path): number | undefined => (isProjectedCircle(path) ? path._radius : undefined);
/** True when the circle lies outside its renderer's bounds (`Circle._empty()`). */
export const circleOutOfView = (circle: L.Path): boolean => projectedCircle(circle)._empty();
/** A circle's pixel bounds with its stroke (`Circle._pxBounds`, set when projected). */
export const circlePixelBounds = (circle: L.Path): L.Bounds | undefined => projectedCircle(circle)._pxBounds;

interface RedrawRequest {
  /** Leaflet 1.9.4 `Canvas._requestRedraw(layer)`: schedules a redraw of the layer's bounds on the next frame. */
  _requestRedraw(this: L.Canvas, layer: L.Path): void;
}

const hasRedrawRequest = (prototype: object): prototype is RedrawRequest => '_requestRedraw' in prototype;
const canvasPrototype: object = L.Canvas.prototype;

/**
 * L.Canvas whose two private redraw hooks (`_requestRedraw`, called when a layer changes, and `_redraw`, run on
 * the next frame) are handed to named methods, for a renderer that decides what to redraw and how to draw itself.
 */
export abstract class CanvasWithRedrawHooks extends L.Canvas {
  // Leaflet 1.9.4's private members of a canvas renderer that this class reads: `declare` types them, emits nothing.
  /** The 2D context the renderer draws on. */
  declare private _ctx: CanvasRenderingContext2D;
  /** The renderer's <canvas> element. */
  declare private _container: HTMLCanvasElement;
  /** Linked list of the renderer's layers in drawing order (first drawn first). */
  declare private _drawFirst: DrawOrder | null;
  /** Region and frame request of a pending redraw; `_redraw` clears both. */
  declare private _redrawBounds: L.Bounds | null;
  declare private _redrawRequest: number | null;
  /** Clears the canvas (within `_redrawBounds` when set). */
  declare private _clear: () => void;
  /** Fills and strokes the current path with a layer's options (reads `layer.options` only). */
  declare private _fillStroke: (ctx: CanvasRenderingContext2D, layer: { options: L.PathOptions }) => void;

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
    if (!this.needsRedraw(layer)) return;
    if (!hasRedrawRequest(canvasPrototype)) throw new Error('Leaflet 1.9.4 Canvas._requestRedraw is missing');
    canvasPrototype._requestRedraw.call(this, layer);
  }

  /** Leaflet 1.9.4 `Canvas._redraw()`: clears and redraws the requested region; here, `draw` does it all. */
  _redraw(): void {
    const bounds = this._redrawBounds;
    this._redrawRequest = null;
    this._redrawBounds = null;
    this.draw(bounds?.min && bounds.max ? L.bounds(bounds.min.floor(), bounds.max.ceil()) : null);
  }

  protected get canvasElement(): HTMLCanvasElement {
    return this._container;
  }

  protected get context(): CanvasRenderingContext2D {
    return this._ctx;
  }

  protected clearCanvas(): void {
    this._clear();
  }

  /** Fills and strokes the current path of `context` as Leaflet would for a layer with these options. */
  protected fillStroke(options: L.PathOptions): void {
    this._fillStroke(this.context, { options });
  }

  /** The renderer's layers in drawing order. */
  protected *layersInOrder(): Generator<L.Path> {
    for (let order = this._drawFirst; order; order = order.next) yield order.layer;
  }
}

interface IconStyles {
  /** Leaflet 1.9.4 `Icon._setIconStyles(element, name)`. */
  _setIconStyles(element: HTMLElement, name: string): void;
}

const hasIconStyles = (icon: L.DivIcon): icon is L.DivIcon & IconStyles => '_setIconStyles' in icon;

/** Leaflet 1.9.4 `Icon._setIconStyles(element, 'icon')`: the size, anchor and class names DivIcon gives its element. */
export function setIconStyles(icon: L.DivIcon, element: HTMLElement): void {
  if (!hasIconStyles(icon)) throw new Error('Leaflet 1.9.4 Icon._setIconStyles is missing');
  icon._setIconStyles(element, 'icon');
}

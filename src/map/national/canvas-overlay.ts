/**
 * One canvas over the map for thousands of marks, drawn by the subclass, with no DOM node per mark. The canvas
 * covers the view plus a margin, is redrawn when the view settles (moveend, resize) or when the subclass asks
 * (`requestDraw`, coalesced to one draw per frame), and follows the zoom animation with a CSS transform.
 * Only public Leaflet API is used; the zoom-animation maths are Leaflet's own (Map#_getNewPixelOrigin),
 * restated with public calls.
 *
 * Positions are projected once per CRS to world pixels at zoom 0 (`projectAll`), so a redraw costs a multiply-add
 * per mark, not a projection (the AMap CRS runs the GCJ-02 formula in its projection).
 */
import L from '../leaflet';

export interface ProjectedPoints {
  crs: L.CRS;
  x: Float64Array;
  y: Float64Array;
}

/** World pixel coordinates at zoom 0 of WGS-84 points, for the map's CRS. */
export function projectAll(crs: L.CRS, lon: ArrayLike<number>, lat: ArrayLike<number>): ProjectedPoints {
  const x = new Float64Array(lon.length);
  const y = new Float64Array(lon.length);
  for (let i = 0; i < lon.length; i += 1) {
    // An area the record could not locate has no point (NaN): it stays off the map.
    if (!Number.isFinite(lon[i]) || !Number.isFinite(lat[i])) {
      x[i] = Number.NaN;
      y[i] = Number.NaN;
      continue;
    }
    const point = crs.latLngToPoint(L.latLng(lat[i], lon[i]), 0);
    x[i] = point.x;
    y[i] = point.y;
  }
  return { crs, x, y };
}

/** The view a draw is made for: canvas pixel = world pixel at zoom 0 × scale − offset (2^zoom in Web Mercator). */
export interface DrawView {
  zoom: number;
  scale: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
}

export abstract class CanvasOverlay extends L.Layer {
  protected canvas: HTMLCanvasElement | null = null;
  protected context: CanvasRenderingContext2D | null = null;
  protected view: DrawView | null = null;
  /** Layer point of the canvas's top-left corner, and the zoom it was drawn at. */
  private topLeft = L.point(0, 0);
  private frame: number | null = null;

  constructor(private readonly paneName: string, private readonly padding = 0.25) {
    super();
  }

  /** Draws everything for `view` on a cleared canvas. */
  protected abstract draw(context: CanvasRenderingContext2D, view: DrawView): void;

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create('canvas', 'atlas-national-canvas leaflet-zoom-animated');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.pointerEvents = 'none';
    map.getPane(this.paneName)!.appendChild(canvas);
    this.canvas = canvas;
    this.context = canvas.getContext('2d');
    this.reset();
    return this;
  }

  override onRemove(): this {
    if (this.frame !== null) L.Util.cancelAnimFrame(this.frame);
    this.frame = null;
    this.canvas?.remove();
    this.canvas = null;
    this.context = null;
    this.view = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { moveend: this.reset, resize: this.reset, viewreset: this.reset, zoomanim: this.animateZoom as L.LeafletEventHandlerFn };
  }

  /** Redraw on the next animation frame (several requests in one frame draw once). */
  requestDraw(): void {
    if (this.frame !== null || !this.canvas) return;
    this.frame = L.Util.requestAnimFrame(() => {
      this.frame = null;
      this.redraw();
    });
  }

  /** Resize and re-place the canvas for the current view, then draw. */
  protected reset = (): void => {
    const map = this._map;
    if (!map || !this.canvas) return;
    const size = map.getSize();
    const margin = size.multiplyBy(this.padding).round();
    this.topLeft = map.containerPointToLayerPoint(margin.multiplyBy(-1)).round();
    const width = size.x + 2 * margin.x;
    const height = size.y + 2 * margin.y;
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    L.DomUtil.setPosition(this.canvas, this.topLeft);
    const zoom = map.getZoom();
    const origin = map.getPixelOrigin().add(this.topLeft);
    const crs = map.options.crs!;
    this.view = { zoom, scale: crs.scale(zoom) / crs.scale(0), offsetX: origin.x, offsetY: origin.y, width, height };
    this.redraw();
  };

  protected redraw(): void {
    const context = this.context;
    if (!context || !this.canvas || !this.view) return;
    const ratio = this.canvas.width / this.view.width;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, this.view.width, this.view.height);
    this.draw(context, this.view);
  }

  /** Scales the drawn canvas with the zoom animation (public-API version of Leaflet's Renderer#_updateTransform). */
  private animateZoom = (event: L.ZoomAnimEvent): void => {
    const map = this._map;
    if (!map || !this.canvas || !this.view) return;
    const scale = map.getZoomScale(event.zoom, this.view.zoom);
    const panePosition = L.DomUtil.getPosition(map.getPane('mapPane')!) ?? L.point(0, 0);
    const newOrigin = map.project(event.center, event.zoom).subtract(map.getSize().divideBy(2)).add(panePosition).round();
    const topLeftLatLng = map.unproject(L.point(this.view.offsetX, this.view.offsetY), this.view.zoom);
    const offset = map.project(topLeftLatLng, event.zoom).subtract(newOrigin);
    L.DomUtil.setTransform(this.canvas, offset, scale);
  };
}

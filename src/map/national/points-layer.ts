/**
 * City zoom: every official area shown on the day, on ONE canvas (no DOM node per area), coloured by level.
 * An area whose point is a coarse fallback is drawn as the approximate place it is, as report places are: a
 * dashed ring instead of a dot, over a light tint of the uncertainty circle of its precision (outlined, dashed,
 * when the area is selected).
 * Lifted areas are drawn faded for the fade days (AreaTimeline). A step redraws only when an area that changed
 * lies on the canvas; pan and zoom redraw through CanvasOverlay. Click, hover and the keyboard list find areas
 * with a static kd-tree over all points (kdbush), filtered by the day's states.
 */
import KDBush from 'kdbush';
import { FADED, HIGH, NOT_SHOWN, type AreaStep } from '../../national/area-timeline';
import L from '../leaflet';
import { markLatest } from '../user-timing';
import { pointRadius } from './aggregate-style';
import { CanvasOverlay, projectAll, type DrawView, type ProjectedPoints } from './canvas-overlay';
import { drawSelection, MarkSprites, UncertaintyTint } from './point-marks';

export interface PointLayerData {
  /** WGS-84 per area. */
  lon: Float64Array;
  lat: Float64Array;
  /** Radius (m) of the uncertainty circle of an area whose point is a fallback; 0 for a located point. */
  uncertaintyMetres: Float32Array;
  /** The day's state per area (AreaCursor.states), read at each draw. */
  states: Uint8Array;
}

export interface PointLayerOptions {
  pane: string;
  /** Areas at the clicked spot, nearest first (several when they share one point). */
  onSelect: (areas: number[]) => void;
  describe: (areas: number[]) => string;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** Degrees added around the view when querying the tree: the GCJ-02 display shift is under 0.01°. */
const SHIFT_MARGIN_DEG = 0.01;
const HIT_TOLERANCE_PX = 7;


export class OfficialPointLayer extends CanvasOverlay {
  private built: { tree: KDBush; ids: Int32Array } | null = null;
  private projected: ProjectedPoints | null = null;
  /** Areas shown on the canvas at the last draw (bounds of the canvas, WGS-84): a step outside needs no redraw. */
  private canvasBounds: L.LatLngBounds | null = null;
  private selected: ReadonlySet<number> = new Set();
  private readonly tooltip = L.tooltip({ direction: 'top', offset: [0, -6], className: 'atlas-national-tooltip' });
  private hoveredKey = '';
  private readonly sprites = new MarkSprites();
  /** Per canvas pixel, the stamp of the last bucket drawn there (reused between draws). */
  private occupied = new Uint32Array(0);
  private stamp = 0;
  private readonly tint = new UncertaintyTint();

  constructor(private readonly data: PointLayerData, private readonly settings: PointLayerOptions) {
    // A small margin: every pixel of this canvas is redrawn on a step that changes an area on it.
    super(settings.pane, 0.1);
  }

  /**
   * The kd-tree, built on first use (the first draw or hit test at a zoom that shows single areas), not when the
   * record comes in: building it over ~170k points took 0.1–1 s of the main thread in the task that first
   * rendered the record, while the country view never needs it.
   */
  private index(): { tree: KDBush; ids: Int32Array } {
    if (this.built) return this.built;
    const { lon, lat } = this.data;
    // Areas without a point (NaN) are not in the tree, so never drawn or hit; `ids` maps tree items to areas.
    const located: number[] = [];
    for (let i = 0; i < lon.length; i += 1) if (Number.isFinite(lon[i]) && Number.isFinite(lat[i])) located.push(i);
    const tree = new KDBush(Math.max(1, located.length));
    for (const i of located) tree.add(lon[i], lat[i]);
    if (located.length === 0) tree.add(0, 0);
    tree.finish();
    this.built = { tree, ids: Int32Array.from(located) };
    return this.built;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { ...super.getEvents(), click: this.onClick as L.LeafletEventHandlerFn, mousemove: this.onMove as L.LeafletEventHandlerFn, mouseout: this.onOut };
  }

  override onRemove(): this {
    this.onOut();
    return super.onRemove();
  }

  /** After a time step: redraw when an area that changed lies on the canvas. */
  update(step: AreaStep): void {
    const bounds = this.canvasBounds;
    if (!bounds) return;
    const { lat, lon } = this.data;
    const [south, west, north, east] = [bounds.getSouth(), bounds.getWest(), bounds.getNorth(), bounds.getEast()];
    for (const area of step.changed) {
      // NaN (no point) compares false: such an area is never on the canvas.
      if (lat[area] >= south && lat[area] <= north && lon[area] >= west && lon[area] <= east) {
        this.requestDraw();
        return;
      }
    }
  }

  setSelected(areas: Iterable<number>): void {
    this.selected = new Set(areas);
    this.requestDraw();
  }

  /** Located areas in a box (WGS-84), shown or not. */
  private inBox(west: number, south: number, east: number, north: number): number[] {
    const { tree, ids } = this.index();
    if (ids.length === 0) return [];
    return tree.range(west, south, east, north).map((item) => ids[item]);
  }

  /** Areas shown in a box (WGS-84), nearest to its centre first: the keyboard list of the areas in view. */
  areasIn(bounds: L.LatLngBounds, limit = Number.POSITIVE_INFINITY): number[] {
    const centre = bounds.getCenter();
    const ids = this.inBox(bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth())
      .filter((id) => this.data.states[id] !== NOT_SHOWN);
    const distance = (id: number) => (this.data.lon[id] - centre.lng) ** 2 + (this.data.lat[id] - centre.lat) ** 2;
    return ids.sort((a, b) => distance(a) - distance(b) || a - b).slice(0, limit);
  }

  protected draw(context: CanvasRenderingContext2D, view: DrawView): void {
    const map = this._map;
    const crs = map.options.crs!;
    if (this.projected?.crs !== crs) this.projected = projectAll(crs, this.data.lon, this.data.lat);
    const { x, y } = this.projected;
    const { states, uncertaintyMetres, lat } = this.data;
    const northWest = map.unproject(L.point(view.offsetX, view.offsetY), view.zoom);
    const southEast = map.unproject(L.point(view.offsetX + view.width, view.offsetY + view.height), view.zoom);
    this.canvasBounds = L.latLngBounds(southEast, northWest).pad(0);
    const ids = this.inBox(northWest.lng - SHIFT_MARGIN_DEG, southEast.lat - SHIFT_MARGIN_DEG, southEast.lng + SHIFT_MARGIN_DEG, northWest.lat + SHIFT_MARGIN_DEG);

    const radius = pointRadius(view.zoom);
    const pixelsPerMetreAtEquator = (view.scale * 256) / EARTH_CIRCUMFERENCE_M;
    // Buckets drawn as one path each: [faded medium, faded high, medium, high] × [located, approximate].
    const buckets: number[][] = Array.from({ length: 8 }, () => []);
    const circles = new Map<string, [number, number, number]>();
    let shown = 0;
    for (const id of ids) {
      const state = states[id];
      if (state === NOT_SHOWN) continue;
      shown += 1;
      const approximate = uncertaintyMetres[id] > 0;
      const bucket = ((state & FADED) ? 0 : 2) + ((state & 3) === HIGH ? 1 : 0) + (approximate ? 4 : 0);
      buckets[bucket].push(id);
      if (approximate && !(state & FADED)) {
        const r = (uncertaintyMetres[id] * pixelsPerMetreAtEquator) / Math.cos((lat[id] * Math.PI) / 180);
        if (r >= radius * 2) circles.set(`${x[id]},${y[id]},${uncertaintyMetres[id]}`, [x[id] * view.scale - view.offsetX, y[id] * view.scale - view.offsetY, r]);
      }
    }

    if (circles.size) this.tint.draw(context, view, circles.values());

    // Each mark is a stamp of a pre-drawn sprite: a path of thousands of arcs costs Skia's software rasteriser
    // ~10× more than as many image copies (measured: 500-900 ms vs ~60 ms per frame at 20k marks). A mark on the
    // same pixel as one of its bucket already drawn is skipped (thousands of areas share fallback points).
    const ratio = this.canvas ? this.canvas.width / view.width : 1;
    const width = Math.ceil(view.width);
    const cells = width * Math.ceil(view.height);
    if (this.occupied.length < cells) this.occupied = new Uint32Array(cells);
    buckets.forEach((bucket, b) => {
      if (!bucket.length) return;
      const sprite = this.sprites.get(b, radius, ratio);
      const size = sprite.width / ratio;
      const half = size / 2;
      this.stamp = this.stamp >= 0xfffffff0 ? 1 : this.stamp + 1;
      if (this.stamp === 1) this.occupied.fill(0);
      context.globalAlpha = b % 4 < 2 ? 0.35 : 1;
      for (const id of bucket) {
        const cx = x[id] * view.scale - view.offsetX;
        const cy = y[id] * view.scale - view.offsetY;
        const px = Math.round(cx);
        const py = Math.round(cy);
        if (px < 0 || py < 0 || px >= width || py >= view.height) continue;
        const cell = py * width + px;
        if (this.occupied[cell] === this.stamp) continue;
        this.occupied[cell] = this.stamp;
        context.drawImage(sprite, cx - half, cy - half, size, size);
      }
      context.globalAlpha = 1;
    });

    if (this.selected.size) drawSelection(context, view, { x, y, uncertaintyMetres, lat, radius, pixelsPerMetreAtEquator }, this.selected);
    context.setLineDash([]);
    // What was drawn, for the bench (areas per step): a user-timing mark, no DOM write.
    markLatest('atlas:national-draw', { layer: 'points', zoom: view.zoom, areas: shown });
  }

  /** Areas shown under a map position (within a few pixels), nearest first; all of them when they share a point. */
  areasAt(latlng: L.LatLng): number[] {
    const map = this._map;
    if (!map || !this.projected) return [];
    const zoom = map.getZoom();
    const p = map.project(latlng, zoom);
    const scale = map.options.crs!.scale(zoom) / map.options.crs!.scale(0);
    const corner = (dx: number, dy: number) => map.unproject(p.add([dx, dy]), zoom);
    const nw = corner(-HIT_TOLERANCE_PX, -HIT_TOLERANCE_PX);
    const se = corner(HIT_TOLERANCE_PX, HIT_TOLERANCE_PX);
    const { x, y } = this.projected;
    const hits = this.inBox(nw.lng - SHIFT_MARGIN_DEG, se.lat - SHIFT_MARGIN_DEG, se.lng + SHIFT_MARGIN_DEG, nw.lat + SHIFT_MARGIN_DEG)
      .filter((id) => this.data.states[id] !== NOT_SHOWN)
      .map((id) => ({ id, d: Math.hypot(x[id] * scale - p.x, y[id] * scale - p.y) }))
      .filter((hit) => hit.d <= HIT_TOLERANCE_PX)
      .sort((a, b) => a.d - b.d || a.id - b.id);
    if (!hits.length) return [];
    // The nearest mark, and every area drawn on the same spot (a shared fallback point holds hundreds).
    const nearest = hits[0].id;
    const sameSpot = (id: number) => Math.abs(x[id] - x[nearest]) * scale < 0.5 && Math.abs(y[id] - y[nearest]) * scale < 0.5;
    return hits.filter((hit) => sameSpot(hit.id)).map((hit) => hit.id);
  }

  private onClick = (event: L.LeafletMouseEvent): void => {
    const areas = this.areasAt(event.latlng);
    if (areas.length) this.settings.onSelect(areas);
  };

  private onMove = (event: L.LeafletMouseEvent): void => {
    const areas = this.areasAt(event.latlng);
    const key = areas.join(',');
    if (key === this.hoveredKey) return;
    this.hoveredKey = key;
    const map = this._map;
    map.getContainer().classList.toggle('atlas-national-hover', areas.length > 0);
    if (!areas.length) {
      this.tooltip.remove();
      return;
    }
    const content = document.createElement('span');
    content.textContent = this.settings.describe(areas);
    this.tooltip.setLatLng([this.data.lat[areas[0]], this.data.lon[areas[0]]]).setContent(content);
    if (!map.hasLayer(this.tooltip)) this.tooltip.addTo(map);
  };

  private onOut = (): void => {
    this.hoveredKey = '';
    this._map?.getContainer().classList.remove('atlas-national-hover');
    this.tooltip.remove();
  };
}

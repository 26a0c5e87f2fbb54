/**
 * Country and province zoom: one graduated circle per admin unit (prefecture or county) with areas in force,
 * at the unit's label point, with the number of areas and the colour of the highest level present
 * (aggregate-style.ts says why circles and not a choropleth). All circles on one canvas. A time step changes the
 * counts of the units its areas belong to (UnitCounts) and redraws only when one of those units is in view.
 * Click or hover hit-tests the drawn circles, topmost first.
 */
import type { UnitTotals } from '../../national/unit-counts';
import L from '../leaflet';
import { markLatest } from '../user-timing';
import { circleColour, circleRadius, countLabel } from './aggregate-style';
import { CanvasOverlay, projectAll, type DrawView, type ProjectedPoints } from './canvas-overlay';

export interface AggregateUnit {
  name: string;
  nameEn: string;
  /**
   * Label point (WGS-84), inside the unit's polygon; NaN when no source gives the unit a point. Such a unit is not
   * drawn, hit or listed in view (the caller says how many areas that leaves out), never placed at a made-up spot.
   */
  lon: number;
  lat: number;
  /**
   * The unit collecting a prefecture's areas whose address names no county: drawn beside the prefecture's label
   * point (not on it, where a county's circle may sit) with a dashed outline.
   */
  unplacedCounty?: boolean;
}

/** Offset (px) of a "county not named" circle from its prefecture's label point. */
const UNPLACED_OFFSET = 14;

export interface AggregateLayerOptions {
  pane: string;
  lang: 'zh' | 'en';
  onSelectUnit: (unit: number) => void;
  /** Tooltip text of a unit (the caller words it in the interface's language). */
  describeUnit: (unit: number) => string;
}

/** A circle as drawn, in absolute pixels at the drawn zoom, for hit-testing. */
interface DrawnCircle {
  unit: number;
  x: number;
  y: number;
  radius: number;
}

export class OfficialAggregateLayer extends CanvasOverlay {
  private projected: ProjectedPoints | null = null;
  private readonly lon: Float64Array;
  private readonly lat: Float64Array;
  /** 1 where the unit has a finite point: the only units drawn or listed. */
  private readonly placed: Uint8Array;
  private drawn: DrawnCircle[] = [];
  private drawnZoom = 0;
  /** Units drawn (or within the canvas) at the last draw: a step touching none of them needs no redraw. */
  private inCanvas = new Uint8Array(0);
  private readonly tooltip = L.tooltip({ direction: 'top', offset: [0, -8], className: 'atlas-national-tooltip' });
  private hovered = -1;

  constructor(private readonly units: readonly AggregateUnit[], private counts: UnitTotals, private settings: AggregateLayerOptions) {
    super(settings.pane);
    this.lon = Float64Array.from(units, (u) => u.lon);
    this.lat = Float64Array.from(units, (u) => u.lat);
    this.placed = Uint8Array.from(units, (u) => (Number.isFinite(u.lon) && Number.isFinite(u.lat) ? 1 : 0));
    this.inCanvas = new Uint8Array(units.length);
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { ...super.getEvents(), click: this.onClick as L.LeafletEventHandlerFn, mousemove: this.onMove as L.LeafletEventHandlerFn, mouseout: this.onOut };
  }

  override onRemove(): this {
    this.onOut();
    return super.onRemove();
  }

  /** After a time step: redraw if a unit whose count changed is (or was) on the canvas. */
  update(touched: ReadonlySet<number>): void {
    for (const unit of touched) {
      if (this.inCanvas[unit]) {
        this.requestDraw();
        return;
      }
    }
  }

  setLanguage(lang: 'zh' | 'en'): void {
    this.settings = { ...this.settings, lang };
    this.requestDraw();
  }

  /** Units with areas in force in the map's view, most areas first (the keyboard list beside the map). */
  unitsInView(): number[] {
    const map = this._map;
    if (!map) return [];
    const bounds = map.getBounds();
    const units: number[] = [];
    for (let u = 0; u < this.units.length; u += 1) if (this.placed[u] && this.counts.total(u) > 0 && bounds.contains([this.lat[u], this.lon[u]])) units.push(u);
    return units.sort((a, b) => this.counts.total(b) - this.counts.total(a));
  }

  protected draw(context: CanvasRenderingContext2D, view: DrawView): void {
    const crs = this._map.options.crs!;
    if (this.projected?.crs !== crs) this.projected = projectAll(crs, this.lon, this.lat);
    const { x, y } = this.projected;
    const visible: DrawnCircle[] = [];
    this.inCanvas.fill(0);
    for (let u = 0; u < this.units.length; u += 1) {
      if (!this.placed[u]) continue;
      const shift = this.units[u].unplacedCounty ? UNPLACED_OFFSET : 0;
      const cx = x[u] * view.scale - view.offsetX + shift;
      const cy = y[u] * view.scale - view.offsetY - shift;
      if (cx < -30 || cy < -30 || cx > view.width + 30 || cy > view.height + 30) continue;
      this.inCanvas[u] = 1;
      const count = this.counts.total(u);
      if (count > 0) visible.push({ unit: u, x: cx, y: cy, radius: circleRadius(count) });
    }
    // Largest first, so a small unit next to a big city is drawn on top of it and stays readable.
    visible.sort((a, b) => b.radius - a.radius || this.counts.total(b.unit) - this.counts.total(a.unit));
    context.lineWidth = 1.5;
    context.strokeStyle = '#ffffff';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    for (const circle of visible) {
      const level = this.counts.topLevel(circle.unit)!;
      context.beginPath();
      context.arc(circle.x, circle.y, circle.radius, 0, Math.PI * 2);
      context.globalAlpha = 0.88;
      context.fillStyle = circleColour(level);
      context.fill();
      context.globalAlpha = 1;
      context.setLineDash(this.units[circle.unit].unplacedCounty ? [3, 2] : []);
      context.stroke();
      const text = countLabel(this.counts.total(circle.unit), this.settings.lang);
      context.font = `600 ${circle.radius >= 16 ? 12 : 11}px system-ui, sans-serif`;
      context.fillStyle = '#ffffff';
      context.fillText(text, circle.x, circle.y + 0.5);
    }
    context.setLineDash([]);
    this.drawn = visible.map((c) => ({ ...c, x: c.x + view.offsetX, y: c.y + view.offsetY }));
    this.drawnZoom = view.zoom;
    // What was drawn, for the bench (first national frame; areas per step): a user-timing mark, no DOM write.
    let areas = 0;
    for (const circle of visible) areas += this.counts.total(circle.unit);
    markLatest('atlas:national-draw', { layer: 'units', zoom: view.zoom, circles: visible.length, areas });
  }

  /** The topmost drawn circle under a map position, or -1. */
  unitAt(latlng: L.LatLng): number {
    if (!this._map) return -1;
    const p = this._map.project(latlng, this.drawnZoom);
    for (let i = this.drawn.length - 1; i >= 0; i -= 1) {
      const c = this.drawn[i];
      if ((p.x - c.x) ** 2 + (p.y - c.y) ** 2 <= (c.radius + 2) ** 2) return c.unit;
    }
    return -1;
  }

  private onClick = (event: L.LeafletMouseEvent): void => {
    const unit = this.unitAt(event.latlng);
    if (unit >= 0) this.settings.onSelectUnit(unit);
  };

  private onMove = (event: L.LeafletMouseEvent): void => {
    const unit = this.unitAt(event.latlng);
    if (unit === this.hovered) return;
    this.hovered = unit;
    const map = this._map;
    map.getContainer().classList.toggle('atlas-national-hover', unit >= 0);
    if (unit < 0) {
      this.tooltip.remove();
      return;
    }
    const content = document.createElement('span');
    content.textContent = this.settings.describeUnit(unit);
    this.tooltip.setLatLng([this.lat[unit], this.lon[unit]]).setContent(content);
    if (!map.hasLayer(this.tooltip)) this.tooltip.addTo(map);
  };

  private onOut = (): void => {
    this.hovered = -1;
    this._map?.getContainer().classList.remove('atlas-national-hover');
    this.tooltip.remove();
  };

  setCounts(counts: UnitTotals): void {
    this.counts = counts;
    this.requestDraw();
  }
}

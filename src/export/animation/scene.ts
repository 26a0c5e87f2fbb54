/**
 * What a view hands the animation export: a scene of shapes per day in WGS-84 lon/lat, plus the words and numbers
 * drawn around it. The export reads only this, so any view (the outbreak views, the national view, a later shared
 * view core) plugs in by providing one object, and a frame never depends on the screen or on the DOM.
 */

/** A ring or line of [lon, lat]. */
export type LonLatRing = ReadonlyArray<readonly [number, number]>;

export interface StrokeStyle {
  colour: string;
  width: number;
  opacity: number;
  /** Canvas line dash in px; absent = solid. */
  dash?: readonly number[];
}

export type SceneShape =
  /** A polygon (outer ring first, then holes) or several: a county-wide measure, a basemap outline. */
  | { type: 'polygon'; rings: readonly LonLatRing[]; stroke: StrokeStyle | null; fill: string | null; fillOpacity: number }
  /** A circle of a radius in metres on the ground: the dashed uncertainty circle of a coarse place. */
  | { type: 'circle'; at: readonly [number, number]; radiusMetres: number; stroke: StrokeStyle; fill: string | null; fillOpacity: number }
  /** A marker: an SVG path in a 20×20 box (src/map/style.ts), a dashed ring around it when the place is coarse. */
  | { type: 'marker'; at: readonly [number, number]; path: string; colour: string; opacity: number; dashedRing: boolean }
  /** A dot of a radius in px (the national view's circles per unit), optionally a dashed ring and a number in it. */
  | { type: 'dot'; at: readonly [number, number]; radiusPx: number; colour: string; opacity: number; dashedRing: boolean; label?: string }
  /** A dot of a radius in px with its own fill and stroke: a draft candidate (hollow while pending, filled once accepted). */
  | { type: 'ring'; at: readonly [number, number]; radiusPx: number; fill: string; fillOpacity: number; stroke: StrokeStyle };

export interface LegendEntry {
  label: string;
  colour: string;
  /** A marker shape (SVG path in 20×20), else a filled swatch. */
  path?: string;
}

export interface DayBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** A map view: the area shown and the map's zoom there (which aggregation the national map draws, how big a dot is). */
export interface MapView {
  bounds: DayBounds;
  /** Leaflet zoom level; null = the zoom at which the bounds fill the frame. */
  zoom: number | null;
}

/** What every view provides to be exported: the words and numbers around the frame's body. */
interface SourceCommon {
  /** File name stem: the view's id, e.g. `anyang`, `china`. */
  readonly id: string;
  readonly title: string;
  /** The view's whole period, inclusive. */
  readonly period: { readonly first: number; readonly last: number };
  /** The day the view shows now (the PNG's day). */
  readonly day: number;
  /** Days per second the view plays at now. */
  readonly speed: number;
  /** A link that reopens the view. */
  readonly deepLink: string;
  /** Data sources, one credit line each. */
  readonly sources: readonly string[];
  readonly legend: readonly LegendEntry[];
  /** Values per day from `period.first` (null = no data that day), for the mini histogram; empty = none drawn. */
  readonly histogram: ReadonlyArray<number | null>;
  /** ISO date for file names and metadata (a calendar date even when the view counts days since the first case). */
  isoDate(day: number): string;
  /** The date in large type, e.g. "2022-01-10" or "2022-01-10 · day 3". */
  dateLabel(day: number): string;
  /** The day's totals in words, e.g. "12 places on the map". */
  totals(day: number): string;
}

/** A map view (an outbreak, the national view, an episode): shapes per day in lon/lat over a basemap. */
export interface MapAnimationSource extends SourceCommon {
  readonly kind?: 'map';
  /** The area of the whole view (its fit), the default framing. */
  readonly bounds: DayBounds;
  /** The map's pan and zoom on screen when the export opened (absent when the map shows the whole view). */
  readonly currentView?: MapView;
  /** The basemap drawn under every frame; offline outlines, as tiles cannot be drawn into a canvas here. */
  readonly basemap: { readonly shapes: readonly SceneShape[]; readonly attribution: string };
  /**
   * The shapes of the day in a framing (the area shown and the map zoom), bottom first: the national view draws
   * provinces, prefectures, counties or single areas by zoom, as its map does. May move the source's own timeline
   * model; never the view's.
   */
  scene(day: number, view: { bounds: DayBounds; zoom: number }): readonly SceneShape[];
}

/** A chart view (the comparison of outbreaks): the chart of the day, its cursor on the day. */
export interface ChartAnimationSource extends SourceCommon {
  readonly kind: 'chart';
  /** Credit for how the chart is drawn (no basemap): metadata's "Copyright" line. */
  readonly attribution: string;
  chart(day: number): ChartScene;
}

export type AnimationSource = MapAnimationSource | ChartAnimationSource;

/** A chart's contents in shares of its plot box (x: 0 left .. 1 right, y: 0 top .. 1 bottom). */
export interface ChartScene {
  /** One polyline per series; a null breaks the line (a day without data). */
  lines: ReadonlyArray<{ colour: string; dash: readonly number[]; points: ReadonlyArray<readonly [number, number] | null> }>;
  /** The cursor's x and a dot per series where it crosses the cursor (null: no value that day). */
  cursor: { x: number; dots: ReadonlyArray<{ colour: string; y: number } | null> };
  xTicks: ReadonlyArray<{ at: number; label: string }>;
  yTicks: ReadonlyArray<{ at: number; label: string }>;
  xLabel: string;
  yLabel: string;
  /** A line of text per series at the cursor (its name, date and value), in the series' colour. */
  readouts: ReadonlyArray<{ colour: string; dash: readonly number[]; text: string }>;
}

/** The basemap's credit, or the chart's: what the credits line and the metadata name besides the data sources. */
export function attributionOf(source: AnimationSource): string {
  return source.kind === 'chart' ? source.attribution : source.basemap.attribution;
}

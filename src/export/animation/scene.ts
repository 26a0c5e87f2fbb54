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
  | { type: 'dot'; at: readonly [number, number]; radiusPx: number; colour: string; opacity: number; dashedRing: boolean; label?: string };

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

/** What a view provides to be exported. Days are calendar day numbers (src/timeline/days.ts) or aligned days. */
export interface AnimationSource {
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
  /** The area every frame shows (fixed for the whole export, so frames are comparable). */
  readonly bounds: DayBounds;
  /** The basemap drawn under every frame; offline outlines, as tiles cannot be drawn into a canvas here. */
  readonly basemap: { readonly shapes: readonly SceneShape[]; readonly attribution: string };
  /** Data sources, one credit line each. */
  readonly sources: readonly string[];
  readonly legend: readonly LegendEntry[];
  /** Values per day from `period.first` (null = no data that day), for the mini histogram. */
  readonly histogram: ReadonlyArray<number | null>;
  /** ISO date for file names and metadata (a calendar date even when the view counts days since the first case). */
  isoDate(day: number): string;
  /** The date in large type, e.g. "2022-01-10" or "2022-01-10 · day 3". */
  dateLabel(day: number): string;
  /** The day's totals in words, e.g. "12 places on the map". */
  totals(day: number): string;
  /** The shapes of the day, bottom first. May move the source's own timeline model; never the view's. */
  scene(day: number): readonly SceneShape[];
}

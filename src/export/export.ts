/**
 * The features on the map at the current date and filters, as GeoJSON or CSV (pure; the UI downloads the text).
 * Each place says how precisely it is located (precision, the radius within which it lies, the geometry's source
 * and note) and why it is there (every event with its quote and flag); the file says which view it is (date,
 * outbreak, filters, the link that reopens it). Curator texts are written in both languages.
 */
import type { LocalizedText, OutbreakFeature } from '../data/schema';
import type { FeatureState } from '../time/feature-state';

export interface ExportRow {
  outbreakId: string;
  feature: OutbreakFeature;
  state: FeatureState;
  /** The calendar date the row's state is for (days since first case differ in date per outbreak). */
  date: string;
  /** Radius (m) within which a place known only to its village, township, county or city lies; null otherwise. */
  uncertaintyRadiusMetres: number | null;
}

/** Which view the file holds. */
export interface ExportView {
  /** The day as the view names it: an ISO date, or "day N" since each outbreak's first case. */
  day: string;
  alignment: 'calendar' | 'first-case';
  /** Outbreak id, or "all". */
  outbreak: string;
  filters: { kinds: readonly string[]; statuses: readonly string[]; precisions: readonly string[]; search: string; showLifted: boolean };
  /** The address that reopens this view. */
  link: string;
}

/** How to read a place's precision; `radius` names the field that gives the radius in this format. */
const precisionNote = (radius: string) => 'precision: how well the geometry locates the place (exact, neighbourhood, village, township, county, city). '
  + 'A point of village precision or coarser is not the place itself but a point standing for the area it is known to lie in '
  + `(a county's point, a township's centre, a city's centre): the place lies within ${radius} metres of it. `
  + 'Several places known only to the same area share one point.';
const SOURCE_NOTE = 'Outbreak Atlas: places and dates from five Chinese news reports; each event quotes its report verbatim.';

const filtersText = ({ kinds, statuses, precisions, search, showLifted }: ExportView['filters']) =>
  [`kinds=${kinds.join(',') || 'all'}`, `statuses=${statuses.join(',') || 'all'}`, `precisions=${precisions.join(',') || 'all'}`,
    `search=${search}`, `lifted measures shown=${showLifted ? 'yes' : 'no'}`].join('; ');

const roundRadius = (radius: number | null) => (radius === null ? null : Math.round(radius));

export function toGeoJson(rows: readonly ExportRow[], view: ExportView): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    // A foreign member (RFC 7946 §6.1): what the file holds and how to read its precision.
    properties: {
      title: 'Outbreak Atlas export: the places on the map',
      day: view.day, alignment: view.alignment, outbreak: view.outbreak, filters: view.filters, link: view.link,
      precisionNote: precisionNote('uncertaintyRadiusMetres'), source: SOURCE_NOTE,
    },
    features: rows.map(({ outbreakId, feature, state, date, uncertaintyRadiusMetres }) => ({
      type: 'Feature',
      geometry: feature.geometry,
      properties: {
        ...feature.properties, outbreak: outbreakId, dateOnMap: date, statusOnDate: state.status, phaseOnDate: state.phase,
        uncertaintyRadiusMetres: roundRadius(uncertaintyRadiusMetres),
      },
    })),
  });
}

const CSV_COLUMNS = [
  'id', 'outbreak', 'name', 'nameEn', 'kind', 'dateOnMap', 'statusOnDate', 'phaseOnDate', 'precision', 'uncertainty_radius_m',
  'county', 'township', 'lon', 'lat', 'geometrySource', 'geometryNote_zh', 'geometryNote_en', 'flag_zh', 'flag_en',
  'events', 'event_quotes', 'event_flags_zh', 'event_flags_en',
] as const;

function csvCell(value: string): string {
  // Quote every cell, and defuse spreadsheet formulas (=, +, -, @ at the start) from data text.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const zh = (text: LocalizedText | undefined) => text?.zh ?? '';
const en = (text: LocalizedText | undefined) => text?.en ?? '';

/** CSV with a header of `#` lines (the view, how to read precision), then one row per place; a BOM for Excel. */
export function toCsv(rows: readonly ExportRow[], view: ExportView): string {
  const header = [
    '# Outbreak Atlas export: the places on the map',
    `# day: ${view.day}${view.alignment === 'first-case' ? ' (days since each outbreak\'s first case; dateOnMap gives each row\'s date)' : ''}`,
    `# outbreak: ${view.outbreak}`,
    `# filters: ${filtersText(view.filters)}`,
    `# link: ${view.link}`,
    `# ${precisionNote('uncertainty_radius_m')}`,
    `# ${SOURCE_NOTE}`,
  ];
  const lines = [...header, CSV_COLUMNS.join(',')];
  for (const { outbreakId, feature, state, date, uncertaintyRadiusMetres } of rows) {
    const p = feature.properties;
    const [lon, lat] = feature.geometry.type === 'Point' ? feature.geometry.coordinates.map(String) : ['', ''];
    const radius = roundRadius(uncertaintyRadiusMetres);
    const when = (e: (typeof p.events)[number]) => `${e.date}${e.time ? ` ${e.time}` : ''}`;
    const flagged = p.events.filter((e) => e.flag);
    const values = [
      p.id, outbreakId, p.name, p.nameEn, p.kind, date, state.status ?? '', state.phase, p.precision, radius === null ? '' : String(radius),
      p.admin.county, p.admin.township ?? '', lon, lat, p.geometrySource, zh(p.geometryNote), en(p.geometryNote), zh(p.flag), en(p.flag),
      p.events.map((e) => `${when(e)} ${e.status}`).join('; '),
      p.events.map((e) => `${when(e)} ${e.status}: ${e.quote}`).join('\n'),
      flagged.map((e) => `${when(e)}: ${zh(e.flag)}`).join('\n'),
      flagged.map((e) => `${when(e)}: ${en(e.flag)}`).join('\n'),
    ];
    lines.push(values.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

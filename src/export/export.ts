/** The features on the map at the current date and filters, as GeoJSON or CSV (pure; the UI downloads the text). */
import type { OutbreakFeature } from '../data/schema';
import type { FeatureState } from '../timeline/state';

export interface ExportRow {
  outbreakId: string;
  feature: OutbreakFeature;
  state: FeatureState;
}

export function toGeoJson(rows: readonly ExportRow[], dateLabel: string): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    date: dateLabel,
    features: rows.map(({ outbreakId, feature, state }) => ({
      type: 'Feature',
      geometry: feature.geometry,
      properties: { ...feature.properties, outbreak: outbreakId, statusOnDate: state.status, phaseOnDate: state.phase },
    })),
  });
}

const CSV_COLUMNS = ['id', 'outbreak', 'name', 'nameEn', 'kind', 'statusOnDate', 'phaseOnDate', 'precision', 'county', 'township', 'lon', 'lat', 'geometrySource', 'events'] as const;

function csvCell(value: string): string {
  // Quote every cell, and defuse spreadsheet formulas (=, +, -, @ at the start) from data text.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const { outbreakId, feature, state } of rows) {
    const p = feature.properties;
    const [lon, lat] = feature.geometry.type === 'Point' ? feature.geometry.coordinates.map(String) : ['', ''];
    const events = p.events.map((e) => `${e.date}${e.time ? ` ${e.time}` : ''} ${e.status}`).join('; ');
    const values = [p.id, outbreakId, p.name, p.nameEn, p.kind, state.status ?? '', state.phase, p.precision, p.admin.county, p.admin.township ?? '', lon, lat, p.geometrySource, events];
    lines.push(values.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * A trip check's result as CSV: a header that says the query, how distances were measured, the days without a
 * list and the sources; then one row per place, nearest first, with its precision and where its point comes from.
 */
import { csvCell } from '../export/csv';
import { areaKeyOfAddress } from '../official/area-key';
import { isoOfDay } from '../core/calendar-day';
import { nameOf, type TripResult } from './trip-check';

const COLUMNS = [
  'rank', 'match', 'distance_km', 'source', 'name', 'levels', 'days_in_force', 'runs_in_force', 'precision',
  'uncertainty_m', 'lat', 'lon', 'location_basis', 'record',
] as const;

const runText = ([first, last]: [number, number]) => (first === last ? isoOfDay(first) : `${isoOfDay(first)}..${isoOfDay(last)}`);

export interface TripCsvCredits {
  /** Credit line of the official record (src/official/credit.ts). */
  official: string;
  /** Credit line of the report places (the reports and the gazetteer their points come from). */
  reports: string;
}

export function tripCsv(result: TripResult, credits: TripCsvCredits): string {
  const { query } = result;
  const header = [
    `# Trip check: places within ${query.radiusKm} km of ${query.lat.toFixed(5)},${query.lon.toFixed(5)} (lat,lon WGS-84) in force at any time from ${isoOfDay(query.from)} to ${isoOfDay(query.to)} (China calendar days)`,
    '# Distances: Turf on WGS-84, to the point, or to the polygon edge (0 inside). match=possibly: the point lies beyond the radius but the place is known only to a coarse parent whose uncertainty circle reaches it.',
    result.missingLists.length
      ? `# No national list on ${result.missingLists.length} day(s) of the range (no data, not no risk): ${result.missingLists.map((m) => `${isoOfDay(m.day)}${m.high && m.medium ? '' : m.high ? ' (high list)' : ' (medium list)'}`).join(', ')}`
      : '# A national list exists for every day of the range.',
    `# Sources: ${credits.official}; ${credits.reports}`,
    `# ${result.hits.length === 0 ? 'No place in force within the radius in the range.' : `${result.hits.length} place(s).`}`,
  ];
  const lines = [...header, COLUMNS.join(',')];
  result.hits.forEach((hit, i) => {
    const official = hit.place.source === 'official' ? hit.place.area : null;
    const report = hit.place.source === 'report' ? hit.place.place : null;
    const [lon, lat] = official ? [official.lon, official.lat] : report!.geometry.type === 'Point' ? report!.geometry.coordinates : ['', ''];
    const values = [
      String(i + 1), hit.match, hit.distanceKm.toFixed(3),
      official ? 'official list' : `report:${report!.outbreakId}`,
      nameOf(hit), hit.levels.join(' '), String(hit.daysInForce), hit.runs.map(runText).join('; '),
      official ? official.precision : report!.precision, String(Math.round(hit.uncertaintyMetres)),
      String(lat), String(lon),
      official ? official.precisionRule : report!.geometrySource,
      official ? `official:${areaKeyOfAddress(official.address)}` : report!.featureId,
    ];
    lines.push(values.map(csvCell).join(','));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

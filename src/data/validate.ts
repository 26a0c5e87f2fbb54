/**
 * Every rule the curated data must pass, as a pure function so the CLI (`npm run validate`) and the tests
 * (which feed it broken fixtures) share one implementation. Each problem names file, feature id and JSON path.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { ERA_REASON, isEraDate } from './era';
import { compareEvents } from './event-order';
import { AREA_KINDS } from './area-kinds';
import type { Gazetteer } from './gazetteer';
import { squashWhitespace } from './quote';
import { outbreakFileSchema, REVIEWER_SOURCE, UNTRANSLATED_ZH, type LocalizedText, type OutbreakFile } from './schema';

export { squashWhitespace };

export interface Problem {
  file: string;
  featureId?: string;
  path: string;
  message: string;
}

export interface ValidationInput {
  file: string;
  /** Parsed JSON of the outbreak file, not yet checked. */
  json: unknown;
  /** Report text keyed by the `outbreak.report` path. */
  reportText: (reportPath: string) => string | undefined;
  /** Whether a seed of that file name is in ../shared/seeds; absent when that folder is not there to ask. */
  seedExists?: (name: string) => boolean;
}

export function quoteIsInReport(quote: string, squashedReport: string): boolean {
  const squashed = squashWhitespace(quote);
  return squashed.length > 0 && squashedReport.includes(squashed);
}

function jsonPath(parts: PropertyKey[]): string {
  return parts.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : `${acc}.${String(part)}`), '$');
}

export function validateOutbreakFile(input: ValidationInput, gazetteer: Gazetteer): Problem[] {
  const { file } = input;
  const parsed = outbreakFileSchema.safeParse(input.json);
  if (!parsed.success) {
    const features = (input.json as { features?: Array<{ properties?: { id?: string } }> })?.features;
    return parsed.error.issues.map((issue) => {
      const featureIndex = issue.path[0] === 'features' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
      return {
        file,
        featureId: featureIndex === undefined ? undefined : features?.[featureIndex]?.properties?.id,
        path: jsonPath(issue.path),
        message: issue.message,
      };
    });
  }
  return [
    ...checkSemantics(file, parsed.data, input.reportText(parsed.data.outbreak.report), gazetteer),
    ...eraAndSeedProblems(file, parsed.data, input.seedExists),
  ];
}

/** Every date inside the era the atlas records (era.ts), and the seed the file names present in ../shared/seeds. */
function eraAndSeedProblems(file: string, data: OutbreakFile, seedExists: ValidationInput['seedExists']): Problem[] {
  const problems: Problem[] = [];
  const { outbreak } = data;
  const check = (path: string, date: string, featureId?: string) => {
    if (!isEraDate(date)) problems.push({ file, featureId, path, message: `date ${date} is outside ${ERA_REASON}` });
  };
  check('$.outbreak.period.start', outbreak.period.start);
  check('$.outbreak.period.end', outbreak.period.end);
  outbreak.caseCounts?.forEach((count, i) => check(`$.outbreak.caseCounts[${i}].date`, count.date));
  data.features.forEach((feature, i) => feature.properties.events.forEach((event, j) => check(`$.features[${i}].properties.events[${j}].date`, event.date, feature.properties.id)));
  if (seedExists && !outbreak.source.startsWith('draft:') && !seedExists(outbreak.source)) {
    problems.push({ file, path: '$.outbreak.source', message: `source ${outbreak.source} names no seed in ../shared/seeds` });
  }
  return problems;
}

/** Every reader-facing text of a file with its JSON path: the schema checks each has zh and en. */
export function localizedTexts(data: OutbreakFile): Array<{ path: string; featureId?: string; text: LocalizedText }> {
  const texts: Array<{ path: string; featureId?: string; text: LocalizedText }> = [];
  const add = (path: string, text: LocalizedText | undefined, featureId?: string) => {
    if (text) texts.push({ path, featureId, text });
  };
  const { outbreak } = data;
  add('$.outbreak.yearEvidence', outbreak.yearEvidence);
  outbreak.notes?.forEach((note, i) => add(`$.outbreak.notes[${i}]`, note));
  outbreak.caseCounts?.forEach((count, i) => add(`$.outbreak.caseCounts[${i}].flag`, count.flag));
  outbreak.undatedPlaces?.forEach((place, i) => add(`$.outbreak.undatedPlaces[${i}].reason`, place.reason));
  data.features.forEach((feature, i) => {
    const { id, geometryNote, flag, events } = feature.properties;
    add(`$.features[${i}].properties.geometryNote`, geometryNote, id);
    add(`$.features[${i}].properties.flag`, flag, id);
    events.forEach((event, j) => {
      add(`$.features[${i}].properties.events[${j}].flag`, event.flag, id);
      add(`$.features[${i}].properties.events[${j}].note`, event.note, id);
    });
  });
  return texts;
}

function checkSemantics(file: string, data: OutbreakFile, report: string | undefined, gazetteer: Gazetteer): Problem[] {
  const problems: Problem[] = [];
  const { outbreak } = data;
  const add = (path: string, message: string, featureId?: string) => problems.push({ file, featureId, path, message });
  if (report === undefined) add('$.outbreak.report', `report text ${outbreak.report} not found`);
  if (outbreak.source.startsWith('draft:')) add('$.outbreak.source', 'a draft from npm run ingest: review it and name its seed before it joins the curated data');
  const pending = data.features.filter((f) => f.properties.review !== undefined && f.properties.review !== 'accepted');
  for (const feature of pending) add(`$.features[${data.features.indexOf(feature)}].properties.review`, `review is ${feature.properties.review}: only reviewed features belong in geo/outbreaks`, feature.properties.id);
  for (const { path, featureId, text } of localizedTexts(data)) {
    if (text.zh === UNTRANSLATED_ZH) add(`${path}.zh`, 'zh is the placeholder of a draft: translate the English text', featureId);
  }
  const squashedReport = squashWhitespace(report ?? '');
  const { start, end } = outbreak.period;
  if (start > end) add('$.outbreak.period', `period starts ${start} after it ends ${end}`);

  outbreak.caseCounts?.forEach((count, i) => {
    if (report !== undefined && !quoteIsInReport(count.quote, squashedReport)) add(`$.outbreak.caseCounts[${i}].quote`, 'quote not found in report text');
    if (count.date < start || count.date > end) add(`$.outbreak.caseCounts[${i}].date`, `date ${count.date} outside period ${start}..${end}`);
  });
  outbreak.undatedPlaces?.forEach((place, i) => {
    if (report !== undefined && !quoteIsInReport(place.quote, squashedReport)) add(`$.outbreak.undatedPlaces[${i}].quote`, 'quote not found in report text');
  });

  data.features.forEach((feature, i) => {
    const { id, events, geometrySource, kind, admin } = feature.properties;
    const base = `$.features[${i}]`;
    let opened = false;
    events.forEach((event, j) => {
      const at = `${base}.properties.events[${j}]`;
      // One coding for all files (geo/README): a site said to be still working is in-use, not a mere mention.
      if (event.status === 'reported' && opened) add(`${at}.status`, 'reported after the site was opened or in use: code a statement that it was still working as in-use', id);
      if (event.status === 'opened' || event.status === 'in-use') opened = true;
      else if (event.status === 'closed' || event.status === 'lifted') opened = false;
      if (report !== undefined && !quoteIsInReport(event.quote, squashedReport)) add(`${at}.quote`, 'quote not found in report text', id);
      if (event.date < start || event.date > end) add(`${at}.date`, `date ${event.date} outside period ${start}..${end}`, id);
      const previous = events[j - 1];
      if (previous && compareEvents(previous, event) > 0) {
        add(`${at}.date`, `events out of order: ${event.date} comes after ${previous.date}`, id);
      }
    });

    if (geometrySource === REVIEWER_SOURCE) {
      // Placed by a reviewer: nothing derives the point, so it must be a point and say what it rests on.
      if (feature.geometry.type !== 'Point' || AREA_KINDS.has(kind)) add(`${base}.geometry`, `a place placed by the reviewer must be a point of a point kind (kind ${kind}, geometry ${feature.geometry.type})`, id);
      if (!feature.properties.geometryNote) add(`${base}.properties.geometryNote`, 'placed by the reviewer: geometryNote must say what the placement rests on', id);
    }
    const expected = geometrySource === REVIEWER_SOURCE ? feature.geometry : gazetteer.geometryFor(geometrySource, AREA_KINDS.has(kind));
    if (!expected) {
      add(`${base}.properties.geometrySource`, `geometrySource ${geometrySource} names no shipped record`, id);
      return;
    }
    if (JSON.stringify(expected) !== JSON.stringify(feature.geometry)) {
      add(`${base}.geometry`, `geometry differs from what ${geometrySource} gives (run npm run geo:place)`, id);
    }
    const sourcePrecision = gazetteer.precisionFor(geometrySource);
    if (sourcePrecision && sourcePrecision !== feature.properties.precision) {
      add(`${base}.properties.precision`, `precision ${feature.properties.precision} differs from ${sourcePrecision}, which ${geometrySource} carries`, id);
    }
    const counties = gazetteer.countiesNamed(admin.county).filter((c) => c.properties.city === outbreak.city);
    if (counties.length === 0) {
      add(`${base}.properties.admin.county`, `county ${admin.county} is not a county of ${outbreak.city} in geo/sources/counties-china.geojson`, id);
    } else if (feature.geometry.type === 'Point' && !counties.some((c) => booleanPointInPolygon(feature.geometry.coordinates as [number, number], c))) {
      add(`${base}.geometry`, `point lies outside the polygon of ${admin.county}`, id);
    }
  });
  return problems;
}

/** Ids must be unique across all files, so this check runs over the whole set. */
export function duplicateIdProblems(files: Array<{ file: string; json: unknown }>): Problem[] {
  const firstSeen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { file, json } of files) {
    const features = (json as { features?: Array<{ properties?: { id?: unknown } }> }).features ?? [];
    features.forEach((feature, i) => {
      const id = feature.properties?.id;
      if (typeof id !== 'string') return;
      const earlier = firstSeen.get(id);
      if (earlier) problems.push({ file, featureId: id, path: `$.features[${i}].properties.id`, message: `duplicate id, first used in ${earlier}` });
      else firstSeen.set(id, file);
    });
  }
  return problems;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}${problem.featureId ? ` [${problem.featureId}]` : ''} ${problem.path}: ${problem.message}`;
}

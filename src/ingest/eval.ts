/**
 * Measures a draft against the curated file of the same report: precision and recall of (place, date) and
 * (place, kind) pairs, and the share of drafted quotes found verbatim in the report.
 *
 * Place matching (documented in the eval's output): names are compared after removing whitespace, quotation
 * marks and a leading city name (安阳市第五人民医院 → 第五人民医院); two names match when they are equal or one
 * contains the other and the shorter has at least two characters — so a draft 古贤镇大朱庄村 matches a curated
 * 大朱庄村, and a draft 燕庄村 matches a curated 燕庄村疫情防控服务点. Each side is a set of distinct pairs; a pair
 * is a hit when some pair on the other side has a matching place and the same date (or kind).
 *
 * Containment is lenient on purpose (the curated names are often longer descriptions of the same place), but it
 * also lets a county name match a facility named after the county (石峰区 ~ 石峰区全员核酸检测) and a cut name
 * match the full one (园小区 ~ 和园小区); the eval therefore also prints the (place, date) score with equal names
 * only, as a lower bound. Several draft pairs may hit the same curated pair (precision counts each of them).
 */
import { z } from '../data/zod';
import { KINDS, STATUSES, type OutbreakFile } from '../data/schema';
import { quoteIsInReport, squashWhitespace } from '../data/validate';

export function normaliseName(name: string, city: string): string {
  const plain = name.replace(/[\s“”"'‘’「」『』]/gu, '');
  for (const prefix of [city, city.replace(/市$/u, '')]) {
    if (prefix && plain.startsWith(prefix) && plain.length - prefix.length >= 2) return plain.slice(prefix.length);
  }
  return plain;
}

export function placesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.includes(short);
}

export interface Score { hits: number; total: number }
export interface PairScores { precision: Score; recall: Score }
/**
 * `datesExact` is the (place, date) score with equal names only: containment is lenient (a county name matches a
 * facility named after the county, 园小区 matches 和园小区), so the strict figure is printed beside it.
 */
export interface ReportScores { dates: PairScores; datesExact: PairScores; kinds: PairScores; quotes: Score }

export type Pair = [place: string, key: string];

function pairs(file: OutbreakFile, key: (f: OutbreakFile['features'][number]) => string[]): Pair[] {
  const seen = new Set<string>();
  const out: Pair[] = [];
  for (const f of file.features) {
    const place = normaliseName(f.properties.name, file.outbreak.city);
    for (const k of key(f)) {
      const id = `${place}|${k}`;
      if (!seen.has(id)) { seen.add(id); out.push([place, k]); }
    }
  }
  return out;
}

function score(draft: Pair[], curated: Pair[], match: (a: string, b: string) => boolean = placesMatch): PairScores {
  const hit = (p: Pair, others: Pair[]) => others.some((o) => o[1] === p[1] && match(o[0], p[0]));
  return {
    precision: { hits: draft.filter((p) => hit(p, curated)).length, total: draft.length },
    recall: { hits: curated.filter((p) => hit(p, draft)).length, total: curated.length },
  };
}

export function scoreDraft(draft: OutbreakFile, curated: OutbreakFile, reportText: string): ReportScores {
  const dates = (f: OutbreakFile['features'][number]) => f.properties.events.map((e) => e.date);
  const kinds = (f: OutbreakFile['features'][number]) => [f.properties.kind];
  const squashed = squashWhitespace(reportText);
  const quotes = draft.features.flatMap((f) => f.properties.events.map((e) => e.quote));
  return {
    dates: score(pairs(draft, dates), pairs(curated, dates)),
    datesExact: score(pairs(draft, dates), pairs(curated, dates), (a, b) => a === b),
    kinds: score(pairs(draft, kinds), pairs(curated, kinds)),
    quotes: { hits: quotes.filter((q) => quoteIsInReport(q, squashed)).length, total: quotes.length },
  };
}

/** Curated pairs the draft missed, for the "most common misses" list. */
export function missedPairs(draft: OutbreakFile, curated: OutbreakFile): Array<{ place: string; date: string }> {
  const d = pairs(draft, (f) => f.properties.events.map((e) => e.date));
  return pairs(curated, (f) => f.properties.events.map((e) => e.date))
    .filter((p) => !d.some((o) => o[1] === p[1] && placesMatch(o[0], p[0])))
    .map(([place, date]) => ({ place, date }));
}

/** Drafted pairs with no curated counterpart (the precision losses), for the verbose listing. */
export function extraPairs(draft: OutbreakFile, curated: OutbreakFile): Array<{ place: string; date: string }> {
  const c = pairs(curated, (f) => f.properties.events.map((e) => e.date));
  return pairs(draft, (f) => f.properties.events.map((e) => e.date))
    .filter((p) => !c.some((o) => o[1] === p[1] && placesMatch(o[0], p[0])))
    .map(([place, date]) => ({ place, date }));
}

export function addScores(a: Score, b: Score): Score {
  return { hits: a.hits + b.hits, total: a.total + b.total };
}

export const ratio = (s: Score) => (s.total === 0 ? 1 : s.hits / s.total);

/** Hand annotations of an eval report (tests/fixtures/ingest/eval/README.md says how they were written). */
export const annotationSchema = z.strictObject({
  id: z.string(),
  province: z.string(),
  city: z.string(),
  county: z.optional(z.string()),
  year: z.int(),
  yearStated: z.boolean(),
  yearNote: z.optional(z.string()),
  heldOut: z.optional(z.boolean()),
  pairs: z.array(z.strictObject({ place: z.string(), date: z.string(), kind: z.enum(KINDS), status: z.enum(STATUSES) })).check(z.minLength(1)),
});
export type Annotation = z.infer<typeof annotationSchema>;

/**
 * (place, date) precision and recall of a draft against hand annotations, with the same place matching as the
 * seeds (normaliseName, placesMatch). A missing draft (the tool refused the report) scores 0 recall.
 */
export function scoreAgainstAnnotation(draft: OutbreakFile | undefined, annotation: Annotation): PairScores {
  const annotated = distinct(annotation.pairs.map((p) => [normaliseName(p.place, annotation.city), p.date] as Pair));
  const drafted = draft ? pairs(draft, (f) => f.properties.events.map((e) => e.date)) : [];
  return score(drafted, annotated);
}

/** The same with the status as part of the key: (place, date, status), so a change drafted with the wrong level counts as a miss. */
export function scoreStatusesAgainstAnnotation(draft: OutbreakFile | undefined, annotation: Annotation): PairScores {
  const annotated = distinct(annotation.pairs.map((p) => [normaliseName(p.place, annotation.city), `${p.date} ${p.status}`] as Pair));
  const drafted = draft ? pairs(draft, (f) => f.properties.events.map((e) => `${e.date} ${e.status}`)) : [];
  return score(drafted, annotated);
}

/** Annotated pairs the draft missed and drafted pairs not annotated, for --verbose. */
export function annotationDiff(draft: OutbreakFile | undefined, annotation: Annotation): { missed: Pair[]; extra: Pair[] } {
  const annotated = distinct(annotation.pairs.map((p) => [normaliseName(p.place, annotation.city), p.date] as Pair));
  const drafted = draft ? pairs(draft, (f) => f.properties.events.map((e) => e.date)) : [];
  const hit = (p: Pair, others: Pair[]) => others.some((o) => o[1] === p[1] && placesMatch(o[0], p[0]));
  return { missed: annotated.filter((p) => !hit(p, drafted)), extra: drafted.filter((p) => !hit(p, annotated)) };
}

function distinct(list: Pair[]): Pair[] {
  const seen = new Set<string>();
  return list.filter(([place, key]) => !seen.has(`${place}|${key}`) && Boolean(seen.add(`${place}|${key}`)));
}

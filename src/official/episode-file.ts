/**
 * geo/official/episodes.json: the outbreak episodes of the official record (src/official/episodes.ts) with their
 * areas in force per day, columnar so an index of ~750 episodes draws a sparkline each from one small file without
 * the 15.7 MB year files. Built from the prefecture level of unit-days.json (the national view's own counts, so an
 * episode's curve is what the map shows). Pure.
 */
import { z } from '../data/zod';
import { dayNumber, isoOfDay } from '../core/calendar-day';
import { EPISODE_GAP_DAYS, episodeId, findEpisodes, type UnitDay } from './episodes';
import type { OfficialUnitDays } from './schema';

export const EPISODES_FORMAT = 'outbreak-atlas-official-episodes/1';

const count = z.int().check(z.nonnegative());
const counts = z.array(count);
/** Per day of the episode, start..end: areas in force; null on a day without any list ("no data"). */
const dayCounts = z.array(z.array(z.nullable(count)));

export const officialEpisodesSchema = z.strictObject({
  format: z.literal(EPISODES_FORMAT),
  firstDate: z.string(),
  lastDate: z.string(),
  /** The rule's one parameter: the longest run of list days with no area in force inside an episode. */
  gapDays: count,
  /** Days (after firstDate) without any list. */
  noListDays: counts,
  units: z.strictObject({
    adcode: z.array(z.string()),
    /** The unit's name in 汉字 (西安市, 北京市, 仙桃市) and its province's. */
    name: z.array(z.string()),
    province: z.array(z.string()),
  }),
  /** Areas whose unit the gazetteer cannot tell (no episode counts them). */
  unplacedAreas: count,
  /** One column per field, one row per episode, ordered by start, then adcode. Days are days after firstDate. */
  episodes: z.strictObject({
    id: z.array(z.string()),
    unit: counts,
    start: counts,
    end: counts,
    peak: counts,
    peakDay: counts,
    areaDays: counts,
    high: dayCounts,
    medium: dayCounts,
  }),
});

export type OfficialEpisodes = z.infer<typeof officialEpisodesSchema>;

export interface UnitName {
  name: string;
  province: string;
}

/** Per unit, its counts per day (null on a day without a list), from the prefecture level's change rows. */
export function unitSeries(unitDays: OfficialUnitDays, noList: ReadonlySet<number>): Array<Array<UnitDay | null>> {
  const { units, changes } = unitDays.prefecture;
  const high = new Int32Array(units.length);
  const medium = new Int32Array(units.length);
  const series: Array<Array<UnitDay | null>> = units.map(() => []);
  changes.forEach((row, day) => {
    for (let k = 0; k < row.length; k += 3) [high[row[k]], medium[row[k]]] = [row[k + 1], row[k + 2]];
    for (let u = 0; u < units.length; u += 1) series[u].push(noList.has(day) ? null : { high: high[u], medium: medium[u] });
  });
  return series;
}

export interface EpisodeInput {
  unitDays: OfficialUnitDays;
  /** Per day from firstDate: whether any list (high or medium) exists. */
  hasList: readonly boolean[];
  nameOf: (adcode: string) => UnitName;
  unplacedAreas: number;
}

export function buildEpisodeFile(input: EpisodeInput): OfficialEpisodes {
  const { unitDays, hasList } = input;
  const noListDays = hasList.flatMap((listed, day) => (listed ? [] : [day]));
  const series = unitSeries(unitDays, new Set(noListDays));
  const found = series.flatMap((days, unit) => findEpisodes(0, days).map((span) => ({ unit, span })));
  const adcodes = unitDays.prefecture.units;
  found.sort((a, b) => a.span.start - b.span.start || adcodes[a.unit].localeCompare(adcodes[b.unit]));
  const used = [...new Set(found.map((e) => e.unit))].sort((a, b) => adcodes[a].localeCompare(adcodes[b]));
  const row = new Map(used.map((unit, i) => [unit, i]));
  const names = used.map((unit) => input.nameOf(adcodes[unit]));
  const firstDay = dayNumber(unitDays.firstDate);
  const column = <T>(pick: (e: (typeof found)[number]) => T) => found.map(pick);
  const perDay = (level: keyof UnitDay) => column(({ unit, span }) => series[unit].slice(span.start, span.end + 1).map((d) => (d === null ? null : d[level])));
  return {
    format: EPISODES_FORMAT,
    firstDate: unitDays.firstDate,
    lastDate: unitDays.lastDate,
    gapDays: EPISODE_GAP_DAYS,
    noListDays,
    units: { adcode: used.map((u) => adcodes[u]), name: names.map((n) => n.name), province: names.map((n) => n.province) },
    unplacedAreas: input.unplacedAreas,
    episodes: {
      id: column(({ unit, span }) => episodeId(adcodes[unit], isoOfDay(firstDay + span.start))),
      unit: column(({ unit }) => row.get(unit) as number),
      start: column(({ span }) => span.start),
      end: column(({ span }) => span.end),
      peak: column(({ span }) => span.peak),
      peakDay: column(({ span }) => span.peakDay),
      areaDays: column(({ span }) => span.areaDays),
      high: perDay('high'),
      medium: perDay('medium'),
    },
  };
}

export interface EpisodeLine {
  id: string;
  province: string;
  unit: string;
  adcode: string;
  start: string;
  end: string;
  peak: number;
  peakDay: string;
  areaDays: number;
}

/** The episodes as `npm run -s official:outbreaks` prints them, one object each. */
export function episodeLines(file: OfficialEpisodes): EpisodeLine[] {
  const firstDay = dayNumber(file.firstDate);
  const date = (offset: number) => isoOfDay(firstDay + offset);
  const e = file.episodes;
  return e.id.map((id, i) => ({
    id,
    province: file.units.province[e.unit[i]],
    unit: file.units.name[e.unit[i]],
    adcode: file.units.adcode[e.unit[i]],
    start: date(e.start[i]),
    end: date(e.end[i]),
    peak: e.peak[i],
    peakDay: date(e.peakDay[i]),
    areaDays: e.areaDays[i],
  }));
}

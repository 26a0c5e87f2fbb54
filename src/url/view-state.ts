/**
 * Everything a shared link restores. The URL codec (codec.ts) is the only place that reads or writes it as text:
 * the day is a number here and becomes an ISO date (or a day count) only in the query string.
 */
import { z } from 'zod';
import { ALIGNMENTS } from '../core/alignment';
import { LANGUAGES } from '../core/language';
import { KINDS, PRECISIONS, STATUSES } from '../data/schema';

export const viewStateSchema = z.object({
  /** Outbreak id, or "all". */
  outbreak: z.string(),
  /** "calendar": a real date for every outbreak; "first-case": day N since each outbreak's first case (src/model/first-case.ts). */
  align: z.enum(ALIGNMENTS),
  /**
   * The slider's day: in calendar mode a calendar day in China (days since 1970-01-01, see core/calendar-day.ts), in
   * first-case mode the days since each outbreak's first case (negative before it).
   */
  day: z.number().int(),
  kinds: z.array(z.enum(KINDS)),
  statuses: z.array(z.enum(STATUSES)),
  precisions: z.array(z.enum(PRECISIONS)),
  search: z.string(),
  selected: z.string().nullable(),
  zoom: z.number().int().min(3).max(18).nullable(),
  centre: z.tuple([z.number(), z.number()]).nullable(),
  lang: z.enum(LANGUAGES),
  basemap: z.enum(['osm', 'offline']),
  showLifted: z.boolean(),
});

export type ViewState = z.infer<typeof viewStateSchema>;
export type { Language } from '../core/language';
export type { Alignment } from '../core/alignment';
export type Basemap = ViewState['basemap'];

/** Everything a shared link restores. The URL codec (codec.ts) is the only place that reads or writes it as text. */
import { z } from 'zod';
import { KINDS, PRECISIONS, STATUSES } from '../data/schema';

export const viewStateSchema = z.object({
  /** Outbreak id, or "all". */
  outbreak: z.string(),
  /** Calendar date (ISO) in calendar mode. */
  date: z.string(),
  /** "calendar": a real date for every outbreak; "first-case": day N since each outbreak's start. */
  align: z.enum(['calendar', 'first-case']),
  /** Day since each outbreak's start, in first-case mode. */
  alignDay: z.number().int().nonnegative(),
  kinds: z.array(z.enum(KINDS)),
  statuses: z.array(z.enum(STATUSES)),
  precisions: z.array(z.enum(PRECISIONS)),
  search: z.string(),
  selected: z.string().nullable(),
  zoom: z.number().int().min(3).max(18).nullable(),
  centre: z.tuple([z.number(), z.number()]).nullable(),
  lang: z.enum(['zh', 'en']),
  basemap: z.enum(['osm', 'offline']),
  showLifted: z.boolean(),
});

export type ViewState = z.infer<typeof viewStateSchema>;
export type Language = ViewState['lang'];
export type Basemap = ViewState['basemap'];

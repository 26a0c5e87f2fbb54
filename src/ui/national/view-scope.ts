/**
 * A scope of the national view: what an episode view (o=<episode id>) changes in it. The same components and
 * hooks serve both; without a scope the view covers all China and the whole record.
 */
import type { ReactNode } from 'react';
import type { Bounds } from '../../national/episode-scope';
import type { DayTotals } from '../../national/record';
import type { NationalUrlScope } from '../../url/national-codec';
import type { Language } from '../../url/view-state';

export interface ViewScope {
  /** Its `o`, the slider's days, the day a link without `d` opens on. */
  url: NationalUrlScope;
  /** Areas in force per day from url.range.min (the totals and the histogram); null = no list that day. */
  totals: DayTotals;
  /** The map's fit when the URL holds no view. */
  fit: { key: string; bounds: Bounds };
  /** Outline rings (lon/lat) of the unit: the map dims what lies outside them. */
  outline: ReadonlyArray<ReadonlyArray<[number, number]>> | null;
  /** Header title, the picker's (short) entry for the scope, and the totals' label. */
  title: Record<Language, string>;
  pickerLabel: Record<Language, string>;
  totalsLabel: Record<Language, string>;
  /** What the side panel adds under the totals (downloads, links, the legend's note), on the slider's day. */
  panel: (lang: Language, day: number) => ReactNode;
  /** Layers the scope adds to the map on the slider's day (an episode: its seed report's places). */
  mapLayer?: (lang: Language, day: number) => ReactNode;
}

import { useSyncExternalStore } from 'react';
import type { Language } from '../../url/view-state';
import { t, tn } from '../shell/i18n';
import type { ValueStore } from '../shell/value-store';

export interface MapCounts {
  /** Curated places the filters let through (any day). */
  filtered: number;
  /** Curated places drawn on the day. */
  visible: number;
  /** Candidates of an open draft: its layer draws every one of them, whatever the day (null without a draft). */
  draftCandidates: number | null;
}

/**
 * The pill's text: how many places are on the map, or why none are. With a draft open, its candidates are on the
 * map too, so the pill counts both and names each: "no measure in force" would deny the markers in view.
 */
export function mapStatusText(lang: Language, counts: MapCounts): string {
  const { filtered, visible, draftCandidates } = counts;
  if (draftCandidates === null) return filtered === 0 ? t(lang, 'noMatch') : visible === 0 ? t(lang, 'nothingOnDate') : tn(lang, 'visibleCount', visible);
  const candidates = tn(lang, 'draftCandidates', draftCandidates);
  return filtered === 0 ? `${t(lang, 'noMatch')} · ${candidates}` : t(lang, 'onMapWithDraft', { places: tn(lang, 'places', visible), candidates });
}

/** The line over the map: how many features are shown, or why none are. */
export function MapStatus({ lang, filteredCount, visible, draftCandidates }: { lang: Language; filteredCount: number; visible: ValueStore<number>; draftCandidates: number | null }) {
  const visibleCount = useSyncExternalStore(visible.subscribe, visible.get);
  return (
    <p className="map-status" data-testid="visible-count" aria-live="polite" data-count={visibleCount} data-draft-count={draftCandidates ?? undefined}>
      {mapStatusText(lang, { filtered: filteredCount, visible: visibleCount, draftCandidates })}
    </p>
  );
}

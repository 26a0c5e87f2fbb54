import { useSyncExternalStore } from 'react';
import type { Language } from '../url/view-state';
import { t, tn } from './i18n';
import type { ValueStore } from './value-store';

/** The line over the map: how many features are shown, or why none are. */
export function MapStatus({ lang, filteredCount, visible }: { lang: Language; filteredCount: number; visible: ValueStore<number> }) {
  const visibleCount = useSyncExternalStore(visible.subscribe, visible.get);
  return (
    <p className="map-status" data-testid="visible-count" aria-live="polite" data-count={visibleCount}>
      {filteredCount === 0 ? t(lang, 'noMatch') : visibleCount === 0 ? t(lang, 'nothingOnDate') : tn(lang, 'visibleCount', visibleCount)}
    </p>
  );
}

import type { AtlasFeature } from '../data/load';
import type { OutbreakEvent } from '../data/schema';
import type { Language } from '../url/view-state';
import { STATUS_LABELS, t } from './i18n';

export interface Change {
  item: AtlasFeature;
  event: OutbreakEvent;
}

/**
 * Items rendered at most. A province-wide file changes ~100 places a day; laying out all of them on every slider
 * step cost more than the map update, and a reader scans the first few (the filters narrow the rest).
 */
export const MAX_CHANGES_SHOWN = 30;

export interface ChangesTodayProps {
  lang: Language;
  changes: Change[];
  onSelect: (id: string) => void;
  /** Outbreak title per id, shown when several outbreaks are on the map (aligned days mix them). */
  outbreakTitle?: (outbreakId: string) => string;
}

export function ChangesToday({ lang, changes, onSelect, outbreakTitle }: ChangesTodayProps) {
  return (
    <section className="changes" aria-label={t(lang, 'changedToday')} data-testid="changes-today">
      <h2>{t(lang, 'changedToday')}</h2>
      {changes.length === 0 ? <p className="empty">{t(lang, 'noChangeToday')}</p> : (
        <ul>
          {changes.slice(0, MAX_CHANGES_SHOWN).map(({ item, event }) => (
            <li key={`${item.feature.properties.id}-${event.status}-${event.time ?? ''}`}>
              <button type="button" className="link" onClick={() => onSelect(item.feature.properties.id)}>
                {item.feature.properties.name}
                {lang === 'en' && <span className="pinyin"> {item.feature.properties.nameEn}</span>}
              </button>
              <span className={`status-tag status-${event.status}`}>{STATUS_LABELS[event.status][lang]}</span>
              {event.time && <span className="time">{event.time}</span>}
              {outbreakTitle && <span className="outbreak-tag">{outbreakTitle(item.outbreakId)}</span>}
            </li>
          ))}
          {changes.length > MAX_CHANGES_SHOWN && <li className="more">{t(lang, 'moreChanges', { n: changes.length - MAX_CHANGES_SHOWN })}</li>}
        </ul>
      )}
    </section>
  );
}

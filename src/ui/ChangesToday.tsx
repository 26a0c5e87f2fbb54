import type { AtlasFeature } from '../data/load';
import type { OutbreakEvent } from '../data/schema';
import type { Language } from '../url/view-state';
import { STATUS_LABELS, t } from './i18n';

export interface Change {
  item: AtlasFeature;
  event: OutbreakEvent;
}

export function ChangesToday({ lang, changes, onSelect }: { lang: Language; changes: Change[]; onSelect: (id: string) => void }) {
  return (
    <section className="changes" aria-label={t(lang, 'changedToday')} data-testid="changes-today">
      <h2>{t(lang, 'changedToday')}</h2>
      {changes.length === 0 ? <p className="empty">{t(lang, 'noChangeToday')}</p> : (
        <ul>
          {changes.map(({ item, event }) => (
            <li key={`${item.feature.properties.id}-${event.status}-${event.time ?? ''}`}>
              <button type="button" className="link" onClick={() => onSelect(item.feature.properties.id)}>
                {item.feature.properties.name}
                {lang === 'en' && <span className="pinyin"> {item.feature.properties.nameEn}</span>}
              </button>
              <span className={`status-tag status-${event.status}`}>{STATUS_LABELS[event.status][lang]}</span>
              {event.time && <span className="time">{event.time}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

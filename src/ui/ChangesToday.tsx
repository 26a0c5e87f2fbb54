import { useEffect, useRef } from 'react';
import { List, type ListImperativeAPI, type RowComponentProps } from 'react-window';
import type { AtlasFeature } from '../data/load';
import type { OutbreakEvent } from '../data/schema';
import type { Language } from '../url/view-state';
import { STATUS_LABELS, t } from './i18n';

export interface Change {
  item: AtlasFeature;
  event: OutbreakEvent;
}

/** Rows are one line (the CSS keeps them from wrapping), so the list can be windowed with a fixed row height. */
const ROW_HEIGHT = 24;
const ROWS_VISIBLE = 7;

export interface ChangesTodayProps {
  lang: Language;
  changes: Change[];
  onSelect: (id: string) => void;
  /** Outbreak title per id, shown when several outbreaks are on the map (aligned days mix them). */
  outbreakTitle?: (outbreakId: string) => string;
}

function ChangeRow({ index, style, ariaAttributes, changes, lang, onSelect, outbreakTitle }: RowComponentProps<ChangesTodayProps>) {
  const { item, event } = changes[index];
  const { id, name, nameEn } = item.feature.properties;
  return (
    <div className="change" style={style} {...ariaAttributes}>
      <button type="button" className="link" onClick={() => onSelect(id)} title={lang === 'en' ? `${nameEn} · ${name}` : name}>
        {name}
        {lang === 'en' && <span className="pinyin"> {nameEn}</span>}
      </button>
      <span className={`status-tag status-${event.status}`}>{STATUS_LABELS[event.status][lang]}</span>
      {event.time && <span className="time">{event.time}</span>}
      {outbreakTitle && <span className="outbreak-tag">{outbreakTitle(item.outbreakId)}</span>}
    </div>
  );
}

/**
 * The day's events. A province-wide file changes ~100 places a day: the list is windowed (react-window), so a
 * slider step re-renders only the ~10 rows in view, reusing their elements, and every change stays reachable by
 * scrolling. Each new day starts at the top of the list.
 */
export function ChangesToday({ lang, changes, onSelect, outbreakTitle }: ChangesTodayProps) {
  const list = useRef<ListImperativeAPI>(null);
  // Set by the reader's own scrolling, so a step never reads the scroll position (that would force a layout).
  const scrolled = useRef(false);
  useEffect(() => {
    const element = list.current?.element;
    if (element && scrolled.current) {
      scrolled.current = false;
      element.scrollTop = 0;
    }
  }, [changes]);
  return (
    <section className="changes" aria-label={t(lang, 'changedToday')} data-testid="changes-today">
      <h2>{t(lang, 'changedToday')} {changes.length > 0 && <span className="count">({changes.length})</span>}</h2>
      {changes.length === 0 ? <p className="empty">{t(lang, 'noChangeToday')}</p> : (
        <List
          listRef={list}
          className="changes-list"
          rowComponent={ChangeRow}
          rowCount={changes.length}
          rowHeight={ROW_HEIGHT}
          rowProps={{ changes, lang, onSelect, outbreakTitle }}
          defaultHeight={Math.min(changes.length, ROWS_VISIBLE) * ROW_HEIGHT}
          style={{ height: Math.min(changes.length, ROWS_VISIBLE) * ROW_HEIGHT }}
          overscanCount={2}
          onScroll={(event) => { scrolled.current = event.currentTarget.scrollTop > 0; }}
        />
      )}
    </section>
  );
}

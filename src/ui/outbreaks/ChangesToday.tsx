import { memo, useEffect, useRef, useState } from 'react';
import { placeLabel } from '../../model/names';
import type { Change } from '../../model/summaries';
import type { Language } from '../../url/view-state';
import { STATUS_LABELS, t } from '../shell/i18n';
import { listWindow } from '../shell/list-window';

/** Rows are one line (the CSS keeps them from wrapping), so the list can be windowed with a fixed row height. */
const ROW_HEIGHT = 24;
const ROWS_VISIBLE = 7;
const OVERSCAN = 2;

export interface ChangesTodayProps {
  lang: Language;
  changes: Change[];
  onSelect: (id: string) => void;
  /** Outbreak title per id, shown when several outbreaks are on the map (aligned days mix them). */
  outbreakTitle?: (outbreakId: string) => string;
}

function ChangeRow({ index, change, lang, onSelect, outbreakTitle, count }: Omit<ChangesTodayProps, 'changes'> & { index: number; change: Change; count: number }) {
  const { item, event } = change;
  const { id, name, nameEn } = item.feature.properties;
  return (
    <div className="change" role="listitem" aria-posinset={index + 1} aria-setsize={count} data-index={index} style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}>
      <button type="button" className="link" onClick={() => onSelect(id)} title={placeLabel(item.feature.properties, lang)}>
        {name}
        {lang === 'en' && <span className="pinyin"> {nameEn}</span>}
      </button>
      <span className={`status-tag status-${event.status}`}>{STATUS_LABELS[event.status][lang]}</span>
      {event.time && <span className="time">{event.time}</span>}
      {outbreakTitle && <span className="outbreak-tag">{outbreakTitle(item.outbreakId)}</span>}
    </div>
  );
}

function rowIndexOf(target: EventTarget): number | null {
  const row = (target as HTMLElement).closest<HTMLElement>('[data-index]');
  return row ? Number(row.dataset.index) : null;
}

/**
 * The day's events, all of them, in a scrolling list. A province-wide file changes ~100 places a day, and laying out
 * ~100 new rows of text on every slider step cost more than the map update; so only the rows in view are rendered
 * (keyed by position, so a step updates their text in place). The scroll position comes from scroll events, never
 * read during a step (a read would force a layout). The focused row's neighbours are always rendered so Tab walks
 * the whole list (react-window, tried first, renders them only after the focus scroll's event: Tab left the list).
 * Each new day starts at the top.
 */
export const ChangesToday = memo(function ChangesToday({ lang, changes, onSelect, outbreakTitle }: ChangesTodayProps) {
  const list = useRef<HTMLDivElement>(null);
  // The scroll offset of the day it was scrolled on: another day's list starts at the top.
  const [scroll, setScroll] = useState({ of: changes, offset: 0 });
  const offset = scroll.of === changes ? scroll.offset : 0;
  const [focused, setFocused] = useState<number | null>(null);
  // Only when the box was scrolled: writing scrollTop can force a layout, which a step should not pay for.
  const scrolledOnAnotherDay = scroll.of !== changes && scroll.offset > 0;
  useEffect(() => {
    if (scrolledOnAnotherDay && list.current) list.current.scrollTop = 0;
  }, [scrolledOnAnotherDay]);
  const viewport = Math.min(changes.length, ROWS_VISIBLE) * ROW_HEIGHT;
  const rows = listWindow({
    count: changes.length, rowHeight: ROW_HEIGHT, viewport, offset, overscan: OVERSCAN,
    focused: focused !== null && focused < changes.length ? focused : null,
  });
  return (
    <section className="changes" aria-label={t(lang, 'changedToday')} data-testid="changes-today">
      <h2>{t(lang, 'changedToday')} {changes.length > 0 && <span className="count">({changes.length})</span>}</h2>
      {changes.length === 0 ? <p className="empty">{t(lang, 'noChangeToday')}</p> : (
        <div
          ref={list}
          className="changes-list"
          style={{ height: viewport }}
          onScroll={(event) => setScroll({ of: changes, offset: event.currentTarget.scrollTop })}
          onFocus={(event) => setFocused(rowIndexOf(event.target))}
          onBlur={(event) => {
            // Moving between rows keeps the window around the focus; only leaving the list clears it.
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
          }}
        >
          <div className="changes-rows" role="list" style={{ height: changes.length * ROW_HEIGHT }}>
            {rows.map((index) => (
              <ChangeRow key={index} index={index} change={changes[index]} count={changes.length} lang={lang} onSelect={onSelect} outbreakTitle={outbreakTitle} />
            ))}
          </div>
        </div>
      )}
    </section>
  );
});

/**
 * The episodes as a real table: sortable column headers (buttons, aria-sort on the header), one row per episode
 * whose place name is the link that opens the episode (?o=<id>) and a link to the national view on its peak day.
 * ↑/↓ move from a row's link to the next row's, Home/End to the first and last. Only the rows near the view are in
 * the page (@tanstack/react-virtual, in the page's own scroller): 724 rows with their curves took 0.5–2 s to lay
 * out and paint on the test machine; aria-rowcount / aria-rowindex still say "row 12 of 725". On a phone the rows
 * become cards (outbreak-index.css); the explicit roles keep them a table whatever their CSS display.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { OfficialEpisodes } from '../../official/episode-file';
import type { EpisodeRow, SortDirection, SortKey } from '../../official/episode-index';
import { isoOfDay } from '../../core/calendar-day';
import { leaveNational } from '../shell/navigation';
import type { Language } from '../../url/view-state';
import { ti, type IndexMessageKey } from './messages';
import { Sparkline } from './Sparkline';

export interface EpisodeTableProps {
  lang: Language;
  rows: readonly EpisodeRow[];
  file: OfficialEpisodes;
  sort: SortKey;
  direction: SortDirection;
  onSort: (sort: SortKey) => void;
  /** The element that scrolls the page, with the table in it. */
  scroller: RefObject<HTMLElement | null>;
  /** Phone cards are taller than desktop rows (a first guess; each row is measured once drawn). */
  rowEstimate: number;
  /** Rows ticked for the compare view, and the tick's toggle. */
  compared: ReadonlySet<string>;
  onCompare: (id: string) => void;
}

const langKey = (lang: Language) => (lang === 'en' ? '&lang=en' : '');
/** One formatter per language: toLocaleString builds a new one on every call (1,448 calls for the table). */
const FORMATS = { zh: new Intl.NumberFormat('zh-CN'), en: new Intl.NumberFormat('en-US') };
const number = (n: number, lang: Language) => FORMATS[lang].format(n);

function SortHeader({ lang, column, label, sort, direction, onSort, className }: { lang: Language; column: SortKey; label: IndexMessageKey; sort: SortKey; direction: SortDirection; onSort: (sort: SortKey) => void; className: string }) {
  const active = sort === column;
  return (
    <th role="columnheader" scope="col" className={className} aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" data-testid={`sort-${column}`} onClick={() => onSort(column)} title={ti(lang, 'sortBy', { column: ti(lang, label) })}>
        {ti(lang, label)}<span className="sort-mark" aria-hidden="true">{active ? (direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}

interface RowProps { lang: Language; row: EpisodeRow; file: OfficialEpisodes; position: number; top: number; measure: (element: HTMLElement | null) => void; compared: boolean; onCompare: (id: string) => void }

const Row = memo(function Row({ lang, row, file, position, top, measure, compared, onCompare }: RowProps) {
  const [start, end, peakDay] = [isoOfDay(row.start), isoOfDay(row.end), isoOfDay(row.peakDay)];
  const unit = lang === 'en' ? row.unitEn : row.unit;
  return (
    <tr role="row" ref={measure} data-index={position} aria-rowindex={position + 2} style={{ transform: `translateY(${top}px)` }} data-testid="episode-row" data-id={row.id} data-peak={row.peak}>
      <td role="cell" className="col-unit">
        <a className="episode-link" href={`?o=${row.id}${langKey(lang)}`} onClick={(event) => openInPage(event, row.id, lang)} aria-label={ti(lang, 'openEpisode', { unit: lang === 'en' ? `${row.unitEn} (${row.unit}), ${row.provinceEn}` : `${row.province}${row.unit}`, start, end })}>
          <span lang={lang === 'en' ? 'en' : 'zh-CN'}>{unit}</span>
        </a>
        {lang === 'en' && <span className="unit-han" lang="zh-CN">{row.unit}</span>}
        <span className="unit-province">{lang === 'en' ? row.provinceEn : row.province}</span>
        <label className="compare-toggle">
          <input type="checkbox" checked={compared} onChange={() => onCompare(row.id)} data-testid="compare-toggle"
            aria-label={ti(lang, 'compareToggleLabel', { unit: lang === 'en' ? row.unitEn : row.unit, start })} />
          <span aria-hidden="true">{ti(lang, 'compareToggle')}</span>
        </label>
      </td>
      <td role="cell" className="col-province">{lang === 'en' ? row.provinceEn : row.province}</td>
      <td role="cell" className="col-dates"><span>{start}</span> – <span>{end}</span></td>
      <td role="cell" className="col-num col-duration"><span className="cell-label" aria-hidden="true">{ti(lang, 'colDuration')} </span>{ti(lang, 'days', { n: row.duration })}</td>
      <td role="cell" className="col-num col-peak">
        <span className="cell-label" aria-hidden="true">{ti(lang, 'colPeak')} </span><strong>{number(row.peak, lang)}</strong>
        <span className="peak-day">{ti(lang, 'peakOn', { date: peakDay.slice(5) })}</span>
      </td>
      <td role="cell" className="col-num col-area-days"><span className="cell-label" aria-hidden="true">{ti(lang, 'colAreaDays')} </span>{number(row.areaDays, lang)}</td>
      <td role="cell" className="col-curve"><Sparkline high={file.episodes.high[row.index]} medium={file.episodes.medium[row.index]} peak={row.peak} /></td>
      <td role="cell" className="col-national">
        <a className="peak-link" href={`?o=china&d=${peakDay}${langKey(lang)}`} aria-label={ti(lang, 'atPeakLabel', { date: peakDay, unit })}>{ti(lang, 'atPeak')}</a>
      </td>
    </tr>
  );
});

const ROW_KEYS: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at, last) => Math.min(at + 1, last), ArrowUp: (at) => Math.max(at - 1, 0), Home: () => 0, End: (_at, last) => last,
};
/**
 * An episode opened in this page (a pushed view change): the episodes file it needs is loaded already. A click meant
 * for a new tab or window (a modifier key, another button) is left to the browser.
 */
function openInPage(event: MouseEvent<HTMLAnchorElement>, id: string, lang: Language): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  leaveNational(id, lang);
}

type LinkKind = 'episode-link' | 'peak-link';

export function EpisodeTable({ lang, rows, file, sort, direction, onSort, scroller, rowEstimate, compared, onCompare }: EpisodeTableProps) {
  const header = { lang, sort, direction, onSort };
  const [body, setBody] = useState<HTMLTableSectionElement | null>(null);
  /** Where the body starts in the scroller's content (what is above it changes: a notice, wrapped filters). */
  const [margin, setMargin] = useState(0);
  const [focusTarget, setFocusTarget] = useState<{ index: number; kind: LinkKind } | null>(null);
  // The virtualizer changes inside on every scroll, which React Compiler's memoising would hide; the project does not
  // run the compiler, and this component reads the virtualizer afresh on each render (as review/CandidateList.tsx).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => rowEstimate, overscan: 8, scrollMargin: margin,
    getItemKey: (index) => rows[index].id,
  });

  useEffect(() => {
    const scroll = scroller.current;
    if (!body || !scroll) return undefined;
    const observer = new ResizeObserver(() => setMargin(body.getBoundingClientRect().top - scroll.getBoundingClientRect().top + scroll.scrollTop));
    observer.observe(scroll.firstElementChild ?? scroll);
    observer.observe(scroll);
    return () => observer.disconnect();
  }, [body, scroller]);

  // Focus the link of the row moved to, once the virtualizer has drawn it.
  useEffect(() => {
    if (!focusTarget) return undefined;
    let tries = 0;
    let frame = 0;
    const focus = () => {
      const link = body?.querySelector<HTMLElement>(`[data-index="${focusTarget.index}"] .${focusTarget.kind}`);
      if (link) {
        link.focus();
        setFocusTarget(null);
      } else if ((tries += 1) < 20) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [focusTarget, body]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    const kind: LinkKind | null = target.classList.contains('episode-link') ? 'episode-link' : target.classList.contains('peak-link') ? 'peak-link' : null;
    const move = ROW_KEYS[event.key];
    if (!kind || !move) return;
    event.preventDefault();
    const next = move(Number(target.closest('tr')?.dataset.index), rows.length - 1);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setFocusTarget({ index: next, kind });
  };

  return (
    <table role="table" className="episode-table" data-testid="episode-table" aria-rowcount={rows.length + 1}>
      <caption className="visually-hidden">{ti(lang, 'caption')}</caption>
      <thead role="rowgroup">
        <tr role="row" aria-rowindex={1}>
          <th role="columnheader" scope="col" className="col-unit">{ti(lang, 'colUnit')}</th>
          <th role="columnheader" scope="col" className="col-province">{ti(lang, 'colProvince')}</th>
          <SortHeader {...header} column="start" label="colDates" className="col-dates" />
          <SortHeader {...header} column="duration" label="colDuration" className="col-num col-duration" />
          <SortHeader {...header} column="peak" label="colPeak" className="col-num col-peak" />
          <SortHeader {...header} column="areaDays" label="colAreaDays" className="col-num col-area-days" />
          <th role="columnheader" scope="col" className="col-curve">{ti(lang, 'colCurve')}</th>
          <th role="columnheader" scope="col" className="col-national">{ti(lang, 'colNational')}</th>
        </tr>
      </thead>
      <tbody role="rowgroup" ref={setBody} onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }} data-testid="episode-body">
        {virtualizer.getVirtualItems().map((item) => (
          <Row key={item.key} lang={lang} row={rows[item.index]} file={file} position={item.index} top={item.start - margin} measure={virtualizer.measureElement}
            compared={compared.has(rows[item.index].id)} onCompare={onCompare} />
        ))}
      </tbody>
    </table>
  );
}

/**
 * The episodes as a real table: sortable column headers (buttons, aria-sort on the header), one row per episode
 * whose place name is the link that opens the episode (?o=<id>) and a link to the national view on its peak day.
 * ↑/↓ move from a row's link to the next row's, Home/End to the first and last. On a phone the rows become cards
 * (outbreak-index.css); the explicit roles keep them a table for screen readers whatever their CSS display.
 */
import { memo, type KeyboardEvent } from 'react';
import type { OfficialEpisodes } from '../../official/episode-file';
import type { EpisodeRow, SortDirection, SortKey } from '../../official/episode-index';
import { isoOfDay } from '../../timeline/days';
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

const Row = memo(function Row({ lang, row, file }: { lang: Language; row: EpisodeRow; file: OfficialEpisodes }) {
  const [start, end, peakDay] = [isoOfDay(row.start), isoOfDay(row.end), isoOfDay(row.peakDay)];
  const unit = lang === 'en' ? row.unitEn : row.unit;
  return (
    <tr role="row" data-testid="episode-row" data-id={row.id} data-peak={row.peak}>
      <td role="cell" className="col-unit">
        <a className="episode-link" href={`?o=${row.id}${langKey(lang)}`} aria-label={ti(lang, 'openEpisode', { unit: lang === 'en' ? `${row.unitEn} (${row.unit}), ${row.provinceEn}` : `${row.province}${row.unit}`, start, end })}>
          <span lang={lang === 'en' ? 'en' : 'zh-CN'}>{unit}</span>
        </a>
        {lang === 'en' && <span className="unit-han" lang="zh-CN">{row.unit}</span>}
        <span className="unit-province">{lang === 'en' ? row.provinceEn : row.province}</span>
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

/** ↑/↓/Home/End from a link of a row to the same link of another row. */
function moveByRow(event: KeyboardEvent<HTMLTableSectionElement>) {
  const target = event.target as HTMLElement;
  const kind = target.classList.contains('episode-link') ? '.episode-link' : target.classList.contains('peak-link') ? '.peak-link' : null;
  if (!kind || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>(kind)];
  const at = links.indexOf(target);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 }[event.key] ?? at;
  if (next < 0 || next >= links.length) return;
  event.preventDefault();
  links[next].focus();
}

export function EpisodeTable({ lang, rows, file, sort, direction, onSort }: EpisodeTableProps) {
  const header = { lang, sort, direction, onSort };
  return (
    <table role="table" className="episode-table" data-testid="episode-table">
      <caption className="visually-hidden">{ti(lang, 'caption')}</caption>
      <thead role="rowgroup">
        <tr role="row">
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
      <tbody role="rowgroup" onKeyDown={moveByRow}>
        {rows.map((row) => <Row key={row.id} lang={lang} row={row} file={file} />)}
      </tbody>
    </table>
  );
}

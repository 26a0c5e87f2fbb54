/**
 * The outbreak index (?o=outbreaks): every episode of the official record as a row, sortable, filterable and
 * searchable, each opening its episode view (?o=<id>) or the national view on its peak day. Loaded lazily by App.
 * The first render with all rows is measured as the user-timing measure `atlas:outbreak-index`.
 */
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Outbreak } from '../../data/schema';
import { normaliseQuery } from '../../filters/search-text';
import { episodesCsv } from '../../official/downloads';
import { episodeLines, type OfficialEpisodes } from '../../official/episode-file';
import { DEFAULT_DIRECTION, filterRows, provincesOf, sortRows, yearsOf, type EpisodeRow, type SortKey } from '../../official/episode-index';
import type { Language } from '../../url/view-state';
import { download } from '../shell/download';
import { t } from '../shell/i18n';
import { EpisodeTable } from './EpisodeTable';
import { IndexFilters } from './IndexFilters';
import { IndexHeader } from './IndexHeader';
import { IndexNotices } from './IndexNotices';
import { ti } from './messages';
import { INDEX_READY_MARK, useEpisodeIndex } from './useEpisodeIndex';
import { useIndexUrlState } from './useIndexUrlState';
import { enterCompare } from '../shell/navigation';
import { MAX_COMPARED, MIN_COMPARED } from '../../url/compare-codec';
import './outbreak-index.css';
import { languageOfQuery } from '../../url/keys';
import { currentQuery } from '../shell/browser-location';

const bootLanguage = (): Language => languageOfQuery(currentQuery());

export function OutbreakIndexView({ outbreaks }: { outbreaks: readonly Outbreak[] }) {
  const { load, retry } = useEpisodeIndex();
  if (load.status === 'ready') return <IndexBody outbreaks={outbreaks} file={load.file} rows={load.rows} />;
  const lang = bootLanguage();
  return (
    <div className="outbreak-index">
      <IndexHeader lang={lang} outbreaks={outbreaks} onLanguage={() => undefined} />
      {load.status === 'loading'
        ? <div className="app-state" role="status" data-testid="index-loading"><div className="spinner" aria-hidden="true" />{ti(lang, 'loading')}</div>
        : (
          <div className="app-state is-error" role="alert" data-testid="index-error">
            <p>{ti(lang, 'loadFailed')}</p>
            <p className="detail">{load.message}</p>
            <button type="button" onClick={retry}>{t(lang, 'retry')}</button>
          </div>
        )}
    </div>
  );
}

function IndexBody({ outbreaks, file, rows }: { outbreaks: readonly Outbreak[]; file: OfficialEpisodes; rows: readonly EpisodeRow[] }) {
  const provinces = useMemo(() => provincesOf(rows), [rows]);
  const years = useMemo(() => yearsOf(rows), [rows]);
  const context = useMemo(() => ({ provinces: provinces.map((p) => p.zh), years }), [provinces, years]);
  const { view, update, ignored, dismissIgnored } = useIndexUrlState(context);
  const { lang } = view;
  const scroller = useRef<HTMLElement>(null);
  const [phone] = useState(() => window.matchMedia('(max-width: 720px)').matches);
  const search = useDeferredValue(view.search);
  // Rows ticked for the compare view (o=compare), in the order ticked; at most six.
  const [compared, setCompared] = useState<readonly string[]>([]);
  const comparedSet = useMemo(() => new Set(compared), [compared]);
  const onCompare = useCallback((id: string) => setCompared((now) => (now.includes(id) ? now.filter((c) => c !== id) : now.length < MAX_COMPARED ? [...now, id] : now)), []);
  const shown = useMemo(
    () => sortRows(filterRows(rows, { ...view, search }, normaliseQuery(search)), view.sort, view.direction),
    [rows, view.province, view.year, view.minPeak, view.sort, view.direction, search], // eslint-disable-line react-hooks/exhaustive-deps
  );

  useLayoutEffect(() => {
    // Render and commit of all rows; `-painted` adds style, layout and the first paint (the frame after the next begins).
    if (!performance.getEntriesByName(INDEX_READY_MARK).length) return;
    const detail = { rows: shown.length };
    performance.measure('atlas:outbreak-index', { start: INDEX_READY_MARK, detail });
    requestAnimationFrame(() => requestAnimationFrame(() => performance.measure('atlas:outbreak-index-painted', { start: INDEX_READY_MARK, detail })));
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const onSort = (sort: SortKey) => update(sort === view.sort ? { direction: view.direction === 'asc' ? 'desc' : 'asc' } : { sort, direction: DEFAULT_DIRECTION[sort] });
  const filtered = view.province !== null || view.year !== null || view.minPeak > 0 || view.search !== '';
  const clear = () => update({ province: null, year: null, minPeak: 0, search: '' });
  const saveCsv = () => {
    const lines = episodeLines(file);
    const [csv] = episodesCsv(shown.map((row) => lines[row.index]));
    download(csv.name, `${csv.mime};charset=utf-8`, csv.text);
  };

  return (
    <div className="outbreak-index" lang={lang === 'en' ? 'en' : 'zh-CN'}>
      <IndexHeader lang={lang} outbreaks={outbreaks} onLanguage={() => update({ lang: lang === 'zh' ? 'en' : 'zh' })} />
      <main className="index-main" data-testid="outbreak-index" ref={scroller}>
        <h2>{ti(lang, 'heading')}</h2>
        <p className="index-intro">{ti(lang, 'intro', { gap: file.gapDays })}</p>
        <IndexNotices lang={lang} ignored={ignored} onDismiss={dismissIgnored} />
        <IndexFilters lang={lang} view={view} provinces={provinces} years={years} onChange={update} />
        <div className="index-summary">
          <p role="status" data-testid="index-count" data-count={shown.length}>{ti(lang, 'count', { shown: shown.length, total: rows.length })}</p>
          {filtered && <button type="button" className="link" data-testid="clear-filters" onClick={clear}>{ti(lang, 'clearFilters')}</button>}
          <button type="button" data-testid="compare-open" disabled={compared.length < MIN_COMPARED} onClick={() => enterCompare(compared, lang)}
            title={ti(lang, 'compareHint')}>{ti(lang, 'compareOpen', { n: compared.length })}</button>
          <button type="button" data-testid="index-csv" onClick={saveCsv} disabled={!shown.length}>{ti(lang, 'downloadCsv', { n: shown.length })}</button>
        </div>
        <p className="index-legend">{ti(lang, 'curveLegend')} {ti(lang, 'keysHint')} {ti(lang, 'compareHint')}</p>
        {shown.length === 0
          ? (
            <div className="index-empty" data-testid="index-empty">
              <p>{ti(lang, 'noMatch')}</p>
              <button type="button" onClick={clear}>{ti(lang, 'clearFilters')}</button>
            </div>
          )
          : <EpisodeTable lang={lang} rows={shown} file={file} sort={view.sort} direction={view.direction} onSort={onSort} scroller={scroller} rowEstimate={phone ? 104 : 42} compared={comparedSet} onCompare={onCompare} />}
      </main>
    </div>
  );
}

/**
 * The compare view (?o=compare&ids=…): 2–6 outbreaks' curves of areas in force per day, aligned on days since start
 * (src/compare/), linear or log, a cursor with each one's value and date, chips and a search to choose them. The
 * state lives in the URL (src/url/compare-codec.ts), replaced on each change so a copied link opens the same view.
 */
import { lazy, Suspense, useMemo } from 'react';
import { curveOf, compareItems, type ReportFeatures } from '../../compare/items';
import { dayDomain, largestValue } from '../../compare/series';
import type { Outbreak } from '../../data/schema';
import { formatCompareQuery, MAX_COMPARED, MIN_COMPARED, parseCompareQuery } from '../../url/compare-codec';
import { AppHeader } from '../shell/AppHeader';
import { useEpisodeFile } from '../hooks/useEpisodeFile';
import { t } from '../shell/i18n';
import { enterOutbreakIndex } from '../shell/navigation';
import { CompareChart } from './CompareChart';
import { ComparePicker } from './ComparePicker';
import { CursorTable } from './CursorTable';
import { tc } from './messages';
import { COMPARE_COLOURS, COMPARE_DASHES } from './palette';
import './compare.css';
import { languageOfQuery } from '../../url/keys';
import { routeOf } from '../../url/routes';
import { currentHref, currentQuery } from '../shell/browser-location';
import { useUrlState } from '../hooks/useUrlState';

// The export dialog, and the chart's frames (export-source.ts), load when used, not with the view.
const ExportAnimation = lazy(() => import('../export-animation/ExportAnimation').then((module) => ({ default: module.ExportAnimation })));

export function CompareView({ outbreaks, features }: { outbreaks: readonly Outbreak[]; features: readonly ReportFeatures[] }) {
  const load = useEpisodeFile();
  const lang = languageOfQuery(currentQuery());
  if (load.status === 'ready') return <CompareBody outbreaks={outbreaks} features={features} file={load.file} unitEn={load.unitEn} />;
  return load.status === 'loading'
    ? <div className="app-state" role="status" data-testid="compare-loading"><div className="spinner" aria-hidden="true" />{tc(lang, 'loading')}</div>
    : <div className="app-state is-error" role="alert"><p>{tc(lang, 'loadFailed')}</p><p className="detail">{load.message}</p></div>;
}

type Ready = Extract<ReturnType<typeof useEpisodeFile>, { status: 'ready' }>;

function CompareBody({ outbreaks, features, file, unitEn }: { outbreaks: readonly Outbreak[]; features: readonly ReportFeatures[]; file: Ready['file']; unitEn: Ready['unitEn'] }) {
  const items = useMemo(() => compareItems(file, unitEn, outbreaks), [file, unitEn, outbreaks]);
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const { view: state, update, ignored: dropped, dismissIgnored } = useUrlState({
    parse: (query) => {
      const { state: parsed, dropped: ids } = parseCompareQuery(query, (id) => byId.has(id));
      return { state: parsed, ignored: ids };
    },
    format: formatCompareQuery, owns: (query) => routeOf(query).view === 'compare', replaceDelayMs: 0,
  });
  const { lang, ids, scale } = state;
  const curves = useMemo(() => ids.flatMap((id) => curveOf(id, file, outbreaks, features) ?? []), [ids, file, outbreaks, features]);
  const domain = useMemo(() => dayDomain(curves), [curves]);
  const top = useMemo(() => largestValue(curves), [curves]);
  const cursor = Math.min(domain.max, Math.max(domain.min, state.cursor ?? 0));

  const sourceNote = (i: number) => {
    const curve = curves[i];
    if (curve.source === 'episode') return tc(lang, 'sourceEpisode');
    return curve.source === 'report-episode' ? tc(lang, 'sourceReportEpisode', { id: curve.episodeId ?? '' }) : tc(lang, 'sourceReportEvents');
  };

  return (
    <div className="compare-view" lang={lang === 'en' ? 'en' : 'zh-CN'}>
      <AppHeader lang={lang} tagline={tc(lang, 'heading')} onLanguage={() => update({ lang: lang === 'zh' ? 'en' : 'zh' })}
        controls={<>
          <a className="link" href={`?o=outbreaks${lang === 'en' ? '&lang=en' : ''}`} onClick={(event) => {
            event.preventDefault();
            enterOutbreakIndex(lang);
          }}>{tc(lang, 'index')}</a>
          <Suspense fallback={<button type="button" data-testid="export-animation" disabled>{t(lang, 'exportAnimation')}</button>}>
            <ExportAnimation lang={lang} makeSource={curves.length < MIN_COMPARED ? null : () => import('./export-source').then(({ compareAnimationSource }) => compareAnimationSource({
              lang, curves, items: byId, domain, top, scale, cursor, deepLink: currentHref(),
            }))} />
          </Suspense>
        </>} />
      <main className="compare-main" data-testid="compare-view">
        <h2>{tc(lang, 'heading')}</h2>
        <p className="compare-intro">{tc(lang, 'intro')}</p>
        {dropped.length > 0 && (
          <div className="compare-notice" role="status" data-testid="compare-dropped">
            {tc(lang, 'dropped', { ids: dropped.map((d) => d.id).join(', ') })}
            <button type="button" className="link" onClick={dismissIgnored}>{tc(lang, 'dismiss')}</button>
          </div>
        )}
        <ComparePicker lang={lang} items={items} chosen={ids} onChange={(next) => update({ ids: next })} />
        {curves.length < MIN_COMPARED
          ? <p className="compare-empty" data-testid="compare-empty">{tc(lang, 'empty', { max: MAX_COMPARED })}</p>
          : (
            <>
              <ul className="compare-legend" data-testid="compare-legend">
                {curves.map((curve, i) => (
                  <li key={curve.id} data-id={curve.id}>
                    <svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke={COMPARE_COLOURS[i]} strokeWidth="3" strokeDasharray={COMPARE_DASHES[i] || undefined} /></svg>
                    {/* In the reader's language; an English reader also sees the name as written (汉字), as in the picker. */}
                    {lang === 'en' ? <><span lang="en">{byId.get(curve.id)?.en}</span> · <span lang="zh-CN">{byId.get(curve.id)?.zh}</span></> : <span lang="zh-CN">{byId.get(curve.id)?.zh}</span>}
                    <span className="source"> ({sourceNote(i)})</span>
                  </li>
                ))}
              </ul>
              <fieldset className="compare-scale">
                <legend>{tc(lang, 'scale')}</legend>
                {(['linear', 'log'] as const).map((s) => (
                  <label key={s}><input type="radio" name="compare-scale" value={s} checked={scale === s} onChange={() => update({ scale: s })} data-testid={`scale-${s}`} />{tc(lang, s)}</label>
                ))}
                {scale === 'log' && <span className="log-rule" data-testid="log-rule">{tc(lang, 'logRule')}</span>}
              </fieldset>
              <div className="compare-body">
                <div className="compare-figure">
                  <CompareChart lang={lang} curves={curves} domain={domain} top={top} scale={scale} cursor={cursor} />
                  <label className="compare-cursor">
                    <span>{tc(lang, 'cursorLabel')}: <output data-testid="compare-cursor-value">{cursor}</output></span>
                    <input type="range" min={domain.min} max={domain.max} step={1} value={cursor} data-testid="compare-cursor"
                      aria-valuetext={tc(lang, 'cursor', { n: cursor })} onChange={(event) => update({ cursor: Number(event.target.value) })} />
                  </label>
                </div>
                <CursorTable lang={lang} curves={curves} items={byId} cursor={cursor} />
              </div>
            </>
          )}
      </main>
    </div>
  );
}

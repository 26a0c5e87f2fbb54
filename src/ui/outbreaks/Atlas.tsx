/**
 * The whole view: state from the URL, the timeline model and filters, and the views that render them. What is
 * derived from the data and the view is computed by pure functions in src/model; a date step reaches the map
 * through the timeline model (<TimelineStep>), not through the map's props. The page does not read the day: a day
 * step renders only what shows it (DayViews.tsx, issue 22); what needs the day at a click reads it then (dayNow).
 */
import { EpisodeLinks } from './EpisodeLinks';
import { lazy, Suspense, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { filterMask } from '../../filters/match';
import { AtlasMap } from '../../map/outbreaks/AtlasMap';
import { markLatest } from '../../map/user-timing';
import { NO_INSETS } from '../../map/view-insets';
import type { ExportView } from '../../export/export';
import type { AtlasData, AtlasFeature } from '../../model/atlas-data';
import { outbreakTitle } from '../../model/names';
import { clampDay, codecContext, cursorDayScale, dayAfterAligning, dayAfterPicking, dayFileLabel, firstCaseDaysOf, sliderRange, widenRange } from '../../model/periods';
import { calendarDayOf } from '../../model/aligned-dates';
import { searchMatches } from '../../model/search-matches';
import { dayHistogram, valuesPresent } from '../../model/summaries';
import { isoOfDay } from '../../core/calendar-day';
import { formatQuery } from '../../url/codec';
import type { HistoryMode } from '../../url/view-history';
import type { ViewState } from '../../url/view-state';
import { ExportButtons } from './ExportButtons';
import { AtlasTimeline, ChangesOnDay, DayStep, FeaturePanelOnDay } from './DayViews';
import { FiltersPanel } from './FiltersPanel';
import { AppHeader } from '../shell/AppHeader';
import { AlignPicker } from './AlignPicker';
import { enterNational } from '../shell/navigation';
import { enterOutbreakIndex } from '../shell/navigation';
import { Legend } from './Legend';
import { coveredBy } from '../shell/map-insets';
import { mapNames } from '../shell/map-names';
import { MapStatus } from './MapStatus';
import { describeIgnored, firstCaseBasisText, t } from '../shell/i18n';
import { usePageKeys } from '../shell/usePageKeys';
import { Notices } from '../shell/Notices';
import { outbreakColour } from './outbreak-colours';
import { useDay } from '../hooks/useDay';
import { TimelineStep, useTimelineSource } from '../hooks/useTimeline';
import { useSearchNeedle } from './useSearchNeedle';
import { useSelectionFocus } from './useSelectionFocus';
import { useUrlViewState } from './useUrlViewState';
import { OfficialToggle } from '../national/OfficialToggle';
import { useOfficialOverlay } from '../national/useOfficialOverlay';
import { createValueStore } from '../shell/value-store';
import { rt } from '../review/messages';
import { ReviewNoticeBar } from '../review/ReviewNoticeBar';
import { ReviewOpener } from '../review/ReviewOpener';
import { useReview } from '../review/useReview';
import { pageLink } from '../shell/browser-location';

// The review panel (candidate list, placement form, quote view) loads when a draft is opened, not with the atlas.
// The export dialog loads after the first render (its button shows disabled until then).
const ExportAnimation = lazy(() => import('../export-animation/ExportAnimation').then((module) => ({ default: module.ExportAnimation })));
const ReviewPanel = lazy(() => import('../review/ReviewPanel').then((module) => ({ default: module.ReviewPanel })));

export function Atlas({ data }: { data: AtlasData }) {
  markLatest('atlas:page-render', null); // Counted by a browser test: a day step must not render the page (issue 22).
  const context = useMemo(() => codecContext(data), [data]);
  const { view, update, settleTyping, history, ignored, dismissIgnored } = useUrlViewState(context);
  const ignoredLines = useMemo(() => ignored.map((item) => describeIgnored(item, view.lang)), [ignored, view.lang]);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [visibleCount] = useState(() => createValueStore(0));
  const { lang, align, outbreak } = view;
  // A draft under review (src/ui/review) widens the slider to its days and adds its layer, bars and panel.
  const hasSelection = view.selected !== null;
  const clearSelection = useCallback(() => { if (hasSelection) update({ selected: null }, 'push'); }, [hasSelection, update]);
  const { review, derived: draft, selectCandidate, drop, mapCentre } = useReview(data, view, history, clearSelection);
  const range = useMemo(() => widenRange(sliderRange(data, outbreak, align), draft.range), [data, outbreak, align, draft.range]);
  const { setDay, playback, dayNow } = useDay(history, range, update);
  const { model, index } = useTimelineSource(data, align, view.showLifted, dayNow);
  const needle = useSearchNeedle(view.search);
  const mask = useMemo(
    () => filterMask(data.features, { outbreak, kinds: view.kinds, statuses: view.statuses, precisions: view.precisions, search: view.search }, needle),
    [data, outbreak, view.kinds, view.statuses, view.precisions, view.search, needle],
  );
  const matches = useMemo(() => searchMatches(data, mask, needle), [data, mask, needle]);
  const filteredCount = useMemo(() => mask.reduce((n, v) => n + v, 0), [mask]);

  const { toggle } = playback;
  // A draft just opened: show its days when the slider was outside them.
  const showDraftDays = useEffectEvent(() => {
    const day = dayNow();
    if (draft.range && (day < draft.range.min || day > draft.range.max)) setDay(draft.range.min, 'push');
  });
  useEffect(() => {
    if (review.opened > 0) showDraftDays();
  }, [review.opened]);
  usePageKeys(toggle, (event) => {
    if (!view.selected) return;
    event.preventDefault();
    update({ selected: null }, 'push');
  });

  const toCursorDay = useMemo(() => cursorDayScale(data, align), [data, align]);
  const present = useMemo(() => valuesPresent(data, outbreak), [data, outbreak]);
  const histogram = useMemo(() => dayHistogram(data, outbreak, toCursorDay), [data, outbreak, toCursorDay]);
  // Outbreaks compared on their days since the first case get a colour each; their dates differ per outbreak.
  const compared = align === 'first-case' && histogram.series.length > 1;
  const histogramSeries = useMemo(() => histogram.series.map((s) => {
    const index = data.outbreaks.findIndex((o) => o.id === s.outbreakId);
    const first = align === 'first-case' ? firstCaseDaysOf(data).get(s.outbreakId) : undefined;
    return {
      ...s, title: outbreakTitle(data.outbreaks[index], lang), colour: compared ? outbreakColour(index) : null,
      dayZero: first ? firstCaseBasisText(first, lang) : null,
    };
  }), [data, histogram, compared, align, lang]);
  const calendarOf = useMemo(() => (align === 'first-case' ? (d: number, id: string) => calendarDayOf(toCursorDay, d, id) : null), [align, toCursorDay]);
  const listScale = useMemo(() => ({ index, mask, toCursorDay }), [index, mask, toCursorDay]);

  const titleOf = useCallback((id: string) => {
    const found = data.outbreaks.find((o) => o.id === id);
    return found ? outbreakTitle(found, lang) : id;
  }, [data, lang]);
  const selected = view.selected ? data.byId.get(view.selected) ?? null : null;
  const selectedOutbreak = selected ? data.outbreaks.find((o) => o.id === selected.outbreakId) : undefined;
  const sidePanel = useRef<HTMLElement>(null);
  const mapWrap = useRef<HTMLDivElement>(null);
  // Read when the map fits or keeps a place in view, after the layout of that render (the sheet's size).
  const obscured = useCallback(() => (mapWrap.current && sidePanel.current
    ? coveredBy(mapWrap.current.getBoundingClientRect(), sidePanel.current.getBoundingClientRect())
    : NO_INSETS), []);
  const { rememberOpener, takesFocus } = useSelectionFocus(view.selected, sidePanel);
  const select = useCallback((id: string | null) => {
    if (id) rememberOpener();
    update({ selected: id }, 'push');
  }, [update, rememberOpener]);
  // A search match is opened on a day it is on the map: this day if it is, else its first event's day.
  const jumpTo = useCallback((id: string) => {
    const item = data.byId.get(id);
    if (!item) return;
    rememberOpener();
    const onMap = index.stateOf(item.index, dayNow()).phase !== 'hidden';
    update({ selected: id, ...(onMap ? {} : { day: clampDay(toCursorDay(item.eventDays[0], item.outbreakId), range) }) }, 'push');
  }, [data, index, toCursorDay, range, update, rememberOpener, dayNow]);
  const changeFilters = useCallback((patch: Partial<ViewState>, mode: HistoryMode = 'push') => update({ ...patch, selected: null }, mode), [update]);
  const viewChanged = useCallback((zoom: number, centre: [number, number]) => update({ zoom, centre }, 'replace'), [update]);
  const tilesFailedOnce = useCallback(() => setTilesFailed(true), []);
  const histogramDay = useCallback((d: number) => setDay(d, 'push'), [setDay]);
  const sliderDay = useCallback((d: number, deliberate: boolean) => setDay(d, deliberate ? 'push' : 'replace'), [setDay]);
  const offline = view.basemap === 'offline' || tilesFailed;
  const exportDateOf = useCallback((item: AtlasFeature) => isoOfDay(calendarDayOf(toCursorDay, dayNow(), item.outbreakId)), [toCursorDay, dayNow]);
  // Read when clicked: the view (with its day) of that moment.
  const exportView = (): ExportView => {
    const now = history.get();
    return {
      day: now.align === 'first-case' ? `day ${now.day}` : isoOfDay(now.day), alignment: now.align, outbreak: now.outbreak,
      filters: { kinds: now.kinds, statuses: now.statuses, precisions: now.precisions, search: now.search, showLifted: now.showLifted },
      link: pageLink(formatQuery(now, context)),
    };
  };
  const names = useMemo(() => mapNames(lang), [lang]);
  // The official areas of this outbreak's prefecture beside the report's places (loaded when turned on).
  const [showOfficial, setShowOfficial] = useState(false);
  // Made at the day current then; <DayStep> moves it with the day.
  const official = useOfficialOverlay(showOfficial && outbreak !== 'all' && align === 'calendar', data.outbreaks.find((o) => o.id === outbreak), align === 'calendar' ? dayNow() : null);

  return (
    <div className={`atlas${selected ? ' has-selection' : ''}${playback.playing ? ' is-playing' : ''}${review.session ? ' is-reviewing' : ''}`} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <AppHeader
        lang={lang} tagline={t(lang, 'tagline')}
        picker={{ value: outbreak, outbreaks: data.outbreaks, onPick: (choice) => (choice === 'china' ? enterNational(lang) : choice === 'outbreaks' ? enterOutbreakIndex(lang)
          : update({ outbreak: choice, selected: null, zoom: null, centre: null, day: dayAfterPicking(data, history.get(), choice) }, 'push')) }}
        basemap={{ value: offline ? 'offline' : 'osm', choices: ['osm', 'offline'], onChange: (b) => b !== 'amap' && update({ basemap: b }, 'push') }}
        onLanguage={() => update({ lang: lang === 'zh' ? 'en' : 'zh' }, 'push')}
        // The frame drawing (atlas-source and its scene) loads when the dialog opens, not with the atlas.
        menu={<><AlignPicker lang={lang} value={align} onChange={(a) => update({ align: a, day: dayAfterAligning(data, history.get(), a) }, 'push')} />
          <Suspense fallback={<button type="button" data-testid="export-animation" disabled>{t(lang, 'exportAnimation')}</button>}><ExportAnimation lang={lang} makeSource={() => import('../export-animation/atlas-source').then(({ atlasAnimationSource }) => atlasAnimationSource({
          data, index, mask, outbreak, align, lang, range, day: dayNow(), speed: playback.speed, deepLink: exportView().link,
          tilesOnScreen: !offline, toCursorDay, eventsPerDay: histogram.events,
          mapView: { zoom: view.zoom, centre: view.centre, width: mapWrap.current?.clientWidth ?? 0, height: mapWrap.current?.clientHeight ?? 0 }, review: review.session,
        }))} /></Suspense></>}
      />
      <main className="atlas-body">
        <div className={`map-wrap${drop.over ? ' is-drop-target' : ''}`} {...drop.handlers} data-testid="map-drop-zone" ref={mapWrap}>
          <Notices lang={lang} ignored={ignoredLines} onDismiss={dismissIgnored} tilesFailed={tilesFailed && view.basemap === 'osm'}>
            {review.notice && <ReviewNoticeBar lang={lang} notice={review.notice} onDismiss={review.dismiss} />}
          </Notices>
          <AtlasMap
            draft={draft.layer}
            official={official.overlay}
            data={data} model={model} outbreak={outbreak} mask={mask} selectedId={view.selected}
            zoom={view.zoom} centre={view.centre} lang={lang} names={names} obscured={obscured} offline={offline}
            onTilesFailed={tilesFailedOnce} onSelect={select} onViewChange={viewChanged} onVisibleChange={visibleCount.set}
          />
          <MapStatus lang={lang} filteredCount={filteredCount} visible={visibleCount} draftCandidates={draft.layer?.view.features.length ?? null} />
          {drop.over && <div className="drop-overlay" aria-hidden="true">{rt(lang, 'dropHere')}</div>}
        </div>
        <aside className="side-panel" ref={sidePanel}>
          {selected && selectedOutbreak && (
            <FeaturePanelOnDay
              key={selected.feature.properties.id}
              lang={lang} item={selected} outbreak={selectedOutbreak} index={index} days={history}
              takeFocus={takesFocus()}
              onClose={() => select(null)}
              onDate={(calendarDay) => setDay(toCursorDay(calendarDay, selected.outbreakId), 'push')}
            />
          )}
          {!selected && review.session && (
            <Suspense fallback={null}>
              <ReviewPanel lang={lang} review={review} today={draft.today} mapCentre={mapCentre} onSelect={selectCandidate} />
            </Suspense>
          )}
          {/* Hidden, not unmounted, while a place is open: what opened it keeps its element and gets the focus back. */}
          <div className="overview" hidden={Boolean(selected) || Boolean(review.session)}>
              <ChangesOnDay lang={lang} data={data} scale={listScale} days={history} onSelect={select} outbreakTitle={outbreak === 'all' ? titleOf : undefined} />
              <FiltersPanel lang={lang} kinds={view.kinds} statuses={view.statuses} precisions={view.precisions} search={view.search}
                showLifted={view.showLifted} present={present} onChange={changeFilters} onSearchDone={settleTyping}
                matches={matches} outbreakTitle={outbreak === 'all' ? titleOf : undefined} onJump={jumpTo} />
              <OfficialToggle lang={lang} on={showOfficial} onChange={setShowOfficial} available={outbreak !== 'all' && align === 'calendar'} load={official.load} areas={official.overlay?.areas ?? null} />
              <EpisodeLinks lang={lang} outbreak={data.outbreaks.find((o) => o.id === outbreak)} />
              <Legend lang={lang} kinds={present.kinds} statuses={present.statuses} />
              <ExportButtons lang={lang} data={data} model={model} mask={mask} dayLabel={() => dayFileLabel(history.get())} dateOf={exportDateOf} view={exportView} />
              <ReviewOpener lang={lang} onFiles={(files) => void review.open(files)} />
          </div>
        </aside>
      </main>
      <AtlasTimeline
        lang={lang} days={history} min={range.min} max={range.max} aligned={align === 'first-case'}
        series={histogramSeries} calendarOf={calendarOf} draftEventsPerDay={draft.eventsPerDay} playback={playback}
        firstEventDay={histogram.eventSpan?.first ?? range.min} lastEventDay={histogram.eventSpan?.last ?? range.max}
        onHistogramDay={histogramDay} onSliderDay={sliderDay}
      />
      {/* After the page's other parts, as the page's own layout effect ran before (the map's layers are mounted). */}
      <TimelineStep model={model} index={index} days={history} />
      <DayStep model={official.overlay?.model ?? null} days={history} />
    </div>
  );
}

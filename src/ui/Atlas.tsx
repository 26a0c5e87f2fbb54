/** The whole view: state from the URL, derived timeline and filters, and the views that render them. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AtlasData } from '../data/load';
import type { Kind, Precision, Status } from '../data/schema';
import { filterMask } from '../filters/match';
import { AtlasMap } from '../map/AtlasMap';
import { dayNumber } from '../timeline/days';
import { TimelineCursor, TimelineIndex } from '../timeline/index';
import { DEFAULT_TIMELINE_OPTIONS } from '../timeline/state';
import { codecContext, cursorDay, sliderRange, timelineInput, viewPatchForDay } from './atlas-model';
import { ChangesToday, type Change } from './ChangesToday';
import { ExportButtons } from './ExportButtons';
import { FeaturePanel } from './FeaturePanel';
import { FiltersPanel } from './FiltersPanel';
import { Header } from './Header';
import { Histogram } from './Histogram';
import { Legend } from './Legend';
import { MapStatus } from './MapStatus';
import { Notices } from './Notices';
import { usePlayback } from './hooks/usePlayback';
import { useUrlViewState } from './hooks/useUrlViewState';
import { TimeControls } from './TimeControls';
import { createValueStore } from './value-store';
import type { ViewState } from '../url/view-state';

export function Atlas({ data }: { data: AtlasData }) {
  const context = useMemo(() => codecContext(data), [data]);
  const { view, update, ignored, dismissIgnored } = useUrlViewState(context);
  const [tilesFailed, setTilesFailed] = useState(false);
  const visibleCount = useMemo(() => createValueStore(0), []);
  const lang = view.lang;
  const day = cursorDay(view);
  const range = sliderRange(data, view);

  const index = useMemo(
    () => new TimelineIndex(timelineInput(data, view.align), { ...DEFAULT_TIMELINE_OPTIONS, showLifted: view.showLifted }),
    [data, view.align, view.showLifted],
  );
  // One cursor per index; it is moved (not rebuilt) on every step. Created at the day current when the index changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const cursor = useMemo(() => new TimelineCursor(index, day), [index]);
  const mask = useMemo(
    () => filterMask(data.features, { outbreak: view.outbreak, kinds: view.kinds, statuses: view.statuses, precisions: view.precisions, search: view.search }),
    [data, view.outbreak, view.kinds, view.statuses, view.precisions, view.search],
  );
  const filteredCount = useMemo(() => mask.reduce((n, v) => n + v, 0), [mask]);

  const setDay = useCallback((next: number, deliberate = false, playing = false) => {
    update(viewPatchForDay(view, Math.min(range.max, Math.max(range.min, next))), playing ? 'none' : deliberate ? 'push' : 'replace');
  }, [update, view, range.min, range.max]);
  const playback = usePlayback({ day, max: range.max, onStep: (next) => setDay(next, false, true), onStop: () => update({}, 'replace') });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== ' ' || target.closest('input, select, textarea, button, [contenteditable]')) return;
      event.preventDefault();
      playback.toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [playback]);

  const inSelection = useMemo(() => data.features.filter((f) => view.outbreak === 'all' || f.outbreakId === view.outbreak), [data, view.outbreak]);
  const present = useMemo(() => ({
    kinds: new Set<Kind>(inSelection.map((f) => f.feature.properties.kind)),
    statuses: new Set<Status>(inSelection.flatMap((f) => f.feature.properties.events.map((e) => e.status))),
    precisions: new Set<Precision>(inSelection.map((f) => f.feature.properties.precision)),
  }), [inSelection]);
  const starts = useMemo(() => new Map(data.outbreaks.map((o) => [o.id, dayNumber(o.period.start)])), [data]);
  const toCursorDay = useCallback((calendarDay: number, outbreakId: string) => (view.align === 'first-case' ? calendarDay - (starts.get(outbreakId) ?? 0) : calendarDay), [view.align, starts]);

  const histogram = useMemo(() => {
    const events = new Map<number, number>();
    const cases = new Map<number, number>();
    for (const item of inSelection) {
      for (const d of item.eventDays) {
        const key = toCursorDay(d, item.outbreakId);
        events.set(key, (events.get(key) ?? 0) + 1);
      }
    }
    for (const outbreak of data.outbreaks) {
      if (view.outbreak !== 'all' && outbreak.id !== view.outbreak) continue;
      for (const count of outbreak.caseCounts ?? []) {
        if (count.basis !== 'new' || count.confirmed === undefined) continue;
        const key = toCursorDay(dayNumber(count.date), outbreak.id);
        cases.set(key, (cases.get(key) ?? 0) + count.confirmed);
      }
    }
    return { events, cases };
  }, [inSelection, data, view.outbreak, toCursorDay]);
  const eventDaysSorted = useMemo(() => [...histogram.events.keys()].sort((a, b) => a - b), [histogram]);

  const changes: Change[] = useMemo(() => index.changesOn(day)
    .filter((i) => mask[i] === 1)
    .flatMap((i) => {
      const item = data.features[i];
      // Event days were parsed once at load; a step only compares numbers.
      return item.feature.properties.events
        .filter((_, e) => toCursorDay(item.eventDays[e], item.outbreakId) === day)
        .map((event) => ({ item, event }));
    }), [index, day, mask, data, toCursorDay]);

  const outbreakTitle = useCallback((id: string) => {
    const outbreak = data.outbreaks.find((o) => o.id === id);
    return outbreak ? (lang === 'en' ? outbreak.titleEn : outbreak.title) : id;
  }, [data, lang]);
  const selected = view.selected ? data.byId.get(view.selected) ?? null : null;
  const selectedOutbreak = selected ? data.outbreaks.find((o) => o.id === selected.outbreakId) : undefined;
  const select = useCallback((id: string | null) => update({ selected: id }, 'push'), [update]);
  const changeFilters = useCallback((patch: Partial<ViewState>) => update({ ...patch, selected: null }, 'push'), [update]);
  const offline = view.basemap === 'offline' || tilesFailed;

  return (
    <div className={`atlas${selected ? ' has-selection' : ''}${playback.playing ? ' is-playing' : ''}`} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Header lang={lang} view={view} data={data} onChange={update} offline={offline} />
      <Notices lang={lang} ignored={ignored} onDismiss={dismissIgnored} tilesFailed={tilesFailed && view.basemap === 'osm'} />
      <main className="atlas-body">
        <div className="map-wrap">
          <AtlasMap
            data={data} outbreak={view.outbreak} cursor={cursor} day={day} mask={mask} selectedId={view.selected}
            zoom={view.zoom} centre={view.centre} lang={lang} offline={offline}
            onTilesFailed={() => setTilesFailed(true)}
            onSelect={(id) => select(id)}
            onViewChange={(zoom, centre) => update({ zoom, centre }, 'replace')}
            onVisibleChange={visibleCount.set}
          />
          <MapStatus lang={lang} filteredCount={filteredCount} visible={visibleCount} />
        </div>
        <aside className="side-panel">
          {selected && selectedOutbreak ? (
            <FeaturePanel
              key={selected.feature.properties.id}
              lang={lang} item={selected} outbreak={selectedOutbreak} state={index.stateOf(selected.index, day)}
              onClose={() => select(null)}
              onDate={(calendarDay) => setDay(toCursorDay(calendarDay, selected.outbreakId), true)}
            />
          ) : (
            <>
              <ChangesToday lang={lang} changes={changes} onSelect={(id) => select(id)} outbreakTitle={view.outbreak === 'all' ? outbreakTitle : undefined} />
              <FiltersPanel lang={lang} kinds={view.kinds} statuses={view.statuses} precisions={view.precisions} search={view.search}
                showLifted={view.showLifted} kindsPresent={present.kinds} statusesPresent={present.statuses}
                precisionsPresent={present.precisions} onChange={changeFilters} />
              <Legend lang={lang} kinds={present.kinds} statuses={present.statuses} />
              <ExportButtons lang={lang} data={data} cursor={cursor} mask={mask} dateLabel={view.align === 'first-case' ? `day-${day}` : view.date} />
            </>
          )}
        </aside>
      </main>
      <footer className="timeline">
        <Histogram lang={lang} min={range.min} max={range.max} day={day} aligned={view.align === 'first-case'}
          eventsPerDay={histogram.events} casesPerDay={histogram.cases} onDay={(d) => setDay(d, true)} />
        <TimeControls
          lang={lang} day={day} min={range.min} max={range.max} aligned={view.align === 'first-case'}
          playing={playback.playing} speed={playback.speed} onSpeed={playback.setSpeed} onTogglePlay={playback.toggle}
          firstEventDay={eventDaysSorted[0] ?? range.min} lastEventDay={eventDaysSorted.at(-1) ?? range.max}
          onDay={(d, deliberate) => setDay(d, deliberate)}
        />
      </footer>
    </div>
  );
}


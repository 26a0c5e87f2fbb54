/**
 * The national view (o=china): the official areas in force on the slider's day, 2020-07-29 .. 2022-12-24, with
 * the same time controls as the outbreaks, the day's totals, a histogram of entries per day with no-data days
 * marked, the trip check, and the area panel. The record loads when this view opens; until then the map says so,
 * with progress; the totals and the histogram show as soon as the small meta file is in.
 * The page does not read the day: what shows it is wrapped in <OnDay> or steps on its own (NationalDayParts.tsx,
 * issue 22); what needs the day at a click reads it then (dayNow).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NationalMap } from '../../map/national/NationalMap';
import { markLatest } from '../../map/user-timing';
import type { NationalLayers } from '../../map/national/national-layers';
import type { AtlasData } from '../../model/atlas-data';
import type { UnitLevel } from '../../national/admin-units';
import type { NationalDayModel } from '../../national/national-model';
import { LAST_DAY_WITH_AREAS, RECORD_FIRST_DAY, RECORD_LAST_DAY, type OfficialArea } from '../../national/official-contract';
import { PlaceSearch, type PlaceMatch } from '../../national/place-search';
import { OFFICIAL_ATTRIBUTION, OFFICIAL_CREDIT } from '../../official/credit';
import { isoOfDay } from '../../core/calendar-day';
import { TripIndex, nameOf, type TripHit } from '../../trip/trip-check';
import { hitDay } from '../../trip/trip-day';
import { displayAddress } from '../../national/display-address';
import { tripCsv } from '../../trip/trip-csv';
import { inChinaBounds, type TripState } from '../../url/trip-codec';
import { NO_INSETS } from '../../map/view-insets';
import { coveredBy } from '../shell/map-insets';
import { useDay } from '../hooks/useDay';
import { AppHeader } from '../shell/AppHeader';
import { download } from '../shell/download';
import { usePageKeys } from '../shell/usePageKeys';
import { describeNationalIgnored } from './ignored-lines';
import { reportPlacesForTrip } from './report-places';
import { tn, tripLevelLabel } from './messages';
import { t } from '../shell/i18n';
import { NationalLegend, NationalSidePanel } from './NationalSidePanel';
import { InViewListOnDay, NationalDayStep, nationalDayFacts, OnDay, useTripMarks } from './NationalDayParts';
import { NationalMapPane } from './NationalMapPane';
import { NationalTimeline } from './NationalTimeline';
import { SelectedAreaPanel } from './SelectedAreaPanel';
import { OfficialAreaList } from './OfficialAreaPanel';
import { useAreaSelection } from './useAreaSelection';
import { TripPanel, type TripPlaceName } from './TripPanel';
import { useTripDay } from './useTripDay';
import { ExportAnimation } from '../export-animation/ExportAnimation';
import { englishName } from './national-glue';
import { layerDataOf } from './layer-data';
import { mapFit } from './map-view';
import { useNationalData } from './useNationalData';
import { earlyModelFor, nationalModelFor } from './national-models';
import type { ViewScope } from './view-scope';
import { nationalUrlCodec } from '../../url/national-codec';
import { URL_KEYS } from '../../url/keys';
import { clampDay } from '../../time/day';
import { currentHref, currentQuery } from '../shell/browser-location';
import { useUrlState } from '../hooks/useUrlState';

export interface NationalViewProps {
  data: AtlasData;
  /** Leaves for an outbreak view ("all" or an outbreak id). */
  onOutbreak: (outbreak: string, lang: 'zh' | 'en') => void;
  /** A part of the record (an episode: its unit and days); without one the view covers all China. */
  scope?: ViewScope;
}

const RANGE = { min: RECORD_FIRST_DAY, max: RECORD_LAST_DAY };

export function NationalView({ data, onOutbreak, scope }: NationalViewProps) {
  markLatest('atlas:page-render', null); // Counted by a browser test: a day step must not render the page (issue 22).
  const { view, update, history, ignored, dismissIgnored } = useUrlState(nationalUrlCodec(scope?.url));
  const { lang } = view;
  const range = scope?.url.range ?? RANGE;
  // Stable across steps (the day is not among their inputs); `dayNow` reads the day (in the range) when called.
  const { setDay, playback, dayNow } = useDay(history, range, update);
  const { load, retry } = useNationalData(true);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [picking, setPicking] = useState(false);
  const [spot, setSpot] = useState<number[]>([]);
  const [layers, setLayers] = useState<NationalLayers | null>(null);
  const [tripPlace, setTripPlace] = useState<TripPlaceName | null>(null);
  // A trip link without a day follows its result as a trip set in the panel does.
  const [tripLinkWithoutDay] = useState(() => view.trip !== null && !new URLSearchParams(currentQuery()).has(URL_KEYS.date));

  const ready = load.status === 'ready' ? load : null;
  const record = ready?.record ?? null;
  // Made at the day current then (once per record); <NationalDayStep> moves them with the day.
  const model = ready ? nationalModelFor(ready, dayNow()) : null;
  // Until the record is in, the map draws the circles from the counts per unit and day (unit-days.json).
  const early = !ready && load.status === 'loading' ? load.early : null;
  const loadingTotals = load.status === 'loading' ? load.totals : null;
  const mapModel: NationalDayModel | null = model ?? (early && loadingTotals ? earlyModelFor(early, loadingTotals, dayNow()) : null);
  const unitsSource = ready ?? early;

  const nationalTotals = load.status === 'ready' ? load.record.totals : load.status === 'loading' ? load.totals : null;
  // A scope counts its own unit (from range.min); the national totals still tell which days show an earlier list.
  const totals = scope?.totals ?? nationalTotals;
  // A day without a list: the map shows the last listed day's state, marked as not confirmed by this day's list.
  const factsOf = (day: number) => nationalDayFacts(day, range, totals, nationalTotals);

  const layerData = useMemo(() => layerDataOf(ready, early), [ready, early]);

  const { toggle } = playback;
  usePageKeys(toggle);

  const { id: selectedArea, unknown: unknownArea, dismiss: dismissUnknownArea, selectionOf } = useAreaSelection(view.selected, record, update);
  const selectArea = useCallback((id: number | null) => update({ selected: selectionOf(id) }, 'push'), [update, selectionOf]);
  const selectAreas = useCallback((ids: number[]) => {
    if (ids.length === 1) {
      setSpot([]);
      selectArea(ids[0]);
    } else {
      setSpot(ids);
      selectArea(null);
    }
  }, [selectArea, setSpot]);

  const unitName = useCallback((level: UnitLevel, unit: number) => {
    const u = unitsSource?.units[level].units[unit];
    if (!u) return '';
    const name = lang === 'en' ? englishName(unitsSource.pinyin, u.division.name) : u.division.name;
    return u.unknownCounty ? tn(lang, 'countyNotNamed', { name }) : name;
  }, [unitsSource, lang]);
  const describeUnit = useCallback((level: UnitLevel, unit: number) => {
    if (!mapModel) return '';
    return tn(lang, 'unitTooltip', { name: unitName(level, unit), high: mapModel.counts[level].high[unit], medium: mapModel.counts[level].medium[unit] });
  }, [mapModel, lang, unitName]);
  const describeAreas = useCallback((ids: number[]) => {
    const first = displayAddress(record?.area(ids[0])?.address ?? '');
    return ids.length > 1 ? tn(lang, 'areasHere', { address: first, n: ids.length, more: ids.length - 1 }) : first;
  }, [record, lang]);
  const onSelectUnit = useCallback((level: UnitLevel, unit: number) => {
    const labels = layerData?.units[level][unit];
    if (!labels || !Number.isFinite(labels.lat)) return;
    const zoom = level === 'province' ? 6 : level === 'prefecture' ? 8 : 11;
    update({ zoom, centre: [Number(labels.lat.toFixed(4)), Number(labels.lon.toFixed(4))] }, 'push');
  }, [layerData, update]);

  const reportPlaces = useMemo(() => reportPlacesForTrip(data), [data]);
  // Built when a trip is first asked for. The search reads only each area's id and point; the areas it finds are
  // given their full records (address, precision rule) afterwards, so 174k records are never built for it.
  const wantsTrip = view.trip !== null;
  const tripIndex = useMemo(() => {
    if (!ready || !model || !wantsTrip) return null;
    const r = ready.record;
    const points = Array.from({ length: r.areaCount }, (_, id) => ({ id, lon: r.lon[id], lat: r.lat[id] }));
    return new TripIndex({
      areas: points as unknown as OfficialArea[],
      runsOf: (id) => model.timeline.intervalsOf(id),
      uncertaintyMetres: (area) => layerData?.uncertaintyMetres[area.id] ?? 0,
      coverage: r.coverage,
      listedBetween: (id, from, to) => model.timeline.listedBetween(id, from, to),
    }, reportPlaces);
  }, [ready, model, layerData, reportPlaces, wantsTrip]);
  const tripResult = useMemo(() => {
    if (!view.trip || !tripIndex || !record) return null;
    const result = tripIndex.check({ ...view.trip });
    return { ...result, hits: result.hits.map((hit) => (hit.place.source === 'official' ? { ...hit, place: { source: 'official' as const, area: record.area(hit.place.area.id) ?? hit.place.area } } : hit)) };
  }, [view.trip, tripIndex, record]);
  const search = useMemo(() => {
    if (!ready) return null;
    const addresses = { length: ready.record.areaCount } as { length: number };
    const proxy = new Proxy(addresses, { get: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) ? { address: ready.record.area(Number(key))?.address ?? '' } : Reflect.get(target, key)) });
    const { pinyin } = ready;
    return new PlaceSearch(proxy as never, data.features.map((f) => ({ featureId: f.feature.properties.id, searchKey: f.searchKey })), ready.divisionList, (han) => pinyin.syllablesOf(han));
  }, [ready, data]);
  const locate = useCallback((match: PlaceMatch) => {
    if (match.kind === 'coordinates') return { lat: match.lat, lon: match.lon };
    if (match.kind === 'official' && record && Number.isFinite(record.lat[match.area])) return { lat: record.lat[match.area], lon: record.lon[match.area] };
    if (match.kind === 'division' && match.division.centre) return { lat: match.division.centre[1], lon: match.division.centre[0] };
    if (match.kind === 'report') {
      const feature = data.byId.get(match.featureId)?.feature;
      if (feature?.geometry.type === 'Point') return { lat: feature.geometry.coordinates[1], lon: feature.geometry.coordinates[0] };
    }
    return null;
  }, [record, data]);
  const matchLabel = useCallback((match: PlaceMatch) => {
    if (match.kind === 'coordinates') return `${match.lat}, ${match.lon}`;
    if (match.kind === 'official') return displayAddress(record?.area(match.area)?.address ?? '');
    if (match.kind === 'division') {
      // The parents tell 金山区 (上海市) from 金山区 (黑龙江省鹤岗市).
      const parents = search?.parentsOf(match.division).reverse() ?? [];
      if (lang === 'zh') return parents.length ? `${match.division.name}（${parents.reverse().map((d) => d.name).join('')}）` : match.division.name;
      const pinyin = ready?.pinyin;
      const name = pinyin ? englishName(pinyin, match.division.name) : match.division.name;
      return parents.length ? `${name} (${parents.map((d) => pinyin?.nameOf(d.name) ?? d.name).join(', ')})` : name;
    }
    const feature = data.byId.get(match.featureId)?.feature.properties;
    return feature ? (lang === 'en' ? `${feature.nameEn} · ${feature.name}` : feature.name) : match.featureId;
  }, [record, data, lang, search, ready]);
  const followTrip = useTripDay(tripResult, dayNow, useCallback((d: number) => update({ day: clampDay(d, range) }, 'replace'), [update, range]), tripLinkWithoutDay);
  const setTrip = useCallback((trip: TripState | null) => {
    setPicking(false);
    if (trip) followTrip();
    update({ trip }, 'push');
  }, [update, setPicking, followTrip]);
  const marks = useTripMarks(tripResult?.hits ?? null, history, range);
  const tripHitLabel = useCallback((hit: TripHit) => (hit.place.source === 'official' ? displayAddress(hit.place.area.address) : nameOf(hit)), []);
  // A place of the result opens on a day it is in force, not on whatever day the slider was.
  const selectTripHit = useCallback((hit: TripHit) => {
    if (hit.place.source === 'official') {
      setSpot([]);
      update({ selected: selectionOf(hit.place.area.id), day: hitDay(hit, dayNow()) }, 'push');
    } else onOutbreak(`${hit.place.place.outbreakId}&sel=${hit.place.place.featureId}`, lang);
  }, [update, dayNow, onOutbreak, lang, setSpot, selectionOf]);

  // The keyboard list of what is in view follows the view when it settles and the day once the slider has rested.
  const [viewKey, setViewKey] = useState(0);
  useEffect(() => (layers ? layers.onSettled(() => setViewKey((n) => n + 1)) : undefined), [layers]);

  const selected = selectedArea !== null && record ? record.area(selectedArea) : undefined;
  const addressOf = (id: number) => displayAddress(record?.area(id)?.address ?? '');
  const offline = view.basemap === 'offline' || tilesFailed;
  // With no view in the URL the map fits China, or the trip's circle when a link opens one.
  const fit = useMemo(() => mapFit(view.trip, scope?.fit), [view.trip, scope]);
  // As in the outbreak views: the fit goes into the part of the map the phone's sheet leaves (read at fit time).
  const mapWrap = useRef<HTMLDivElement>(null);
  const sidePanel = useRef<HTMLElement>(null);
  const obscured = useCallback(() => (mapWrap.current && sidePanel.current
    ? coveredBy(mapWrap.current.getBoundingClientRect(), sidePanel.current.getBoundingClientRect())
    : NO_INSETS), []);
  const loadingText = load.status === 'loading' ? tn(lang, load.early ? 'loadingAreas' : 'loadingNational', { done: load.done, total: load.total }) : null;

  // In the side panel under the day's totals; each part that shows the day reads it (deferred) itself.
  const panels = selected && record && selectedArea !== null ? (
    <OnDay key={selectedArea} days={history} range={range} deferred>{(day) => <SelectedAreaPanel lang={lang} day={day} record={record} id={selectedArea} data={data}
      onDate={(d) => setDay(d, 'push')} onClose={() => selectArea(null)}
      onSelectReport={(featureId) => onOutbreak(`${data.byId.get(featureId)?.outbreakId ?? 'all'}&sel=${featureId}`, lang)} />}</OnDay>
  ) : (
    <>
      {spot.length > 1 && <OfficialAreaList lang={lang} title={tn(lang, 'areasHere', { address: '', n: spot.length, more: spot.length - 1 })} areas={spot} label={addressOf} onSelect={(id) => selectArea(id)} />}
      <OnDay days={history} range={range} deferred>{(day) => <TripPanel
        lang={lang} trip={view.trip} result={tripResult} firstDay={range.min} lastDay={range.max} day={day}
        search={search} locate={locate} matchLabel={matchLabel}
        hitLabel={tripHitLabel} placeName={tripPlace} onPlaceName={setTripPlace} marked={marks?.marks.length ?? 0} unmarked={marks?.left ?? 0}
        levelLabel={(level) => tripLevelLabel(level, lang)}
        isInChina={inChinaBounds} picking={picking} onPick={setPicking} onChange={setTrip}
        onSelectHit={selectTripHit}
        onExport={() => tripResult && download(`trip-${isoOfDay(tripResult.query.from)}-${isoOfDay(tripResult.query.to)}.csv`, 'text/csv', tripCsv(tripResult, { official: OFFICIAL_CREDIT.en, reports: 'Outbreak Atlas report places (geo/outbreaks, quotes from the reports)' }))}
      />}</OnDay>
      <OnDay days={history} range={range} deferred>{(day) => <InViewListOnDay day={day} layers={layers} viewKey={viewKey} layerData={layerData} model={mapModel}
        totals={totals} nationalTotals={nationalTotals} range={range} lang={lang} describeUnit={describeUnit} onSelectUnit={onSelectUnit} addressOf={addressOf} onSelectArea={(id) => selectArea(id)} />}</OnDay>
      <NationalLegend lang={lang} />
    </>
  );
  // Made here, not inside the map pane's <OnDay>: the same element each step, so a step does not render the map.
  const map = (
    <NationalMap
      lang={lang} basemap={view.basemap} attribution={OFFICIAL_ATTRIBUTION[lang]} amapNote={t(lang, 'amapNote')} fitKey={fit.key} obscured={obscured} offline={offline} zoom={view.zoom} centre={view.centre} fitBounds={fit.bounds} dimOutside={scope?.outline ?? null}
      model={mapModel} layerData={layerData} selected={selectedArea === null ? spot : [selectedArea]}
      trip={view.trip} picking={picking} tripMarks={marks} onSelectTripHit={selectTripHit}
      describeTripHits={(hits) => (hits.length > 1 ? tn(lang, 'areasHere', { address: tripHitLabel(hits[0]), n: hits.length, more: hits.length - 1 }) : tripHitLabel(hits[0]))}
      onPick={(lat, lon) => setTrip({ lat, lon, radiusKm: view.trip?.radiusKm ?? 5, from: view.trip?.from ?? Math.max(range.min, dayNow() - 13), to: view.trip?.to ?? dayNow() })}
      onTilesFailed={() => setTilesFailed(true)}
      onViewChange={(zoom, centre) => update({ zoom, centre }, 'replace')}
      onSelectAreas={selectAreas} onSelectUnit={onSelectUnit} describeUnit={describeUnit} describeAreas={describeAreas}
      onLayers={setLayers}
      extraLayers={scope?.mapLayer && <OnDay days={history} range={range}>{(day) => scope.mapLayer?.(lang, day)}</OnDay>}
    />
  );

  return (
    <div className={`atlas is-national${selected ? ' has-selection' : ''}${playback.playing ? ' is-playing' : ''}`} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <AppHeader
        lang={lang} tagline={scope?.title[lang] ?? tn(lang, 'nationalTagline')}
        picker={{ value: scope?.url.outbreak ?? 'china', outbreaks: data.outbreaks, scope: scope ? { value: scope.url.outbreak, label: scope.pickerLabel[lang] } : undefined, onPick: (o) => onOutbreak(o, lang) }}
        basemap={{ value: offline ? 'offline' : view.basemap, choices: ['osm', 'amap', 'offline'], onChange: (b) => {
          setTilesFailed(false);
          update({ basemap: b }, 'push');
        } }}
        onLanguage={() => update({ lang: lang === 'zh' ? 'en' : 'zh' }, 'push')}
        menu={<ExportAnimation lang={lang} makeSource={ready && layerData ? () => import('./export-source').then(({ nationalAnimationSource }) => nationalAnimationSource({
          record: ready.record, units: ready.units, layer: layerData, range, day: dayNow(), speed: playback.speed,
          mapView: { zoom: view.zoom, centre: view.centre, width: mapWrap.current?.clientWidth ?? 0, height: mapWrap.current?.clientHeight ?? 0 },
          lang, deepLink: currentHref(), tilesOnScreen: !offline,
          // An episode id is `<adcode>-<date>` (src/national/episode-scope.ts): its unit's areas are drawn.
          scope: scope ? { id: scope.url.outbreak, adcode: scope.url.outbreak.split('-')[0], title: scope.title[lang], bounds: scope.fit.bounds, outline: scope.outline, totals: scope.totals, points: layerData } : undefined,
        })) : null} />}
      />
      <main className="atlas-body">
        <OnDay days={history} range={range}>{(day) => {
          const { noList, shownDay, unconfirmed } = factsOf(day);
          return <NationalMapPane lang={lang} wrapRef={mapWrap} shownDay={shownDay} unconfirmed={unconfirmed}
          notices={{ ignored: (unknownArea ? [...ignored, unknownArea] : ignored).map((item) => describeNationalIgnored(item, lang)), onDismiss: () => { dismissIgnored(); dismissUnknownArea(); }, tilesFailed: tilesFailed && view.basemap !== 'offline',
            dayNote: noList ? (unconfirmed ? tn(lang, 'noListShowing', { shown: isoOfDay(shownDay).slice(5) }) : tn(lang, 'noDataDay')) : null }}
          loading={loadingText ? { text: loadingText, countsDrawn: Boolean(early) } : null}
          failure={load.status === 'error' ? { message: load.message, retry } : null}>{map}</NationalMapPane>;
        }}</OnDay>
        <OnDay days={history} range={range}>{(day) => {
          const { counts, noList, shownDay, unconfirmed } = factsOf(day);
          return <NationalSidePanel lang={lang} panelRef={sidePanel} scopePanel={scope && <OnDay days={history} range={range} deferred>{(late) => scope.panel(lang, late)}</OnDay>} summary={{
            label: scope?.totalsLabel[lang] ?? tn(lang, 'totalsLabel'), counts, noList, shownDay: unconfirmed ? shownDay : null,
            defaultDay: !scope && day === LAST_DAY_WITH_AREAS ? { day: LAST_DAY_WITH_AREAS, last: RECORD_LAST_DAY } : null,
          }}>{panels}</NationalSidePanel>;
        }}</OnDay>
      </main>
      <OnDay days={history} range={range}>{(day) => <NationalTimeline lang={lang} range={range} day={day} totals={totals} playback={playback} onDay={setDay} />}</OnDay>
      {/* Last, as the page's own layout effect ran after its parts before. */}
      <NationalDayStep model={mapModel} days={history} range={range} />
    </div>
  );
}

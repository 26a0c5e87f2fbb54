/**
 * The covering seed report's places in the episode view: the report and the official areas are one outbreak, so
 * its places are drawn on the episode map as the outbreak view draws them (the same FeatureLayer: markers, precision
 * rings, polygons, src/map/style.ts) in the state the report's own timeline gives them on the slider's day, and
 * listed in the panel as links to each place in the report's view on that day.
 */
import { useMemo } from 'react';
import { FeatureLayer } from '../../map/outbreaks/FeatureLayer';
import { NO_INSETS } from '../../map/view-insets';
import type { Outbreak } from '../../data/schema';
import type { AtlasData } from '../../model/atlas-data';
import { placeLabel } from '../../model/names';
import { timelineIndex } from '../../model/timeline-input';
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { useTimelineModel } from '../hooks/useTimeline';
import { mapNames } from '../shell/map-names';
import { te } from './messages';

/** `?o=anyang&sel=<feature id>&d=<day>` without the `?o=` (what onOutbreak and leaveNational take). */
export const reportPlaceTarget = (report: string, featureId: string, day: number) => `${report}&sel=${featureId}&d=${isoOfDay(day)}`;

const maskOf = (data: AtlasData, report: string) => Uint8Array.from(data.features, (f) => (f.outbreakId === report ? 1 : 0));

export interface ReportPlacesProps {
  data: AtlasData;
  report: Outbreak;
  day: number;
  lang: Language;
  onSelect: (featureId: string) => void;
}

/** On the map (inside the MapContainer): the report's places on `day`, a click opens the place in the report view. */
export function ReportPlacesLayer({ data, report, day, lang, onSelect }: ReportPlacesProps) {
  const { model } = useTimelineModel(data, 'calendar', false, day);
  const mask = useMemo(() => maskOf(data, report.id), [data, report]);
  const names = useMemo(() => mapNames(lang), [lang]);
  return (
    <FeatureLayer data={data} model={model} outbreak={report.id} mask={mask} lang={lang} names={names} selectedId={null}
      obscured={() => NO_INSETS} onSelect={onSelect} onVisibleChange={() => undefined} />
  );
}

/** In the panel: the legend's line and the keyboard way to the same places (links to the report's view). */
export function ReportPlacesList({ data, report, day, lang, onSelect }: ReportPlacesProps) {
  const index = useMemo(() => timelineIndex(data, 'calendar', false), [data]);
  const names = useMemo(() => mapNames(lang), [lang]);
  const places = data.features
    .filter((f) => f.outbreakId === report.id)
    .map((f) => ({ item: f, state: index.stateOf(f.index, day) }))
    .filter(({ state }) => state.phase !== 'hidden');
  const title = lang === 'en' ? report.titleEn : report.title;
  return (
    <section className="episode-report-places" data-testid="episode-report-places" data-count={places.length}>
      <p className="muted" data-testid="episode-report-legend">{te(lang, 'legendReportPlaces', { title, n: places.length })}</p>
      {places.length > 0 && (
        <details>
          <summary>{te(lang, 'reportPlacesList', { n: places.length })}</summary>
          <ul>
          {places.map(({ item, state }) => {
            const id = item.feature.properties.id;
            const target = reportPlaceTarget(report.id, id, day);
            return (
              <li key={id}>
                <a className="link" href={`?o=${target}${lang === 'en' ? '&lang=en' : ''}`} data-testid="episode-report-place" data-feature={id}
                  aria-label={names.place(item.feature.properties, state.status)}
                  onClick={(event) => {
                    event.preventDefault();
                    onSelect(id);
                  }}>{placeLabel(item.feature.properties, lang)}</a>
              </li>
            );
          })}
          </ul>
        </details>
      )}
    </section>
  );
}

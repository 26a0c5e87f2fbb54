/**
 * The episode view (o=<episode id>, e.g. o=610100-20211215): the national view scoped to one outbreak episode of
 * the official record (src/national/episode-scope.ts) — the map fitted to its unit with the rest dimmed, the
 * slider over its days ± 7 opening on its peak, the unit's totals and histogram, its areas' download, and the link
 * to the seed report covering it. An id the episodes file does not hold opens the default view, whose notice says
 * the outbreak is unknown (as an unknown outbreak id does).
 */
import { useMemo, type ReactNode } from 'react';
import type { AtlasData } from '../../model/atlas-data';
import { boundsAroundCentre, EPISODE_MARGIN_DAYS, episodeScope, reportsOfEpisode, type EpisodeScope } from '../../national/episode-scope';
import { RECORD_FIRST_DAY, RECORD_LAST_DAY } from '../../national/official-contract';
import { episodeLines } from '../../official/episode-file';
import { isoOfDay } from '../../core/calendar-day';
import { NationalView } from '../national/NationalView';
import { useNationalData } from '../national/useNationalData';
import type { ViewScope } from '../national/view-scope';
import { EpisodePanel } from './EpisodePanel';
import { ReportPlacesLayer, ReportPlacesList, reportPlaceTarget } from './ReportPlaces';
import { episodeTitle, te, unitName } from './messages';
import { useEpisodeFile } from '../hooks/useEpisodeFile';
import { useUnitOutline, type UnitOutline } from './useUnitOutline';
import { languageOfQuery } from '../../url/keys';
import { currentQuery } from '../shell/browser-location';

export interface EpisodeViewProps {
  data: AtlasData;
  id: string;
  onOutbreak: (outbreak: string, lang: 'zh' | 'en') => void;
  /** What shows for an id the episodes file does not hold: the default view (whose notice says it is unknown). */
  unknown: ReactNode;
}

const bootLanguage = () => languageOfQuery(currentQuery());

export function EpisodeView({ data, id, onOutbreak, unknown }: EpisodeViewProps) {
  const file = useEpisodeFile();
  const episode = useMemo(() => (file.status === 'ready' ? episodeScope(file.file, id, { firstDay: RECORD_FIRST_DAY, lastDay: RECORD_LAST_DAY }) : null), [file, id]);
  const outline = useUnitOutline(episode?.adcode ?? null);
  const { load } = useNationalData(Boolean(episode) && outline === null);
  const lang = bootLanguage();
  const reports = useMemo(() => (file.status === 'ready' && episode ? reportsOfEpisode(episodeLines(file.file)[file.file.episodes.id.indexOf(id)], data.outbreaks) : []), [file, episode, id, data]);
  if (file.status === 'loading' || (episode && outline === 'loading')) {
    return <div className="app-state" role="status" data-testid="loading"><div className="spinner" aria-hidden="true" />{te(lang, 'loadingEpisodes')}</div>;
  }
  if (file.status === 'error') {
    return <div className="app-state is-error" role="alert" data-testid="load-error"><p>{te(lang, 'episodesFailed')}</p><p className="detail">{file.message}</p></div>;
  }
  if (!episode) return unknown;
  const divisions = load.status === 'ready' ? load.divisions : load.status === 'loading' ? load.early?.divisions : undefined;
  const centre = outline === null ? divisions?.byCode(episode.adcode)?.centre : undefined;
  return (
    <ScopedView
      key={id} data={data} episode={episode} outline={outline === 'loading' ? null : outline} centre={centre}
      gapDays={file.file.gapDays} unitEn={file.unitEn} onOutbreak={onOutbreak}
      reports={reports}
    />
  );
}

interface ScopedViewProps {
  data: AtlasData;
  episode: EpisodeScope;
  outline: UnitOutline | null;
  centre: [number, number] | undefined;
  gapDays: number;
  unitEn: ReadonlyMap<string, string>;
  reports: EpisodeViewProps['data']['outbreaks'];
  onOutbreak: EpisodeViewProps['onOutbreak'];
}

function ScopedView({ data, episode, outline, centre, gapDays, unitEn, reports, onOutbreak }: ScopedViewProps) {
  const scope = useMemo<ViewScope>(() => ({
    url: { outbreak: episode.id, range: episode.range, defaultDay: episode.peakDay },
    totals: episode.totals,
    fit: { key: `episode:${episode.id}:${outline ? 'outline' : centre ? 'centre' : 'none'}`, bounds: outline?.bounds ?? boundsAroundCentre(centre) ?? [[18.1, 73.4], [53.6, 135.1]] },
    outline: outline?.rings ?? null,
    title: { zh: episodeTitle(episode, 'zh', unitEn), en: episodeTitle(episode, 'en', unitEn) },
    pickerLabel: { zh: te('zh', 'pickerLabel', { unit: episode.unit, start: isoOfDay(episode.start) }), en: te('en', 'pickerLabel', { unit: unitName(episode.unit, 'en', unitEn).split(' (')[0], start: isoOfDay(episode.start) }) },
    totalsLabel: { zh: te('zh', 'totalsLabel', { unit: unitName(episode.unit, 'zh', unitEn) }), en: te('en', 'totalsLabel', { unit: unitName(episode.unit, 'en', unitEn) }) },
    panel: (lang, day) => (
      <>
        <EpisodePanel lang={lang} scope={episode} unitEn={unitEn} gapDays={gapDays} margin={EPISODE_MARGIN_DAYS} outlined={outline !== null} reports={reports} onReport={(o) => onOutbreak(o, lang)} />
        {reports.map((report) => (
          <ReportPlacesList key={report.id} data={data} report={report} day={day} lang={lang} onSelect={(id) => onOutbreak(reportPlaceTarget(report.id, id, day), lang)} />
        ))}
      </>
    ),
    // The seed report covering the episode is the same outbreak: its places on the same map, linked to its view.
    mapLayer: (lang, day) => reports.map((report) => (
      <ReportPlacesLayer key={report.id} data={data} report={report} day={day} lang={lang} onSelect={(id) => onOutbreak(reportPlaceTarget(report.id, id, day), lang)} />
    )),
  }), [data, episode, outline, centre, gapDays, unitEn, reports, onOutbreak]);
  return <NationalView data={data} onOutbreak={onOutbreak} scope={scope} />;
}

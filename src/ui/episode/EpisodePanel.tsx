/**
 * What the episode view adds to the national view's side panel: what the episode is, how the map shows what lies
 * outside its unit, the link to the seed report's view that covers it, and the download of its areas with their
 * intervals (src/official/downloads.ts, the files of `npm run official:download`).
 */
import type { Outbreak } from '../../data/schema';
import { episodeRecordAreas } from '../../national/episode-record-areas';
import type { EpisodeScope } from '../../national/episode-scope';
import { episodeCsv, episodeGeoJson, type DownloadFile } from '../../official/downloads';
import type { EpisodeLine } from '../../official/episode-file';
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { download } from '../shell/download';
import { useNationalData } from '../national/useNationalData';
import { te, unitName } from './messages';

export interface EpisodePanelProps {
  lang: Language;
  scope: EpisodeScope;
  /** A unit's 汉字 name → its English name, made at build time (useEpisodeFile). */
  unitEn: ReadonlyMap<string, string>;
  gapDays: number;
  margin: number;
  outlined: boolean;
  reports: readonly Outbreak[];
  onReport: (outbreak: string) => void;
}

export function EpisodePanel({ lang, scope, unitEn, gapDays, margin, outlined, reports, onReport }: EpisodePanelProps) {
  const { load } = useNationalData(true);
  const unit = unitName(scope.unit, lang, unitEn);
  const line: EpisodeLine = {
    id: scope.id, province: scope.province, unit: scope.unit, adcode: scope.adcode,
    start: isoOfDay(scope.start), end: isoOfDay(scope.end), peak: scope.peak, peakDay: isoOfDay(scope.peakDay), areaDays: scope.areaDays,
  };
  const save = (files: (areas: ReturnType<typeof episodeRecordAreas>) => DownloadFile[]) => {
    if (load.status !== 'ready') return;
    for (const file of files(episodeRecordAreas(scope, load.record, load.units.prefecture))) download(file.name, file.mime, file.text);
  };
  const ready = load.status === 'ready';
  return (
    <section className="episode-panel" data-testid="episode-panel">
      <p className="muted">{te(lang, 'episodeNote', { unit, start: line.start, end: line.end, gap: gapDays, peakDay: line.peakDay, peak: scope.peak, margin })}</p>
      {reports.map((report) => (
        <p key={report.id}>
          <a href={`?o=${report.id}${lang === 'en' ? '&lang=en' : ''}`} data-testid="episode-report-link" onClick={(event) => {
            event.preventDefault();
            onReport(report.id);
          }}>{te(lang, 'reportView', { title: lang === 'en' ? report.titleEn : report.title })}</a>
        </p>
      ))}
      <div className="export">
        <button type="button" data-testid="episode-geojson" disabled={!ready} onClick={() => save((areas) => episodeGeoJson(line, areas))}>{te(lang, 'downloadGeoJson')}</button>
        <button type="button" data-testid="episode-csv" disabled={!ready} onClick={() => save((areas) => episodeCsv(line, areas))}>{te(lang, 'downloadCsv')}</button>
      </div>
      {!ready && <p className="muted">{te(lang, 'downloadWaits')}</p>}
      <p className="muted" data-testid="episode-legend">{te(lang, outlined ? 'legendDimmed' : 'legendNoOutline', { unit })}</p>
    </section>
  );
}

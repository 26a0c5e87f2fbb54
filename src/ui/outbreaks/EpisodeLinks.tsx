/**
 * In an outbreak view: a small link to each official episode its seed report covers (same prefecture, periods
 * sharing a day; src/national/episode-scope.ts), the other half of the episode view's link to the report.
 * episodes.json (0.03 MB gzip) is fetched when an outbreak view first shows this.
 */
import { useMemo } from 'react';
import type { Outbreak } from '../../data/schema';
import { episodesOfReport } from '../../national/episode-scope';
import { episodeLines } from '../../official/episode-file';
import { dayNumber } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { leaveNational } from '../shell/navigation';
import { episodeTitle, te } from '../episode/messages';
import { useEpisodeFile } from '../hooks/useEpisodeFile';

/** `outbreak`: the view's outbreak, undefined for all outbreaks (then nothing is shown). */
export function EpisodeLinks({ lang, outbreak }: { lang: Language; outbreak: Outbreak | undefined }) {
  const file = useEpisodeFile(outbreak !== undefined);
  const episodes = useMemo(() => (file.status === 'ready' && outbreak ? episodesOfReport(outbreak, episodeLines(file.file)) : []), [file, outbreak]);
  if (!episodes.length) return null;
  return (
    <p className="episode-links">
      {episodes.map((e) => {
        const title = file.status === 'ready' ? episodeTitle({ unit: e.unit, start: dayNumber(e.start), end: dayNumber(e.end), peak: e.peak }, lang, file.unitEn) : e.unit;
        return (
          <a key={e.id} className="link" data-testid="report-to-episode" href={`?o=${e.id}${lang === 'en' ? '&lang=en' : ''}`} onClick={(event) => {
            event.preventDefault();
            leaveNational(e.id, lang);
          }}>{te(lang, 'officialEpisode', { title })}</a>
        );
      })}
    </p>
  );
}

/** The outbreak views' switch for the official areas of the outbreak's prefecture, with loading and error said. */
import type { Language } from '../../url/view-state';
import { tn } from './messages';
import type { NationalLoad } from './useNationalData';

export function OfficialToggle({ lang, on, onChange, available, load, areas }: { lang: Language; on: boolean; onChange: (on: boolean) => void; available: boolean; load: NationalLoad; areas: number | null }) {
  if (!available) return null;
  return (
    <section className="official-toggle">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} data-testid="official-toggle" /> {tn(lang, 'showOfficial')}
      </label>
      {on && load.status === 'loading' && <p className="muted" role="status">{tn(lang, 'loadingNational', { done: load.done, total: load.total })}</p>}
      {on && load.status === 'error' && <p className="flag" role="alert">{tn(lang, 'loadNationalFailed')}: {load.message}</p>}
      {on && areas !== null && <p className="muted" data-testid="official-toggle-count">{tn(lang, 'officialInCity', { n: areas })}</p>}
    </section>
  );
}

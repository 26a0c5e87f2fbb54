import { memo } from 'react';
import { KINDS, PRECISIONS, STATUSES } from '../../data/schema';
import type { ValuesPresent } from '../../model/summaries';
import type { AtlasFeature } from '../../model/atlas-data';
import type { HistoryMode } from '../../url/view-history';
import type { Language, ViewState } from '../../url/view-state';
import { KIND_LABELS, PRECISION_LABELS, STATUS_LABELS, t } from '../shell/i18n';
import { SearchBox } from './SearchBox';

/** Only the filter fields of the view, so a time step (which changes the date) does not re-render the panel. */
export interface FiltersPanelProps extends Pick<ViewState, 'kinds' | 'statuses' | 'precisions' | 'search' | 'showLifted'> {
  lang: Language;
  /** Values the selected outbreak has: only these are offered. */
  present: ValuesPresent;
  /** A filter changed; the search box says `typing`, so history records the search once typing rests. */
  onChange: (patch: Partial<ViewState>, mode?: HistoryMode) => void;
  /** Enter in the search box: typing is done. */
  onSearchDone: () => void;
  /** The places the search finds, best first (empty without a search). */
  matches: readonly AtlasFeature[];
  /** Outbreak title per id, shown beside matches when all outbreaks are searched. */
  outbreakTitle?: (outbreakId: string) => string;
  /** A match was chosen: open that place. */
  onJump: (featureId: string) => void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function ChipGroup<T extends string>({ legend, all, present, selected, labelOf, onToggle, name }: {
  legend: string; all: readonly T[]; present: ReadonlySet<T>; selected: readonly T[]; labelOf: (v: T) => string; onToggle: (v: T) => void; name: string;
}) {
  return (
    <fieldset className="chips" data-testid={`filter-${name}`}>
      <legend>{legend}</legend>
      {all.filter((v) => present.has(v)).map((value) => (
        <label key={value} className={selected.includes(value) ? 'chip is-on' : 'chip'}>
          <input type="checkbox" checked={selected.includes(value)} onChange={() => onToggle(value)} value={value} />
          {labelOf(value)}
        </label>
      ))}
    </fieldset>
  );
}

export const FiltersPanel = memo(function FiltersPanel({ lang, present, onChange, onSearchDone, matches, outbreakTitle, onJump, ...view }: FiltersPanelProps) {
  const active = view.kinds.length + view.statuses.length + view.precisions.length > 0 || view.search !== '';
  return (
    <section className="filters" aria-label={t(lang, 'filters')}>
      <SearchBox lang={lang} value={view.search} matches={matches} outbreakTitle={outbreakTitle}
        onType={(search) => onChange({ search }, 'typing')} onDone={onSearchDone} onJump={onJump} />
      <ChipGroup name="kind" legend={t(lang, 'kind')} all={KINDS} present={present.kinds} selected={view.kinds}
        labelOf={(k) => KIND_LABELS[k][lang]} onToggle={(k) => onChange({ kinds: toggle(view.kinds, k) })} />
      <ChipGroup name="status" legend={t(lang, 'status')} all={STATUSES} present={present.statuses} selected={view.statuses}
        labelOf={(s) => STATUS_LABELS[s][lang]} onToggle={(s) => onChange({ statuses: toggle(view.statuses, s) })} />
      <ChipGroup name="precision" legend={t(lang, 'precision')} all={PRECISIONS} present={present.precisions} selected={view.precisions}
        labelOf={(p) => PRECISION_LABELS[p][lang]} onToggle={(p) => onChange({ precisions: toggle(view.precisions, p) })} />
      <div className="filter-footer">
        <label className="toggle">
          <input type="checkbox" checked={view.showLifted} onChange={(e) => onChange({ showLifted: e.target.checked })} />
          {t(lang, 'showLifted')}
        </label>
        {active && (
          <button type="button" className="link" onClick={() => onChange({ kinds: [], statuses: [], precisions: [], search: '' })}>
            {t(lang, 'clearFilters')}
          </button>
        )}
      </div>
    </section>
  );
});

/** The index's search (汉字, pinyin, initials) and its filters: province, year, size (smallest peak). */
import { useId } from 'react';
import { PEAK_THRESHOLDS } from '../../official/episode-index';
import { cleanSearchInput } from '../../url/codec';
import type { OutbreakIndexState } from '../../url/outbreak-index-codec';
import type { Language } from '../../url/view-state';
import { ti } from './messages';

export interface IndexFiltersProps {
  lang: Language;
  view: OutbreakIndexState;
  provinces: ReadonlyArray<{ zh: string; en: string }>;
  years: readonly number[];
  onChange: (patch: Partial<OutbreakIndexState>) => void;
}

export function IndexFilters({ lang, view, provinces, years, onChange }: IndexFiltersProps) {
  const searchId = useId();
  return (
    <div className="index-filters" role="search">
      <label className="index-search" htmlFor={searchId}>
        <span>{ti(lang, 'search')}</span>
        <input
          id={searchId} type="search" data-testid="index-search" value={view.search} placeholder={ti(lang, 'searchPlaceholder')}
          autoComplete="off" spellCheck={false} onChange={(event) => onChange({ search: cleanSearchInput(event.target.value) })}
        />
      </label>
      <label>
        <span>{ti(lang, 'province')}</span>
        <select data-testid="index-province" value={view.province ?? ''} onChange={(event) => onChange({ province: event.target.value || null })}>
          <option value="">{ti(lang, 'allProvinces')}</option>
          {provinces.map((p) => <option key={p.zh} value={p.zh}>{lang === 'en' ? `${p.en} (${p.zh})` : p.zh}</option>)}
        </select>
      </label>
      <label>
        <span>{ti(lang, 'year')}</span>
        <select data-testid="index-year" value={view.year ?? ''} onChange={(event) => onChange({ year: event.target.value ? Number(event.target.value) : null })}>
          <option value="">{ti(lang, 'allYears')}</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label>
        <span>{ti(lang, 'size')}</span>
        <select data-testid="index-size" value={view.minPeak} onChange={(event) => onChange({ minPeak: Number(event.target.value) })}>
          <option value={0}>{ti(lang, 'allSizes')}</option>
          {PEAK_THRESHOLDS.map((n) => <option key={n} value={n}>{ti(lang, 'peakAtLeast', { n })}</option>)}
        </select>
      </label>
    </div>
  );
}

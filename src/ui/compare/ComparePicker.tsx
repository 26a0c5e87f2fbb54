/** The chosen outbreaks as removable chips, and a search box over the episodes and the reports to add one (max 6). */
import { useId, useMemo, useState } from 'react';
import type { CompareItem } from '../../compare/items';
import { foldSearchText } from '../../filters/search-text';
import { MAX_COMPARED } from '../../url/compare-codec';
import type { Language } from '../../url/view-state';
import { tc } from './messages';
import { COMPARE_COLOURS } from './palette';

const SHOWN = 8;

export function ComparePicker({ lang, items, chosen, onChange }: {
  lang: Language; items: readonly CompareItem[]; chosen: readonly string[]; onChange: (ids: string[]) => void;
}) {
  const [search, setSearch] = useState('');
  const inputId = useId();
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const needle = foldSearchText(search.trim());
  const matches = needle === '' ? [] : items.filter((item) => !chosen.includes(item.id) && item.searchKey.includes(needle)).slice(0, SHOWN);
  const full = chosen.length >= MAX_COMPARED;
  const name = (item: CompareItem | undefined) => (item ? (lang === 'en' ? `${item.en} (${item.zh})` : item.zh) : '');
  return (
    <div className="compare-picker">
      <ul className="chips" aria-label={tc(lang, 'chosen')} data-testid="compare-chips">
        {chosen.map((id, i) => (
          <li key={id} className="chip" data-id={id}>
            <span className="swatch" style={{ background: COMPARE_COLOURS[i] }} aria-hidden="true" />
            {name(byId.get(id))}
            <button type="button" aria-label={tc(lang, 'remove', { name: name(byId.get(id)) })} onClick={() => onChange(chosen.filter((c) => c !== id))}>×</button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId}>{tc(lang, 'searchLabel')}</label>
      <input id={inputId} type="search" value={search} disabled={full} placeholder={full ? tc(lang, 'full', { max: MAX_COMPARED }) : tc(lang, 'searchPlaceholder')}
        onChange={(event) => setSearch(event.target.value)} data-testid="compare-search" />
      {matches.length > 0 && (
        <ul className="matches" data-testid="compare-matches">
          {matches.map((item) => (
            <li key={item.id}>
              <button type="button" data-id={item.id} onClick={() => {
                onChange([...chosen, item.id]);
                setSearch('');
              }}>{tc(lang, 'add')}: {name(item)}</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

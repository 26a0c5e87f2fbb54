/**
 * The name search (WAI-ARIA combobox with a list of matches): typing filters the map as before, and the places it
 * finds are listed under the box to jump to — ArrowDown/ArrowUp choose one, Enter opens it (or, with none chosen,
 * records the search), Escape leaves the list; a click opens one too.
 */
import { useState } from 'react';
import type { AtlasFeature } from '../../model/atlas-data';
import { placeLabel } from '../../model/names';
import { cleanSearchInput, MAX_SEARCH_LENGTH } from '../../url/codec';
import type { Language } from '../../url/view-state';
import { KIND_LABELS, t, tn } from '../shell/i18n';

/** Matches listed at most; the count says how many there are. */
const LISTED = 8;

export interface SearchBoxProps {
  lang: Language;
  value: string;
  matches: readonly AtlasFeature[];
  /** Outbreak title per id, shown when all outbreaks are searched. */
  outbreakTitle?: (outbreakId: string) => string;
  onType: (text: string) => void;
  /** Enter with no match chosen: typing is done. */
  onDone: () => void;
  onJump: (featureId: string) => void;
}

export function SearchBox({ lang, value, matches, outbreakTitle, onType, onDone, onJump }: SearchBoxProps) {
  const [active, setActive] = useState(-1);
  const listed = matches.slice(0, LISTED);
  const open = value !== '';
  const current = active < listed.length ? active : -1;
  const optionId = (i: number) => `search-match-${i}`;
  return (
    <div className="search-box">
      <input
        type="search"
        className="search"
        data-testid="search"
        role="combobox"
        aria-expanded={open}
        aria-controls="search-matches"
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder={t(lang, 'search')}
        aria-label={t(lang, 'search')}
        value={value}
        maxLength={MAX_SEARCH_LENGTH}
        onChange={(e) => {
          setActive(-1);
          onType(cleanSearchInput(e.target.value));
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!listed.length) return;
            const last = listed.length - 1;
            if (e.key === 'ArrowDown') setActive(current < last ? current + 1 : 0);
            else setActive(current > 0 ? current - 1 : last);
          } else if (e.key === 'Enter') {
            if (current >= 0) onJump(listed[current].feature.properties.id);
            else onDone();
          } else if (e.key === 'Escape' && current >= 0) {
            e.preventDefault();
            setActive(-1);
          }
        }}
      />
      {open && (
        <div className="search-matches">
          <p className="search-count" aria-live="polite" data-testid="search-count">
            {matches.length > listed.length ? t(lang, 'matchesShown', { n: listed.length, total: matches.length }) : tn(lang, 'matches', matches.length)}
          </p>
          <ul role="listbox" id="search-matches" aria-label={t(lang, 'searchMatches')} data-testid="search-matches">
            {listed.map((item, i) => (
              // The input keeps the focus (aria-activedescendant); a click on an option opens it without blurring first.
              <li key={item.feature.properties.id} id={optionId(i)} role="option" aria-selected={i === current} className={i === current ? 'is-active' : ''}
                data-feature-id={item.feature.properties.id}
                onMouseDown={(e) => e.preventDefault()} onClick={() => onJump(item.feature.properties.id)}>
                <span className="match-name">{placeLabel(item.feature.properties, lang)}</span>
                <span className="match-detail">{KIND_LABELS[item.feature.properties.kind][lang]}{outbreakTitle ? ` · ${outbreakTitle(item.outbreakId)}` : ''}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

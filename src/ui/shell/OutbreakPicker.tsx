/**
 * The outbreak picker of both headers (outbreak views and national view): a native select, so that screen readers,
 * phones and the keyboard get the control they know, which opens a view only once a choice is confirmed.
 *
 * Chromium fires `change` on every arrow key on a closed select: each key opened a view (全国 is a load of several
 * MB) and took the focus with the old header. Here the keys only move the choice shown and Enter opens it; Escape,
 * or leaving the picker, puts back the view on screen (opening a view while the reader tabs on would take their
 * focus). A pick with the pointer (or a phone's picker, or Enter in the open list) comes with no key before it and
 * opens at once. After a view change the picker has the focus again, in the new view's header too.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Language } from '../../url/view-state';
import { t } from './i18n';

export interface OutbreakPickerProps {
  lang: Language;
  /** The view on screen: "china", "all" or an outbreak id. */
  value: string;
  /** The options, as <option> elements. */
  children: ReactNode;
  /** Opens the view chosen. */
  onPick: (value: string) => void;
}

/** Keys that only confirm, go back or move on: any other key on the select moves the choice (arrows, letters). */
const NOT_MOVING = new Set(['Enter', 'Escape', 'Tab', 'Shift', 'Control', 'Alt', 'Meta']);

/** Set when the picker opened a view, for the picker of the view that replaces it (the national view's header). */
let focusAfterViewChange = false;

export function OutbreakPicker({ lang, value, children, onPick }: OutbreakPickerProps) {
  const hintId = useId();
  const select = useRef<HTMLSelectElement>(null);
  /** The choice moved to with the keys, not opened yet (null: none). */
  const [pending, setPending] = useState<string | null>(null);
  /** A key that moves the choice was pressed: the `change` it fires is not a pick. */
  const moving = useRef(false);

  useEffect(() => {
    // The picker of the new view (mounted with it), or this one when the view changed under it: either way the flag
    // is used up here, so that no later picker takes the focus for an old pick.
    if (!focusAfterViewChange) return;
    focusAfterViewChange = false;
    select.current?.focus({ preventScroll: true });
  }, [value]);

  const pick = (choice: string) => {
    setPending(null);
    if (choice === value) return;
    focusAfterViewChange = document.activeElement === select.current;
    onPick(choice);
  };

  return (
    <label>
      <span className="visually-hidden">{t(lang, 'outbreak')}</span>
      <span className="visually-hidden" id={hintId}>{t(lang, 'outbreakPickerHint')}</span>
      <select
        ref={select} data-testid="outbreak-picker" value={pending ?? value} aria-describedby={hintId}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && pending !== null) {
            event.preventDefault();
            pick(pending);
          } else if (event.key === 'Escape' && pending !== null) {
            // Only our Escape: the page's (closing a place) would also act on it.
            event.stopPropagation();
            setPending(null);
          } else if (!NOT_MOVING.has(event.key)) {
            moving.current = true;
            // The `change` of this key comes in the same task, before this timer.
            setTimeout(() => (moving.current = false));
          }
        }}
        onChange={(event) => {
          if (moving.current) setPending(event.target.value);
          else pick(event.target.value);
        }}
        onBlur={() => setPending(null)}
      >
        {children}
      </select>
    </label>
  );
}

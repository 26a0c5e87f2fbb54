/**
 * Where the keyboard goes when a place's panel opens and closes (WAI-ARIA dialog practice, without a modal):
 * opening it from a marker, a list row or a search result moves the focus to the panel's title; closing it (the
 * button, Escape, or Back) returns the focus to what opened it, and the overview to where it was scrolled.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

export interface SelectionFocus {
  /** Call before selecting: remembers what has the focus now (unless it is inside the panel already). */
  rememberOpener: () => void;
  /** True when the panel was opened by the reader (not by a link): its title then takes the focus. */
  takesFocus: () => boolean;
}

export function useSelectionFocus(selectedId: string | null, panel: RefObject<HTMLElement | null>): SelectionFocus {
  const opener = useRef<HTMLElement | null>(null);
  const overviewScroll = useRef(0);
  const wasSelected = useRef(selectedId !== null);

  const rememberOpener = useCallback(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body || active.closest('[data-testid=feature-panel]')) return;
    opener.current = active;
  }, []);

  useLayoutEffect(() => {
    const selected = selectedId !== null;
    if (selected === wasSelected.current) return;
    wasSelected.current = selected;
    const container = panel.current;
    if (selected) {
      if (container) overviewScroll.current = container.scrollTop;
      return;
    }
    container?.scrollTo(0, overviewScroll.current);
    const element = opener.current;
    opener.current = null;
    if (element?.isConnected) element.focus({ preventScroll: true });
  }, [selectedId, panel]);

  const takesFocus = useCallback(() => opener.current !== null, []);
  return { rememberOpener, takesFocus };
}

/**
 * The page's own keys, shared by the outbreak and national views: the space bar plays or pauses (not while the
 * reader types or is on a control, where space has its own meaning), and Escape goes to `onEscape`.
 */
import { useEffect, useEffectEvent } from 'react';

export function usePageKeys(togglePlay: () => void, onEscape: (event: KeyboardEvent) => void = () => undefined): void {
  const escape = useEffectEvent(onEscape);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        escape(event);
        return;
      }
      const target = event.target as HTMLElement;
      if (event.key !== ' ' || target.closest('input, select, textarea, button, [contenteditable]')) return;
      event.preventDefault();
      togglePlay();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [togglePlay]);
}

/**
 * The header's secondary controls and the copy-link button: in the row on a wide screen, behind "⋯" on a phone, so
 * that the header keeps one row (the outbreak views' and the national view's headers alike). The menu closes on a
 * choice or Escape.
 */
import { useState, type ReactNode } from 'react';
import type { Language } from '../../core/language';
import { t } from './i18n';
import { currentHref } from './browser-location';

export function HeaderMore({ lang, children }: { lang: Language; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(currentHref());
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt(t(lang, 'copyLink'), currentHref());
    }
  };
  return (
    <>
      <button type="button" className="header-menu-button" data-testid="header-menu" aria-expanded={open} aria-controls="header-more"
        aria-label={t(lang, 'moreControls')} title={t(lang, 'moreControls')} onClick={() => setOpen(!open)}>⋯</button>
      <div id="header-more" className={`header-more${open ? ' is-open' : ''}`}
        onChange={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}>
        {children}
        <button type="button" onClick={copyLink} data-testid="copy-link">{copied ? t(lang, 'copied') : t(lang, 'copyLink')}</button>
      </div>
    </>
  );
}

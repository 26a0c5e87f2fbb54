/**
 * The report the quote comes from, with the quoted passage highlighted; `onHighlight` gets the highlight once it is
 * laid out (the panel scrolls it into view). Text only, no HTML. Not a scroller of its own: a box scrolling inside
 * the scrolling panel hid the highlight below the panel's edge.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { locateQuote } from '../../data/quote';
import type { Language } from '../../url/view-state';
import { t } from '../shell/i18n';

const cache = new Map<string, Promise<string>>();

function fetchReport(path: string): Promise<string> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(`./${path}`).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.text();
    });
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}

export function ReportText({ lang, reportPath, quote, onHighlight }: { lang: Language; reportPath: string; quote: string | null; onHighlight: (mark: HTMLElement) => void }) {
  // What came back for which report: a result for another path than the one asked for is still loading.
  const [loaded, setLoaded] = useState<{ path: string; text: string | null } | null>(null);
  const mark = useRef<HTMLElement>(null);
  const highlighted = useEffectEvent(onHighlight);

  useEffect(() => {
    let cancelled = false;
    fetchReport(reportPath).then(
      (body) => !cancelled && setLoaded({ path: reportPath, text: body }),
      () => !cancelled && setLoaded({ path: reportPath, text: null }),
    );
    return () => {
      cancelled = true;
    };
  }, [reportPath]);
  const current = loaded?.path === reportPath ? loaded : null;
  const text = current?.text ?? null;

  useEffect(() => {
    if (mark.current) highlighted(mark.current);
  }, [text, quote]);

  if (current && text === null) return <p className="error">{t(lang, 'reportFailed')}</p>;
  if (text === null) return <p className="loading">{t(lang, 'reportLoading')}</p>;
  const range = quote ? locateQuote(text, quote) : null;
  return (
    <div className="report-text" lang="zh-CN" data-testid="report-text">
      {quote && !range && <p className="error">{t(lang, 'quoteNotFound')}</p>}
      {range ? (
        <>
          {text.slice(0, range.start)}
          <mark ref={mark} data-testid="quote-highlight">{text.slice(range.start, range.end)}</mark>
          {text.slice(range.end)}
        </>
      ) : text}
    </div>
  );
}
